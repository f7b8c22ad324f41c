"""A headline drops the auxiliary of its passive: "Journalist Ana Vale abducted in Tarvik" tells that she was
abducted, though the parser tags the bare participle a past tense whose subject did it
(tumen.extract.headline_words.headline_participle). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def doers(extraction: Extraction) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]) for e in extraction.events for p in e.participants if p.role == "perpetrator"}


@pytest.mark.parametrize(
    ("headline", "kind", "victim"),
    [
        (
            "Norland journalist Ana Vale abducted in Tarvik\nShe was taken from her home on Monday.",
            "abduction",
            "Ana Vale",
        ),
        ("Lawyer Karl Holm detained in Tarvik", "detention", "Karl Holm"),
        ("Ana Vale found dead in Tarvik", "death", "Ana Vale"),
        ("Ana Vale shot dead in Tarvik", "killing", "Ana Vale"),  # an adjective of its result
    ],
)
def test_a_headlines_bare_participle_tells_whom_it_befell(headline: str, kind: str, victim: str) -> None:
    extraction = run(headline)
    assert all_victims(extraction, kind) == {victim}
    assert not doers(extraction)


def test_a_past_tense_with_its_object_stays_active() -> None:
    extraction = run("Gunmen abducted Ana Vale in Tarvik")
    assert all_victims(extraction, "abduction") == {"Ana Vale"}
