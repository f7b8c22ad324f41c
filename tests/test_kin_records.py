"""Relatives the text counts, introduces by what happens to them, or lets a speaker call "my …":
each is a person record of the story. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.names import parse
from tumen.extract.types import Entity, Extraction

DAY = date(2021, 3, 9)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", DAY, None, None))


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.name == name)


def relatives(extraction: Extraction, of: Entity, descriptor: str) -> list[Entity]:
    return [
        e
        for e in extraction.entities
        if e.kind == "person" and e.anchor is not None and e.anchor[1] == of.id and e.descriptor == descriptor
    ]


def test_a_counted_plural_is_that_many_relatives() -> None:
    extraction = run("Pak Sun-hee was born in Hyesan. Her three younger sisters died of hunger in 1997.")
    pak = named(extraction, "Pak Sun-hee")
    sisters = relatives(extraction, pak, "sister")
    assert len(sisters) == 3
    assert all(s.gender == "female" for s in sisters)
    siblings = {r.object for r in extraction.relations if r.type == "sibling_of" and r.subject == pak.id}
    assert {s.id for s in sisters} <= siblings


def test_a_plural_without_a_number_makes_no_record() -> None:
    extraction = run("Pak Sun-hee was born in Hyesan. Her sisters died of hunger in 1997.")
    assert relatives(extraction, named(extraction, "Pak Sun-hee"), "sister") == []


def test_a_counted_plural_in_a_list_belongs_to_the_list_heads_owner() -> None:
    text = "Han Yu-mi fled with her mother in 2003. Her grandmother and two younger brothers died of hunger."
    extraction = run(text)
    assert len(relatives(extraction, named(extraction, "Han Yu-mi"), "brother")) == 2


def test_a_named_relative_of_a_counted_kind_is_one_of_them() -> None:
    text = (
        "Ri Mi-ok grew up with her parents and two older brothers. "
        "In 2004 her older brother Ri Chol-su was sent to a camp."
    )
    extraction = run(text)
    ri = named(extraction, "Ri Mi-ok")
    brothers = [e for e in extraction.entities if e.anchor == ("sibling_of", ri.id)]
    assert len(brothers) == 2
    assert sorted(b.name or "" for b in brothers) == ["", "Ri Chol-su"]


def test_thae_is_the_north_korean_spelling_of_tae() -> None:
    assert parse("Thae Yong-su").surname_key == parse("태용수").surname_key == frozenset({"태"})
    assert parse("Thae Yong-su").compatible(parse("Tae Yong-su"))
