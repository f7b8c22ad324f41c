"""A photo caption's date is the moment of its picture: it dates the caption's own clauses and sets no reference
time of the story (docs/extraction.md, "Story time"; tumen.extract.captions). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event

PUBLISHED = date(2024, 5, 17)


def only(text: str, kind: str) -> Event:
    found = [e for e in extract(Source(text, 1, "en", PUBLISHED)).events if e.type == kind]
    assert len(found) == 1, found
    return found[0]


def test_a_captions_date_is_no_reference_time_of_the_story() -> None:
    told = "Ivo Lesk marched with students in Velar on Nov. 18, 2023.\nHe was arrested by police."
    assert only(told, "arrest").time is not None  # the story's date: the arrest of that day
    captioned = (
        "Ivo Lesk marched with students in Velar on Nov. 18, 2023. (AP Photo/Lena Dorn)\nHe was arrested by police."
    )
    assert only(captioned, "arrest").time is None
    pictured = "Ivo Lesk, pictured at a rally in Velar in 2019. Photograph: Lena Dorn/The Tarvik Times\n"
    assert only(pictured + "Ivo Lesk was arrested by police.", "arrest").time is None


def test_a_captions_date_still_dates_its_own_clause() -> None:
    caption = "Police detain Ivo Lesk in Velar, Saturday, Nov. 18, 2023. (AP Photo/Lena Dorn)"
    detained = only(caption, "detention").time
    assert detained is not None and detained.earliest == date(2023, 11, 18)


def test_a_photo_credit_marks_a_caption_line_not_prose() -> None:
    from tumen.extract.captions import in_caption

    assert in_caption("Ana Berg in Velar in 2019. Photo: Ivo Lesk/AFP", 3)
    assert in_caption("Ana Berg speaks in Velar. (Lena Dorn/AFP via Getty Images)", 3)
    assert in_caption("FILE PHOTO: Ana Berg speaks in Velar.", 20)
    assert in_caption("Ana Berg speaks in Velar, May 2, 2023. Picture taken May 2, 2023. REUTERS/Ivo Lesk", 3)
    assert not in_caption("The police showed a photo by the river on Monday.", 3)
    assert in_caption("Ivo Lesk talks to reporters in Velar (PA)", 3)
    assert not in_caption("A storm struck Velar in May, killing two people. (AP)", 3)  # a wire's sign-off
    assert not in_caption("Ana Berg was arrested in 2019 (Reuters).\nPhoto: AFP", 3)  # the credit's line only


def test_a_poll_in_prose_and_a_stamped_date_line_are_no_captions() -> None:
    # "a Reuters/Ipsos survey" names a poll, not a photographer; "Updated: …" opens the report's own date
    poll = "Ivo Lesk marched in Velar on Nov. 18, 2023, a Reuters/Ipsos survey of witnesses found.\nHe was arrested."
    assert only(poll, "arrest").time is not None
    stamped = "Updated: 10 March 2024 | Photos by Lena Dorn\nIvo Lesk was arrested by police."
    assert only(stamped, "arrest").time is not None
