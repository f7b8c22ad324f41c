"""Doers told by a plural noun of a body that does harm by its office or by the deed it is named for ("plainclothes
officers", "cops", "his captors", "terrorists", "death squads", "armed groups", "the perpetrators"): groups of
`agents` in data/kinship.yaml that fill the perpetrator role of the harm they do, typed by the benchmark map
(docs/extraction.md, "A body of doers named by what they are"). Invented sentences."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import hrdsattack as hb
import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def doers(extraction: Extraction) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]) for e in extraction.events for p in e.participants if p.role == "perpetrator"}


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Ana Berg was arrested by plainclothes officers in Tarvik on Friday.", "officers"),
        ("Security officers arrested the editor Ana Berg at her flat in Tarvik.", "Security officers"),
        ("Two cops detained Ana Berg outside the court in Tarvik.", "cops"),
        ("His captors beat Dara Loman in a cellar in Tarvik.", "captors"),
        ("Dara Loman was murdered by terrorists in Tarvik in 1990.", "terrorists"),
        ("Unknown assassins attacked the union leader Dara Loman in Tarvik.", "assassins"),
        ("Death squads killed Dara Loman in Tarvik in 1980.", "Death squads"),
        ("Dara Loman was abducted by armed groups near Tarvik.", "armed groups"),
        ("The perpetrators stabbed Dara Loman on a street in Tarvik.", "perpetrators"),
        ("Dara Loman was killed by militias in Tarvik.", "militias"),
    ],
)
def test_a_body_of_doers_named_by_what_they_are_is_the_perpetrator(sentence: str, doer: str) -> None:
    assert doer in doers(run(sentence))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Police arrested three terrorists in Tarvik.", "terrorists"),
        ("The union elected its officers in Tarvik on Monday.", "officers"),
        ("Two officers were wounded in Tarvik.", "officers"),
    ],
)
def test_a_body_that_did_no_harm_is_no_perpetrator(sentence: str, body: str) -> None:
    assert body not in doers(run(sentence))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("assassins", "other actors without permissions"),
        ("armed groups", "other actors without permissions"),
        ("miscreants", "other actors without permissions"),
    ],
)
def test_the_map_types_a_body_of_doers(name: str, kind: str) -> None:
    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    body = SimpleNamespace(name=name, descriptor=None, titles=[], kind="group", place_kind=None)
    assert hb._perpetrator_type([body], mapping) == kind


def test_a_murder_by_assassins_is_typed_from_the_assassins() -> None:
    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    text = "Unknown assassins shot the union leader Dara Loman dead in Tarvik on Monday."
    found = hb.predict(run(text), date(2024, 3, 1), mapping, text)
    assert found["perpetrator_type"] == "other actors without permissions"


def test_two_nouns_of_one_deed_name_one_party_the_first_named_doing_it() -> None:
    text = "Dara Loman was attacked in Tarvik on Monday. The attackers fled. Police are seeking the assailants."
    assert doers(run(text)) == {"attackers"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman was shot dead in Tarvik on Monday. They are the ones who call these doctors murderers.",
        "Dara Loman was shot dead in Tarvik on Monday. Banners read: Down with the government of murderers.",
        "Dara Loman was shot dead in Tarvik on Monday. A huge banner proclaims “MURDERERS” in the square.",
        "Dara Loman was shot dead in Tarvik on Monday. Murderers!",
    ],
)
def test_doers_only_called_names_did_not_do_the_deed(sentence: str) -> None:
    assert "murderers" not in doers(run(sentence))


def test_the_killers_told_as_known_did_the_killing() -> None:
    assert doers(run("Dara Loman was shot dead in Tarvik on Monday. Police are hunting her killers.")) == {"killers"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman was kidnapped in Tarvik. Ten men were rescued by police from the kidnappers' den.",
        "Dara Loman was kidnapped in Tarvik. One man had been rescued by his men from kidnappers’ den.",
        "Dara Loman was kidnapped in Tarvik. A court in Halmor is sentencing kidnappers to death.",
    ],
)
def test_a_bare_plural_that_acts_or_undergoes_tells_the_doers(sentence: str) -> None:
    assert doers(run(sentence)) == {"kidnappers"}
