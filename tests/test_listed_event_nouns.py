"""Event nouns told together share whom and by whom (docs/extraction.md, "Violations"): "the abduction and murder
of the lawyer A" is her abduction and her murder, whichever noun the parser hangs "of" on; a noun of occurrence
("case", "campaign") shares its complements with the event noun that modifies it; "against" names whom an
event noun befalls. A harm told as sexual is sexual violence. Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def perpetrators(extraction: Extraction, event_type: str) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    events = [e for e in extraction.events if e.type == event_type]
    return {str(names[p.entity]) for e in events for p in e.participants if p.role == "perpetrator"}


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("The abduction and murder of the lawyer Dara Loman shocked Tarvik.", ("abduction", "killing")),
        (
            "Observers condemned the harassment, intimidation and arrest of the reporter Dara Loman.",
            ("threat", "arrest"),
        ),
        (
            "Witnesses described beatings and the torture of the teacher Dara Loman in Tarvik.",
            ("ill_treatment", "torture"),
        ),
    ],
)
def test_each_event_noun_of_a_list_is_of_whom_the_list_is(sentence: str, types: tuple[str, ...]) -> None:
    extraction = run(sentence)
    for event_type in types:
        assert all_victims(extraction, event_type) == {"Dara Loman"}, event_type


def test_a_doer_after_a_list_of_event_nouns_did_each() -> None:
    extraction = run("Rights groups condemned the arrest and torture of the student Dara Loman by the police.")
    assert all_victims(extraction, "torture") == {"Dara Loman"}
    assert perpetrators(extraction, "torture") == perpetrators(extraction, "arrest") != set()


def test_a_possessor_is_shared_but_a_noun_with_its_own_keeps_it() -> None:
    assert all_victims(run("Observers condemned Dara Loman's arrest and torture."), "torture") == {"Dara Loman"}
    extraction = run("Ivo Holm is a lawyer in Tarvik. Observers condemned his arrest and the torture of Dara Loman.")
    assert all_victims(extraction, "torture") == {"Dara Loman"}
    assert "Dara Loman" not in all_victims(extraction, "arrest")


def test_a_noun_of_occurrence_shares_its_complements_with_the_event_noun() -> None:
    extraction = run("The kidnapping case of the trader Omar Haddad was closed in Tarvik.")
    assert all_victims(extraction, "abduction") == {"Omar Haddad"}
    extraction = run("Rights groups condemned the intimidation campaign against the reporter Omar Haddad.")
    assert all_victims(extraction, "threat") == {"Omar Haddad"}


def test_a_case_against_someone_names_whom_it_is_brought_against_not_a_victim() -> None:
    extraction = run("The businessman Omar Haddad continues a wrongful arrest case against the officer Petra Venn.")
    assert "Petra Venn" not in all_victims(extraction)


def test_against_names_whom_an_event_noun_befalls() -> None:
    assert all_victims(run("The harassment against the lawyer Dara Loman went on for months."), "threat") == {
        "Dara Loman"
    }
