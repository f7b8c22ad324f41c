"""Korean stories on invented texts: names the morphological analyser finds, persons known only by kinship,
age or role, story time and the date of a telling, modality (attempted, failed, demanded), generic
statements, several events in one sentence, organisations introduced by a noun (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date

from tumen.extract.korean import extract_korean
from tumen.extract.korean.morph import available
from tumen.extract.types import Entity, Event, Extraction

ANCHOR = date(2023, 6, 20)


def extract(text: str, anchor: date | None = ANCHOR) -> Extraction:
    return extract_korean(text, None, anchor)


def events_of(result: Extraction, event_type: str) -> list[Event]:
    return [e for e in result.events if e.type == event_type]


def only(result: Extraction, event_type: str) -> Event:
    found = events_of(result, event_type)
    assert len(found) == 1, [(e.type, e.trigger.text) for e in result.events]
    return found[0]


def described(result: Extraction, descriptor: str) -> Entity:
    return next(e for e in result.entities if e.kind == "person" and e.descriptor == descriptor)


def who(result: Extraction, event: Event) -> set[str]:
    return {result.entity(p.entity).name or result.entity(p.entity).descriptor or "?" for p in event.participants}


# --- names without an honorific (the morphological analyser) -------------------------------------------------


def test_the_analyser_is_installed() -> None:
    assert available()


def test_a_name_said_without_an_honorific_is_a_person() -> None:
    result = extract("탈북 방송인 한바다가 딸을 잃은 사연을 털어놨다. 한바다는 2006년 두만강을 건넜다고 말했다.")
    person = next(e for e in result.entities if e.name == "한바다")
    assert person.kind == "person" and len(person.mentions) == 2
    crossing = only(result, "border_crossing")
    assert who(result, crossing) == {"한바다"}


def test_an_institution_is_no_name() -> None:
    result = extract("유엔사는 이날 북한군 병사가 귀순했다고 밝혔다. 반역죄로 처벌됐다. 인민위는 이를 부인했다.")
    assert not [e for e in result.entities if e.kind == "person" and e.name]


# --- persons known only by kinship, age or role --------------------------------------------------------------


def test_a_couple_is_a_husband_and_a_wife_who_take_part_together() -> None:
    result = extract("40대 부부는 지난해 3월 국경을 넘으려다 발각돼 체포됐다.")
    husband, wife = described(result, "husband"), described(result, "wife")
    assert (husband.gender, wife.gender) == ("male", "female")
    assert any(r.type == "spouse_of" and {r.subject, r.object} == {husband.id, wife.id} for r in result.relations)
    assert husband.birth is not None and husband.birth.earliest.year == 1973 and husband.birth.latest.year == 1983
    assert who(result, only(result, "arrest")) == {"husband", "wife"}
    assert [m.text for m in husband.mentions] == ["40대 부부"]


def test_relatives_of_no_one_named_are_persons_of_the_story() -> None:
    text = (
        "부부는 15살 조카와 함께 국경을 넘으려다 체포됐다. 조카는 이미 남한으로 탈북한 남동생의 아들(15세)이다. "
        "이들 부부와 학생은 이모와 조카 사이다."
    )
    result = extract(text)
    nephew = described(result, "nephew or niece")
    assert "15살 조카" in [m.text for m in nephew.mentions]
    assert nephew.birth is not None and nephew.birth.latest.year == 2008
    assert "nephew or niece" in who(result, events_of(result, "arrest")[0])
    son, brother = described(result, "son"), described(result, "brother")
    assert any(r.type == "parent_of" and (r.subject, r.object) == (brother.id, son.id) for r in result.relations)
    aunt = described(result, "aunt")
    assert any({r.subject, r.object} == {aunt.id, nephew.id} for r in result.relations)


def test_a_relative_of_someone_named_stays_their_relative() -> None:
    result = extract("한바다 씨는 지난해 아들과 함께 체포됐다.")
    son = next(e for e in result.entities if e.descriptor == "son")
    assert son.anchor is not None and result.entity(son.anchor[1]).name == "한바다"


def test_a_parent_who_takes_part_says_nothing_of_the_persons_gender() -> None:
    result = extract("한바다는 군인이었던 아버지를 따라 입대했다. 한바다는 딸과 함께 2006년 체포됐다.")
    assert next(e for e in result.entities if e.name == "한바다").gender is None


def test_an_age_that_opens_a_quotation_is_not_the_named_persons() -> None:
    result = extract('방송인 한바다 "3살 딸, 눈앞에서 잃어"\n한바다는 딸을 잃었다고 말했다.')
    assert next(e for e in result.entities if e.name == "한바다").birth is None


# --- time: story time and the date of a telling --------------------------------------------------------------


def test_an_undated_event_takes_the_date_the_story_told_last() -> None:
    result = extract("한바다 씨는 2019년 3월 두만강을 건넜다. 그는 옌지에서 공안에 체포됐다.")
    arrest = only(result, "arrest")
    assert arrest.time is not None and (arrest.time.earliest, arrest.time.latest) == (
        date(2019, 3, 1),
        date(2019, 3, 31),
    )
    assert arrest.time_basis == "inherited"
    assert arrest.time_evidence is not None and arrest.time_evidence.text == "2019년 3월"
    assert only(result, "border_crossing").time_basis == "stated"


def test_a_present_statement_gives_no_story_time() -> None:
    result = extract("한국의 겨울은 북한의 6월 날씨다. 한바다 씨는 강을 건너 중국 땅을 밟았다.")
    assert only(result, "border_crossing").time is None


def test_the_date_of_a_telling_is_not_the_events() -> None:
    result = extract("지난 5일(현지 시간) 미국 매체 푸른소리는 40대 부부가 체포됐다고 보도했다.")
    assert only(result, "arrest").time is None
    result = extract('한 주민소식통은 16일 "이달 초 40대 부부가 체포됐다"고 전했다.')
    arrest = only(result, "arrest")
    assert arrest.time is not None and arrest.time.earliest == date(2023, 6, 1) and arrest.time.latest.day < 16


def test_the_date_of_a_broadcast_is_not_the_storys() -> None:
    result = extract("지난 5일 방송된 한 프로그램에 한바다가 출연했다. 한바다는 탈북 중에 딸을 잃었다고 털어놨다.")
    assert only(result, "family_separation").time is None


# --- modality ------------------------------------------------------------------------------------------------


def test_attempts_are_kept_with_their_modality() -> None:
    result = extract("한바다 씨는 2006년 탈북을 시도했다.")
    assert only(result, "border_crossing").modality == "attempted"
    result = extract("한바다 씨는 2006년 국경을 넘으려다 발각돼 체포됐다.")
    assert only(result, "border_crossing").modality == "failed"
    assert only(result, "arrest").modality == "asserted"


def test_a_demanded_price_is_kept_with_its_amount_and_the_asker_is_paid() -> None:
    result = extract("브로커 한바다 씨는 아들을 데려오는 비용으로 300만원을 요구했다.")
    payment = only(result, "payment")
    assert payment.modality == "demanded"
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (3_000_000, "KRW")
    assert [(result.entity(p.entity).name, p.role) for p in payment.participants] == [("한바다", "recipient")]


def test_negated_and_unreal_events_are_kept_with_their_modality() -> None:
    assert [e.modality for e in extract("한바다 씨는 지난해 체포되지 않았다.").events] == ["negated"]
    assert [e.modality for e in extract("한바다 씨가 북송돼선 안 된다.").events] == ["hypothetical"]
    assert [e.modality for e in extract("한바다 씨는 체포되면 북송된다.").events][:1] == ["hypothetical"]


def test_a_sale_carries_its_price() -> None:
    result = extract("한바다 씨의 딸은 중국 돈 3000위안에 팔려 갔다.")
    sale = only(result, "trafficking")
    assert sale.amount is not None and (sale.amount.value, sale.amount.currency) == (3000, "CNY")
    assert who(result, sale) == {"daughter"}


# --- generic statements and specific events ------------------------------------------------------------------


def test_a_kind_of_case_is_no_event() -> None:
    assert not extract("한바다 씨는 2020년 탈출을 시도한 자체가 위험한 행위였다고 말했다.").events
    assert not extract("남한행을 전제로 탈북한 경우라 처벌을 피하기 어려웠다.").events
    assert not extract("비상 시기에 탈북을 시도하는 자는 엄벌한다.").events


def test_an_event_of_no_one_with_no_time_or_place_is_no_event() -> None:
    assert not extract("굶주림 못 참고 탈북하다 발각돼").events


# --- several events in one sentence --------------------------------------------------------------------------


def test_several_events_in_one_sentence_share_their_subject_and_time() -> None:
    result = extract("40대 부부는 2021년 5월 발각돼 체포됐고 고문을 받은 뒤 총살됐다.")
    for event_type in ("arrest", "torture", "execution"):
        event = only(result, event_type)
        assert who(result, event) == {"husband", "wife"}, event_type
        assert event.time is not None and event.time.earliest == date(2021, 5, 1), event_type


def test_a_family_left_behind_is_a_separation() -> None:
    result = extract("한바다 씨는 2010년 아들을 남겨두고 탈북했다.")
    assert who(result, only(result, "family_separation")) == {"son", "한바다"}  # both parted (test_korean_family)


# --- organisations -------------------------------------------------------------------------------------------


def test_an_outlet_introduced_by_a_noun_and_agencies_by_their_ending() -> None:
    result = extract("미국 매체 푸른소리는 부부가 국경경비대에 체포된 뒤 도보위부에서 고문을 받았다고 보도했다.")
    organizations = {e.name for e in result.entities if e.kind == "organization"}
    assert {"푸른소리", "국경경비대", "도보위부"} <= organizations
    arrest = only(result, "arrest")
    assert arrest.evidence[0].witness == next(e.id for e in result.entities if e.name == "푸른소리")


def test_persons_listed_after_an_adnominal_trigger_all_take_part() -> None:
    result = extract("지난해 국경을 넘으려다 체포된 주민은 40대 부부와 10대의 미성년 학생이었다.")
    assert who(result, only(result, "arrest")) == {"husband", "wife", "minor"}


def test_these_days_is_no_date() -> None:
    assert only(extract("요즘처럼 경비가 삼엄한 때 한바다 씨가 체포됐다."), "arrest").time is None


def test_an_age_at_the_event_dates_it_rather_than_the_story() -> None:
    result = extract("한바다 씨는 2022년 6월 입국했다. 그는 열아홉 살 때 구타를 당했다고 말했다.")
    beating = only(result, "ill_treatment")
    assert beating.time is None and beating.attributes["victim_age"] == 19


def test_an_event_of_no_one_takes_no_story_time() -> None:
    result = extract("한바다 씨는 2019년 3월 두만강을 건넜다. 귀순한 사례가 알려졌다.")
    assert [e.type for e in result.events] == ["border_crossing"]
