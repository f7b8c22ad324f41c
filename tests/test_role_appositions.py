"""A person's name apposed to a named organisation after a role noun belongs to the role noun: in "the leader of the
Tarvik Farmers Union, Omar Belkadi, was arrested" the parser hangs the name on "Union"; the name is the leader's
(docs/extraction.md, "Organisations and relations"; tumen.extract.role_appositions). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.nlp import english
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2023, 11, 2), None))


def victims(x: Extraction, event_type: str) -> set[str | None]:
    return {
        x.entity(p.entity).name for e in x.events if e.type == event_type for p in e.participants if p.role == "victim"
    }


@pytest.mark.parametrize(
    ("text", "event_type", "name", "role"),
    [
        (
            "Police arrested the leader of the Tarvik Farmers Union, Omar Belkadi, on Monday.",
            "arrest",
            "Omar Belkadi",
            "leader",
        ),
        ("The president of the Vanuzi Workers Union, Lena Marsh, was detained.", "arrest", "Lena Marsh", "president"),
        # hung on the verb: "abducted … , Ivo Brandt,"
        (
            "Gunmen abducted the founder of the Holm Fishers Association, Ivo Brandt, in March 2019.",
            "abduction",
            "Ivo Brandt",
            "founder",
        ),
        # the organisation's acronym in brackets before the name
        (
            "Police detained the founder of the Tarvik Workers' Union (TWU), Ana Ruiz, on Monday.",
            "detention",
            "Ana Ruiz",
            "founder",
        ),
        # a name the name finder left untagged, opened by a given name
        (
            "Soldiers shot the spokesperson of the Kestrel Alliance, Ana Ruiz, on Monday.",
            "shooting",
            "Ana Ruiz",
            "spokesperson",
        ),
    ],
)
def test_the_name_apposed_to_the_organisation_is_the_role_holders(
    text: str, event_type: str, name: str, role: str
) -> None:
    x = run(text)
    assert name in victims(x, event_type)
    person = next(e for e in x.entities if e.name == name)
    assert person.descriptor == role


def test_the_name_hangs_on_the_role_noun() -> None:
    doc = english()("The president of the Vanuzi Workers Union, Lena Marsh, was detained.")
    assert doc[9].text == "Marsh" and doc[9].head.text == "president" and doc[9].dep_ == "appos"


@pytest.mark.parametrize(
    "text",
    [
        # no role noun governs the "of"-phrase: the office is no one's role
        "Police searched the office of the Tarvik Farmers Union, Omar Belkadi said.",
        # several leaders: a list, not one person's apposition
        "Police arrested leaders of the Tarvik Farmers Union, Omar Belkadi and Ivo Brandt.",
    ],
)
def test_no_role_noun_or_a_plural_keeps_the_parse(text: str) -> None:
    doc = english()(text)
    with english().select_pipes(disable=["tumen_role_names"]):
        plain = english()(text)
    assert [t.head.i for t in doc] == [t.head.i for t in plain]
