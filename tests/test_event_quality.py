"""Event rules added for real reporting (docs/extraction.md), each on sentences written for these tests:
an event told again without its participants is the document's one named event of that type; ..."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2020, 5, 20)


def run(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def names(x: Extraction, event: Event) -> set[str]:
    by_id = {e.id: e for e in x.entities}
    return {str(by_id[p.entity].name or by_id[p.entity].descriptor) for p in event.participants}


# -- an event told again without its participants -------------------------------------------------------
def test_an_unnamed_repetition_joins_the_one_named_event_of_its_type() -> None:
    x = run(
        "A farmer was executed in Hoeryong this month, residents said. "
        "Pak Chol-su, 52, was executed by a firing squad on 4 May after a trial that lasted an hour. "
        "The execution was watched by hundreds of residents."
    )
    executions = of_type(x, "execution")
    assert len(executions) == 1, [(e.trigger.text, e.participants) for e in executions]
    assert "Pak Chol-su" in names(x, executions[0])
    assert len(executions[0].evidence) >= 2


def test_two_named_events_of_a_type_leave_an_unnamed_one_alone() -> None:
    x = run(
        "Two arrests were reported in Hyesan this month. "
        "Ri Myong-hui was arrested by police on 3 May. "
        "Kang Song-il was arrested by police on 9 May for selling phones."
    )
    named = [e for e in of_type(x, "arrest") if e.participants]
    assert len(named) == 2
    assert all(len(e.evidence) == 1 for e in named)


def test_again_marks_another_occurrence_that_joins_no_earlier_event() -> None:
    x = run(
        "In 2003 Ri Chol-ho was arrested by police in Musan. "
        "He was released in 2004. In 2003, the family said, he was arrested again."
    )
    assert len(of_type(x, "arrest")) == 2


# -- "they": the party named a few sentences before -----------------------------------------------------
def test_they_stands_for_the_party_named_sentences_before() -> None:
    x = run(
        "In 1999 Ms Ri, her mother and her sister Ri Kyong-mi walked for days to the river. "
        "They hid in a farmhouse for months. Food was scarce. Nobody helped. "
        "In 2001 they were found by police and jailed."
    )
    jailed = of_type(x, "detention")
    assert jailed and "mother" in names(x, jailed[0])
    assert len(jailed[0].participants) >= 2


def test_a_plural_subject_between_keeps_they_from_the_party() -> None:
    x = run(
        "In 1999 Ms Ri, her mother and her sister Ri Kyong-mi walked for days to the river. "
        "The guards were drunk that night. In 2001 they were jailed in Hyesan."
    )
    assert all(not e.participants for e in of_type(x, "detention"))


# -- an aside of saying is not the clause it interrupts --------------------------------------------------
def test_a_reporting_aside_lends_no_subject_to_the_event_after_it() -> None:
    x = run("Kang Mi-ok grew up in Musan. Her father had died, Ms Kang says, after being arrested and beaten in 1998.")
    arrest = of_type(x, "arrest")
    assert arrest and names(x, arrest[0]) == {"father"}
    assert [p.role for p in arrest[0].participants] == ["victim"]


# -- word senses and modality ---------------------------------------------------------------------------
def test_an_escaped_execution_is_no_crossing_and_did_not_happen() -> None:
    x = run("Pak Chol-su escaped execution because he was only 15, the court in Hyesan said.")
    assert not of_type(x, "border_crossing")
    assert all(e.modality == "negated" for e in of_type(x, "execution"))


def test_a_clause_under_a_threat_is_hypothetical() -> None:
    x = run("A farmer married Ms Han to avoid the threat of having her be forcibly returned to North Korea.")
    assert [e.modality for e in of_type(x, "forced_repatriation")] == ["hypothetical"]


def test_a_death_in_the_progressive_is_no_death() -> None:
    x = run("Ms Han said her son was dying of hunger when she left Musan in 1998.")
    assert not of_type(x, "death")


# -- times of coordinated clauses -----------------------------------------------------------------------
def test_a_later_conjunct_keeps_its_time_from_the_clause_before_it() -> None:
    x = run(
        "Ms Han fled to China in 2002. "
        "Ms Han's mother bribed some border guards but, two years later, she was caught again and sent back."
    )
    payment = of_type(x, "payment")[0]
    assert payment.time is not None and payment.time.earliest.year == 2002
    returned = of_type(x, "forced_repatriation")[0]
    assert returned.time is not None and returned.time.earliest.year == 2004


def test_a_person_sold_is_trafficked_and_goods_sold_are_nothing() -> None:
    x = run("Traffickers sold Ms Ri to a Chinese man in 2005. Her brother sold rice and shoes in Yanji.")
    taken = of_type(x, "trafficking")
    assert len(taken) == 1 and names(x, taken[0]) == {"Ri"}


def test_an_attempt_whose_participants_the_story_has_caught_failed() -> None:
    published = date(2020, 1, 15)
    x = run(
        "A married couple from Hyesan tried to flee with their nephew earlier this month. "
        "The husband and wife were caught by border guards and executed on 12 January.",
        published,
    )
    assert [e.modality for e in of_type(x, "border_crossing")] == ["failed"]
    caught_before = run(
        "A married couple from Hyesan tried to flee with their nephew earlier this month. "
        "The husband and wife had been arrested by border guards in 2015.",
        published,
    )
    assert [e.modality for e in of_type(caught_before, "border_crossing")] == ["attempted"]


def test_a_gathering_of_people_held_somewhere_is_no_detention() -> None:
    x = run("Ms Han spoke at the Geneva Summit this week, an annual gathering of activists held in the Swiss city.")
    assert not of_type(x, "detention")
    y = run("The families of defectors held in Tumen were told nothing.")
    assert len(of_type(y, "detention")) == 1
