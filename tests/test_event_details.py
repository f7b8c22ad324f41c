"""Event details the corroboration needs (English), on sentences written for these tests:
ages at the event, conjoined relatives as victims, denunciations, stated births against
displayed ages, counts of collective victims, and participants that are no participants."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Event, Extraction


def run(text: str, published: date = date(2021, 6, 1)) -> Extraction:
    return extract(Source(text, 1, "en", published))


def person(x: Extraction, name: str) -> Entity:
    for entity in x.of_kind("person"):
        if entity.name == name or name in entity.aliases:
            return entity
    raise AssertionError(f"no person {name!r} in {[e.label for e in x.of_kind('person')]}")


def relative(x: Extraction, relation: str, anchor: Entity, descriptor: str) -> Entity:
    for entity in x.of_kind("person"):
        if entity.anchor == (relation, anchor.id) and entity.descriptor == descriptor:
            return entity
    raise AssertionError(f"no {descriptor} of {anchor.label} in {[e.label for e in x.of_kind('person')]}")


def only(x: Extraction, kind: str) -> Event:
    found = [e for e in x.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


def roles(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(x.entity(p.entity).label, p.role) for p in event.participants}


def place(x: Extraction, event: Event) -> str | None:
    return x.entity(event.place).name if event.place else None


# --- age at the event ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "age"),
    [
        ("Ri Kwang-su said he was beaten when he was 14 after an attempt to cross the river.", "ill_treatment", 14),
        ("Ri Kwang-su was tortured at the age of fifteen in a holding centre.", "torture", 15),
        ("Ri Kwang-su was arrested aged 17 in Musan.", "arrest", 17),
        ("When she was 16 Jang Mi-ok was arrested by border guards in Liaoning.", "arrest", 16),
        ("Jang Mi-ok told reporters that when she was 19 she was detained by the police.", "arrest", 19),
    ],
)
def test_an_age_at_the_event_is_the_events_victim_age(sentence: str, kind: str, age: int) -> None:
    x = run(sentence)
    found = [e for e in x.events if e.attributes.get("victim_age") is not None]
    assert [(e.type, e.attributes["victim_age"]) for e in found] == [(kind, age)], [
        (e.type, e.attributes) for e in x.events
    ]


def test_an_age_beside_a_name_is_no_age_at_the_event() -> None:
    x = run("Ri Kwang-su, 34, was arrested in Musan last year.")
    assert "victim_age" not in only(x, "arrest").attributes
    x = run("Ri Kwang-su, aged 34, was arrested in Musan last year.")
    assert "victim_age" not in only(x, "arrest").attributes


def test_distances_and_counts_after_when_are_no_ages() -> None:
    x = run("Ri Kwang-su was arrested when he was 12 kilometres from the border.")
    assert "victim_age" not in only(x, "arrest").attributes


def test_an_age_at_the_event_dates_it_from_the_birth_the_report_gives() -> None:
    x = run("Pak Chol-ho (born 4 March 1979 or 1981) is a writer. He was sent to a prison camp when he was aged 7.")
    detention = only(x, "detention")
    assert detention.time is not None and detention.time_basis == "from_age"
    # from his 7th birthday if born in 1979 to the day before his 8th if born in 1981
    assert (detention.time.earliest, detention.time.latest) == (date(1986, 3, 4), date(1989, 3, 3))


def test_a_stated_time_wins_over_the_age_and_no_birth_dates_nothing() -> None:
    x = run("Pak Chol-ho (born 4 March 1979) is a writer. He was beaten at the age of 17 in 1997.")
    beating = only(x, "ill_treatment")
    assert beating.time is not None and beating.time_basis == "stated" and beating.time.earliest == date(1997, 1, 1)
    x = run("Pak Chol-ho is a writer. He was beaten at the age of 17.")
    assert only(x, "ill_treatment").time is None


# --- conjoined relatives ----------------------------------------------------------------------


def test_both_stands_for_the_mother_and_brother_just_named() -> None:
    x = run(
        "Ri Kwang-su said he told a camp guard about a plan by his mother and brother to flee Camp 22 "
        "and both were executed."
    )
    ri = person(x, "Ri Kwang-su")
    mother = relative(x, "parent_of", ri, "mother")
    brother = relative(x, "sibling_of", ri, "brother")
    execution = only(x, "execution")
    assert {p.entity for p in execution.participants if p.role == "victim"} == {mother.id, brother.id}


@pytest.mark.parametrize("pronoun", ["they", "the two"])
def test_they_and_the_two_stand_for_a_conjoined_pair(pronoun: str) -> None:
    x = run(f"Kim Song-il reported his father and sister to the police. The next day {pronoun} were arrested.")
    kim = person(x, "Kim Song-il")
    father = relative(x, "parent_of", kim, "father")
    sister = relative(x, "sibling_of", kim, "sister")
    arrest = only(x, "arrest")
    assert {p.entity for p in arrest.participants if p.role == "victim"} == {father.id, sister.id}


# --- denunciation --------------------------------------------------------------------------


def test_informing_a_guard_of_a_plan_denounces_those_who_planned() -> None:
    x = run("Ri Kwang-su informed a prison guard of a plan by his mother and brother to escape Camp 22.")
    ri = person(x, "Ri Kwang-su")
    denunciation = only(x, "denunciation")
    victims = {p.entity for p in denunciation.participants if p.role == "victim"}
    assert victims == {relative(x, "parent_of", ri, "mother").id, relative(x, "sibling_of", ri, "brother").id}
    assert (ri.id, "subject") in {(p.entity, p.role) for p in denunciation.participants}
    assert place(x, denunciation) == "Camp 22"
    assert not any(x.entity(p.entity).descriptor == "guard" for p in denunciation.participants)


def test_informing_on_someone_is_a_denunciation_and_informing_of_news_is_not() -> None:
    x = run("In 1998 Ri Kwang-su informed on his uncle.")
    denunciation = only(x, "denunciation")
    assert ("uncle (relative of " + person(x, "Ri Kwang-su").id + ")", "victim") in roles(x, denunciation)
    x = run("Ri Kwang-su informed the committee of his decision in May.")
    assert not [e for e in x.events if e.type == "denunciation"]


def test_there_is_the_camp_just_named() -> None:
    x = run(
        "Ri Kwang-su said he was moved from Camp 22 to another camp, Camp 25, "
        "and it was there that he betrayed his father and sister."
    )
    denunciation = only(x, "denunciation")
    assert place(x, denunciation) == "Camp 25"
    assert len([p for p in denunciation.participants if p.role == "victim"]) == 2


def test_a_where_clause_happens_at_the_place_it_describes() -> None:
    x = run("Kim Mi-ok was taken to Camp 15, where she was beaten by guards and later tortured.")
    assert place(x, only(x, "ill_treatment")) == "Camp 15"
    assert place(x, only(x, "torture")) == "Camp 15"  # coordinated in the "where" clause
    x = run("Kim Mi-ok reached Yanji, where police arrested her in Tumen.")
    assert place(x, only(x, "arrest")) == "Tumen"  # a place the clause names itself wins


# --- stated births and displayed ages ----------------------------------------------------------


def test_a_birth_in_either_of_two_years_is_their_union_and_the_displayed_age_is_ignored() -> None:
    x = run("Pak Chol-ho\nBorn 1990 or 1991 (age 29–30)\nPak Chol-ho is a former soldier.", date(2021, 3, 1))
    birth = person(x, "Pak Chol-ho").birth
    assert birth is not None
    assert (birth.earliest, birth.latest) == (date(1990, 1, 1), date(1991, 12, 31))


def test_a_birth_day_with_an_alternative_year_keeps_the_day() -> None:
    x = run("Pak Chol-ho (born 4 March 1979 or 1981) is a writer.", date(2021, 3, 1))
    birth = person(x, "Pak Chol-ho").birth
    assert birth is not None
    assert (birth.earliest, birth.latest) == (date(1979, 3, 4), date(1981, 3, 4))


# --- counts of collective victims ---------------------------------------------------------------


def test_counts_on_groups_described_by_relative_clauses() -> None:
    x = run(
        "The cases include 95 North Korean workers who were deported from Tumen City in late 2022 after a strike, "
        "and 140 North Korean women who were detained in Dandong and Yanji before being repatriated later that year."
    )
    deported = next(e for e in x.events if e.trigger.text == "deported")
    assert deported.attributes["count"] == 95
    assert place(x, deported) == "Tumen City"
    assert deported.time is not None and deported.time.earliest == date(2022, 9, 1)
    assert all(x.entity(p.entity).kind == "group" for p in deported.participants)
    repatriated = next(e for e in x.events if e.trigger.text == "repatriated")
    assert repatriated.attributes["count"] == 140


def test_a_reduced_relative_does_not_take_the_subject() -> None:
    x = run(
        "Amnesty said that throughout 2022, more than 150 North Korean women held in several parts of China "
        "were sent back to North Korea."
    )
    returned = only(x, "forced_repatriation")
    assert returned.attributes["count"] == 150 and returned.attributes["count_qualifier"] == "more than"
    assert {x.entity(p.entity).kind for p in returned.participants} == {"group"}
    assert returned.time is not None and returned.time.earliest.year == 2022
    assert place(x, returned) == "North Korea"


def test_an_adjective_repatriated_is_not_dated_by_its_sentence() -> None:
    x = run("In March 2023, 60 repatriated North Korean workers were sent to prison camps in the North.")
    sent = only(x, "detention")
    assert sent.attributes["count"] == 60
    assert sent.time is not None and (sent.time.earliest, sent.time.latest) == (date(2023, 3, 1), date(2023, 3, 31))
    assert all(e.time is None for e in x.events if e.type == "forced_repatriation")


# --- participants that are none -------------------------------------------------------------------


def test_a_book_title_is_not_an_escape() -> None:
    x = run('"Flight from Camp 22", written by the journalist Anna Berg, made Ri Kwang-su famous.')
    assert not [e for e in x.events if e.type == "border_crossing"]


def test_a_zone_crossed_is_not_who_crossed() -> None:
    x = run("The soldier crossed the DMZ on Thursday. He defected via the Joint Security Area (JSA).")
    for event in x.events:
        assert all(x.entity(p.entity).kind in ("person", "group") for p in event.participants), roles(x, event)


def test_a_report_released_is_no_release() -> None:
    x = run("A report by Human Rights Watch released on Saturday says Ri Kwang-su was freed in May.")
    assert [e.trigger.text for e in x.events if e.type == "release"] == ["freed"]


def test_a_surname_read_as_an_interjection_is_still_the_subject() -> None:
    x = run("Oh Mun-gyu is a former soldier. Oh defected from North Korea on March 3, 2019.")
    crossing = only(x, "border_crossing")
    assert roles(x, crossing) == {("Oh Mun-gyu", "subject")}


def test_a_possessive_before_the_reporting_subject_means_that_subject() -> None:
    x = run(
        "Choi Yong-nam was held in Camp 16. Ri Kwang-su shared his cell. "
        "After his release, Ri says, he heard that Choi had died in the camp."
    )
    release = only(x, "release")
    assert roles(x, release) == {("Ri Kwang-su", "victim")}


def test_since_opens_a_period_up_to_publication_and_a_dateline_is_not_the_events_time() -> None:
    x = run(
        "TOKYO, May 30 — The Chinese government has forcibly returned at least 80 North Korean refugees "
        "since last year, a rights group said.",
        date(2021, 6, 1),
    )
    returned = only(x, "forced_repatriation")
    assert returned.time is not None
    assert (returned.time.earliest, returned.time.latest) == (date(2020, 1, 1), date(2021, 6, 1))
    x = run("The government has deported more than 300 North Koreans since it reopened the border in mid 2019.")
    returned = only(x, "forced_repatriation")
    assert returned.time is not None and returned.time.earliest == date(2019, 5, 1)


def test_a_later_plain_birth_statement_keeps_the_two_dates_a_source_gave() -> None:
    from datetime import date as day

    from tumen.extract.document import Source, extract

    text = (
        "Pak Un-sol (born 3 March 1979 or 1977) is a writer. "
        "Pak Un-sol was born in 1979 in Hyesan, according to her publisher."
    )
    person = next(e for e in extract(Source(text, 1, "en", day(2020, 5, 1))).entities if e.name == "Pak Un-sol")
    assert [i.earliest.year for i in person.birth_alternatives] == [1979, 1977]


def test_a_dateline_after_a_headline_ending_in_a_hyphen_is_not_the_events_time() -> None:
    # a wire copy's headline line, then "CITY, date -": the event takes its own later date, not the dateline's
    x = run(
        "Court jails activist\n\nSEOUL, May 2 2024 - A court sentenced the activist Ana Berg to five years "
        "in prison in March 2019.",
        date(2024, 5, 2),
    )
    sentenced = only(x, "sentencing")
    assert sentenced.time is not None and sentenced.time.earliest == date(2019, 3, 1)
