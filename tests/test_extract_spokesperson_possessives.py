"""A quoted group director gives the news of others (docs/extraction.md, "Who 'they' are"; invented texts): while
met only as a speaker, the director is not the one a possessive of a harm ("his arrest") or of a relative ("His
wife") means when another person fits."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction

STORY = (
    "A court on Tuesday sentenced lawyer Karl Vos to seven years in prison. Vos, 46, was arrested at his home in "
    'May last year. "This verdict is a warning to every lawyer," said Ivo Reller, director of the Tarvik Rights '
    "Centre. His wife, Ana Vos, said she had not been allowed to see him since his arrest."
)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 14)))


def names(extraction: Extraction) -> dict[str, str]:
    return {e.id: e.name or "" for e in extraction.entities}


def test_his_wife_after_a_directors_quote_is_the_wife_of_the_one_reported_on() -> None:
    extraction = run(STORY)
    name = names(extraction)
    spouses = {frozenset((name[r.subject], name[r.object])) for r in extraction.relations if r.type == "spouse_of"}
    assert frozenset(("Karl Vos", "Ana Vos")) in spouses
    assert not any("Ivo Reller" in pair for pair in spouses)


def test_his_arrest_after_a_directors_quote_is_not_the_directors() -> None:
    extraction = run(STORY)
    name = names(extraction)
    arrested = {name[p.entity] for e in extraction.events if e.type == "arrest" for p in e.participants}
    assert "Ivo Reller" not in arrested
    assert "Karl Vos" in arrested


def test_a_director_told_of_otherwise_is_still_the_one_meant() -> None:
    extraction = run(
        "Ivo Reller, director of the Tarvik Rights Centre, was detained on Monday, his colleague Ana Berg said. "
        "His wife said she had not seen him since his arrest."
    )
    name = names(extraction)
    spouses = {frozenset((name[r.subject], name[r.object])) for r in extraction.relations if r.type == "spouse_of"}
    assert any("Ivo Reller" in pair for pair in spouses)
