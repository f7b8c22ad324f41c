"""An undated event told as happening during another ("shot in the leg while he crossed the river") takes the
time and place of that other as the story told it before (docs/extraction.md, "Story time";
tumen.extract.during_events). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

STORY = (
    "Tomas Vell, a young guard, crossed the river in Harnok on March 4, 2019. At the end of April his doctors "
    "told reporters that Vell was shot in the leg by guards of his own post while he crossed the river."
)


def events(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2019, 6, 2)))


def of_type(extraction: Extraction, kind: str) -> list[Event]:
    return [e for e in extraction.events if e.type == kind]


def place_name(extraction: Extraction, event: Event) -> str | None:
    return next((e.name for e in extraction.entities if e.id == event.place), None)


def test_an_event_during_a_crossing_told_before_takes_its_time_and_place() -> None:
    x = events(STORY)
    shooting = of_type(x, "shooting")[0]
    assert shooting.time is not None
    assert (shooting.time.earliest, shooting.time.latest) == (date(2019, 3, 4), date(2019, 3, 4))
    assert place_name(x, shooting) == "Harnok"


def test_a_crossing_of_another_party_gives_no_place() -> None:
    text = (
        "Lena Marsh crossed the river in Harnok on March 4, 2019. At the end of April doctors told reporters that "
        "Tomas Vell was shot in the leg by guards of his own post while he crossed the river."
    )
    x = events(text)
    shooting = of_type(x, "shooting")[0]
    assert place_name(x, shooting) != "Harnok"


def test_a_while_of_contrast_between_two_parties_gives_no_time() -> None:
    text = "Lena Marsh's mother died at sea, while the Norland government says Marsh is being held unlawfully."
    x = events(text)
    assert all(e.time is None for e in of_type(x, "death"))
