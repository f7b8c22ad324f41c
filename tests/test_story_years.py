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


def test_a_date_describing_a_noun_dates_only_its_own_sentence() -> None:
    found = times("Tal Brenner, a teacher who was arrested on 2 March 2015, was freed on 3 May.")
    assert found["3 May"] == "2015-05-03"
    found = times(
        "Tal Brenner, a teacher who was arrested in 2015, joined the union. On 3 May police raided its office."
    )
    assert found["3 May"] == "2020-05-03"


def test_a_date_of_a_noun_or_a_span_of_years_ends_the_story_year() -> None:
    found = times("In 2015 Tal Brenner was sentenced to five years in prison. He was freed on 3 May.")
    assert found["3 May"] == "2020-05-03"
    found = times("Tal Brenner lived near the site of the clashes of 2014. On 3 May he was arrested.")
    assert found["3 May"] == "2020-05-03"


def test_a_date_counted_from_the_story_keeps_its_year() -> None:
    # "two weeks later" counts from March 2011, so the thread goes on: "in May" is May 2011
    found = times("Dara Loman left Tarvik in March 2011. Two weeks later, police stopped her. She reached Holm in May.")
    assert found["May"] == "2011-05"
