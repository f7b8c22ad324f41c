"""Episodes told with bare plurals (docs/extraction.md, "Specific and generic statements"), on sentences
written for these tests: a past, perfective clause is one occasion when a state or definite actor does it,
when it counts (in digits, in words, or "hundreds") or when it has a definite place (also the one a relative clause of
place describes), and so is a holding in the past progressive; told in the present,
with a modal, of anyone at all, or over and over, it stays generic."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def kinds(x: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in x.events]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a state actor does it
        ("Protesters were arrested by police in the capital.", "arrest"),
        ("Soldiers tortured and detained villagers.", "detention"),  # active, as "Soldiers detained villagers."
        ("Soldiers tortured and detained villagers.", "torture"),
        ("Many who dared to speak were harassed and detained by police.", "arrest"),
        # it counts: in words, or a count whose noun is "people"
        ("Seventeen missionaries were kidnapped in the spring.", "abduction"),
        ("Three hundred and twelve pupils were abducted from the school.", "abduction"),
        ("At least eighteen people were killed.", "killing"),
        ("At least 18 people were killed.", "killing"),
        # a count without a number
        ("Hundreds were injured and dozens were arrested in the square.", "attack"),
        # a definite place
        ("Defectors were arrested in the town.", "arrest"),
        # ... also as the one a relative clause of place describes
        ("Police raided the camp where prisoners were tortured.", "torture"),
        ("Police raided the barracks in which conscripts were beaten.", "ill_treatment"),
        # a holding told in the past progressive is one captivity lasting then
        ("Police found the mill where workers were being held against their will.", "abduction"),
        # repeated within one episode: a count of the doers is no statistic
        ("Two masked men stabbed her brother repeatedly.", "attack"),
    ],
)
def test_a_past_episode_told_with_a_bare_plural_is_an_event(sentence: str, kind: str) -> None:
    assert (kind, "asserted") in kinds(run(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Defectors were arrested.", "arrest"),  # nothing makes it one occasion
        ("Police raided camps where prisoners were tortured.", "torture"),  # no definite place
        ("Journalists were being arrested in the capital.", "arrest"),  # progressive: over and over
        ("Protesters are arrested by police.", "arrest"),  # present: a habit
        ("Protesters can be arrested by police.", "arrest"),  # modal: a possibility
        ("Thousands have been detained by police for years.", "detention"),  # over and over
        ("Women were beaten daily by camp guards.", "ill_treatment"),
        ("Anyone who was caught was beaten by soldiers.", "ill_treatment"),  # of anyone at all
        ("Most of those who tried were arrested by police.", "arrest"),
        ("Hundreds of people have been arrested in recent years.", "arrest"),  # a statistic
        ("No one was arrested.", "arrest"),
    ],
)
def test_a_habit_a_possibility_or_a_statement_of_anyone_stays_generic(sentence: str, kind: str) -> None:
    assert kind not in [k for k, _ in kinds(run(sentence))], kinds(run(sentence))


def test_a_count_in_words_over_a_period_is_an_aggregate() -> None:
    x = run("More than three hundred and twelve refugees have fled in recent decades.")
    assert not x.events
    [aggregate] = x.aggregates
    assert (aggregate.count, aggregate.qualifier, aggregate.what) == (312, "more than", "refugees")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("About 1.5 million people have fled in recent decades.", 1_500_000),
        ("Some 2 million refugees fled so far.", 2_000_000),
    ],
)
def test_a_figure_before_a_scale_word_multiplies_it(sentence: str, count: int) -> None:
    [aggregate] = run(sentence).aggregates
    assert (aggregate.count, aggregate.qualifier) == (count, "about")


def test_a_count_told_over_and_over_is_an_aggregate_not_an_event() -> None:
    x = run("Two domestic workers die every week in the port city.")
    assert not [e for e in x.events if e.type == "death"]
    [aggregate] = x.aggregates
    assert (aggregate.count, aggregate.period, aggregate.type) == (2, "every week", "death")


def test_a_count_told_over_and_over_that_names_its_members_is_their_event() -> None:
    """The list the clause gives ("including A and B") names whom it befell: no statistic of anyone."""
    x = run(
        "At least a dozen writers have been detained multiple times over the past year for their writing, including"
        " Tarvikian novelist Anna Berg and Cuban lyricist Ivo Holm."
    )
    names = {e.id: e.name for e in x.entities}
    [event] = [e for e in x.events if e.type == "arrest"]
    assert sorted(str(names[p.entity]) for p in event.participants if p.role == "victim") == ["Anna Berg", "Ivo Holm"]


def test_a_count_told_over_and_over_without_names_stays_a_statistic() -> None:
    x = run("At least a dozen writers have been detained multiple times over the past year for their writing.")
    assert not [e for e in x.events if e.type == "arrest"]
