"""Specific and generic statements, word senses and what may fill a role, and modality (docs/extraction.md),
on sentences written for these tests: generic and statistical statements make no events of persons (a
count is kept as an aggregate), a trigger whose role is filled by a thing is in another sense, and
every event keeps its modality; negated and hypothetical ones never become statements of facts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import jsonschema
import pytest

from tumen.cli.extract import _event_line
from tumen.corroborate.grouping import group_facts
from tumen.corroborate.supports import document_statements
from tumen.export import json_export
from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction
from tumen.model import DocumentInfo, Metadata


def run(text: str, published: date = date(2021, 6, 1)) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of_type(x: Extraction, kind: str, modality: str | None = None) -> list[Event]:
    return [e for e in x.events if e.type == kind and (modality is None or e.modality == modality)]


def info(document: int = 1) -> DocumentInfo:
    meta = Metadata(title="t", outlet=f"Outlet {document}", published=date(2021, 6, 1))
    return DocumentInfo(document, "0" * 64, meta, "text/plain", None, 1, 1, "utf-8", datetime.now(UTC), "test", {})


# --- specific and generic statements ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Almost everyone who tries to cross the river gets caught.", ("arrest", "border_crossing")),
        ("Defectors usually pay brokers to guide them through the mountains.", ("payment",)),
        ("Border guards routinely beat returnees in Sinuiju.", ("ill_treatment",)),
        ("China has a strict policy of sending defectors back.", ("forced_repatriation",)),
        ("Those who reached Mongolia were safe for a while.", ("border_crossing",)),
        ("Defectors arriving today have mostly fled years ago.", ("border_crossing", "resettlement")),
    ],
)
def test_generic_and_habitual_statements_are_no_events(sentence: str, kinds: tuple[str, ...]) -> None:
    x = run(sentence)
    assert not [e for e in x.events if e.type in kinds], [(e.type, e.trigger.text, e.modality) for e in x.events]


def test_a_statistic_is_an_aggregate_not_an_event() -> None:
    x = run("More than 30,000 North Koreans have escaped to South Korea in recent decades.")
    assert not of_type(x, "border_crossing")
    [aggregate] = x.aggregates
    assert (aggregate.count, aggregate.qualifier, aggregate.type) == (30000, "more than", "border_crossing")
    assert aggregate.period is not None and "recent decades" in aggregate.period
    assert "North Koreans" in aggregate.what and aggregate.evidence.quote.startswith("More than")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police arrested Moon Hye-rin in Hyesan in May 2019.", "arrest"),
        ("The nine defectors were sent back to North Korea.", "forced_repatriation"),
        ("Some 600 refugees were repatriated to North Korea in October 2023.", "forced_repatriation"),
        ("He fled to China with his sister.", "border_crossing"),
    ],
)
def test_a_specific_participant_or_time_makes_an_event(sentence: str, kind: str) -> None:
    assert of_type(run(sentence), kind, "asserted")


# --- word senses and what may fill a role -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Her efforts are captured in a new documentary about the border.", "arrest"),
        ("The smuggler was caught on camera near the river.", "arrest"),
        ("Human Rights Watch released a report on Monday.", "release"),
        ("The film is set to be released on March 3.", "release"),
        ("The bank detained funds belonging to the trading company.", "detention"),
        ("All she can do now is pick up the pieces.", "arrest"),
        ("Oh Sun-hee cut her hand with a needle she had picked up in Yanji.", "arrest"),
        ("Jang Myong-ho escaped death twice during the famine.", "border_crossing"),
        ("Jang Myong-ho feigned illness to escape conviction for bribery in 1998.", "border_crossing"),
        ("A riot broke out in Tarvik after the vigil on Monday.", "escape"),  # no one left custody
        ("The minister paid tribute to the victims of the Tarvik bombing on Tuesday.", "payment"),
        ("Ana Berg paid her respects to the family in Tarvik on Monday.", "payment"),
        ("Ana Berg paid a visit to the prison in Tarvik on Monday.", "payment"),
        ("Tarvik Films has been locked in litigation with Velo Studios for a year.", "detention"),
        ("Ana Berg and the studio are locked in tense negotiations over her pay.", "detention"),
        ("A narrow river separates the two towns.", "family_separation"),
        ("The summit was held in the Mongolian capital last week.", "detention"),
        ("Her employer paid her 9,000 won an hour for cleaning offices.", "payment"),
        ("She thought about killing herself many times.", "killing"),
        ("Kim Sun-ae fled for the sake of her starving daughter.", "death"),
        ("The new minister killed it in the parliament of Tarvik on Monday.", "killing"),  # a bill, not a person
    ],
)
def test_a_trigger_in_another_sense_makes_no_event(sentence: str, kind: str) -> None:
    x = run(sentence)
    assert not of_type(x, kind), [(e.type, e.trigger.text, e.modality) for e in x.events]


def test_a_person_in_the_role_keeps_the_event() -> None:
    x = run("Border guards captured Ryu Kyong-hui near the river in 2015.")
    assert of_type(x, "arrest", "asserted")


def test_one_locked_in_a_cell_is_held() -> None:
    x = run("Ana Berg was locked in a cell for three days.")
    assert [e.type for e in x.events] == ["detention"]


def test_one_who_breaks_out_of_custody_escapes() -> None:
    assert of_type(run("Ryu Kyong-hui broke out of the labour camp in 2004."), "escape", "asserted")


def test_it_may_still_be_raided_or_stand_for_an_organisation() -> None:
    """ "it" names a thing only for the types done to people: a raid on "it" may be a raid on an office."""
    assert of_type(run("Soldiers raided it in Tarvik on Monday."), "raid", "asserted")


# --- modality -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "modality"),
    [
        ("Lee Jin-ho did not intend to defect.", "border_crossing", "negated"),
        ("Lee Jin-ho never crossed the river.", "border_crossing", "negated"),
        ("Lee Jin-ho planned to escape to China in 2010.", "border_crossing", "planned"),
        ("In 2006 Han Mi-ja tried to cross the Tumen River.", "border_crossing", "attempted"),
        ("In 2006 Han Mi-ja failed to cross the Tumen River.", "border_crossing", "failed"),
        ("Choi Yong-su could not pay the broker.", "payment", "negated"),
        ("Choi Yong-su might be returned to North Korea.", "forced_repatriation", "hypothetical"),
        ("The centre demanded the release of Pak Sun-ok.", "release", "demanded"),
        ("The broker offered to smuggle Pak Sun-ok across the river.", "border_crossing", "offered"),
        ("Han Ji-su nearly starved to death as a child.", "death", "negated"),
        (
            "Kim Sun-ae could not bring her son out and eventually defected to South Korea alone.",
            "resettlement",  # defecting to a safe country is arriving there (extraction.md)
            "asserted",
        ),
        ("Each time she was caught, Kim Sun-ae would be sent back to North Korea.", "forced_repatriation", "asserted"),
        (
            # (not "one of her brothers": a possessor is not the many it owns — extraction.md)
            "Jo Un-mi lost her family. Her elder brother had already died of hunger; the younger could barely walk.",
            "death",
            "asserted",
        ),
        ("Requests:\n\nTo release Pak Sun-ok at once and to let her family visit her.", "release", "hypothetical"),
        # a scheme is no deed: "plotting to murder", "conspired to abduct"
        ("Police arrested Anna Berg for plotting to murder a judge.", "killing", "planned"),
        ("Two officers conspired to abduct the lawyer Karl Vos.", "abduction", "planned"),
        # an event noun described as tried or failed: "attempted murder" kills no one
        ("The attempted murder of the lawyer Karl Vos shocked Tarvik.", "killing", "attempted"),
        ("Anna Berg was sentenced for the attempted murder of a neighbour.", "killing", "attempted"),
        ("A failed kidnapping of the trader Karl Vos took place in Tarvik.", "abduction", "failed"),
        ("The aborted abduction of the lawyer Karl Vos in Tarvik shocked the country.", "abduction", "failed"),
        ("The thwarted abduction of the pupil Anna Berg in Tarvik was reported on Monday.", "abduction", "failed"),
        ("An unsuccessful assassination of the editor Karl Vos was reported in Tarvik.", "killing", "failed"),
        # what is thwarted or foiled was tried and did not succeed
        ("A guard in Tarvik thwarted the kidnapping of the pupil Karl Vos on Monday.", "abduction", "failed"),
        ("Neighbours foiled the abduction of the lawyer Anna Berg in Tarvik on Monday.", "abduction", "failed"),
        # ... not what is done in an adverbial clause of the thwarting: the pirates were captured
        ("Soldiers thwarted a raid on the port of Tarvik, capturing the pirate Karl Vos.", "arrest", "asserted"),
        # a harm noun before a noun of trying: tried ("a kidnap attempt"), and failed when escaped, survived or
        # thwarted
        ("The lawyer Anna Berg was the target of a kidnap attempt in Tarvik on Monday.", "abduction", "attempted"),
        ("The lawyer Anna Berg escaped a kidnap attempt by armed men in Tarvik on Monday.", "abduction", "failed"),
        ("The editor Karl Vos survived an assassination attempt in Tarvik on Monday.", "killing", "failed"),
        ("Police in Tarvik foiled a murder bid on the editor Karl Vos on Monday.", "killing", "failed"),
        # a verb of trying governs its complement, not an adverbial clause of it: the killing was done
        ("The gunmen tried to flee the village, killing a guard on the way.", "killing", "asserted"),
        ("The rebels tried to storm the prison in Tarvik, killing two guards.", "killing", "asserted"),
        # a bare form the parser hung on a noun of its list belongs to the verb above that noun ("could pick up")
        ("In the 1980s soldiers could pick up anyone, detain, torture and kill them.", "killing", "hypothetical"),
        (
            "Back then soldiers could pick up anyone at any time without explanation and detain, torture and kill "
            "many of them.",
            "killing",
            "hypothetical",
        ),
        # what one thinks or talks about is thought of, unless it is a particular event (with "the" or a possessor)
        ("Anna Berg talked about escaping from the camp in Tarvik.", "escape", "hypothetical"),
        ("Anna Berg spoke to reporters about her torture in Tarvik prison.", "torture", "asserted"),
        ("Anna Berg talked about the arrest of her son Karl Vos in Tarvik.", "arrest", "asserted"),
    ],
)
def test_every_event_keeps_its_modality(sentence: str, kind: str, modality: str) -> None:
    x = run(sentence)
    assert of_type(x, kind, modality), [(e.type, e.trigger.text, e.modality) for e in x.events]


@pytest.mark.parametrize(
    ("sentence", "kind", "target"),
    [
        ("The lawyer Anna Berg escaped a kidnap attempt by armed men in Tarvik on Monday.", "abduction", "Anna Berg"),
        ("The editor Karl Vos survived an assassination attempt in Tarvik on Monday.", "killing", "Karl Vos"),
    ],
)
def test_who_escapes_or_survives_an_attempt_was_its_target(sentence: str, kind: str, target: str) -> None:
    x = run(sentence)
    names = {e.id: e.name for e in x.entities}
    victims = [names[p.entity] for e in of_type(x, kind, "failed") for p in e.participants if p.role == "victim"]
    assert victims == [target], [(e.type, e.modality, e.participants) for e in x.events]


def test_a_brokers_conditional_price_is_a_demanded_payment_with_its_amount_in_euros() -> None:
    x = run('"If you give me 5 million won, I will bring your son back," the broker told Park Ok-sun in 2019.')
    [payment] = of_type(x, "payment")
    assert payment.modality == "demanded"
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (5_000_000, "KRW")
    assert payment.amount.value_eur is not None and 3000 < payment.amount.value_eur < 4500


def test_a_price_demanded_is_paid_to_the_one_who_asks() -> None:
    x = run("In 2019 the broker Kang Tae-sik demanded 3,000 dollars from Park Ok-sun.")
    [payment] = of_type(x, "payment", "demanded")
    assert payment.amount is not None and payment.amount.currency == "USD"
    roles = {(x.entity(p.entity).label, p.role) for p in payment.participants}
    assert ("Kang Tae-sik", "recipient") in roles


def test_negated_and_hypothetical_events_are_no_statements_and_other_modalities_stay_apart() -> None:
    text = (
        "In 2010 Lee Jin-ho crossed the Tumen River into China. "
        "In 2010 Lee Jin-ho tried to cross the Yalu River. "
        "Lee Jin-ho did not return to North Korea."
    )
    x = run(text)
    assert (
        of_type(x, "forced_repatriation", "negated")
        or of_type(x, "resettlement", "negated")
        or any(e.modality == "negated" for e in x.events)
    )
    statements = document_statements(1, x, info())
    assert all(dict(s.attributes).get("modality") not in ("negated", "hypothetical") for s in statements)
    assert len(statements) == len([e for e in x.events if e.modality not in ("negated", "hypothetical")])
    crossings = [s for s in statements if s.type == "border_crossing"]
    assert {dict(s.attributes).get("modality") for s in crossings} == {None, "attempted"}
    assert len([f for f in group_facts(crossings) if f.type == "border_crossing"]) == 2


def test_tumen_facts_shows_the_modality_of_every_event() -> None:
    x = run("Lee Jin-ho did not intend to defect.")
    [event] = of_type(x, "border_crossing")
    assert "modality=negated" in _event_line(x, event).plain


def test_the_export_has_modality_and_aggregates_valid_against_the_schema() -> None:
    x = run("More than 30,000 North Koreans have escaped to South Korea in recent decades.")
    data: dict[str, Any] = json.loads(json.dumps(x.to_json()))
    assert Extraction.from_json(data).aggregates == x.aggregates
    [item] = list(json_export.aggregate_items([(7, data)]))
    assert item["count"] == 30000 and item["evidence"]["document"] == 7
    schema = json_export.schema()
    jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/aggregate"}).validate(item)
    assert "modality" in schema["$defs"]["event"]["properties"]
    old = {k: v for k, v in data.items() if k != "aggregates"}  # JSON written before aggregates existed
    assert Extraction.from_json(old).aggregates == []
