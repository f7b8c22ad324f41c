"""Events told inside a work of fiction are no events of real persons (tumen.extract.fiction, data/fiction.yaml):
the plot of a novel, a film, a play, a scene or an episode keeps the modality ``fictional`` (NOT_FACTUAL: shown by
``tumen facts``, never a statement, verdict or timeline), while what befalls the work's real people and what a
documentary shows stay told. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import NOT_FACTUAL, Extraction


def moods(extraction: Extraction, event_type: str) -> list[str]:
    return [e.modality for e in extraction.events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("In the novel, the heroine is raped by a soldier and later arrested.", "sexual_violence"),
        ("In the novel, the heroine is raped by a soldier and later arrested.", "arrest"),
        ("The film follows a journalist who is abducted by militia.", "abduction"),
        ("Her play depicts a prisoner tortured in a camp.", "torture"),
        ("In the play, a soldier kills a farmer.", "killing"),
        ("The novel is about a woman who is raped by her employer.", "sexual_violence"),
        ("The novel tells the story of a woman who is kidnapped by rebels.", "abduction"),
        ("The series follows a detective who is kidnapped by a gang.", "abduction"),
        ("The film follows a journalist who is abducted. In one scene, police beat a protester.", "ill_treatment"),
        ("The tender novel includes a scene in which Mara Lind is raped.", "sexual_violence"),
        ("The novel ends with the deaths of both Mara Lind and the king.", "death"),
        ("The film was shown in Tarvik. The main character is arrested by the police.", "arrest"),
    ],
)
def test_the_plot_of_a_work_of_fiction_is_fictional(text: str, event_type: str) -> None:
    assert moods(run(text), event_type) == ["fictional"]


def test_the_plot_goes_on_in_the_present_tense_after_the_sentence_that_names_the_work() -> None:
    """Its persons take part in fictional events only; told in the past, an event of theirs is real."""
    extraction = run("The novel follows Mara Lind, who is raped by a soldier. Mara Lind is later arrested.")
    assert moods(extraction, "arrest") == ["fictional"]
    extraction = run("The novel follows Mara Lind, who is raped by a soldier. Mara Lind was arrested in 2019.")
    assert moods(extraction, "arrest") == ["asserted"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The author was arrested after the novel was published.", "arrest"),
        ("The film's director was detained in Tarvik in May.", "detention"),
        ("Police beat the actor Karl Vos after the premiere of his film.", "ill_treatment"),
        ("A documentary shows police beating the student Anna Berg in Tarvik in May 2020.", "ill_treatment"),
        # a work that retells a real event in the past tense
        ("The novel tells the story of Anna Berg, a reporter who was murdered in 2018.", "killing"),
        # a documentary, a true story: the screen tells real events
        ("The film, based on a true story, follows a journalist who is abducted by militia.", "abduction"),
        ("The documentary series follows families whose sons are abducted by militia.", "abduction"),
        # a series of things, a play of a game, a suspicious character: no work, no plot
        ("In a recent series of raids, police detained the activist Anna Berg.", "detention"),
        ("The film was shown in Tarvik. Police arrested a suspicious character in Tarvik on Monday.", "arrest"),
        ("In the comic, Anna Berg is detained by the police.", "arrest"),
    ],
)
def test_real_events_around_a_work_stay_told(text: str, event_type: str) -> None:
    """Beside a plot told (the rape of the novel's heroine): the events of real persons stay told."""
    extraction = run(f"In the novel, the heroine is raped by a soldier. {text}")
    assert moods(extraction, "sexual_violence") == ["fictional"]
    assert moods(extraction, event_type) == ["asserted"]


def test_a_fictional_event_is_no_statement_of_a_fact() -> None:
    from test_event_senses import info
    from tumen.corroborate.supports import document_statements

    extraction = run("In the novel, the heroine is raped by a soldier. Police arrested the novelist Anna Berg.")
    assert "fictional" in NOT_FACTUAL
    told = {s.type for s in document_statements(1, extraction, info())}
    assert "arrest" in told and "sexual_violence" not in told


def test_an_invented_thing_is_no_invented_person() -> None:
    """Only a person described as invented is a character: the events an "invented report" tells stay facts."""
    assert moods(run("Invented report: Vera Hollis was arrested by the police in Tarvik."), "arrest") == ["asserted"]
    assert moods(run("A fictional journalist is abducted by militia."), "abduction") == ["fictional"]
