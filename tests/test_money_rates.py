"""Every EUR value states the ECB rate date it was converted at; dates outside the table are disclosed.

Every example sentence and amount here is invented for the tests.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from datetime import date

import jsonschema
import pytest
from currency_converter import CurrencyConverter

from tumen.export.json_export import _money, schema
from tumen.extract.document import Source, extract
from tumen.extract.money import find_money, to_eur
from tumen.extract.types import AmountMention, Extraction
from tumen.model import EuroValue, Money

JUNE_15 = date(2022, 6, 15)


@pytest.fixture(scope="module")
def converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_wrong_date=True, fallback_on_missing_rate=True)


def test_a_date_inside_the_table_is_its_own_rate_date() -> None:
    euros = to_eur(8000, "USD", JUNE_15)
    assert isinstance(euros, EuroValue)
    assert euros.rate_date == JUNE_15 and euros.rate_note is None
    money = find_money("The fixer asked for $8,000.", at=JUNE_15)[0].money
    assert money.rate_date == JUNE_15 and money.rate_note is None
    assert type(money.value_eur) is float and money.value_eur == float(euros)


def test_a_date_after_the_table_is_disclosed(converter: CurrencyConverter) -> None:
    last = converter.bounds["USD"].last_date
    euros = to_eur(8000, "USD", date(2130, 1, 5))
    assert euros == round(converter.convert(8000, "USD", "EUR", date=last), 2)
    assert euros is not None and euros.rate_date == last
    assert euros.rate_note == (
        f"date 2130-01-05 after the rate table (last {last.isoformat()}): rate of {last.isoformat()} used"
    )


def test_a_date_before_the_table_is_disclosed(converter: CurrencyConverter) -> None:
    first = converter.bounds["KRW"].first_date
    money = find_money("그는 1995년에 2천만 원을 냈다.", "ko", at=date(1995, 3, 1))[0].money
    assert money.currency == "KRW"
    assert money.value_eur == round(converter.convert(20_000_000, "KRW", "EUR", date=first), 2)
    assert money.rate_date == first
    assert money.rate_note == (
        f"date 1995-03-01 before the rate table (first {first.isoformat()}): rate of {first.isoformat()} used"
    )


def test_the_table_bounds_are_per_currency(converter: CurrencyConverter) -> None:
    """Yuan rates start later than the dollar's: a 2001 yuan amount is outside its table."""
    first = converter.bounds["CNY"].first_date
    assert first > date(2001, 6, 1)
    euros = to_eur(500, "CNY", date(2001, 6, 1))
    assert euros is not None and euros.rate_date == first and euros.rate_note is not None
    assert "before the rate table" in euros.rate_note


def test_no_date_says_the_latest_rate_was_used(converter: CurrencyConverter) -> None:
    last = converter.bounds["USD"].last_date
    euros = to_eur(8000, "USD", None)
    assert euros is not None and euros.rate_date == last
    assert euros.rate_note == f"no date: latest rate ({last.isoformat()}) used"


def test_euros_and_unconvertible_amounts_have_no_rate_date() -> None:
    euros = to_eur(30000, "EUR", JUNE_15)
    assert euros is not None and float(euros) == 30000 and euros.rate_date is None and euros.rate_note is None
    assert find_money("He owed about 30,000 euros.", at=JUNE_15)[0].money.rate_date is None
    kpw = find_money("She paid 100,000 North Korean won.", at=JUNE_15)[0].money
    assert kpw.value_eur is None and kpw.rate_date is None and kpw.rate_note is None


def test_replacing_the_euro_value_replaces_its_rate_date() -> None:
    """A payment re-converted at its own date must not keep the publication date's rate date."""
    at_publication = find_money("A broker took $2,000.", at=JUNE_15)[0].money
    assert at_publication.rate_date == JUNE_15
    at_event = replace(at_publication, value_eur=to_eur(2000, "USD", date(1996, 7, 1)))
    assert at_event.rate_date is not None and at_event.rate_date > date(1996, 7, 1)
    assert at_event.rate_note is not None and at_event.rate_note.startswith("date 1996-07-01 before the rate table")
    cleared = replace(at_publication, value_eur=None)
    assert cleared.rate_date is None and cleared.rate_note is None


def test_payment_events_carry_the_rate_date_of_their_own_date() -> None:
    text = "In 1996 her mother paid a smuggler $2,000."
    extraction = extract(Source(text, document=1, language="en", published=date(2023, 11, 1)))
    amounts = [e.amount for e in extraction.events if e.amount is not None]
    assert amounts, extraction.events
    for money in amounts:
        assert money.rate_note is not None and "1996" in money.rate_note and "before the rate table" in money.rate_note
    mention = extraction.amounts[0].money
    assert mention.rate_date is not None and mention.rate_date.year == 2023


def test_money_survives_pickling_between_worker_processes() -> None:
    euros = to_eur(8000, "USD", date(2130, 1, 5))
    assert euros is not None
    copy = pickle.loads(pickle.dumps(euros))
    assert copy == euros and copy.rate_date == euros.rate_date and copy.rate_note == euros.rate_note
    money = Money(8000, "USD", euros)
    assert pickle.loads(pickle.dumps(money)) == money


def test_extraction_json_round_trips_the_rate_and_reads_old_json() -> None:
    money = find_money("They paid $8,000.", at=date(2130, 1, 5))[0].money
    extraction = Extraction(document=1, language="en", anchor=None, amounts=[AmountMention(10, 16, "$8,000", money)])
    data = json.loads(json.dumps(extraction.to_json()))
    assert data["amounts"][0]["money"]["rate_date"] == money.rate_date.isoformat()  # type: ignore[union-attr]
    assert Extraction.from_json(data).amounts[0].money == money
    old = json.loads(json.dumps(data))
    del old["amounts"][0]["money"]["rate_date"], old["amounts"][0]["money"]["rate_note"]
    assert Extraction.from_json(old).amounts[0].money == Money(8000, "USD", money.value_eur, False)


def test_the_export_states_the_rate_and_validates() -> None:
    money = find_money("They paid $8,000.", at=date(1990, 5, 5))[0].money
    exported = _money(money)
    assert exported is not None
    assert exported["rate_date"] == money.rate_date.isoformat()  # type: ignore[union-attr]
    assert exported["rate_note"].startswith("date 1990-05-05 before the rate table")
    amount_schema = {**schema()["$defs"]["event"]["properties"]["amount"], "$defs": schema()["$defs"]}
    jsonschema.validate(exported, amount_schema)
    jsonschema.validate(_money(Money(1.0, "EUR", 1.0)), amount_schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**exported, "rate_date": 20220615}, amount_schema)
