"""Violations in reports on attacks on human-rights defenders (docs/extraction.md, "Violations: senses, the
described victim and doers named by the deed"), on sentences written for these tests: a sense told by a word of
the verb's phrase ("held hostage", "condemned to death"), a harm done to someone only described, and doers named
by what they did ("the kidnappers")."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def types(x: Extraction) -> set[str]:
    return {e.type for e in x.events}


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def perpetrators(x: Extraction, event: Event) -> list[str]:
    return [x.entity(p.entity).name or "" for p in event.participants if p.role == "perpetrator"]


def test_condemning_an_act_is_no_sentencing() -> None:
    x = run("The rights group Free Voices condemned the attack on the teacher Omar Haddad on Monday.")
    assert "sentencing" not in types(x)


def test_condemned_to_a_penalty_is_a_sentencing() -> None:
    x = run("A military court condemned the teacher Omar Haddad to death on Monday.")
    assert of_type(x, "sentencing")


def test_held_hostage_is_an_abduction_not_a_detention() -> None:
    x = run("Lina Okafor was held hostage by the militia for two weeks in May.")
    assert of_type(x, "abduction")
    assert not of_type(x, "detention")
    assert perpetrators(x, of_type(x, "abduction")[0]) == ["militia"]


def test_taken_hostage_is_an_abduction() -> None:
    x = run("Armed men took the engineer Paul Mbeki hostage near the mine in March.")
    assert of_type(x, "abduction")


def test_new_violation_verbs() -> None:
    assert of_type(run("Guards electrocuted the blogger Sami Nour in his cell."), "torture")
    assert of_type(run("The activist Rosa Quispe was strangled in her home."), "killing")
    assert of_type(run("Agents stalked the lawyer Mehdi Karimi for months."), "threat")


def test_a_harm_to_someone_described_is_a_fact() -> None:
    x = run("A young man was abducted and tortured in a flat.")
    assert {"abduction", "torture"} <= types(x)


def test_a_harm_to_a_part_of_a_group_described_is_a_fact() -> None:
    # "two of the reporters": the number is the parser's subject, the reporters are whom the harm befell
    assert "killing" in types(run("Two of the reporters were murdered."))
    assert "torture" in types(run("Some of the pupils had been tortured."))
    assert not run("Two of the cars were hit.").events  # a part of things is no one


def test_other_events_of_someone_described_need_more() -> None:
    assert not run("A young man died.").events


def test_the_kidnappers_did_the_kidnapping() -> None:
    x = run("The kidnappers fed the hostages once a day. Seventeen missionaries were kidnapped in Haiti in October.")
    abductions = of_type(x, "abduction")
    assert abductions
    assert perpetrators(x, abductions[0]) == ["kidnappers"]
