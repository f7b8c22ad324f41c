"""Money mentions → Money (tumen.extract.money): one test per rule, exact offsets, offline EUR conversion.

Every example sentence here is invented for the tests.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from itertools import pairwise

import pytest
import yaml
from currency_converter import CurrencyConverter  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st

from tumen.extract.money import MoneyMention, find_money, to_eur

JUNE_15 = date(2022, 6, 15)


@pytest.fixture(scope="module")
def converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_wrong_date=True, fallback_on_missing_rate=True)


def only(sentence: str, language: str = "en") -> MoneyMention:
    mentions = find_money(sentence, language)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert sentence[m.start : m.end] == m.text
    return m


def check(sentence: str, span: str, value: float, currency: str, approximate: bool, qualifier: str | None) -> None:
    m = only(sentence)
    assert (m.start, m.end, m.text) == (sentence.index(span), sentence.index(span) + len(span), span)
    assert (m.money.value, m.money.currency, m.money.approximate, m.qualifier) == (
        value,
        currency,
        approximate,
        qualifier,
    )


# ---------------------------------------------------------------------------- English amounts

ENGLISH = [
    ("The smuggler asked for $8,000 in cash.", "$8,000", 8000, "USD"),
    ("She borrowed 8,000 dollars from a cousin.", "8,000 dollars", 8000, "USD"),
    ("The fee was 8,000 US dollars per person.", "8,000 US dollars", 8000, "USD"),
    ("A guide charged US$8,000 for the route.", "US$8,000", 8000, "USD"),
    ("The invoice said USD 8,000.", "USD 8,000", 8000, "USD"),
    ("The fine was €30,000.", "€30,000", 30000, "EUR"),
    ("He was offered 30,000 euros to stay quiet.", "30,000 euros", 30000, "EUR"),
    ("A grant of EUR 30,000 was approved.", "EUR 30,000", 30000, "EUR"),
    ("The family paid 20 million won to a go-between.", "20 million won", 20_000_000, "KRW"),
    ("The family paid 20m won to a go-between.", "20m won", 20_000_000, "KRW"),
    ("The fee was ₩20,000,000 in the end.", "₩20,000,000", 20_000_000, "KRW"),
    ("Records show KRW 20 million moving that week.", "KRW 20 million", 20_000_000, "KRW"),
    ("Traders carried 1.5 million yuan across.", "1.5 million yuan", 1_500_000, "CNY"),
    ("Her brother sent RMB 5,000 in March.", "RMB 5,000", 5000, "CNY"),
    ("Her brother sent 5,000 renminbi in March.", "5,000 renminbi", 5000, "CNY"),
    ("Her brother sent CNY 5,000 in March.", "CNY 5,000", 5000, "CNY"),
    ("A ticket cost 3,000 yen at the time.", "3,000 yen", 3000, "JPY"),
    ("The lawyer asked for £200 up front.", "£200", 200, "GBP"),
    ("The lawyer asked for 200 pounds up front.", "200 pounds", 200, "GBP"),
    ("The bank froze 500 Swiss francs.", "500 Swiss francs", 500, "CHF"),
    ("A guard took 100,000 North Korean won from him.", "100,000 North Korean won", 100_000, "KPW"),
    ("They raised half a million won for her.", "half a million won", 500_000, "KRW"),
    ("Investors lost $5 million in the scheme.", "$5 million", 5_000_000, "USD"),
    ("The budget reached $2.5bn last year.", "$2.5bn", 2_500_000_000, "USD"),
    ("A bribe of 30.000 € was mentioned.", "30.000 €", 30000, "EUR"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "currency"), ENGLISH)
def test_english_amounts(sentence: str, span: str, value: float, currency: str) -> None:
    check(sentence, span, value, currency, False, None)


def test_number_words() -> None:
    check("He said twenty million won was the price.", "twenty million won", 20_000_000, "KRW", False, None)
    check("She owed eight thousand dollars.", "eight thousand dollars", 8000, "USD", False, None)
    check("A reward of one and a half million dollars", "one and a half million dollars", 1_500_000, "USD", False, None)
    sentence = "They spent two hundred and fifty thousand euros."
    check(sentence, "two hundred and fifty thousand euros", 250_000, "EUR", False, None)
    check("It came to a hundred thousand euros.", "a hundred thousand euros", 100_000, "EUR", False, None)


def test_vague_amounts_take_a_conservative_value_and_are_approximate() -> None:
    check("He spent a few thousand dollars on food.", "a few thousand dollars", 3000, "USD", True, None)
    check("Brokers earn tens of millions of won a year.", "tens of millions of won", 10_000_000, "KRW", True, None)
    check("Several hundred thousand euros vanished.", "Several hundred thousand euros", 300_000, "EUR", True, None)
    check("It cost thousands of dollars.", "thousands of dollars", 1000, "USD", True, None)


# ---------------------------------------------------------------------------- qualifiers

QUALIFIED = [
    ("He paid around 30,000 euros.", "around 30,000 euros", "about"),
    ("He paid about $8,000.", "about $8,000", "about"),
    ("He paid some 30,000 euros.", "some 30,000 euros", "about"),
    ("He paid roughly 30,000 euros.", "roughly 30,000 euros", "about"),
    ("He paid approximately 30,000 euros.", "approximately 30,000 euros", "about"),
    ("He paid almost 30,000 euros.", "almost 30,000 euros", "almost"),
    ("He paid nearly 30,000 euros.", "nearly 30,000 euros", "almost"),
    ("He paid more than 30,000 euros.", "more than 30,000 euros", "more than"),
    ("He paid over $8,000.", "over $8,000", "more than"),
    ("He paid at least 30,000 euros.", "at least 30,000 euros", "at least"),
    ("He paid up to 30,000 euros.", "up to 30,000 euros", "up to"),
    ("He paid less than 30,000 euros.", "less than 30,000 euros", "less than"),
    ("He paid $8,000 or so.", "$8,000 or so", "about"),
    ("About $8,000 was missing.", "About $8,000", "about"),
]


@pytest.mark.parametrize(("sentence", "span", "qualifier"), QUALIFIED)
def test_qualifiers_are_in_the_span_normalised_and_approximate(sentence: str, span: str, qualifier: str) -> None:
    m = only(sentence)
    assert (m.start, m.text, m.qualifier, m.money.approximate) == (sentence.index(span), span, qualifier, True)


# ---------------------------------------------------------------------------- Korean amounts

KOREAN = [
    ("브로커에게 2천만 원을 줬다.", "2천만 원", 20_000_000, "KRW", False, None),
    ("브로커에게 2000만원을 줬다.", "2000만원", 20_000_000, "KRW", False, None),
    ("집값은 1억 원이었다.", "1억 원", 100_000_000, "KRW", False, None),
    ("모두 1억5천만 원이 들었다.", "1억5천만 원", 150_000_000, "KRW", False, None),
    ("모두 1억 5천만 원이 들었다.", "1억 5천만 원", 150_000_000, "KRW", False, None),
    ("어머니는 500만 원을 빌렸다.", "500만 원", 5_000_000, "KRW", False, None),
    ("어머니는 약 300만 원을 빌렸다.", "약 300만 원", 3_000_000, "KRW", True, "about"),
    ("어머니는 300여만 원을 빌렸다.", "300여만 원", 3_000_000, "KRW", True, "more than"),
    ("어머니는 300만 원 이상을 빌렸다.", "300만 원 이상", 3_000_000, "KRW", True, "at least"),
    ("어머니는 300만 원이 넘는 돈을 빌렸다.", "300만 원이 넘는", 3_000_000, "KRW", True, "more than"),
    ("어머니는 300만 원가량 빌렸다.", "300만 원가량", 3_000_000, "KRW", True, "about"),
    ("어머니는 거의 300만 원을 빌렸다.", "거의 300만 원", 3_000_000, "KRW", True, "almost"),
    ("그는 수백만 원을 잃었다.", "수백만 원", 3_000_000, "KRW", True, None),
    ("중개인은 3천 달러를 요구했다.", "3천 달러", 3000, "USD", False, None),
    ("국경에서 5천 위안을 냈다.", "5천 위안", 5000, "CNY", False, None),
    ("벌금은 2만 유로였다.", "2만 유로", 20000, "EUR", False, None),
    ("표값은 3,000원이었다.", "3,000원", 3000, "KRW", False, None),
]


@pytest.mark.parametrize(("sentence", "span", "value", "currency", "approximate", "qualifier"), KOREAN)
def test_korean_amounts(
    sentence: str, span: str, value: float, currency: str, approximate: bool, qualifier: str | None
) -> None:
    m = only(sentence, "ko")
    assert (m.start, m.end, m.text) == (sentence.index(span), sentence.index(span) + len(span), span)
    assert (m.money.value, m.money.currency, m.money.approximate, m.qualifier) == (
        value,
        currency,
        approximate,
        qualifier,
    )


def test_korean_words_that_only_look_like_money() -> None:
    assert find_money("3 원칙을 지켰다.", "ko") == []  # 원칙 "principle"
    m = only("계약 300만 원을 맺었다.", "ko")  # the 약 of 계약 ("contract") is not "about"
    assert (m.text, m.qualifier, m.money.approximate) == ("300만 원", None, False)


# ---------------------------------------------------------------------------- won: KRW or KPW


def test_plain_won_is_south_korean() -> None:
    assert only("He paid 5,000 won for rice.").money.currency == "KRW"
    assert only("쌀값으로 5천 원을 냈다.", "ko").money.currency == "KRW"


def test_north_korean_won_is_kpw_and_has_no_euro_value() -> None:
    m = only("The guard took 100,000 North Korean won.")
    assert (m.money.currency, m.money.value_eur) == ("KPW", None)


def test_sentence_naming_the_north_korean_currency_makes_plain_won_kpw() -> None:
    text = "Prices in North Korean currency rose: rice was 5,000 won a kilo. In Seoul she earned 2 million won."
    first, second = find_money(text)
    assert (first.text, first.money.currency, first.money.value_eur) == ("5,000 won", "KPW", None)
    assert (second.text, second.money.currency) == ("2 million won", "KRW")
    assert only("북한 돈으로 50만 원을 받았다.", "ko").money.currency == "KPW"


def test_north_korea_alone_does_not_make_won_kpw() -> None:
    assert only("To leave North Korea she paid a broker 20 million won.").money.currency == "KRW"


def test_won_the_verb() -> None:
    check("She won 5,000 dollars in a contest.", "5,000 dollars", 5000, "USD", False, None)
    assert find_money("In 2019 won the award.") == []
    assert find_money("The class of 1998 won the cup.") == []
    assert find_money("No one won anything.") == []


# ---------------------------------------------------------------------------- numbers and non-money


def test_thousands_separators_and_the_european_decimal_choice() -> None:
    assert only("It was 2,000 won.").money.value == 2000
    assert only("It was 2.000 won.").money.value == 2000  # one dot group, no scale: thousands
    assert only("It was 2.000.000 won.").money.value == 2_000_000
    assert only("It was $8.50.").money.value == 8.5
    assert only("It was 1.125 million dollars.").money.value == 1_125_000  # with a scale: a decimal
    assert find_money("It was 2,5 million euros.") == []  # decimal comma is not English
    assert only("It was 1 500 euros.").money.value == 1500  # space as thousands separator, never "500 euros"
    de = find_money("Er zahlte 30.000 € und 2,5 Mio. Euro.", "de")
    assert [(m.text, m.money.value) for m in de] == [("30.000 €", 30000)]
    assert only("Sie zahlte 1.234,50 €.", "de").money.value == 1234.5


def test_numbers_without_currency_are_not_money() -> None:
    assert find_money("There were almost 30,000 people.") == []
    assert find_money("It happened in 2019.") == []
    assert find_money("The sack weighed 200 pounds of rice.") == []
    assert find_money("They paid NT$5,000.") == []  # unknown dollar prefix: not guessed as USD


def test_dollar_sign_with_trailing_million() -> None:
    check("The fund held $3 million by then.", "$3 million", 3_000_000, "USD", False, None)
    check("The fund held $1.2 billion by then.", "$1.2 billion", 1_200_000_000, "USD", False, None)


def test_several_amounts_in_order_with_exact_offsets() -> None:
    text = "In 2019 he paid $8,000, then about 2천만 원, and finally 30,000 euros."
    got = [(m.start, m.end, m.text) for m in find_money(text)]
    assert got == [(16, 22, "$8,000"), (29, 40, "about 2천만 원"), (54, 66, "30,000 euros")]
    assert all(text[s:e] == t for s, e, t in got)


def test_amounts_in_demands_are_found_as_amounts_only() -> None:
    check("If you give me 20 million won, I will let you go.", "20 million won", 20_000_000, "KRW", False, None)


# ---------------------------------------------------------------------------- conversion to EUR


def test_usd_is_converted_at_the_event_date(converter: CurrencyConverter) -> None:
    expected = round(converter.convert(8000, "USD", "EUR", date=JUNE_15), 2)
    assert to_eur(8000, "USD", JUNE_15) == expected
    assert find_money("He paid $8,000.", at=JUNE_15)[0].money.value_eur == expected


def test_krw_is_converted(converter: CurrencyConverter) -> None:
    expected = round(converter.convert(20_000_000, "KRW", "EUR", date=JUNE_15), 2)
    assert find_money("2천만 원", "ko", at=JUNE_15)[0].money.value_eur == expected


def test_rates_loaded_one_currency_at_a_time_are_the_full_tables(converter: CurrencyConverter) -> None:
    """tumen loads only the asked currency's column (tumen.extract.rates): the same rates, interpolation and
    fallbacks as the whole table, on weekdays, weekends, holidays and outside the table."""
    from datetime import timedelta

    from tumen.extract import rates

    assert rates.currencies() == converter.currencies - {"EUR"}
    days = [date(1999, 1, 1), date(2001, 12, 25), date(2008, 10, 11), JUNE_15, date(2030, 1, 1)]
    days += [JUNE_15 + timedelta(days=n) for n in range(1, 9)]
    for code in sorted(converter.currencies - {"EUR"}):
        one = rates.converter(code)
        if one is None:  # a column without a single rate
            assert not converter._rates.get(code), code
            continue
        assert one.bounds[code] == converter.bounds[code], code
        for day in days:
            expected = converter.convert(1000, code, "EUR", date=day)
            assert one.convert(1000, code, "EUR", date=day) == expected, (code, day)
    assert rates.converter("XYZ") is None


def test_eur_is_identity_and_rounded() -> None:
    assert to_eur(30000, "EUR", JUNE_15) == 30000
    assert to_eur(10.0049, "EUR", None) == 10.0


def test_currencies_without_rates_give_none_never_an_error() -> None:
    assert to_eur(100_000, "KPW", JUNE_15) is None
    assert to_eur(100, "XYZ", JUNE_15) is None
    assert to_eur(100, "", None) is None


def test_weekend_date(converter: CurrencyConverter) -> None:
    saturday = date(2022, 6, 18)
    assert to_eur(8000, "USD", saturday) == round(converter.convert(8000, "USD", "EUR", date=saturday), 2)


def test_dates_outside_the_data_are_clamped(converter: CurrencyConverter) -> None:
    first, last = converter.bounds["USD"]
    assert to_eur(8000, "USD", date(1990, 1, 1)) == round(converter.convert(8000, "USD", "EUR", date=first), 2)
    assert to_eur(8000, "USD", date(2100, 1, 1)) == round(converter.convert(8000, "USD", "EUR", date=last), 2)


def test_no_date_uses_the_latest_rate(converter: CurrencyConverter) -> None:
    last = converter.bounds["USD"].last_date
    assert to_eur(8000, "usd", None) == round(converter.convert(8000, "USD", "EUR", date=last), 2)


# ---------------------------------------------------------------------------- any amount, any currency word

WORDS = {
    "dollars": "USD",
    "US dollars": "USD",
    "USD": "USD",
    "euros": "EUR",
    "EUR": "EUR",
    "won": "KRW",
    "North Korean won": "KPW",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "pounds": "GBP",
    "Swiss francs": "CHF",
}


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12), word=st.sampled_from(sorted(WORDS)))
def test_any_integer_with_a_currency_word(n: int, word: str) -> None:
    sentence = f"It cost {n:,} {word}."
    mentions = find_money(sentence)
    assert len(mentions) == 1
    m = mentions[0]
    assert (m.text, m.start, m.money.value, m.money.currency) == (f"{n:,} {word}", 8, n, WORDS[word])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,. -\n$€₩£약억만천원여 wonabout dollarsmillion")), max_size=80))
def test_any_text_gives_exact_ordered_non_overlapping_spans(text: str) -> None:
    mentions = find_money(text) + find_money(text, "ko")
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.text.strip() == m.text and m.money.value >= 0
    for language in ("en", "de"):
        spans = [(m.start, m.end) for m in find_money(text, language)]
        assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_every_currency_in_the_data_file_is_found_by_its_code(converter: CurrencyConverter) -> None:
    raw = yaml.safe_load(resources.files("tumen").joinpath("data/currencies.yaml").read_text(encoding="utf-8"))
    for code in raw["currencies"]:
        m = only(f"The sum was {code} 1,000.")
        assert (m.text, m.money.currency, m.money.value) == (f"{code} 1,000", code, 1000)
        assert (m.money.value_eur is None) == (code not in converter.currencies)
    assert set(raw["no_ecb_rate"]).isdisjoint(converter.currencies)
