"""A negative quantifier as the one who does or undergoes an event negates it ("none of the activists had been
arrested"); "be going to" before an infinitive tells what is to come (tumen.extract.modality). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def modalities(text: str, event_type: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == event_type]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Although none of the activists had been arrested in Tarvik, they were summoned by the court.", "arrest"),
        ("No journalist was detained in Tarvik on Monday.", "detention"),
        ("The soldiers who entered Tarvik killed nobody.", "killing"),
    ],
)
def test_a_negative_quantifier_negates_the_event(sentence: str, event_type: str) -> None:
    assert modalities(sentence, event_type) == ["negated"]


@pytest.mark.parametrize(
    "sentence",
    [
        "No fewer than 300 protesters were arrested by the police in Tarvik.",
        "In Tarvik the police arrested none other than the mayor, Karl Vos.",
    ],
)
def test_a_bound_or_an_idiom_is_no_negation(sentence: str) -> None:
    assert modalities(sentence, "arrest") == ["asserted"]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("“They’re gonna beat them up and kidnap people,” the mayor of Tarvik said.", "abduction"),
        # a bare verb listed after the infinitive, without "and", goes on from it
        ("“They are going to beat children, kidnap people,” the mayor of Tarvik said.", "abduction"),
        ("Karl Vos was going to be arrested in Tarvik on Monday.", "arrest"),
        ("The guards in Tarvik were going to kill her brother, Lena Marsh said.", "killing"),
    ],
)
def test_going_to_tells_what_is_to_come(sentence: str, event_type: str) -> None:
    assert modalities(sentence, event_type) == ["planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody ordered the arrest of the teacher Omar Haddad in Tarvik.",
        "The arrest of the teacher Omar Haddad in Tarvik was never carried out.",
        "The arrest of the teacher Omar Haddad in Tarvik never took place.",
    ],
)
def test_an_event_no_one_ordered_or_carried_out_did_not_happen(sentence: str) -> None:
    assert modalities(sentence, "arrest") == ["negated"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor of Tarvik did not condemn the arrest of the teacher Omar Haddad.",
        "The mayor of Tarvik ordered the arrest of the teacher Omar Haddad.",
        "The mayor of Tarvik did not order the arrest of the teacher Omar Haddad, the police acted alone.",
        "The police in Tarvik did not take the arrest of the teacher Omar Haddad lightly.",
    ],
)
def test_an_event_judged_or_denied_to_a_doer_is_still_told(sentence: str) -> None:
    assert modalities(sentence, "arrest") == ["asserted"]
