"""A yearless date the parse shows a past-tense verb governs is past (tumen.extract.past_dates), on invented
sentences published in December: the verb decides wherever it stands in the clause; future, modal and planning
verbs keep the date ahead."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract

DECEMBER = date(2026, 12, 10)


def times(text: str) -> dict[str, str]:
    extraction = extract(Source(text, language="en", published=DECEMBER))
    return {t.text: t.value for t in extraction.times}


def test_a_past_verb_far_from_the_date_makes_it_past() -> None:
    assert times("In February, the human rights group Liga Norte released a report on abuses.") == {
        "February": "2026-02"
    }
    assert times("In February, police in the mountain town of Varno arrested three teachers.") == {
        "February": "2026-02"
    }
    assert times("Ana Berg published a long report on the abuses of the guards on February 3.") == {
        "February 3": "2026-02-03"
    }


def test_future_modal_and_planning_verbs_keep_the_date_ahead() -> None:
    assert times("Ana Berg will be tried in February.") == {"February": "2027-02"}
    assert times("The court said Ana Berg would be tried in February.") == {"February": "2027-02"}
    assert times("The court of Varno set a new hearing for Ivo Lesk in February.") == {"February": "2027-02"}
    assert times("The court postponed the trial of Ivo Lesk to February.") == {"February": "2027-02"}


def test_a_date_under_no_verb_keeps_the_nearest_one() -> None:
    assert times("Raids on the teachers of Varno in February") == {"February": "2027-02"}


def test_a_deadline_on_the_way_or_a_weekday_keeps_the_nearest_one() -> None:
    assert times("Ivo Lesk has been released until his next hearing in February.") == {"February": "2027-02"}


def test_a_date_a_few_days_ahead_stays_though_a_past_verb_governs_it() -> None:
    # Told in the past, a date a few days after the publication says the publication date is off (a wire's date, a
    # crawl's), not that the date lies a year back.
    assert times("On December 17, police in the mountain town of Varno arrested three teachers.") == {
        "December 17": "2026-12-17"
    }
    assert times("On December 29, police in the mountain town of Varno arrested three teachers.") == {
        "December 29": "2025-12-29"
    }
