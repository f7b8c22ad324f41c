"""An organisation that speaks ends where a role written as a title begins: "according to Amnesty International
Secretary General Ana Cruz" quotes Ana Cruz, of Amnesty International (``title_modifiers`` and ``roles`` in
data/organisations.yaml). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        (
            "According to Tarvik Commission of Jurists Secretary General Dara Loman, arrests are common.",
            "Tarvik Commission of Jurists",
        ),
        ("According to Lindau Rights Watch Deputy Director Dara Loman, arrests are common.", "Lindau Rights Watch"),
    ],
)
def test_the_person_after_the_title_is_a_person_of_her_own(sentence: str, organisation: str) -> None:
    extraction = run(sentence)
    persons = [e.name for e in extraction.entities if e.kind == "person"]
    organisations = [e.name for e in extraction.entities if e.kind == "organization"]
    assert persons == ["Dara Loman"]
    assert organisation in organisations


def test_an_organisation_named_after_its_office_keeps_its_name() -> None:
    extraction = run("According to the UN High Commissioner for Human Rights, arrests are common.")
    assert not [e for e in extraction.entities if e.kind == "person"]
