"""A threat told by a negative condition ("if … not", "unless") demands what its condition names and threatens its
consequence, as one told by "or (else)" does (docs/extraction.md, "Modality"); money paid "for" people who take money
or for an organisation is paid to them (docs/extraction.md, "Paid \"for\" those who take money"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str, language: str = "en") -> Extraction:
    return extract(Source(text, 1, language, date(2020, 6, 1)))


def of_type(x: Extraction, kind: str) -> Event:
    [event] = [e for e in x.events if e.type == kind]
    return event


def roles(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(x.entity(p.entity).name or x.entity(p.entity).descriptor or "", p.role) for p in event.participants}


# -- 1. the condition of a threat is demanded, its consequence threatened --------------------------------------
def test_a_negated_if_condition_demands_the_payment_and_keeps_its_amount() -> None:
    x = run("'If you don't pay 500 dollars, they will beat her,' the broker told Ana Berg.")
    payment = of_type(x, "payment")
    assert payment.modality == "demanded"  # before: negated
    assert payment.amount is not None and payment.amount.value == 500
    assert ("Ana Berg", "payer") in roles(x, payment)
    assert of_type(x, "ill_treatment").modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "'Unless you pay, your son stays in the camp,' the broker told Ana Berg.",  # before: hypothetical
        "'They will beat her if you do not pay 500 dollars,' the broker told Ana Berg.",  # before: negated
        "Ana Berg said that if she did not pay, the guards would beat her.",  # a threat reported: before negated
        "Ana Ruiz fled Tarvik in 2015. Karl Vos phoned her and said: 'Unless you pay, your son will be sent back.'",
    ],
)
def test_a_negative_condition_of_a_threat_is_demanded(text: str) -> None:
    assert of_type(run(text), "payment").modality == "demanded"


@pytest.mark.parametrize(
    "text",
    [
        "If Ana Berg had not paid the broker 500 dollars, the guards would have killed her.",
        "If Ana Berg did not pay, the guards beat her.",
        "Ana Berg did not pay the broker.",
    ],
)
def test_a_condition_of_what_did_not_happen_or_of_a_habit_demands_nothing(text: str) -> None:
    assert all(e.modality != "demanded" for e in run(text).events)


def test_a_korean_negative_condition_demands_the_sum() -> None:
    x = run('브로커는 한바다 씨에게 "500만원을 주지 않으면 아들을 때리겠다"고 말했다.', "ko")
    payment = of_type(x, "payment")  # before: no payment at all
    assert payment.modality == "demanded"
    assert payment.amount is not None and payment.amount.value == 5_000_000
    assert ("한바다", "payer") in roles(x, payment)


# -- 2. paid "for" people who take money: paid to them ----------------------------------------------------------
@pytest.mark.parametrize(("phrase", "payee"), [("the guards", "guards"), ("the police", "police")])
def test_a_demanded_payment_for_people_who_take_money_is_theirs_not_the_speakers(phrase: str, payee: str) -> None:
    x = run(f"Ana Ruiz fled Tarvik in 2015. Karl Vos phoned her and said: 'Pay 300 dollars for {phrase}.'")
    found = roles(x, of_type(x, "payment"))
    assert (payee, "recipient") in found  # before: Karl Vos, the speaker
    assert ("Karl Vos", "recipient") not in found


@pytest.mark.parametrize(
    ("text", "payee"),
    [
        ("Ana Berg paid 2,000 dollars for the border guards.", "border guards"),
        ("Ana Berg paid 300 dollars for the Border Security Bureau.", "Border Security Bureau"),
        ("'Pay 300 dollars for the guards,' the broker told Ana Berg.", "guards"),
    ],
)
def test_money_paid_for_people_who_take_money_or_an_organisation_is_paid_to_them(text: str, payee: str) -> None:
    x = run(text)
    assert (payee, "recipient") in roles(x, of_type(x, "payment"))  # before: no recipient


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg paid 300 dollars for the journey.",
        "Ana Berg paid 300 dollars for a bed.",
        "Ana Berg paid 300 dollars for her son.",
        "Ana Berg paid 300 dollars for Karl Vos.",
    ],
)
def test_what_money_buys_or_whom_it_is_paid_for_is_no_payee(text: str) -> None:
    x = run(text)
    assert roles(x, of_type(x, "payment")) == {("Ana Berg", "payer")}


def test_a_purpose_keeps_the_speaker_paid() -> None:
    x = run("Ana Ruiz fled Tarvik in 2015. Karl Vos phoned her and said: 'Pay 300 dollars for the journey.'")
    assert ("Karl Vos", "recipient") in roles(x, of_type(x, "payment"))


@pytest.mark.parametrize(
    ("text", "payee"),
    [
        ("Ana Berg paid the broker 300 dollars for the guards.", "broker"),  # the one handed the money
        ("The broker demanded 300 dollars for the guards.", "broker"),  # the asker
    ],
)
def test_a_payee_named_otherwise_is_kept(text: str, payee: str) -> None:
    x = run(text)
    found = {name for name, role in roles(x, of_type(x, "payment")) if role == "recipient"}
    assert found == {payee}


# -- 3. a negative condition is demanded only when it is asked of someone ----------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If the guards do not torture him, he will not confess, the officer said.", "torture"),  # a reason
        ("Unless Karl Vos is arrested, he will kill again.", "arrest"),  # a prediction
        ("Doctors warned that if Ana Berg is not released, she will die.", "release"),  # a fear
    ],
)
def test_a_negative_condition_asked_of_no_one_demands_nothing(text: str, kind: str) -> None:
    assert of_type(run(text), kind).modality != "demanded"  # before: demanded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If Ivo Lesk is not released, we will go on hunger strike, the lawyers said.", "release"),  # we threaten
        ("If Ana Berg does not pay 500 dollars, the guards will beat her son.", "payment"),  # a payment asked
    ],
)
def test_a_negative_condition_the_speakers_side_threatens_on_or_a_payment_is_demanded(text: str, kind: str) -> None:
    assert of_type(run(text), kind).modality == "demanded"


def test_a_present_perfect_condition_is_a_deadline_and_demands_the_payment() -> None:
    x = run("If you have not paid by Monday, we will kill your son, the broker told Ana Berg.")
    assert of_type(x, "payment").modality == "demanded"  # before: negated
    assert of_type(x, "killing").modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        '한바다 씨는 "직원을 보내지 않으면 회의를 취소하겠다"고 말했다.',  # staff sent: 직원 ends in 원
        '한바다 씨는 "인원을 보내지 않으면 회의를 취소하겠다"고 말했다.',
        '한바다 씨는 "사원을 주지 않으면 회의를 취소하겠다"고 말했다.',  # 사 (four) with no unit
    ],
)
def test_a_korean_noun_ending_in_won_is_no_sum(text: str) -> None:
    assert all(e.type != "payment" for e in run(text, "ko").events)  # before: a demanded payment


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ('브로커는 한바다 씨에게 "오백만 원을 내지 않으면 아들을 때리겠다"고 말했다.', 5_000_000),
        ('브로커는 한바다 씨에게 "3천 위안을 보내지 않으면 아들을 때리겠다"고 말했다.', 3000),
        ('브로커는 한바다 씨에게 "돈을 내지 않으면 아들을 때리겠다"고 말했다.', None),
        ('브로커는 한바다 씨에게 "500만원을 보내지 않으면 아들을 때리겠다"고 말했다.', 5_000_000),
    ],
)
def test_a_korean_sum_or_money_not_paid_is_still_demanded(text: str, amount: int | None) -> None:
    payment = of_type(run(text, "ko"), "payment")
    assert payment.modality == "demanded"
    assert (payment.amount.value if payment.amount else None) == amount
