"""A person described first and named only later: "A soldier crossed … . The soldier, Daniel Varga, …" — the
earlier mentions of the described person are the named one. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def parties(extraction: Extraction, event_type: str) -> list[list[tuple[str, str]]]:
    """The participants of each event of a type, in the order of the events."""
    names = {e.id: e.name or e.kind for e in extraction.entities}
    return [
        sorted((p.role, str(names[p.entity])) for p in e.participants)
        for e in extraction.events
        if e.type == event_type
    ]


def test_the_described_person_is_the_one_a_later_apposition_names() -> None:
    text = (
        "A young soldier fled across the river into Varland on Tuesday. Border police arrested the soldier near"
        " Tarvik. The soldier, Daniel Varga, 22, has asked for asylum."
    )
    assert parties(run(text), "arrest") == [[("perpetrator", "police"), ("victim", "Daniel Varga")]]


def test_a_pronoun_after_the_described_person_means_the_one_named_later() -> None:
    text = (
        "A soldier fled across the border on Tuesday. Guards shot him as he ran."
        " The soldier, Daniel Varga, has asked for asylum."
    )
    extraction = run(text)
    assert parties(extraction, "shooting") == [[("perpetrator", "Guards"), ("victim", "Daniel Varga")]]
    assert parties(extraction, "border_crossing") == [[("subject", "Daniel Varga")]]
    assert next(e for e in extraction.entities if e.name == "Daniel Varga").gender == "male"


def test_a_described_person_brought_in_before_another_is_someone_else() -> None:
    """ "another soldier" brings a second soldier into the story: "The soldier, X," is that one, not the first."""
    text = (
        "A soldier fled across the border on Tuesday. In May another soldier had fled across the border."
        " The soldier, Daniel Varga, was shot as he ran."
    )
    # the first soldier is someone of the story too, unnamed (tumen.extract.unnamed_doers, ``crossing_events``)
    assert parties(run(text), "border_crossing") == [[("subject", "person")], [("subject", "Daniel Varga")]]


def test_a_description_named_in_its_own_right_is_not_the_later_one() -> None:
    text = (
        "Police arrested a journalist, Tom Hale, in Tarvik on Monday. Police also arrested the journalist,"
        " Daniel Varga, in Varde on Tuesday."
    )
    assert parties(run(text), "arrest") == [
        [("perpetrator", "Police"), ("victim", "Tom Hale")],
        [("perpetrator", "Police"), ("victim", "Daniel Varga")],
    ]


def test_the_described_person_is_the_one_a_later_sentence_identifies() -> None:
    text = (
        "A soldier fled across the border on Tuesday. Guards shot him as he ran."
        " The soldier was identified as Daniel Varga."
    )
    assert parties(run(text), "shooting") == [[("perpetrator", "Guards"), ("victim", "Daniel Varga")]]
