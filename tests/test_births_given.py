"""A child a parent gave birth to, bore or had ("gave birth to a daughter in 2005"): the parent's relative, born in
the clause's time (tumen.extract.kin_anchors.owner_by_have, tumen.extract.births_given; docs/extraction.md, "People
known by kinship"). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction
from tumen.model import Interval


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2018, 6, 1)))


def children(x: Extraction) -> list[tuple[str, str | None]]:
    names = {e.id: e.name or e.descriptor for e in x.entities}
    return [(names[r.subject] or "", names[r.object]) for r in x.relations if r.type == "parent_of"]


def test_a_child_given_birth_to_is_the_mothers() -> None:
    x = run("Ana Berg gave birth to a daughter in 2005.")
    assert children(x) == [("Ana Berg", "daughter")]
    [daughter] = [e for e in x.entities if e.descriptor == "daughter"]
    assert daughter.birth == Interval(date(2005, 1, 1), date(2005, 12, 31), "year")


def test_a_child_borne_is_born_then() -> None:
    x = run("Ana Berg bore a son in May 2005.")
    [son] = [e for e in x.entities if e.descriptor == "son"]
    assert son.birth == Interval(date(2005, 5, 1), date(2005, 5, 31), "month")


def test_a_birth_told_without_a_time_gives_none() -> None:
    x = run("Ana Berg gave birth to a daughter. In 2009 she fled.")
    [daughter] = [e for e in x.entities if e.descriptor == "daughter"]
    assert daughter.birth is None
