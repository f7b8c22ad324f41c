"""A spouse is one at a time, and a transcript's speaker label says whose "my" it is. Every sentence here
is invented."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction

DAY = date(2022, 8, 14)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", DAY, None, None))


def spouses(extraction: Extraction, of: str) -> list[Entity]:
    owner = next(e for e in extraction.entities if e.name == of)
    return [e for e in extraction.entities if e.anchor == ("spouse_of", owner.id)]


def test_a_nationality_makes_another_husband() -> None:
    text = (
        "Ri Sun-ok married at 24, but her husband drank and beat her. In 2008 she crossed into China, "
        "where a broker sold her to her Chinese husband for 15,000 yuan."
    )
    found = {e.descriptor: e for e in spouses(run(text), "Ri Sun-ok")}
    assert set(found) == {"husband", "chinese husband"}
    assert "her Chinese husband" not in {m.text for m in found["husband"].mentions}
    assert found["chinese husband"].gender == "male"


def test_a_first_husband_is_the_husband_known() -> None:
    text = "Ri Sun-ok married at 24, but her husband drank. Her first husband later died in a camp."
    assert len(spouses(run(text), "Ri Sun-ok")) == 1


def test_a_transcripts_speaker_label_owns_my() -> None:
    text = (
        "REPORTER: Ri Sun-ok fled the North in 2008. Ri now runs a bakery in Incheon.\n\n"
        "RI: (Through interpreter) My new husband never asked about my past.\n\n"
        "REPORTER: The bakery opened last year."
    )
    found = spouses(run(text), "Ri Sun-ok")
    assert [e.descriptor for e in found] == ["new husband"]
    assert {m.text for m in found[0].mentions} == {"My new husband"}
