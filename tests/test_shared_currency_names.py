"""A currency name several countries share ("dinars", "shillings", "pesos", "pounds") is the currency of the country
the text names (docs/extraction.md, "Word senses"); with none named the amount keeps its name as the unit and no
euro value (pounds stay GBP). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.money import find_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("KAMPALA - Ana Berg was released on bail of 200,000 shillings.", "200,000 shillings", "UGX"),
        ("BAGHDAD (Tarvik News) - A court fined Ana Berg 50,000 dinars.", "50,000 dinars", "IQD"),
        ("In Manila, a court fined Kim Ha-na 3,000 pesos.", "3,000 pesos", "PHP"),
        ("In Cairo, Karl Vos was fined 200 pounds.", "200 pounds", "EGP"),
        ("Ana Berg, a lawyer in Lahore, paid 4,000 rupees.", "4,000 rupees", "PKR"),
        ("Ana Berg paid 500 Kenyan shillings to a guard.", "500 Kenyan shillings", "KES"),
    ],
)
def test_a_shared_currency_name_takes_the_country_of_the_text(text: str, amount: str, currency: str) -> None:
    found = [(m.text, m.money.currency) for m in find_money(text)]
    assert found == [(amount, currency)]


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit"),
    [
        ("A court fined Ana Berg 50,000 dinars.", "50,000 dinars", 50000, "dinar"),
        ("Ana Berg was released on bail of 200,000 shillings.", "200,000 shillings", 200000, "shilling"),
        ("Karl Vos was fined 3,000 pesos.", "3,000 pesos", 3000, "peso"),
    ],
)
def test_with_no_country_named_the_amount_keeps_its_name(text: str, amount: str, value: int, unit: str) -> None:
    result = extract(Source(text, 1, "en", date(2021, 6, 1)))
    found = [(a.text, a.money.value, a.money.currency, a.money.value_eur) for a in result.amounts]
    assert found == [(amount, value, unit, None)]


def test_pounds_with_no_country_stay_sterling() -> None:
    assert [m.money.currency for m in find_money("The lawyer asked Ana Berg for 200 pounds.")] == ["GBP"]
