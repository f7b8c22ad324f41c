"""Yearless dates: the reported or conditional future of "would", a finite past verb inside a future clause, and a
bare year right after the date (invented sentences)."""

from __future__ import annotations

from datetime import date

from tumen.extract.time import find_times

JUNE = date(2020, 6, 10)  # a Wednesday


def values(text: str, anchor: date = JUNE) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


def test_a_date_would_governs_lies_ahead() -> None:
    assert values("The court said the fine would be paid in January.") == [("January", "2021-01")]
    assert values("Mr Lesk said he would return to Velar in May.") == [("May", "2021-05")]
    assert values("Her lawyer said Ana Berg would be travelling to Velar Thursday.") == [("Thursday", "2020-06-11")]
    assert values("The group would be ready to leave as soon as Monday, the priest said.") == [("Monday", "2020-06-15")]


def test_would_does_not_put_ahead_a_past_a_habit_or_another_clause() -> None:
    # a counterfactual past
    assert values("Without the appeal Ana Berg would have been freed in May.") == [("May", "2020-05")]
    # a habit
    assert values("Every spring the farmers would plant rice in May.") == [("May", "2020-05")]
    # a past verb of another clause between "would" and the date
    assert values("Ivo Lesk said he would appeal the sentence he received in May.") == [("May", "2020-05")]
    assert values("They said they would appeal the decision, announced on Monday.") == [("Monday", "2020-06-08")]
    # a date in the genitive names the day of a thing
    assert values("The family said they would fight Monday's ruling.") == [("Monday", "2020-06-08")]
    # "would" after the date: the date is the saying's
    assert values("On Monday the ministry said the camp would close.") == [("Monday", "2020-06-08")]


def test_a_finite_past_verb_keeps_its_date_past_in_a_clause_about_the_future() -> None:
    found = values("Karl Vos, who was detained in April, is due to be released in March.")
    assert found == [("April", "2020-04"), ("March", "2021-03")]
    # the future cue between the past verb and the date still decides
    assert values("The official said the vote was planned for early March.") == [("early March", "2021-03")]


def test_will_the_noun_is_no_cue_of_the_future() -> None:
    # "against her will", "their own free will": the noun; the weekday stays the last one
    assert values("Ana Berg was held against her will in a flat on Thursday afternoon.") == [
        ("Thursday afternoon", "2020-06-04TAF")
    ]
    assert values("Ivo Lesk was taken against his will on Monday.") == [("Monday", "2020-06-08")]
    assert values("The farmers left of their own free will on Friday.") == [("Friday", "2020-06-05")]
    # the modal still puts it ahead, also after a bare "her"
    assert values("Ana Berg will be held in a flat on Thursday.") == [("Thursday", "2020-06-11")]
    assert values("Freeing her will take until Friday, the lawyer said.") == [("Friday", "2020-06-12")]


def test_a_yearless_date_right_before_in_and_a_year_is_in_that_year() -> None:
    found = values("Six organisers were arrested on Human Rights Day in 2020.", date(2022, 3, 7))
    assert found == [("Human Rights Day", "2020-12-10"), ("2020", "2020")]
    assert values("Soldiers burned the village of Tarvik on March 5 in 2019.")[0] == ("March 5", "2019-03-05")
    assert values("Ana Berg fled Velar in March in 2018.")[0] == ("March", "2018-03")
    # the year only restates the date's: the day stays the reference of what follows
    found = values("Six organisers were arrested on Human Rights Day in 2020. Ana Berg was arrested on the same day.")
    assert found[-1] == ("the same day", "2020-12-10")
    # a comma ends the date: the year begins another clause
    assert values("Ivo Lesk was freed on March 5, in 2019 he left.")[0] == ("March 5", "2020-03-05")


def test_a_quoted_post_counts_its_relative_times_from_its_own_date() -> None:
    text = (
        "Police in Velar arrested a protester today for holding a blank sign. pic.twitter.com/x1 — Ana Berg"
        " (@anaberg) June 6, 2020\nSoldiers detained six students today."
    )
    assert [v for _, v in values(text)] == ["2020-06-06", "2020-06-06", "2020-06-10"]
    # a line without a post's signature keeps the publication day
    assert values("Ana Berg (@anaberg) said today that June 6, 2020 was quiet.")[0] == ("today", "2020-06-10")


def test_due_to_a_cause_is_no_cue_of_the_future() -> None:
    # "due to his injuries": a cause; the weekday stays the last one
    assert values("Ana Berg died on Thursday due to her injuries.") == [("Thursday", "2020-06-04")]
    found = values("The minister met Ivo Lesk on Friday afternoon, drawing criticism due to his views on refugees.")
    assert found == [("Friday afternoon", "2020-06-05TAF")]
    # a schedule still looks ahead
    assert values("Ivo Lesk is due to be released on Friday.") == [("Friday", "2020-06-12")]
    assert values("A strike by the drivers, due to begin Monday, was called off.") == [("Monday", "2020-06-15")]
