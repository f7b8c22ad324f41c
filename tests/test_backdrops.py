"""An event named as the time or cause of another clause, or as the topic of a work of reporting, is told as its
backdrop (tumen.extract.backdrops): kept, with the attribute ``backdrop``. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def backdrops(sentence: str, event_type: str) -> list[bool]:
    return [bool(e.attributes.get("backdrop")) for e in run(sentence).events if e.type == event_type]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Protests spread across Tarvik after the killing of Lena Marsh by police.", "killing"),
        ("Journalists in Tarvik were targeted in the wake of the arrest of Karl Vos.", "arrest"),
        ("Reporters in Tarvik went into hiding following the abduction of the editor Ana Berg.", "abduction"),
        ("Ana Berg left Tarvik before her arrest in May.", "arrest"),
    ],
)
def test_an_event_named_as_the_time_or_cause_of_another_is_its_backdrop(sentence: str, event_type: str) -> None:
    assert backdrops(sentence, event_type) == [True]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        (
            "Lena Varga was jailed in May for her reporting on the disappearances of opposition leaders in Tarvik.",
            "disappearance",
        ),
        ("Police arrested Karl Vos for working on a story about the massacre of ten farmers in Halden.", "killing"),
        ("The editor Ana Berg published an article on the abduction of two farmers in Halden.", "abduction"),
    ],
)
def test_an_event_named_as_the_topic_of_a_work_of_reporting_is_its_backdrop(sentence: str, event_type: str) -> None:
    assert backdrops(sentence, event_type) == [True]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        (
            "Lena Varga was jailed in May for her reporting on the disappearances of opposition leaders in Tarvik.",
            "detention",
        ),
        ("Police arrested Karl Vos for working on a story about the massacre of ten farmers in Halden.", "arrest"),
        ("The newspaper reported on Monday that two farmers had been abducted by soldiers.", "abduction"),
    ],
)
def test_the_event_a_work_of_reporting_is_done_in_is_no_backdrop(sentence: str, event_type: str) -> None:
    assert backdrops(sentence, event_type) == [False]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police killed Lena Marsh in Tarvik in May.", "killing"),
        ("The killing of Lena Marsh by police in Tarvik shocked her colleagues.", "killing"),
        ("Ana Berg was beaten in Tarvik during her arrest in May.", "arrest"),
        ("Since her arrest in Tarvik in May, Ana Berg has been ill.", "arrest"),  # the start of the state told
    ],
)
def test_an_event_the_sentence_tells_is_no_backdrop(sentence: str, event_type: str) -> None:
    assert backdrops(sentence, event_type) == [False]
