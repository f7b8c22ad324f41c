"""Running tallies are statistics, not occasions (tumen.extract.tallies, `tallies` under `genericity` in
data/events.yaml): an open count of a plural told in the perfect (or a bare participle) over a period up to the
report ("since January", "so far", "this year", "as of May 6"), and a participle a number noun counts ("the number of
journalists killed this year", "the total executed so far"). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("text", "kind", "count", "period"),
    [
        ("At least 40 activists have been arrested in Tarvik since January.", "arrest", 40, "since January"),
        ("More than 25 reporters have been killed in Holm since the coup in 2021.", "killing", 25, None),
        ("Dozens of students have been abducted since the protests began.", "abduction", None, None),
        ("So far more than 70 nurses have been arrested during the strikes.", "arrest", 70, "So far"),
        ("At least six trade unionists have been abducted in Tarvik this year.", "abduction", 6, "this year"),
        (
            "As of 6 May, more than 3,800 people in the province have been arrested, the agency said.",
            "arrest",
            3800,
            None,
        ),
        ("Ana Cruz was one of more than 300 land defenders murdered since 2016.", "killing", 300, "since 2016"),
        ("Thousands of farmers have since been detained in camps in Holm.", None, None, None),
    ],
)
def test_a_running_tally_is_an_aggregate(text: str, kind: str | None, count: int | None, period: str | None) -> None:
    extraction = run(text)
    assert not [e for e in extraction.events if e.type in ("arrest", "killing", "abduction", "detention")]
    found = [a for a in extraction.aggregates if kind is None or a.type == kind]
    assert found and found[0].period
    if count is not None:
        assert found[0].count == count
    if period is not None:
        assert found[0].period == period


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "The killing of Omar Haddad brings to 12 the number of journalists killed in Tarvik this year.",
            "killing",
            12,
        ),
        ("This brings the total executed in Holm so far this year to 92.", "execution", 92),
        ("The true number of people arrested in Tarvik on Monday was over 1,000.", "arrest", 1000),
    ],
)
def test_what_a_number_noun_counts_is_an_aggregate(text: str, kind: str, count: int) -> None:
    extraction = run(text)
    assert not [e for e in extraction.events if e.type == kind and not e.participants]
    assert [a for a in extraction.aggregates if a.type == kind and a.count == count]


def test_what_a_number_noun_counts_is_its_of() -> None:
    extraction = run("The killing of Karl Vos brings to 12 the number of journalists killed this year.")
    assert [a.what for a in extraction.aggregates if a.type == "killing"] == ["journalists"]


def test_a_tally_period_is_written_as_in_the_text() -> None:
    extraction = run("Dozens of students have been arrested since Friday's rally in Tarvik.")
    assert [a.period for a in extraction.aggregates if a.type == "arrest"] == ["since Friday's rally in Tarvik"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "in the last …" before no unit of time: one occasion, no period up to now
        ("At least 12 villagers have been killed in the last attack on Tarvik.", "killing"),
        # the toll of one dated occasion, whatever "so far" says
        ("At least 30 people have been killed so far in Sunday's bombing of the Tarvik market.", "killing"),
        # a definite place makes it an episode
        ("Twelve activists have been held since Monday in Tarvik prison.", "detention"),
    ],
)
def test_the_toll_of_one_occasion_is_no_tally(text: str, kind: str) -> None:
    extraction = run(text)
    assert [e for e in extraction.events if e.type == kind]
    assert not [a for a in extraction.aggregates if a.type == kind]


def test_the_last_months_are_a_period() -> None:
    extraction = run("At least 40 activists have been arrested in Tarvik over the past three months.")
    assert not [e for e in extraction.events if e.type == "arrest"]
    assert [a.period for a in extraction.aggregates if a.type == "arrest"] == ["over the past three months"]


def test_the_named_killing_beside_a_number_noun_stays_an_event() -> None:
    extraction = run("The killing of Omar Haddad brings to 12 the number of journalists killed in Tarvik this year.")
    names = {e.id: e.name for e in extraction.entities}
    killings = [e for e in extraction.events if e.type == "killing"]
    assert [names[p.entity] for e in killings for p in e.participants] == ["Omar Haddad"]


@pytest.mark.parametrize(
    "text",
    [
        "Three activists have been detained in Tarvik since Monday.",  # a small group held since then
        "The 12 activists have been held in Tarvik since January.",  # a definite group
        "Police have arrested the teacher Ana Cruz in Tarvik since Monday.",
        "At least 40 activists were arrested in Tarvik on 3 May 2021.",  # one occasion, no period
        "At least a dozen writers have been detained since January, including the novelist Anna Berg.",
        # a state or definite actor does it: a count of what it did, told as its deed
        "The army has detained more than 2,900 people in Tarvik since the coup in February.",
        "Police have arrested at least 40 activists in Tarvik since January.",
    ],
)
def test_an_occasion_or_a_definite_group_stays_an_event(text: str) -> None:
    assert [e for e in run(text).events if e.type in ("arrest", "detention")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a clause of contrast told within the tally's clause, and its period
        (
            "So far more than 70 nurses have been arrested in Tarvik, while dozens of others have been injured.",
            "attack",
        ),
        # a participle on the noun of a "with" told within it
        (
            "Thousands of farmers have since been detained in Holm, with hundreds of thousands tortured in camps.",
            "torture",
        ),
        # a list of verbs the parser breaks
        (
            "Since that time, thousands of people have been persecuted, violently attacked and arrested in Holm.",
            "arrest",
        ),
        # what a verb of setting saw
        ("The crackdown has seen more than 300 students arrested in Tarvik since January.", "arrest"),
        # the period of the clause a clause of time hangs on
        ("The attacks have escalated in recent years as thousands of farmers have been killed.", "killing"),
    ],
)
def test_a_tally_told_within_another_clause_takes_its_period(text: str, kind: str) -> None:
    extraction = run(text)
    assert not [e for e in extraction.events if e.type == kind]
    assert [a for a in extraction.aggregates if a.type == kind and a.period]


def test_a_lack_lasting_since_then_is_no_tally() -> None:
    extraction = run("Fifteen crew members of the ship had not been paid since October.")
    assert [e for e in extraction.events if e.type == "wage_theft"]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Over 30,000 people have been arrested.", "arrest", 30000),
        ("More than 200 activists have been detained across the country.", "arrest", 200),
        ("More than 20 teachers have been detained nationwide.", "arrest", 20),
        ("Thousands have been killed.", "killing", None),
        ("Thousands of students have been detained, the group said.", "arrest", None),
        ("Hundreds of protesters have been disappeared.", "disappearance", None),
    ],
)
def test_a_large_tally_with_no_period_is_an_aggregate(text: str, kind: str, count: int | None) -> None:
    extraction = run(text)
    assert not [e for e in extraction.events if e.type == kind]
    found = [a for a in extraction.aggregates if a.type == kind]
    assert found and found[0].count == count and found[0].period is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested 30 protesters on Monday.", "arrest"),
        ("Three journalists were killed in the blast.", "killing"),
        ("Over 40 people were arrested at the rally on Sunday.", "arrest"),  # simple past: one occasion
        ("Over 40 people have been arrested at the rally.", "arrest"),  # the occasion named
        ("Hundreds of students have been detained during the protest in Tarvik on Sunday.", "arrest"),
        # the toll of an occasion told before: a small count, no spread
        ("At least 20 people have been killed.", "killing"),
        ("Twelve activists have been arrested.", "arrest"),
        # the occasion named on a gapped list
        ("More than 100 people have been killed and more than 1,000 others wounded in the blasts.", "killing"),
        ("More than 300 people have been killed by soldiers.", "killing"),  # a doer
        ("At least 500 people may have been killed.", "killing"),  # no perfect of the report's now
        ("More than 200 people had been arrested.", "arrest"),
        ("A $5 million reward has been offered for the capture of Ivo Lesk.", "payment"),  # no count of persons
    ],
)
def test_an_undated_count_of_one_occasion_stays_an_event(text: str, kind: str) -> None:
    extraction = run(text)
    assert [e for e in extraction.events if e.type == kind]
    assert not [a for a in extraction.aggregates if a.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "what", "rank", "period"),
    [
        ("Ana Berg is the fifth journalist killed this year.", "killing", "journalist", 5, "this year"),
        ("Ana Berg was the third activist arrested in Tarvik this month.", "arrest", "activist", 3, "this month"),
        ("Ana Berg is the 12th female reporter killed since 2020.", "killing", "female reporter", 12, "since 2020"),
    ],
)
def test_an_ordinal_in_a_tally_gives_an_aggregate(text: str, kind: str, what: str, rank: int, period: str) -> None:
    extraction = run(text)
    names = {e.id: e.name for e in extraction.entities}
    assert ["Ana Berg"] in [[names[p.entity] for p in e.participants] for e in extraction.events if e.type == kind]
    found = [(a.what, a.count, a.period) for a in extraction.aggregates if a.type == kind]
    assert found == [(what, rank, period)]


def test_an_ordinal_over_no_period_is_no_tally() -> None:
    extraction = run("Ivo Lesk was the second man arrested in the case.")
    assert [e for e in extraction.events if e.type == "arrest"]
    assert not extraction.aggregates


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the occasion told in a sentence before: the toll is of it
        ("Soldiers stormed the village of Holm on Tuesday. More than 200 people have been killed.", "killing"),
        (
            "A car bomb exploded outside the court in Tarvik on Friday. More than 120 people have been killed, "
            "officials said.",
            "killing",
        ),
        ("Police raided the opposition headquarters on Monday. Hundreds have been arrested, the party said.", "arrest"),
        # an occasion named whatever its number or determiner, also a noun in -ing by its verb
        ("At least 150 people have been killed in the fighting.", "killing"),
        ("More than 150 people have been killed in clashes in the capital.", "killing"),
        ("More than 150 people have been killed in two blasts.", "killing"),
        # a place more specific than a region
        ("Hundreds of students have been detained on campus.", "arrest"),
        ("Hundreds of people have been arrested at the border crossing.", "arrest"),
        ("Over 100 people have been killed in Aleppo.", "killing"),
        ("Over 100 people have been killed in Tarvik.", "killing"),
        # one day, not a period up to now
        ("More than 200 people have been killed today.", "killing"),
    ],
)
def test_a_large_toll_of_an_occasion_told_or_placed_stays_an_event(text: str, kind: str) -> None:
    extraction = run(text)
    assert [e for e in extraction.events if e.type == kind]
    assert not [a for a in extraction.aggregates if a.type == kind]


def test_a_large_count_of_no_persons_is_no_tally() -> None:
    extraction = run("More than 500 homes have been destroyed.")
    assert not extraction.aggregates


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Ana Berg is the first journalist killed this year.", 1),  # a tally of one so far
        ("Ana Berg is the 1st journalist killed this year.", 1),
        ("Ana Berg is the twenty-first journalist killed this year.", 21),
        ("Ana Berg is the 21st journalist killed this year.", 21),
        ("Ana Berg is the fifth journalist to be killed this year.", 5),
    ],
)
def test_an_ordinal_in_words_or_figures_ranks_alike(text: str, rank: int) -> None:
    extraction = run(text)
    assert [e for e in extraction.events if e.type == "killing"]
    found = [(a.what, a.count, a.period) for a in extraction.aggregates if a.type == "killing"]
    assert found == [("journalist", rank, "this year")]


@pytest.mark.parametrize(
    "text", ["Ana Berg is the 0th journalist killed this year.", "Ana Berg is the 3th journalist killed this year."]
)
def test_a_figure_with_no_ordinal_suffix_ranks_none(text: str) -> None:
    extraction = run(text)
    assert [e for e in extraction.events if e.type == "killing"]
    assert not extraction.aggregates
