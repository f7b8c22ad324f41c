"""Reprisals against workers (docs/extraction.md, "Reprisals against workers"), on sentences written for these
tests: a dismissal for union activity, a strike, a protest or speech, or of union people, is a `dismissal`; wages
withheld from workers are a `wage_theft`; layoffs, dismissals for anything else and low pay are no events."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def kinds(x: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in x.events if e.type in ("dismissal", "wage_theft")]


def names(x: Extraction, kind: str, role: str) -> set[str]:
    by_id = {e.id: e for e in x.entities}
    return {by_id[p.entity].name or "" for e in x.events if e.type == kind for p in e.participants if p.role == role}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tolvan Motors fired three workers for joining a union in March.",
        "Mara Tellin was sacked over her posts criticising the mayor.",
        "The plant dismissed the striking drivers on Monday.",
        "Dorvane Mining dismissed 40 union members after the walkout last week.",
        "Dorvane Mining dismissed the engineer Mara Tellin after her protest in May.",
        "Dorvane Mining dismissed the engineer Mara Tellin after she spoke out about safety.",
        "Forty drivers were dismissed after walking out in protest over pay.",
        "Tolvan Motors fired more than 300 supporters of the independent union in May.",
        "The sacking of Mara Tellin for her comments on the mine was upheld in May.",
    ],
)
def test_a_dismissal_in_reprisal_is_an_event(sentence: str) -> None:
    assert kinds(run(sentence)) == [("dismissal", "asserted")]


def test_the_one_dismissed_and_the_employer() -> None:
    x = run("Tolvan Motors fired the engineer Mara Tellin for joining a union.")
    assert names(x, "dismissal", "victim") == {"Mara Tellin"}
    assert names(x, "dismissal", "perpetrator") == {"Tolvan Motors"}
    x = run("Mara Tellin was sacked by the mine over her posts criticising the mayor.")
    assert names(x, "dismissal", "victim") == {"Mara Tellin"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The factory laid off 500 workers in May.",
        "The bank fired its chief executive Karl Vos for fraud.",
        "The coach Karl Vos was sacked after a string of defeats.",
        "The president sacked the police chief Karl Vos after the protests in May.",
        "The court dismissed the case against the union in May.",
        "Police fired tear gas at the protesters after the rally.",
        "The minister Karl Vos dismissed the report as biased.",
        "Workers in the sector are not paid enough.",
        "The broker Karl Vos was not paid.",
    ],
)
def test_layoffs_other_dismissals_and_low_pay_are_no_reprisals(sentence: str) -> None:
    assert kinds(run(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The 15 crew members of the Grey Petrel had not been paid since March.", "asserted"),
        ("Dorvane Mining did not pay its cleaners for six months.", "asserted"),
        ("The owner failed to pay the crew for six months.", "failed"),
    ],
)
def test_wages_withheld_from_workers(sentence: str, modality: str) -> None:
    assert kinds(run(sentence)) == [("wage_theft", modality)]
