"""A quotation that follows an attributed one in its paragraph goes on in the same voice (docs/extraction.md,
"Who 'they' are; asides of saying"): its "I" is the speaker. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract


def _crossers(text: str) -> list[set[str]]:
    x = extract(Source(text, 1, "en", date(2021, 6, 1)))
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return [{names[p.entity] for p in e.participants} for e in x.events if e.type == "border_crossing"]


def test_a_second_quotation_after_the_attribution_is_the_same_speaker() -> None:
    text = (
        "Han Seo-yeon lost her job in 2004. “The factory closed and there was no food,” Han told the paper. "
        "“My brother was gone, so I crossed the Tumen River in March 2005.”"
    )
    assert {"Han Seo-yeon"} in _crossers(text)


def test_a_quotation_in_another_paragraph_is_not_continued() -> None:
    text = (
        "Han Seo-yeon lost her job in 2004. “The factory closed and there was no food,” Han told the paper.\n"
        "Her neighbour Oh Min-jae remembers that winter.\n"
        "“My brother was gone, so I crossed the Tumen River in March 2005.”"
    )
    assert {"Han Seo-yeon"} not in _crossers(text)
