"""Story time and several events in one sentence (docs/extraction.md), on sentences written for these
tests: each event takes the time its story gives it, says how (``time_basis``) and from which span; a
sentencing to a term implies the detention for that term; the export carries ``time.basis``."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.corroborate.facts import Fact, Support
from tumen.export.json_export import _item_validator, event_item
from tumen.extract.document import Source, extract
from tumen.extract.sentence_events import after
from tumen.extract.types import Event, Extraction
from tumen.model import Interval

PUBLISHED = date(2020, 5, 1)


def run(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Source(text, 1, "en", published))


def only(x: Extraction, kind: str) -> Event:
    found = [e for e in x.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


def year(event: Event) -> tuple[date, date] | None:
    return (event.time.earliest, event.time.latest) if event.time else None


Y2001 = (date(2001, 1, 1), date(2001, 12, 31))


# -- story time ------------------------------------------------------------------------------------------
def test_a_time_in_its_own_sentence_is_stated_with_its_span() -> None:
    arrest = only(run("In March 2009 Ri Chol-ho was arrested by police in Hyesan."), "arrest")
    assert arrest.time_basis == "stated"
    assert arrest.time_evidence is not None and arrest.time_evidence.text == "March 2009"


def test_a_clause_chained_to_a_dated_one_takes_its_time() -> None:
    x = run("Kang Su-min was caught by police and in June 2011 sent back to North Korea.")
    arrest = only(x, "arrest")
    assert year(arrest) == (date(2011, 6, 1), date(2011, 6, 30))
    assert arrest.time_basis == "inherited"
    assert arrest.time_evidence is not None and arrest.time_evidence.text == "June 2011"


def test_the_narratives_reference_time_dates_the_next_sentence() -> None:
    x = run("In 2001 Kang Su-min crossed the Tumen River into China. She was arrested by Chinese police.")
    arrest = only(x, "arrest")
    assert year(arrest) == Y2001
    assert arrest.time_basis == "inherited"
    assert arrest.time_evidence is not None and arrest.time_evidence.text == "2001"


def test_a_clause_describing_a_participant_takes_no_reference_time() -> None:
    """ "the twelve, who were arrested while trying to flee": that one's past, not the story's next step."""
    x = run(
        "In 2001 the court in Hoeryong heard the case of twelve fishermen. The twelve fishermen, who were arrested "
        "while trying to flee, denied the charges."
    )
    arrest = only(x, "arrest")
    assert arrest.time is None and arrest.time_basis is None
    x = run("In 2001 the court in Hoeryong heard the case of twelve fishermen. The twelve fishermen were arrested.")
    assert year(only(x, "arrest")) == Y2001  # told as the next step, it is


def test_a_present_tense_statement_ends_the_story_time() -> None:
    x = run(
        "In 2001 Kang Su-min crossed the Tumen River into China. China has a strict policy of returning "
        "defectors. She was arrested by Chinese police."
    )
    assert only(x, "arrest").time is None


def test_a_new_paragraph_about_other_people_ends_it_one_about_the_family_does_not() -> None:
    other = run(
        "In 2001 Kang Su-min crossed the Tumen River into China.\n\nPark Jin-woo was arrested by Chinese police.\n"
    )
    assert only(other, "arrest").time is None
    family = run(
        "In 2001 Kang Su-min crossed the Tumen River into China.\n\nHer brother was arrested by Chinese police.\n"
    )
    assert year(only(family, "arrest")) == Y2001


def test_an_age_at_the_event_dates_it_not_the_storys_date() -> None:
    x = run("On 3 May 2019 Jang Myong-il crossed the border. He said he was beaten by officers when he was 16.")
    beating = next(e for e in x.events if e.type in ("ill_treatment", "torture"))
    assert beating.attributes.get("victim_age") == 16 and beating.time is None


def test_a_date_of_birth_is_no_story_time() -> None:
    x = run("Kang Su-min was born in 1990 in Hoeryong. She was arrested by police.")
    assert only(x, "arrest").time is None


def test_later_places_the_event_after_the_reference_time() -> None:
    x = run("In 2003 Kang Su-min was arrested by police. Later she was sent to a labour camp.")
    detention = only(x, "detention")
    assert detention.time == Interval(date(2003, 1, 1), PUBLISHED, "range")
    assert detention.time_basis == "inherited"


def test_a_vague_amount_later_is_less_than_the_next_unit() -> None:
    x = run("In 2003 Kang Su-min was arrested by police. A few months later she was sent to a labour camp.")
    detention = only(x, "detention")
    assert detention.time is not None
    assert detention.time.earliest == date(2003, 1, 1) and detention.time.latest <= date(2005, 1, 1)


def test_after_an_event_starts_at_that_events_time() -> None:
    x = run("Kang Su-min was released from prison in 2005. After her release she was arrested again by police.")
    arrest = only(x, "arrest")
    assert arrest.time == Interval(date(2005, 1, 1), PUBLISHED, "range")  # not only in 2005
    assert arrest.time_basis == "inherited"


def test_a_state_lasting_up_to_publication_dates_its_beginning() -> None:
    x = run(
        "Kang Su-min has been looking for her daughter for 17 years. The girl was abducted by traffickers.",
        date(2023, 1, 27),
    )
    abduction = only(x, "abduction")
    assert year(abduction) == (date(2005, 1, 28), date(2006, 1, 27))
    assert abduction.time_basis == "publication"
    assert abduction.time_evidence is not None and abduction.time_evidence.text == "17 years"


def test_a_lasting_state_dates_the_events_of_its_own_sentence() -> None:
    x = run("Kang Su-min has been looking for her daughter, who was abducted by traffickers, for 17 years.")
    assert year(only(x, "abduction")) == (date(2002, 5, 2), date(2003, 5, 1))


def test_a_state_told_in_the_present_is_dated_by_publication() -> None:
    held = only(run("Kang Su-min is being held in a detention centre in Hyesan."), "detention")
    assert held.time_basis == "publication"


# -- several events in one sentence ------------------------------------------------------------------------
def test_several_events_in_one_sentence_share_subject_and_time() -> None:
    x = run("In 2006 Kang Su-min tried to cross the river, was caught and sentenced to two years in a labour camp.")
    crossing, arrest, sentencing = only(x, "border_crossing"), only(x, "arrest"), only(x, "sentencing")
    subject = {p.entity for p in crossing.participants}
    assert subject and {p.entity for p in arrest.participants} == subject
    assert {p.entity for p in sentencing.participants} == subject
    assert year(crossing) == year(arrest) == year(sentencing) == (date(2006, 1, 1), date(2006, 12, 31))
    assert sentencing.attributes.get("duration") == "P2Y"
    assert "attempt" not in arrest.attributes and "attempt" not in sentencing.attributes  # only the crossing tried


def test_a_sentencing_to_a_term_implies_the_detention_for_that_term() -> None:
    x = run("In 2006 Kang Su-min tried to cross the river, was caught and sentenced to two years in a labour camp.")
    detention = only(x, "detention")
    assert detention.time == Interval(date(2006, 1, 1), date(2007, 12, 31), "range")
    assert detention.time_basis == "inherited"
    assert {p.entity for p in detention.participants} == {p.entity for p in only(x, "sentencing").participants}


def test_a_sentence_that_tells_the_detention_gets_no_second_one() -> None:
    x = run("In 2006 Kang Su-min was sentenced to two years and held in a labour camp in Chongori.")
    assert len([e for e in x.events if e.type == "detention"]) <= 1


def test_terms_in_months_weeks_and_days() -> None:
    assert after(date(2006, 1, 31), "P1M") == date(2006, 2, 27)
    assert after(date(2006, 3, 1), "P18M") == date(2007, 8, 31)
    assert after(date(2006, 3, 1), "P2W") == date(2006, 3, 14)
    assert after(date(2006, 3, 1), "PXM") is None


def test_json_written_before_story_time_reads() -> None:
    x = run("In 2001 Kang Su-min crossed the Tumen River into China. She was arrested by Chinese police.")
    data = x.to_json()
    for event in data["events"]:
        del event["time_basis"], event["time_evidence"]
    assert Extraction.from_json(data).events[1].time_basis is None
    assert Extraction.from_json(x.to_json()).events[1].time_evidence == x.events[1].time_evidence


# -- export: time.basis ------------------------------------------------------------------------------------
def _support(basis: str | None, evidence: str | None) -> Support:
    attributes = tuple((k, v) for k, v in (("__time_basis", basis), ("__time_evidence", evidence)) if v is not None)
    return Support(
        event="1:e2",
        type="arrest",
        document=1,
        outlet="Outlet",
        witness=None,
        witness_label=None,
        hearsay=False,
        start=0,
        end=40,
        quote="She was arrested by Chinese police.",
        time=Interval(date(2001, 1, 1), date(2001, 12, 31), "year"),
        participants=(("P1", "victim"),),
        attributes=attributes,
    )


def test_the_export_says_how_a_time_was_found_and_from_which_span() -> None:
    fact = Fact("F1", "arrest", "P1", supports=[_support("inherited", "3:7:2001")], groups=[[]])
    fact.groups = [fact.supports]
    item = event_item(fact)
    assert item["time"]["basis"] == "inherited"
    assert item["time"]["evidence"] == {"document": 1, "start": 3, "end": 7, "quote": "2001"}
    assert not any(k.startswith("__") for k in item["attributes"])
    assert not list(_item_validator("event").iter_errors(item))


def test_a_stated_time_outranks_an_inherited_one_and_old_statements_read_as_stated() -> None:
    fact = Fact("F1", "arrest", "P1", supports=[_support("inherited", "3:7:2001"), _support(None, None)])
    fact.groups = [fact.supports]
    basis = fact.time_basis()
    assert basis is not None and basis[0] == "stated"


# -- a date that opens a period; named days; parts of a day told after a date --------------------------------
def test_a_date_opening_a_period_is_no_reference_time_of_a_simple_past() -> None:
    x = run(
        "General Arno Tesk, who crushed a revolt in the town of Halmor in 1982, has been under investigation in "
        "Belgium since 2014. Thousands of villagers were killed in the massacre that followed the revolt.",
        date(2019, 12, 18),
    )
    killing = only(x, "killing")
    assert year(killing) == (date(1982, 1, 1), date(1982, 12, 31))
    assert killing.time_evidence is not None and killing.time_evidence.text == "1982"


def test_a_simple_past_after_a_period_alone_takes_no_time_from_its_start() -> None:
    x = run(
        "President Dorel Vant has been in power since 1994. Police beat the protesters in the capital.",
        date(2020, 8, 29),
    )
    assert only(x, "ill_treatment").time is None


def test_the_perfect_after_a_period_still_takes_its_start() -> None:
    x = run(
        "Protests have shaken the country since October 4. Hundreds of students have been detained, some of them "
        "beaten by police.",
        date(2019, 10, 21),
    )
    assert year(only(x, "ill_treatment")) == (date(2019, 10, 4), date(2019, 10, 4))


def test_a_named_day_dates_its_event() -> None:
    x = run(
        "Church leaders say the director and his daughter were released Monday after being kidnapped in Haiti on "
        "Christmas Eve.",
        date(2020, 12, 29),
    )
    abduction = only(x, "abduction")
    assert year(abduction) == (date(2020, 12, 24), date(2020, 12, 24))
    assert abduction.time_evidence is not None and abduction.time_evidence.text == "Christmas Eve"


def test_a_day_of_the_story_may_be_the_publication_day() -> None:
    x = run(
        "The girl and her friends met Robert Dalton on Sunday afternoon, the group told police. Deputies arrested "
        "Dalton and took him to the county jail.",
        date(2019, 10, 6),  # a Sunday
    )
    assert year(only(x, "arrest")) == (date(2019, 10, 6), date(2019, 10, 6))


def test_a_dated_statement_moves_the_story_to_the_time_it_is_told() -> None:
    x = run(
        "In January 2020 Dr. Nora Castel moved to Davao. In a statement on Friday, the police said that Castel was "
        "detained in Bayugan City.",
        date(2022, 2, 18),
    )
    assert only(x, "detention").time is None


# -- "since" a date: the state of one began then; a count or repeated times fill the period ---------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dara Loman has been detained since February 15, after publishing a blog post.", "arrest"),
        ("Another reporter, Ana Berg, has been missing since March 13, the agency reported.", "disappearance"),
    ],
)
def test_the_state_of_one_since_a_date_is_dated_by_it(text: str, kind: str) -> None:
    event = only(run(text, date(2022, 3, 20)), kind)
    assert event.time is not None and event.time.precision == "day"
    assert event.time.earliest == event.time.latest and event.time.earliest.year == 2022


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police have detained at least 36 people since May 2018.", "detention"),  # a tally of no doer: an aggregate
        ("She has been arrested multiple times since 2019.", "arrest"),
        ("Journalists have been jailed since 2019.", "detention"),
    ],
)
def test_a_count_a_kind_or_repeated_times_since_a_date_fill_the_period(text: str, kind: str) -> None:
    event = only(run(text, date(2022, 3, 20)), kind)
    assert event.time is not None and event.time.precision == "range"
    assert event.time.latest == date(2022, 3, 20)


def test_a_conjunct_of_a_clause_since_a_date_fills_the_period_too() -> None:
    """ "have detained 900 people since the May 3 coup and killed 40": the killings are of the whole period, not
    of the day of the coup; a clause that tells what happened on the date ("since March 13, when police raided
    her home") is of that day."""
    published = date(2022, 6, 1)
    x = run("Soldiers have detained 900 people since the May 3 coup and killed 40 protesters in Tarvik.", published)
    killing = only(x, "killing")
    assert killing.time is not None and killing.time.precision == "range"
    assert (killing.time.earliest, killing.time.latest) == (date(2022, 5, 3), date(2022, 6, 1))
    raid = only(run("Ana Berg has been in hiding since March 13, when police raided her home.", published), "raid")
    assert raid.time is not None and (raid.time.earliest, raid.time.precision) == (date(2022, 3, 13), "day")
    custody = only(run("Velar says the students have been in custody since March 13.", published), "detention")
    assert custody.time is not None and custody.time.precision == "day"  # the state's own clause: its rule


# -- "as of" a date: the end of a count, no event's time ------------------------------------------------------
def test_a_date_ending_a_count_dates_no_event() -> None:
    x = run("As of September 6, police had arrested more than 3,800 people in the region, the agency reported.")
    assert only(x, "arrest").time is None


def test_a_date_ending_a_count_is_no_reference_time_of_the_story() -> None:
    x = run("As of November 2, courts had sentenced 145 people to death. Soldiers killed 20 villagers in Halmor.")
    assert only(x, "killing").time is None


def test_a_date_after_an_opening_by_ends_a_count() -> None:
    x = run("Soldiers fired on the march. By 27 February, eight protesters had been killed in Tarvik.")
    assert only(x, "killing").time is None
    x = run("By 27 February eight protesters had been killed in Tarvik. Police arrested Ana Berg.")
    assert only(x, "arrest").time is None
    arrest = only(run("Ana Berg was arrested by police on 3 May."), "arrest")
    assert arrest.time is not None and arrest.time.earliest.day == 3


def test_a_sentence_opened_by_after_an_earlier_event_moves_the_story_on() -> None:
    # "After the arrest," with no date: what the story tells next is from the arrest on, not of the last date told
    # (the crossing of 2015, told inside the arrest's sentence)
    x = extract(
        Source(
            "Ana Ruiz fled Tarvik in 2012. Her son was arrested in March 2016, a year after he crossed the border in "
            "2015. After the arrest, a broker called her. Soon after, she was beaten by guards.",
            1,
            "en",
            date(2020, 6, 1),
        )
    )
    [beaten] = [e for e in x.events if e.type == "ill_treatment"]
    assert beaten.time is not None and beaten.time.earliest == date(2016, 3, 1)


# -- an event told in the complement of a dated saying ------------------------------------------------------
def test_a_date_right_after_a_verb_of_saying_is_the_sayings_not_its_complements() -> None:
    arrest = only(run("Police in Tarvik said on Monday they had arrested 12 protesters."), "arrest")
    assert arrest.time is None or arrest.time.earliest != date(2020, 4, 27)  # the saying's Monday, not the arrest's


def test_a_complement_that_tells_no_deed_done_takes_no_date_of_the_saying() -> None:
    release = only(run("The ministry of Tarvik said on Monday that it would release Ana Berg."), "release")
    assert release.time is None


def test_a_complement_with_a_time_of_its_own_keeps_it() -> None:
    arrest = only(run("Ana Berg said on Monday that she was arrested in 2015."), "arrest")
    assert year(arrest) == (date(2015, 1, 1), date(2015, 12, 31))
    assert arrest.time_basis == "stated"


# -- two clauses of one time ------------------------------------------------------------------------------
def test_a_date_of_a_simultaneous_clause_dates_its_main_clause() -> None:
    beating = only(run("Ana Berg was beaten as police dispersed the protest on 3 March."), "ill_treatment")
    assert year(beating) == (date(2020, 3, 3), date(2020, 3, 3))
    assert beating.time_basis == "inherited"
    arrest = only(run("Ivo Lesk was arrested while he was filming the march in Tarvik in June 2018."), "arrest")
    assert year(arrest) == (date(2018, 6, 1), date(2018, 6, 30))


def test_a_simultaneous_clause_that_opens_the_sentence_dates_its_main_clause() -> None:
    torture = only(run("As she was being questioned on Monday, officers beat Lena Dorn."), "torture")
    assert year(torture) == (date(2020, 4, 27), date(2020, 4, 27))


def test_a_clause_in_the_perfect_after_as_tells_a_cause_and_no_time() -> None:
    arrest = only(run("Karl Vos was arrested as he had criticised the army in 2015."), "arrest")
    assert arrest.time is None


@pytest.mark.parametrize(
    "text",
    [
        "'By Monday, ten people had been arrested in Tarvik,' she said.",
        "‘By Monday, ten people had been arrested in Tarvik,’ she said.",
        'Police raided the office. Ana Berg said: "By 3 May, ten people had been arrested in Tarvik."',
    ],
)
def test_a_date_after_by_opening_a_quotation_ends_a_count(text: str) -> None:
    # the arrests happened by then, not on that day: inside a quotation as outside
    assert only(run(text), "arrest").time is None
