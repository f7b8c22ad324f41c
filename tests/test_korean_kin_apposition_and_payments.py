"""Korean: a kinship word and a name after a possessive pronoun ("그녀의 딸 오수빈 씨": her daughter, named), the
bare kinship word later (that daughter again, not her daughter's daughter), and a sum given to someone (에게) as a
payment to them (docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Event, Extraction

STORY = (
    "한가람(52)씨는 2016년 압록강을 건너 탈북했다. 그녀의 딸 오수빈(20)씨는 2018년 중국 공안에 체포됐다. "
    "딸은 교화소에서 2년형을 선고받았다. 한씨는 브로커한테 300만원을 줬다고 말했다."
)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 22)))


def named(x: Extraction, name: str) -> Entity:
    return next(e for e in x.entities if e.name == name)


def only(x: Extraction, kind: str) -> Event:
    [event] = [e for e in x.events if e.type == kind]
    return event


def test_a_kinship_word_and_name_after_a_possessive_pronoun_is_that_relative_of_the_subject() -> None:
    x = run(STORY)
    mother, daughter = named(x, "한가람"), named(x, "오수빈")
    assert daughter.anchor == ("child_of", mother.id)
    assert any(r.type == "parent_of" and (r.subject, r.object) == (mother.id, daughter.id) for r in x.relations)


def test_the_bare_kinship_word_later_is_the_named_relative_not_a_relative_of_theirs() -> None:
    x = run(STORY)
    daughter = named(x, "오수빈")
    assert [(p.entity, p.role) for p in only(x, "sentencing").participants] == [(daughter.id, "victim")]
    assert [e for e in x.entities if e.kind == "person" and e.name is None and e.anchor is not None] == []


def test_a_sum_given_to_a_broker_is_a_payment_to_an_unnamed_broker() -> None:
    x = run(STORY)
    payment = only(x, "payment")
    broker = next(e for e in x.entities if e.kind == "person" and e.descriptor == "broker")
    assert [(p.entity, p.role) for p in payment.participants] == [
        (named(x, "한가람").id, "payer"),
        (broker.id, "recipient"),
    ]
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (3_000_000, "KRW")


def test_a_sum_given_to_a_named_person_pays_that_person() -> None:
    x = run("윤다솜 씨는 2019년 국경 경비대원 차민규 씨에게 2천 위안을 냈다.")
    payment = only(x, "payment")
    assert [(p.entity, p.role) for p in payment.participants] == [
        (named(x, "윤다솜").id, "payer"),
        (named(x, "차민규").id, "recipient"),
    ]
    assert payment.amount is not None and payment.amount.currency == "CNY"


def test_a_wifes_bare_husband_is_the_named_husband() -> None:
    x = run("류정호 목사는 2015년 탈북했다. 류 목사의 부인 남보라 씨는 2017년 체포됐다. 남편은 2018년 체포됐다.")
    later = [e for e in x.events if e.type == "arrest" and e.time is not None and e.time.earliest.year == 2018]
    assert [(p.entity, p.role) for p in later[0].participants] == [(named(x, "류정호").id, "victim")]
    assert named(x, "남보라").anchor == ("spouse_of", named(x, "류정호").id)


def test_a_price_a_broker_asks_is_to_be_paid_to_the_broker() -> None:
    x = run("윤다솜 씨는 2019년 탈북했다. 브로커는 윤씨에게 800만원을 요구했다.")
    payment = only(x, "payment")
    broker = next(e for e in x.entities if e.kind == "person" and e.descriptor == "broker")
    assert payment.modality == "demanded"
    assert [(p.entity, p.role) for p in payment.participants] == [
        (named(x, "윤다솜").id, "payer"),
        (broker.id, "recipient"),
    ]
