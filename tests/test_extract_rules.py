"""Extraction rules on sentences written for these tests (English and Korean)."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.names import parse
from tumen.extract.types import Entity, Event, Extraction


def run(text: str, published: date = date(2023, 11, 2), language: str = "en", outlet: str | None = None) -> Extraction:
    return extract(Source(text, 1, language, published, outlet))


def person(x: Extraction, name: str) -> Entity:
    for entity in x.of_kind("person"):
        if entity.name == name or name in entity.aliases:
            return entity
    raise AssertionError(f"no person {name!r} in {[e.label for e in x.of_kind('person')]}")


def events(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant", ["Lee So-yeon", "Yi Soyeon", "Rhee So Yeon", "So-yeon Lee", "LEE So-yeon", "이소연"]
)
def test_romanisation_and_script_variants_share_a_name_key(variant: str) -> None:
    assert parse("Lee So-yeon").compatible(parse(variant.title() if variant.isupper() else variant)) or (
        variant == "이소연" and parse(variant).surname_key & parse("Lee So-yeon").surname_key
    )


def test_same_surname_different_given_names_are_different_people() -> None:
    assert not parse("Lee So-yeon").compatible(parse("Lee Seung-eun"))
    assert parse("Park Jin-ho").compatible(parse("Pak Jinho"))
    assert parse("Choi Min-su").compatible(parse("Choe Min-su"))
    assert parse("Kang").compatible(parse("Gang Mi-rae"))


# --- the example ----------------------------------------------------------------------


def test_a_given_name_written_apart_may_have_a_six_letter_syllable() -> None:
    """ "Kim Si Gyeong": Gyeong (경) is one syllable; the surname is Kim, not Gyeong."""
    name = parse("Kim Si Gyeong")
    assert name.surname == "Kim" and name.given == "Si Gyeong"
    assert name.compatible(parse("Kim Si-gyeong"))


def test_hearsay_about_an_unnamed_son_beaten_after_repatriation() -> None:
    text = (
        "Lee Hwa-sun, 48, fled North Korea in 2008. Her son stayed behind. "
        "In December 2019 he was caught in China and sent back. "
        "Through intermediaries, Lee heard that after being returned to North Korea, "
        "the then 17-year-old boy was brutally beaten."
    )
    x = run(text, published=date(2023, 5, 10))
    mother = person(x, "Lee Hwa-sun")
    son = next(e for e in x.of_kind("person") if e.anchor == ("child_of", mother.id))
    assert mother.gender == "female" and son.gender == "male"
    assert son.birth is not None and son.birth.earliest.year >= 2001 and son.birth.latest.year <= 2002
    beating = events(x, "ill_treatment")
    assert beating and any(p.entity == son.id and p.role == "victim" for p in beating[0].participants)
    assert beating[0].evidence[0].witness == mother.id
    assert beating[0].evidence[0].hearsay and beating[0].attributes.get("hearsay")
    repatriation = events(x, "forced_repatriation")
    assert any(p.entity == son.id for e in repatriation for p in e.participants)
    assert any(e.time and e.time.earliest == date(2019, 12, 1) for e in repatriation)
    quote = beating[0].evidence[0]
    assert text[quote.start : quote.end].strip() == quote.quote


# --- modality ---------------------------------------------------------------------------------


def test_a_demand_is_not_a_payment_but_a_payment_is() -> None:
    x = run(
        "Last year Kang Mi-rae paid a broker 8,000 US dollars. Then another broker called her. "
        '"If you give me 20 million won, I\'ll bring your son back," he said.'
    )
    payments = [e for e in events(x, "payment") if e.modality == "asserted"]
    assert [e.modality for e in events(x, "payment")].count("demanded") == 1  # kept, as demanded (Modality)
    assert len(payments) == 1
    amount = payments[0].amount
    assert amount is not None and (amount.value, amount.currency) == (8000, "USD")
    assert amount.value_eur is not None and 5000 < amount.value_eur < 9000
    assert payments[0].time is not None and payments[0].time.earliest == date(2022, 1, 1)
    assert {a.money.currency for a in x.amounts} == {"USD", "KRW"}  # the demanded amount is still found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim Chol-su did not intend to defect.",
        "Kim Chol-su never crossed the border.",
        "Kim Chol-su planned to cross the Tumen River in May.",
        "Activists fear Kim Chol-su will be sent back to North Korea.",
        "Rights groups called for the release of Kim Chol-su.",
        "Kim Chol-su faces the risk of torture.",
    ],
)
def test_negated_planned_feared_and_demanded_things_are_not_events(sentence: str) -> None:
    x = run(sentence)
    asserted = [e for e in x.events if e.modality == "asserted"]  # kept with their modality, never asserted
    assert not any(p.entity == person(x, "Kim Chol-su").id for e in asserted for p in e.participants), x.events


@pytest.mark.parametrize(
    ("sentence", "kind", "whom"),
    [
        ("On 6 July 2020, relatives of Kim Chol-su marched through Hyesan seeking the arrest of Pak Yong-ho.",
         "arrest", "Pak Yong-ho"),
        ("Kim Chol-su sought the release of his brother Kim Yong-nam.", "release", "Kim Yong-nam"),
        ("Lawyers for Kim Chol-su are pursuing the release of Kim Yong-nam.", "release", "Kim Yong-nam"),
    ],
)  # fmt: skip
def test_an_event_noun_sought_is_demanded_not_done(sentence: str, kind: str, whom: str) -> None:
    x = run(sentence)
    found = [e for e in events(x, kind) if any(p.entity == person(x, whom).id for p in e.participants)]
    assert found and all(e.modality == "demanded" for e in found), x.events


def test_an_attempt_is_an_event_marked_as_an_attempt() -> None:
    x = run("In March 2019 Kim Chol-su tried to cross the Tumen River.")
    crossing = events(x, "border_crossing")
    assert crossing and crossing[0].attributes.get("attempt") is True
    assert crossing[0].time is not None and crossing[0].time.earliest == date(2019, 3, 1)


def test_failure_is_recorded_as_unsuccessful() -> None:
    x = run("Kim Chol-su failed to cross the border in 2015.")
    crossing = events(x, "border_crossing")
    assert crossing and crossing[0].attributes.get("success") is False


# --- roles, places, witnesses -------------------------------------------------------------------


def test_passive_arrest_has_victim_perpetrator_place_and_time() -> None:
    x = run("Choi Min-su was arrested by the Ministry of State Security in Chongjin in May 2016.")
    arrest = events(x, "arrest")[0]
    roles = {x.entity(p.entity).label: p.role for p in arrest.participants}
    assert roles.get("Choi Min-su") == "victim"
    assert roles.get("Ministry of State Security") == "perpetrator"
    assert arrest.place is not None and x.entity(arrest.place).name == "Chongjin"
    assert arrest.time is not None and (arrest.time.earliest, arrest.time.latest) == (
        date(2016, 5, 1),
        date(2016, 5, 31),
    )


def test_quoted_speech_and_according_to_name_the_witness() -> None:
    x = run(
        'Park Jin-ho was arrested in Dandong in 2015. "They beat him every day," said Lee So-yeon. '
        "According to the Morning Star Mission, he was released in 2017."
    )
    beating = events(x, "ill_treatment")[0]
    assert x.entity(beating.evidence[0].witness or "").name == "Lee So-yeon"
    release = events(x, "release")[0]
    assert x.entity(release.evidence[0].witness or "").name == "Morning Star Mission"
    arrest = events(x, "arrest")[0]
    assert arrest.evidence[0].witness is None  # the outlet's own narration


def test_titles_and_membership() -> None:
    x = run("Pastor Park Jin-ho of the Morning Star Mission was detained in Dandong in 2015. Mr Park denies it.")
    park = person(x, "Park Jin-ho")
    assert "Pastor" in park.titles and park.gender == "male"
    assert len(x.of_kind("person")) == 1  # "Mr Park" is the same person


# --- gender by weight of evidence ----------------------------------------------------------------


def test_one_wrong_pronoun_does_not_make_a_mother_a_man() -> None:
    x = run(
        "Ms Gang Mirae says her son was sent back in October. She cried when she told us. "
        "He said that the broker had lied. Gang, a mother of two, keeps waiting."
    )
    assert person(x, "Gang Mirae").gender == "female"


# --- time and ages ---------------------------------------------------------------------------


def test_relative_dates_are_anchored_on_publication() -> None:
    x = run("Kang Mi-rae crossed the Tumen River twelve years ago.", published=date(2023, 11, 2))
    crossing = events(x, "border_crossing")[0]
    assert crossing.time is not None and crossing.time.earliest == date(2011, 1, 1)


def test_age_beside_a_name_gives_a_birth_interval_at_publication() -> None:
    x = run("Kang Mi-rae, 48, lives in Seoul.", published=date(2023, 11, 2))
    birth = person(x, "Kang Mi-rae").birth
    assert birth is not None and (birth.earliest, birth.latest) == (date(1974, 11, 3), date(1975, 11, 2))


# --- Korean ---------------------------------------------------------------------------------


def test_korean_persons_dates_amounts_and_events() -> None:
    text = "강미래(48) 씨는 아들이 2023년 10월 중국 선양에서 체포된 뒤 북송됐다고 말했다. 브로커는 2천만 원을 요구했다."
    x = run(text, published=date(2023, 11, 5), language="ko")
    kang = person(x, "강미래")
    assert kang.birth is not None and kang.birth.earliest.year == 1974
    assert any(t.interval and t.interval.earliest == date(2023, 10, 1) for t in x.times)
    assert any(a.money.value == 20_000_000 and a.money.currency == "KRW" for a in x.amounts)
    assert {"arrest", "forced_repatriation"} <= {e.type for e in x.events}
    assert all(e.modality == "demanded" for e in events(x, "payment"))  # asked, not paid
    assert any(e.name == "선양" for e in x.of_kind("place"))


def test_korean_defector_noun_is_not_a_crossing() -> None:
    x = run("탈북민 단체는 기자회견을 열었다.", language="ko")
    assert not events(x, "border_crossing")


# --- the extraction record --------------------------------------------------------------------


def test_extraction_round_trips_through_json() -> None:
    x = run("Kang Mi-rae, 48, says her son Ri Chol-jin was arrested in Shenyang last month and paid $8,000.")
    again = Extraction.from_json(x.to_json())
    assert again.to_json() == x.to_json()
    assert again.events == x.events and again.entities == x.entities


def test_every_offset_points_at_its_text() -> None:
    text = "Kang Mi-rae, 48, says her son, Ri Chol-jin, was arrested by Chinese police in Shenyang last month."
    x = run(text)
    for entity in x.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for event in x.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        for evidence in event.evidence:
            assert text[evidence.start : evidence.end].strip() == evidence.quote
    for time in x.times:
        assert text[time.start : time.end] == time.text
