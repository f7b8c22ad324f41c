"""A readiness is no deed: an event under "ready", "willing", "poised" or "prepared" to do it is planned
(`modality.governor_modality.planned` in data/events.yaml). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def modalities(text: str, kind: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norland said it was ready to take custody of Karl Vos.", "detention"),
        ("Police in Tarvik are ready to arrest the journalist Karl Vos.", "arrest"),
        ("The army is prepared to detain the activist Karl Vos.", "detention"),
        ("Troops are poised to detain the activist Karl Vos.", "detention"),
        ("Police were willing to release the activist Karl Vos.", "release"),
    ],
)
def test_an_event_one_is_ready_to_do_is_planned(text: str, kind: str) -> None:
    assert modalities(text, kind) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Karl Vos, who was ready to leave Tarvik.",
        "Karl Vos was arrested in Tarvik when he was ready to board a plane.",
        "The prepared statement condemned the arrest of Karl Vos.",
    ],
)
def test_a_readiness_elsewhere_leaves_the_event_told(text: str) -> None:
    assert modalities(text, "arrest") == ["asserted"]
