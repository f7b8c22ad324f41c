"""A yearless date told in a story of an earlier year is of that year (tumen.extract.story_years), on invented
sentences published in June 2020: the story's last explicit date gives the year while the thread holds; a sentence
in the present, a paragraph break or a date of the publication's days ends it."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract

JUNE = date(2020, 6, 10)


def times(text: str) -> dict[str, str]:
    extraction = extract(Source(text, language="en", published=JUNE))
    return {t.text: t.value for t in extraction.times}


def test_a_yearless_date_after_a_dated_past_takes_its_year() -> None:
    found = times("In 2015 Dara Loman was arrested in Tarvik. On 3 May she was released.")
    assert found["3 May"] == "2015-05-03"


def test_release_takes_the_story_year() -> None:
    extraction = extract(
        Source("In 2015 Dara Loman was arrested in Tarvik. On 3 May she was released.", language="en", published=JUNE)
    )
    [release] = [e for e in extraction.events if e.type == "release"]
    assert release.time is not None and release.time.earliest == date(2015, 5, 3)


def test_the_first_such_day_on_or_after_the_story_date() -> None:
    found = times("Dara Loman was arrested in Tarvik in November 2015. On 3 February she was released.")
    assert found["3 February"] == "2016-02-03"


def test_a_present_sentence_a_future_or_a_new_paragraph_keep_the_publication_year() -> None:
    assert (
        times("In 2015 Dara Loman was arrested. She is now a teacher. On 3 May she was arrested again.")["3 May"]
        == "2020-05-03"
    )
    assert times("In 2015 Dara Loman was arrested in Tarvik.\n\nOn 3 May she was released.")["3 May"] == "2020-05-03"
    assert times("In 2015 Dara Loman was arrested in Tarvik. On 3 May she will be released.")["3 May"] == "2021-05-03"
    assert times("Dara Loman was arrested on Monday. On 3 May she was released.")["3 May"] == "2020-05-03"


def test_a_date_describing_a_noun_is_no_story_year() -> None:
    found = times("The group, which was founded in 2005, works in Tarvik, and on 3 May police arrested Dara Loman.")
    assert found["3 May"] == "2020-05-03"
