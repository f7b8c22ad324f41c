"""An event told in the "that" clause of a noun of saying or suspecting is alleged (tumen.extract.claimed_clauses;
``modality: claim_nouns`` in data/events.yaml): "the allegation that she killed her husband" tells a claim, not a
deed the report asserts; so does a noun of telling rejected or doubted (``telling_nouns``: "denied reports that …").
A noun of what is known ("the fact that", "the news that"), a telling passed on as news ("after reports that …"), a
verb of saying ("reports said …") and a relative clause on such a noun ("the report that said …") leave it told.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def moods(text: str) -> list[tuple[str, str]]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [(e.type, e.modality) for e in extraction.events]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police denied the allegation that Lena Varga killed the trader Karl Vos in May.", "killing"),
        ("The ministry rejected the claim that police tortured the activist Karl Vos in Tarvik.", "torture"),
        ("There were rumours that the guard beat the prisoner Karl Vos on Monday.", "ill_treatment"),
        ("Police rejected accusations that officers tortured the activist Karl Vos.", "torture"),
        # the parser may call the content a relative clause
        ("Claims that soldiers shot the student Karl Vos spread quickly in Tarvik.", "shooting"),
        # a telling rejected or called doubtful
        ("The army denied reports that soldiers shot the student Karl Vos in Tarvik.", "shooting"),
        ("Reports that soldiers shot the student Karl Vos were dismissed by the army.", "shooting"),
        ("There are unconfirmed reports that soldiers shot the student Karl Vos in Tarvik.", "shooting"),
        # however deep in the clause: the killing the police were said to be behind
        ("There are allegations that police were behind the killing of the lawyer Karl Vos.", "killing"),
    ],
)
def test_an_event_in_the_clause_of_a_claim_is_alleged(sentence: str, event_type: str) -> None:
    assert moods(sentence) == [(event_type, "alleged")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fact that police tortured the activist Karl Vos is known in Tarvik.",
        "The news that soldiers shot the student Karl Vos spread quickly in Tarvik.",
        "Reports said police tortured the activist Karl Vos in Tarvik.",
        "The report that said soldiers shot the student Karl Vos was published in Tarvik.",
        # a telling passed on as news, or a rejection denied
        "Activists criticised the army after reports that soldiers shot the student Karl Vos in Tarvik.",
        "The army did not deny reports that soldiers shot the student Karl Vos in Tarvik.",
    ],
)
def test_what_is_known_or_said_stays_told(sentence: str) -> None:
    assert [mood for _t, mood in moods(sentence)] == ["asserted"]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Rumours spread that the guards beat the prisoner Tomas Varga in Tarvik.", "ill_treatment"),
        ("Rumours spread that the guards beat Ana Berg.", "ill_treatment"),
        ("Persistent reports circulated that the activist Ivo Lesk was tortured with electric shocks.", "torture"),
    ],
)
def test_a_claim_or_telling_said_to_circulate_is_alleged(sentence: str, event_type: str) -> None:
    """The "that" clause of a verb of circulating (``modality: circulating``) whose subject is a noun of claiming
    or telling is hearsay, not the report's own account."""
    assert moods(sentence) == [(event_type, "alleged")]


def test_a_circulating_verb_without_a_claim_leaves_the_event_told() -> None:
    assert [mood for _t, mood in moods("The fire spread that night and police arrested the activist Ivo Lesk.")] == [
        "asserted"
    ]


def test_a_claim_keeps_a_modality_that_states_less() -> None:
    found = moods("Police did not deny the allegation that soldiers may have shot the student Karl Vos.")
    assert found == [("shooting", "hypothetical")]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Her family alleges that she was tortured in Tarvik prison in 2019.", "torture"),
        ("It is alleged that guards beat the activist Karl Vos in Tarvik prison.", "torture"),
        ("The activist Karl Vos alleges police tortured the student Ana Berg in Tarvik.", "torture"),
        ("Police arrested Ana Berg, who contends that guards tortured her brother.", "torture"),
    ],
)
def test_an_event_in_the_clause_of_a_verb_of_alleging_is_alleged(sentence: str, event_type: str) -> None:
    assert (event_type, "alleged") in moods(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to his lawyer, the activist Karl Vos was tortured in Tarvik.",
        "The activist Karl Vos said police tortured him in Tarvik.",
    ],
)
def test_attribution_is_no_claim(sentence: str) -> None:
    assert [mood for _t, mood in moods(sentence)] == ["asserted"]


def test_an_event_named_as_known_inside_what_a_verb_alleges_stays_told() -> None:
    """A definite event noun in the clause of a verb of alleging is the report's, not the claim's: the claim is
    the seeing."""
    found = moods("Lena Dorn alleges she had a clear view of the fatal police shooting of the student Karl Vos.")
    assert found == [("killing", "asserted")]


def test_a_claims_event_takes_the_time_of_its_story() -> None:
    """Unlike a crime a charge names (done before the charge), what a claim tells is the story's: the kidnapping
    alleged in May 2006, when the girl went missing."""
    text = "In May 2006 the girl Ana Berg went missing. There were rumours that a neighbour had kidnapped her."
    extraction = extract(Source(text, 1, "en", date(2020, 6, 1)))
    [kidnapping] = [e for e in extraction.events if e.type == "abduction"]
    assert kidnapping.modality == "alleged"
    assert kidnapping.time is not None and kidnapping.time.earliest == date(2006, 5, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Lesk claimed in a tweet that guards tortured the activist Ana Berg.",
        "Ivo Lesk claimed in an interview that guards tortured the activist Ana Berg.",
        "Ivo Lesk claimed in a tweet that the activist Ana Berg was tortured.",
    ],
)
def test_a_claim_past_a_phrase_of_where_it_was_made_is_alleged(sentence: str) -> None:
    """ "Ivo Lesk claimed in a tweet that …": a phrase between the verb of alleging and its "that" clause (which the
    parser may hang on the phrase's noun) leaves the clause a claim; "said in a statement that …" stays told."""
    assert moods(sentence) == [("torture", "alleged")]
    said = "Ivo Lesk said in a statement that guards tortured the activist Ana Berg."
    assert moods(said) == [("torture", "asserted")]


def test_the_object_of_a_claim_hung_on_a_longer_phrase_is_its_victim() -> None:
    """ "claimed in an interview with the newspaper that police beat Ana Berg": the parser reads the clause as a
    relative of "interview" with "that" for its object; Ana Berg, the clause's own object, is the one beaten."""
    text = "Ivo Lesk claimed in an interview with the newspaper that police beat Ana Berg."
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    names = {e.id: e.name for e in extraction.entities}
    beating = next(e for e in extraction.events if e.type == "ill_treatment")
    assert beating.modality == "alleged"
    assert ("Ana Berg", "victim") in [(names.get(p.entity), p.role) for p in beating.participants]
