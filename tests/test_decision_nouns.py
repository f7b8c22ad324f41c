"""A noun of deciding and its infinitive (docs/extraction.md, "A decision to do it"): "its decision to deport them"
tells the deportation as done as the decision itself, as "decided to deport them" does; and the owner of a noun of
deciding, intending or trying does what its infinitive tells. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 5, 1)))


def returns(text: str) -> list[tuple[str, dict[str, str | None]]]:
    x = run(text)
    names = {e.id: e.name for e in x.entities}
    return [
        (e.modality, {p.role: names.get(p.entity) for p in e.participants})
        for e in x.events
        if e.type == "forced_repatriation"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned Norland's decision to deport Ana Berg to Valdor.",
        "Norland was criticised for its decision to deport Ana Berg to Valdor.",
        "Norland is coming under increasing criticism for its decision to deport Ana Berg.",
        "The UN criticised Norland for its decision to deport Ana Berg.",
    ],
)
def test_a_decision_to_deport_is_the_deciders_deportation(text: str) -> None:
    assert returns(text) == [("asserted", {"perpetrator": "Norland", "victim": "Ana Berg"})]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Protesters demanded a decision to deport Ana Berg.", "demanded"),
        ("Norland's decision to deport Ana Berg was postponed.", "planned"),
        ("Norland's plan to deport Ana Berg drew protests.", "planned"),
        ("Norland's decision not to deport Ana Berg was welcomed.", "negated"),
        ("If Norland makes a decision to deport Ana Berg, she will appeal.", "hypothetical"),
        ("Norland would make a decision to deport Ana Berg soon.", "hypothetical"),
    ],
)
def test_a_decision_wanted_put_off_denied_or_supposed_or_a_plan_is_no_deed(text: str, modality: str) -> None:
    assert [m for m, _roles in returns(text)] == [modality]


def test_the_owner_of_a_plan_is_its_doer_not_the_clause_subject() -> None:
    assert returns("Rights groups condemned Norland's plan to deport Ana Berg.") == [
        ("planned", {"perpetrator": "Norland", "victim": "Ana Berg"})
    ]
