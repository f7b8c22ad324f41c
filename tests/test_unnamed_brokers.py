"""Brokers and smugglers the report does not name ("paid the broker 3 million won", "sold by a trafficker"): a
person of the story who takes part in its payments, sales and crossings (``trade_nouns`` and ``trade_events`` in
data/kinship.yaml, tumen.extract.unnamed_doers; docs/extraction.md, "An unnamed doer of a harm"). Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2018, 6, 1)))


def roles(x: Extraction, kind: str) -> set[tuple[str, str]]:
    return {
        (x.entity(p.entity).name or x.entity(p.entity).descriptor or "", p.role)
        for e in x.events
        if e.type == kind
        for p in e.participants
    }


def test_the_broker_paid_is_a_person_of_the_story() -> None:
    x = run("Ana Berg paid the broker 3 million won.")
    assert roles(x, "payment") == {("Ana Berg", "payer"), ("broker", "recipient")}


def test_a_broker_paid_with_to_is_the_recipient() -> None:
    x = run("Ana Berg paid 500 dollars to a broker in 2004.")
    assert ("broker", "recipient") in roles(x, "payment")


def test_a_trafficker_who_sold_her_is_the_doer() -> None:
    x = run("Ana Berg was sold to a farmer by a trafficker in 2003.")
    assert ("trafficker", "perpetrator") in roles(x, "trafficking")


def test_the_broker_again_is_the_same_person() -> None:
    x = run("Ana Berg paid a broker 500 dollars. The broker demanded 300 dollars more.")
    brokers = [e for e in x.entities if e.descriptor == "broker"]
    assert len(brokers) == 1


def test_brokers_in_general_are_no_one() -> None:
    x = run("Brokers usually charge 10 million won.")
    assert [e for e in x.entities if e.kind == "person"] == []


@pytest.mark.parametrize(
    "paid", ["She paid a broker 8,000 euros in 2016.", "In 2016 she paid a broker 8,000 euros to find her son."]
)
def test_a_broker_the_parser_hung_on_the_sum_is_paid(paid: str) -> None:
    # the parser reads "a broker 8,000 euros" as one noun phrase: the broker is still the one paid
    x = run(f"Ana Berg fled in 2014. {paid}")
    assert roles(x, "payment") == {("Ana Berg", "payer"), ("broker", "recipient")}
    [payment] = [e for e in x.events if e.type == "payment"]
    assert payment.amount is not None and payment.amount.value == 8000 and payment.amount.currency == "EUR"


def test_a_smuggler_before_a_sum_in_millions_is_paid() -> None:
    x = run("Ana Berg fled in 2014. In 2017 she paid a smuggler 30 million won.")
    assert roles(x, "payment") == {("Ana Berg", "payer"), ("smuggler", "recipient")}


def test_the_one_paid_for_is_not_the_one_paid() -> None:
    # "paid 30,000 yuan for her": the parser tags "for" a dative; she was bought, not paid
    x = run("Ana Berg fled in 2008. A farmer paid 30,000 yuan for her in 2009.")
    assert ("Ana Berg", "recipient") not in roles(x, "payment")
