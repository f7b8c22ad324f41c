"""Two rules that keep a spokesman's account of a return apart from another account of it. Invented sentences.

- The one who only tells a sentence ("…, said Ivo Holm, a spokesman") is no person of the story: a new paragraph
  that names no one else goes on with the story's time (``story_threads``).
- A return told with no one who did it is done by the state or body that held its victims (``event_links``).
"""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def events_of(extraction: Extraction, kind: str) -> list[Event]:
    return [e for e in extraction.events if e.type == kind]


ARREST = "Nine North Korean defectors were arrested by Norland police on 10 May 2021 in Tarvik."


def test_a_spokesman_who_only_tells_the_paragraph_does_not_end_the_storys_time() -> None:
    extraction = run(ARREST + "\n\nIvo Holm, a spokesman for the Tarvik Aid Office, said they were later sent back.")
    (returned,) = events_of(extraction, "forced_repatriation")
    assert returned.time is not None and returned.time.earliest == date(2021, 5, 10)


def test_a_teller_who_is_also_told_of_is_of_the_story() -> None:
    extraction = run(ARREST + "\n\nIvo Holm said he was later beaten by guards in Velmar.")
    (beaten,) = events_of(extraction, "ill_treatment")
    assert beaten.time is None


def test_a_return_told_without_its_doer_is_done_by_who_held_them() -> None:
    extraction = run(ARREST + " Officials said they had been handed over to the Velmar embassy on 27 May.")
    (returned,) = events_of(extraction, "forced_repatriation")
    names = {e.id: e.name for e in extraction.entities}
    assert [names[p.entity] for p in returned.participants if p.role == "perpetrator"] == ["police"]


def test_a_person_who_arrested_them_is_not_taken_for_who_returned_them() -> None:
    extraction = run(
        "Nine North Korean defectors were arrested by officer Tom Reller on 10 May 2021 in Tarvik. Officials said "
        "they had been handed over to the Velmar embassy on 27 May."
    )
    (returned,) = events_of(extraction, "forced_repatriation")
    assert not [p for p in returned.participants if p.role == "perpetrator"]


def test_a_paragraph_of_a_tellers_own_view_still_ends_the_storys_time() -> None:
    extraction = run(
        ARREST + '\n\n"People will not believe it," said Ivo Holm.\n\nSoldiers later beat protesters in Tarvik.'
    )
    (beaten,) = events_of(extraction, "ill_treatment")
    assert beaten.time is None


def test_a_tellers_account_of_other_people_ends_the_storys_time() -> None:
    # no pronoun and no "the …" people in the told clause: not the nine of May, another story
    for told in (
        "Kim Sol, a former guard, said soldiers executed three prisoners at the Velmar camp.",
        '"Soldiers executed three prisoners at the Velmar camp," said Kim Sol, a former guard.',
    ):
        (executed,) = events_of(run(ARREST + "\n\n" + told), "execution")
        assert executed.time is None, told


def test_a_return_after_a_release_is_not_done_by_the_former_jailer() -> None:
    extraction = run(
        "Ana Berg and Tom Reller were arrested by Norland police in May 2019. They were released in June 2019 and "
        "fled to Velmar. In March 2020 they were sent back to Tarvik."
    )
    (returned,) = events_of(extraction, "forced_repatriation")
    assert not [p for p in returned.participants if p.role == "perpetrator"]
