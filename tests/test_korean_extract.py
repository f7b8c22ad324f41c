"""Korean extraction by rule (tumen.extract.korean) on invented Korean texts: counts, places, times, clock
times, ages, corrections, relatives, back-references, unnamed persons and organisations as sources."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.korean import extract_korean
from tumen.extract.types import Entity, Event, Extraction
from tumen.resolve.places import canonical

ANCHOR = date(2023, 6, 20)


def extract(text: str, anchor: date | None = ANCHOR) -> Extraction:
    return extract_korean(text, None, anchor)


def only_event(result: Extraction, event_type: str) -> Event:
    found = [e for e in result.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in result.events]
    return found[0]


def named(result: Extraction, name: str, kind: str | None = None) -> Entity:
    return next(e for e in result.entities if e.name == name and kind in (None, e.kind))


def participants(result: Extraction, event: Event) -> list[tuple[str | None, str]]:
    return [(result.entity(p.entity).name or result.entity(p.entity).descriptor, p.role) for p in event.participants]


# --- counts of people --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        ("중국 공안은 지난달 탈북 여성 최소 312명을 북한에 돌려보냈다.", 312, "at least"),
        ("단체에 따르면 탈북민 450여명이 지난해 북송됐다.", 450, "more than"),
        ("러시아에서 일하던 노동자 350여 명이 체포됐다.", 350, "more than"),
        ("탈북민 약 50명이 국경에서 체포됐다.", 50, "about"),
        ("탈북민 최대 90명이 북송된 것으로 보인다.", 90, "up to"),
        ("지난 3월 파업을 벌인 뒤 송환된 96명의 노동자들이 수용소로 보내졌다.", 96, None),
    ],
)
def test_counts_of_people(text: str, count: int, qualifier: str | None) -> None:
    events = extract(text).events
    assert events, text
    assert (events[0].attributes["count"], events[0].attributes["count_qualifier"]) == (count, qualifier)


def test_a_count_belongs_to_its_own_clause_and_vague_counts_have_no_number() -> None:
    result = extract("경찰은 수백 명의 주민을 체포했다.")
    assert "count" not in only_event(result, "arrest").attributes
    result = extract("여성 7명과 어린이 3명 등 탈북민 10명이 선양에서 체포됐고, 그 가운데 4명이 북송됐다.")
    assert only_event(result, "arrest").attributes["count"] == 10
    assert only_event(result, "forced_repatriation").attributes["count"] == 4


def test_enumerated_times_and_counts_make_one_event_each() -> None:
    result = extract("중국은 앞서 2021년 7월(300여 명), 지난해 2월(150여 명) 등 탈북민을 대규모로 북송한 바 있다.")
    found = [(str(e.time.earliest) if e.time else None, e.attributes["count"]) for e in result.events]
    assert found == [("2021-07-01", 300), ("2022-02-01", 150)]


# --- places ------------------------------------------------------------------------------------------------


def test_places_and_their_kinds() -> None:
    text = "탈북민 9명이 지린성 허룽시에서 체포됐다. 다른 일행은 난닝과 핑샹을 거쳐 쿤밍에 도착했다."
    result = extract(text)
    kinds = {e.name: e.place_kind for e in result.of_kind("place")}
    assert kinds == {"지린성": "province", "허룽시": "city", "난닝": "city", "핑샹": "city", "쿤밍": "city"}
    arrest = only_event(result, "arrest")
    assert arrest.place == named(result, "허룽시").id
    assert [canonical(n) for n in ("허룽시", "지린성", "쿤밍")] == ["Helong City", "Jilin", "Kunming"]


def test_one_place_for_its_names_and_the_destination_is_not_the_place_of_a_repatriation() -> None:
    text = "판문점 공동경비구역(JSA)에서 총성이 울렸다. 중국 당국은 단둥에서 붙잡은 탈북민을 북한으로 강제 송환했다."
    result = extract(text)
    assert only_event(result, "forced_repatriation").place == named(result, "단둥").id
    panmunjom = [e for e in result.of_kind("place") if e.name == "판문점"]
    assert len(panmunjom) == 1 and panmunjom[0].place_kind == "border_crossing"
    assert set(panmunjom[0].aliases) == {"공동경비구역", "JSA"}
    assert {canonical(n) for n in ("판문점", "공동경비구역", "JSA")} == {"Panmunjom"}


def test_numbered_camps_and_their_short_forms() -> None:
    text = "그는 16호 정치범수용소에 갇혀 있었다. 수용소 당국은 그를 25호로 옮겼다. 그는 이번에 15호 열차를 탔다."
    result = extract(text)
    camps = {e.name: sorted(m.text for m in e.mentions) for e in result.of_kind("place") if e.place_kind == "camp"}
    assert camps == {"16호 수용소": ["16호 정치범수용소"], "25호 수용소": ["25호"]}
    assert canonical("16호 수용소") == "Camp 16"


def test_a_place_in_a_title_is_not_where_the_event_happened() -> None:
    result = extract("배성민 씨는 책 '15호 수용소의 밤'에서 열다섯 살 때 붙잡혔다고 썼다.")
    assert only_event(result, "arrest").place is None


# --- times -------------------------------------------------------------------------------------------------


def test_times_of_events() -> None:
    result = extract("탈북 여성 200여명이 작년 한 해 동안 북송됐다.")
    event = only_event(result, "forced_repatriation")
    assert event.time is not None and (str(event.time.earliest), str(event.time.latest)) == ("2022-01-01", "2022-12-31")
    result = extract("중국 당국이 지난해부터 강제 북송한 탈북민이 최소 120명에 이른다.")
    event = only_event(result, "forced_repatriation")
    assert event.time is not None and (str(event.time.earliest), str(event.time.latest)) == ("2022-01-01", "2023-06-20")


def test_an_event_after_a_dated_one_runs_to_the_publication_date() -> None:
    result = extract("2022년 4월 선양에서 농성이 있은 뒤 북한으로 송환된 64명의 노동자들이 수감됐다.")
    event = only_event(result, "forced_repatriation")
    assert event.time is not None and (str(event.time.earliest), str(event.time.latest)) == ("2022-04-01", "2023-06-20")


# --- clock times -------------------------------------------------------------------------------------------


def test_clock_times() -> None:
    result = extract('국방부는 "북한 주민 한 명이 오늘 오후 2시47분께 동해상에서 귀순했다"고 밝혔다.')
    event = only_event(result, "border_crossing")
    assert (event.attributes["clock"], event.attributes.get("clock_approximate")) == ("14:47", True)
    result = extract("그는 지난 3일 오전 9시 5분 체포됐다.")
    event = only_event(result, "arrest")
    assert (event.attributes["clock"], "clock_approximate" in event.attributes) == ("09:05", False)


# --- ages at the event -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "age"),
    [
        ("열다섯 살 때", 15),
        ("열 다섯살 때", 15),
        ("열일곱 살 때", 17),
        ("스무 살 때", 20),
        ("23살 때", 23),
        ("17세 때", 17),
    ],
)
def test_ages_at_the_event(said: str, age: int) -> None:
    result = extract(f"윤서진 씨는 {said} 보위부에 체포됐다.")
    assert only_event(result, "arrest").attributes["victim_age"] == age


# --- corrections -------------------------------------------------------------------------------------------


def test_a_corrected_age() -> None:
    result = extract("최하늘 씨는 수용소에서 고문을 받은 것은 12살이 아닌 19살 때였다고 말했다.")
    event = only_event(result, "torture")
    assert event.attributes["victim_age"] == 19
    assert event.attributes["earlier_account"] == {"victim_age": 12}
    assert participants(result, event) == [("최하늘", "victim")]


def test_a_corrected_place() -> None:
    result = extract("최하늘 씨에 따르면 그의 삼촌이 처형된 곳은 15호가 아닌 16호 수용소였다.")
    event = only_event(result, "execution")
    assert event.place == named(result, "16호 수용소").id
    assert event.attributes["earlier_account"] == {"place": named(result, "15호 수용소").id}


def test_an_account_retold_in_the_next_clause() -> None:
    text = (
        "배성민 씨는 회고록에서 열한 살 때 구타당했다고 기술했지만, 이번에는 그 일이 열여섯 살 때의 일이었다고 밝혔다."
    )
    event = only_event(extract(text), "ill_treatment")
    assert event.attributes["victim_age"] == 16
    assert event.attributes["earlier_account"] == {"victim_age": 11}


# --- relatives ---------------------------------------------------------------------------------------------


def test_conjoined_relatives_are_the_victims() -> None:
    result = extract("탈북민 강나래 씨가 기자회견을 열었다. 그는 아버지와 누나가 총살된 곳이 18호 수용소였다고 말했다.")
    event = only_event(result, "execution")
    kang = named(result, "강나래")
    victims = [result.entity(p.entity) for p in event.participants]
    assert [(v.descriptor, v.anchor, v.gender, p.role) for v, p in zip(victims, event.participants, strict=True)] == [
        ("father", ("parent_of", kang.id), "male", "victim"),
        ("sister", ("sibling_of", kang.id), "female", "victim"),
    ]
    assert {(r.type, r.subject) for r in result.relations} == {("child_of", kang.id), ("sibling_of", kang.id)}


def test_a_denunciation_of_relatives() -> None:
    result = extract("홍가람 씨는 탈출을 준비하던 어머니와 남동생을 경비원에게 고발했던 일을 털어놨다.")
    event = only_event(result, "denunciation")
    assert participants(result, event) == [("홍가람", "subject"), ("mother", "victim"), ("brother", "victim")]
    again = extract("홍가람 씨는 어머니와 남동생을 고발했다. 그 뒤 어머니와 남동생이 처형됐다.")
    relatives = [e for e in again.entities if e.anchor is not None]
    assert len(relatives) == 2  # the same mother and brother in both events


def test_a_sentence_is_not_a_brother() -> None:
    result = extract("법원은 조예린 씨에게 징역 5년 형을 선고했다.")
    assert not [e for e in result.entities if e.anchor is not None]


def test_exposing_conditions_is_not_denouncing_a_person() -> None:
    assert extract("수용소 실태를 고발한 책이 나왔다.").events == []


# --- back-references, unnamed persons, sources --------------------------------------------------------------


def test_honorific_back_references() -> None:
    text = '한예솔 씨는 지난해 탈북했다. 한씨는 "국경을 넘은 것이 새벽 4시였다"고 말했다. 한 씨의 동생은 체포됐다.'
    result = extract(text)
    han = named(result, "한예솔")
    assert [m.text for m in han.mentions] == ["한예솔", "한씨", "한 씨"]
    crossing = [e for e in result.events if e.type == "border_crossing"][1]
    assert crossing.evidence[0].witness == han.id
    assert crossing.attributes["clock"] == "04:00"
    assert [(p.entity, p.role) for p in crossing.participants] == [(han.id, "subject")]
    arrest = only_event(result, "arrest")
    assert result.entity(arrest.participants[0].entity).anchor == ("sibling_of", han.id)


def test_unnamed_soldiers_and_organisations_as_sources() -> None:
    text = (
        "북한군 병사 한 명이 7일 군사분계선을 넘어 귀순했다. "
        '합동참모본부는 "북한군 한 명이 오전 8시 20분쯤 군사분계선(MDL)을 넘었다"고 밝혔다.'
    )
    result = extract(text)
    soldiers = [e for e in result.of_kind("person") if e.descriptor == "soldier"]
    assert len(soldiers) == 1 and soldiers[0].name is None and soldiers[0].gender is None
    first, second = [e for e in result.events if e.type == "border_crossing"]
    assert [p.entity for p in first.participants] == [soldiers[0].id]
    assert first.evidence[0].witness is None
    jcs = named(result, "합동참모본부")
    assert jcs.kind == "organization" and canonical("합참") == "Joint Chiefs of Staff"
    assert second.evidence[0].witness == jcs.id
    assert (second.attributes["clock"], second.attributes["clock_approximate"]) == ("08:20", True)
    assert first.time is not None and str(first.time.earliest) == "2023-06-07"


def test_according_to_an_organisation() -> None:
    result = extract("휴먼라이츠워치(HRW)에 따르면 중국은 지난 4월 탈북민 최소 60명을 북한에 돌려보냈다.")
    event = only_event(result, "forced_repatriation")
    assert result.entity(event.evidence[0].witness or "").name == "휴먼라이츠워치"
    assert event.place == named(result, "북한", "place").id  # the destination: China is the state that sends them back
    group = named(result, "북한", "group")  # North Koreans, as the English rules file them
    china = named(result, "중국", "place")  # the country marked as the subject acts as its state
    assert [(p.entity, p.role) for p in event.participants] == [(group.id, "victim"), (china.id, "perpetrator")]
    assert group.aliases == ["탈북민"] and canonical(group.name or "") == "North Korea"


def test_no_person_from_common_words() -> None:
    result = extract("우리 군은 경계를 강화했다. 이번 대표단은 서울에 도착했다.")
    assert result.of_kind("person") == []


def test_siblings_tell_the_gender_of_the_person_they_belong_to() -> None:
    result = extract("탈북민 문가온 씨는 언니와 남동생이 체포됐다고 말했다.")
    moon = named(result, "문가온")
    assert moon.gender == "female"  # 언니 is a woman's older sister
    event = only_event(result, "arrest")
    said = [m.text for p in event.participants for m in result.entity(p.entity).mentions]
    assert said == ["언니", "남동생"]


def test_a_withheld_name_refers_back_to_the_named_person() -> None:
    result = extract("경찰은 탈북민 김하준 씨를 조사했다. 김모씨는 지난 2일 석방됐다.")
    kim = named(result, "김하준")
    assert [m.text for m in kim.mentions] == ["김하준", "김모씨"]
    assert [p.entity for p in only_event(result, "release").participants] == [kim.id]


# --- organisations, places and relatives by their words ------------------------------------------------------


def test_organisations_by_their_ending_and_the_ending_alone_back_to_them() -> None:
    text = (
        "동해일보 최민지 기자\n"
        "희망나눔선교회에 따르면 김철수 목사는 2022년 4월 징역 3년을 선고받았다. "
        "선교회 측은 김 목사의 재판 과정에서 변호사 비용으로 약 2만 달러를 썼다고 밝혔다. "
        "인권단체들은 이를 비판했다."
    )
    result = extract(text)
    names = sorted(e.name or "" for e in result.of_kind("organization"))
    assert names == ["동해일보", "희망나눔선교회"]  # not 인권단체: a kind of body, not one
    mission = named(result, "희망나눔선교회")
    payment = only_event(result, "payment")
    assert [(p.entity, p.role) for p in payment.participants] == [(mission.id, "payer")]
    assert payment.evidence[0].witness == mission.id
    assert payment.time is not None and str(payment.time.earliest) == "2022-04-01"  # during the trial


def test_an_airport_is_a_place() -> None:
    result = extract("이 씨는 지난 2일 김포공항을 통해 귀국했다.")
    assert [(e.name, e.place_kind) for e in result.of_kind("place")] == [("김포공항", "facility")]


def test_a_kinship_word_before_a_name_gives_both_genders() -> None:
    result = extract('최성민 목사는 지난해 석방됐다. 최 목사의 아내 한지수 씨는 "건강하다"고 말했다.')
    assert (named(result, "최성민").gender, named(result, "한지수").gender) == ("male", "female")
    assert [(r.type, r.subject, r.object) for r in result.relations] == [
        ("spouse_of", named(result, "최성민").id, named(result, "한지수").id)
    ]


def test_a_parent_word_with_no_owner_and_what_a_parent_heard() -> None:
    text = (
        '"딸을 돌려달라"… 탈북민 아버지의 절규\n'
        "서울에 사는 윤대성 씨(52)는 지난 3월 중국 옌지에서 체포된 스무 살 딸이 북한으로 송환됐다는 소식을 들었다."
    )
    result = extract(text)
    yoon = named(result, "윤대성")
    assert yoon.gender == "male"  # 아버지 in the headline: the one parent the text tells of
    daughter = next(e for e in result.of_kind("person") if e.anchor == ("child_of", yoon.id))
    assert daughter.birth is not None and (daughter.birth.earliest.year, daughter.birth.latest.year) == (2002, 2003)
    for event_type in ("arrest", "forced_repatriation"):
        event = only_event(result, event_type)
        assert [p.entity for p in event.participants] == [daughter.id]
        assert event.evidence[0].witness == yoon.id and event.attributes["hearsay"] is True
    # Yanji is where she was arrested; she was sent back to North Korea
    assert only_event(result, "forced_repatriation").place == named(result, "북한", "place").id
    assert only_event(result, "arrest").place == named(result, "옌지").id


def test_a_release_from_a_prison_tells_a_detention_until_then() -> None:
    result = extract("이정훈 씨는 2021년 5월 체포됐다. 이 씨는 2023년 2월 지린성의 한 교도소에서 풀려났다.")
    detention = only_event(result, "detention")
    assert [p.entity for p in detention.participants] == [named(result, "이정훈").id]
    assert detention.time is not None
    assert (str(detention.time.earliest), str(detention.time.latest)) == ("2021-05-01", "2023-02-28")
    assert detention.place == named(result, "지린성").id


def test_held_now_is_held_at_publication() -> None:
    detention = only_event(extract("박민호 씨는 현재 회령의 교화소에 갇혀 있다."), "detention")
    assert detention.time is not None and detention.time.earliest == detention.time.latest == ANCHOR


def test_a_payment_handed_over_and_crossings_of_a_river_and_into_a_country() -> None:
    text = (
        "정미숙 씨는 2019년 압록강을 건너 중국으로 탈출했다. "
        "정 씨는 지난해 브로커에게 3천 달러를 건네며 딸을 데려와 달라고 했다. 딸은 올해 봄 중국으로 넘어왔다."
    )
    result = extract(text)
    jeong = named(result, "정미숙")
    payment = only_event(result, "payment")
    broker = next(e for e in result.of_kind("person") if e.descriptor == "broker")  # paid: 브로커에게
    assert [(p.entity, p.role) for p in payment.participants] == [(jeong.id, "payer"), (broker.id, "recipient")]
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (3000, "USD")
    crossings = [e for e in result.events if e.type == "border_crossing"]
    assert [result.entity(e.place or "").name for e in crossings] == ["압록강", "중국"]
    daughter = next(e for e in result.of_kind("person") if e.anchor == ("child_of", jeong.id))
    assert [p.entity for p in crossings[0].participants] == [jeong.id]
    assert [p.entity for p in crossings[1].participants] == [daughter.id]


def test_a_later_clause_with_no_subject_shares_the_sentence_subject() -> None:
    result = extract("한수정 씨는 2020년 7월 체포됐고, 2022년 9월 회령의 교화소에서 풀려났다.")
    han = named(result, "한수정")
    for event_type in ("arrest", "release", "detention"):
        assert [p.entity for p in only_event(result, event_type).participants] == [han.id], event_type


# --- cost linear in length ---------------------------------------------------------------------------------

_LONG_PARAGRAPHS = (
    "탈북민 한바다(41) 씨는 2018년 4월 두만강을 건너 중국으로 탈출했다고 말했다. "
    "그는 옌지에서 체포됐고, 한 달 뒤 북송됐다.",
    "푸른등대선교회 측에 따르면 한 씨의 아들 오가람 씨는 지난해 9월 선양에서 공안에 체포됐다. "
    "어머니와 형이 처형당한 뒤 그는 홀로 남았다.",
    "'긴 겨울의 기록'을 쓴 문서진 목사는 \"브로커가 1500만원을 요구했다\"고 밝혔다. "
    "중국 정부가 탈북민 300여명을 북송했다.",
    "열여섯 살 딸은 16호 수용소에서 2년 동안 갇혀 있었으며 2020년 교도소에서 풀려났다. "
    "문 목사는 고문을 당했다고 주장했다.",
)


def _long_text(size: int) -> str:
    paragraphs: list[str] = []
    while sum(len(p) + 1 for p in paragraphs) < size:
        paragraphs.append(_LONG_PARAGRAPHS[len(paragraphs) % len(_LONG_PARAGRAPHS)])
    return "\n".join(paragraphs)


def test_korean_extraction_costs_time_linear_in_length() -> None:
    """Every rule looks mentions, times and amounts up by position (bisection), never by scanning the whole
    document per event: four times the text costs about four times as long (quadratic would be 16)."""
    import time

    extract(_long_text(2_000))  # vocabularies and rate tables loaded once
    took = {}
    for size in (20_000, 80_000):
        text = _long_text(size)
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            result = extract(text)
            best = min(best, time.perf_counter() - started)
        took[size] = best
        assert len(result.events) > size // 100
    assert took[80_000] / took[20_000] < 8, took
