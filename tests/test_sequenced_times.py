"""An event told "after" a dated clause does not take its date, a date after "since" that
starts a comparison ("the first deaths since 1991") dates no event, and nor does the model year of an owned thing
("his 2008 Bentley", "a 2015 Velmo"), and a verb of reaction dates no event it takes as object ("this week
denounced the arrest of …") (docs/extraction.md, "Story time";
tumen.extract.chained_times.sequenced, tumen.extract.event_times.compared_since, model_year and
topic_of_clause). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def only(text: str, kind: str) -> Event:
    found = [e for e in extract(Source(text, 1, "en", date(2020, 6, 15))).events if e.type == kind]
    assert len(found) == 1, found
    return found[0]


def span(event: Event) -> tuple[date, date] | None:
    return (event.time.earliest, event.time.latest) if event.time is not None else None


def test_an_event_after_a_dated_clause_does_not_take_its_date() -> None:
    killing = only("Ana Berg was murdered after being detained by police in November 1981.", "killing")
    assert span(killing) != (date(1981, 11, 1), date(1981, 11, 30))
    beaten = only("Ana Berg was beaten in custody after she was arrested on 3 May.", "torture")
    assert span(beaten) != (date(2020, 5, 3), date(2020, 5, 3))


def test_a_dated_event_still_dates_the_clause_sequenced_after_it() -> None:
    arrest = only("Ana Berg was murdered in 1982 after being detained by police.", "arrest")
    assert span(arrest) == (date(1982, 1, 1), date(1982, 12, 31))


def test_a_date_after_since_under_a_ranked_noun_dates_no_event() -> None:
    text = "Soldiers opened fire on the crowd and killed two students, the first killings in Halmor since 1991."
    assert only(text, "killing").time is None
    deaths = only("Three protesters were killed on Friday, the first deaths during a protest since 1991.", "death")
    assert span(deaths) == (date(2020, 6, 12), date(2020, 6, 12))


def test_a_period_since_a_date_and_an_event_told_of_that_date_keep_it() -> None:
    killing = only("Police have killed 40 people since 1991.", "killing")
    assert span(killing) == (date(1991, 1, 1), date(2020, 6, 15))
    killing = only("It was the worst unrest in Halmor since 2015, when police killed ten protesters.", "killing")
    assert span(killing) == (date(2015, 1, 1), date(2015, 12, 31))


def test_the_model_year_of_a_thing_someone_owns_is_no_time() -> None:
    text = "Karl Vos drove his 2008 Bentley into a crowd of protesters. Police arrested him."
    assert only(text, "arrest").time is None
    text = "Karl Vos crashed his 2008 Bentley into a crowd of protesters and killed two people."
    assert only(text, "killing").time is None
    # with an indefinite article too: the year is the thing's model, not the time of the deed
    text = "Witnesses saw Karl Vos forcing Ana Berg into a black 2017 Velmo and kidnapping her."
    assert only(text, "abduction").time is None
    assert only("Karl Vos drove a 2015 Velmo Sprint into a crowd. Police arrested him.", "arrest").time is None
    arrest = only("In 2008 Karl Vos crashed his car into a crowd. Police arrested him.", "arrest")
    assert span(arrest) == (date(2008, 1, 1), date(2008, 12, 31))


def test_an_event_noun_a_verb_of_reaction_takes_as_object_does_not_take_its_date() -> None:
    # "denounced", "condemned", "mourned" the event: the reaction's day or week, not the event's
    assert only("Rights groups this week denounced the arrest of the blogger Ivo Lesk.", "arrest").time is None
    assert only("Amnesty on Tuesday condemned the killing of Ana Berg in Velar.", "killing").time is None
    listed = [
        e.type
        for e in extract(
            Source("Students on Friday denounced the arrest and detention of Ana Berg.", 1, "en", date(2020, 6, 15))
        ).events
        if e.time is not None
    ]
    assert listed == []
    # the verb's own object, not a noun the verb is dated with: "Police on Tuesday arrested Ana Berg" stays Tuesday
    assert span(only("Police in Velar on Tuesday arrested the blogger Ivo Lesk.", "arrest")) == (
        date(2020, 6, 9),
        date(2020, 6, 9),
    )
    # without a participant the clause's date is all that makes it a fact: kept
    assert only("Hundreds on Monday condemned the killing of a journalist.", "killing").time is not None


def test_an_event_noun_a_clause_is_about_does_not_take_its_date() -> None:
    # the object of "against", "over", "on", "after", "into" in a clause dated otherwise: not that day's
    assert only("Students rallied on Friday against the detention of Ana Berg.", "detention").time is None
    assert only("Hundreds protested on Monday over the killing of Ivo Lesk.", "killing").time is None
    assert only("Crowds gathered on Sunday after the abduction of Ana Berg.", "abduction").time is None
    # a date of the noun's own phrase still dates it
    abduction = only("Police opened an inquiry on Friday into the abduction of Ivo Lesk on Tuesday.", "abduction")
    assert span(abduction) == (date(2020, 6, 9), date(2020, 6, 9))
    # without a participant the clause's date is all that makes it a fact: kept
    assert only("Hundreds protested on Monday over the killing of a journalist.", "killing").time is not None
    # "into" and "on" only under a noun: "taken into custody on Monday" is that day's
    assert span(only("Ana Berg was taken into custody on Monday.", "detention")) == (
        date(2020, 6, 15),
        date(2020, 6, 15),
    )
    # not an event noun after another preposition ("in an attack on Monday")
    assert span(only("Ana Berg was killed on Monday in an attack on the village.", "killing")) == (
        date(2020, 6, 15),
        date(2020, 6, 15),
    )


def test_an_event_before_a_finite_clause_does_not_take_its_date() -> None:
    repatriation = only("Ana Berg was repatriated twice before she reached Seoul in 2009.", "forced_repatriation")
    assert span(repatriation) != (date(2009, 1, 1), date(2009, 12, 31))
    arrest = only("Ana Berg was arrested before she fled to Seoul in 2009.", "arrest")
    assert span(arrest) != (date(2009, 1, 1), date(2009, 12, 31))


def test_the_next_step_of_an_episode_still_dates_the_one_before() -> None:
    detention = only("Ana Berg was detained in Tumen before being sent back in 2001.", "detention")
    assert span(detention) == (date(2001, 1, 1), date(2001, 12, 31))


def test_a_date_after_the_object_of_a_verb_of_reaction_is_still_the_events() -> None:
    # the parser hangs a date after the noun on the verb; told after the noun, it may be the noun's own
    killing = only("Police blamed the killing of Ana Berg in May 2019 on rebels.", "killing")
    assert killing.time is not None and (killing.time.earliest, killing.time.latest) == (
        date(2019, 5, 1),
        date(2019, 5, 31),
    )
