"""Korean fleeing verbs, topic particles as data, passives of things owned, going over into a country and a child
left with a place between (docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

import pytest

from helpers import of_type, roles, run
from tumen.extract.korean.morph import subject_marked


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 2015년 3월 중국으로 도망쳤다.",
        "한바다 씨는 2016년 북한에서 도망쳐 나왔다.",
        "한바다 씨는 2014년 중국으로 도망갔다.",
        "한바다 씨는 2014년 도망친 뒤 중국에서 살았다.",
    ],
)
def test_a_fleeing_verb_is_a_crossing_of_its_subject(text: str) -> None:
    x = run(text)
    assert roles(x, of_type(x, "border_crossing")) == {("subject", "한바다")}, text


@pytest.mark.parametrize(
    "text",
    [
        "많은 사람들이 도망친다.",
        "한바다 씨는 2016년 수용소에서 도망쳤다.",  # from custody: no border crossed
        "한바다 씨는 도망치지 못했다.",
        "도망친 개가 돌아왔다.",
    ],
)
def test_a_fleeing_verb_of_a_kind_from_custody_or_denied_is_no_crossing(text: str) -> None:
    x = run(text)
    assert not [e for e in x.events if e.type == "border_crossing" and e.modality == "asserted"], text


def test_a_topic_particle_marks_a_subject_but_not_after_a_place() -> None:
    assert subject_marked("마을 사람들은 모두 붙잡혔다.", 0, 8)
    assert not subject_marked("중국에서는 모두 붙잡혔다.", 0, 6)


@pytest.mark.parametrize(
    "text",
    [
        "2019년 한바다 씨의 집이 압수수색됐다.",
        "서도윤 씨는 2019년 체포됐다. 한바다 씨의 집이 압수수색됐다.",
        "서도윤 씨는 2019년 체포됐다. 한바다 씨의 사무실은 경찰에 압수수색됐다.",
    ],
)
def test_premises_searched_befall_their_owner(text: str) -> None:
    x = run(text)
    assert ("victim", "한바다") in roles(x, of_type(x, "raid")), text
    assert ("victim", "서도윤") not in roles(x, of_type(x, "raid")), text


def test_a_thing_a_pronoun_owns_is_no_person() -> None:
    x = run("서도윤 씨는 2019년 체포됐다. 그의 차량이 구금됐다.")  # his car held: no detention of him
    assert not [e for e in x.events if e.type == "detention"]


def test_a_thing_held_befalls_no_one() -> None:
    x = run("서도윤 씨는 2019년 체포됐다. 한바다 씨의 차량이 구금됐다.")
    assert not [e for e in x.events if e.type == "detention"]


def test_a_relative_owned_is_still_the_one_it_befell() -> None:
    x = run("서도윤 씨는 2019년 체포됐다. 한바다 씨의 아들이 체포됐다.")
    arrests = [e for e in x.events if e.type == "arrest"]
    assert roles(x, arrests[1]) == {("victim", None)}


def test_going_over_into_a_country_is_a_crossing() -> None:
    x = run("서도윤 씨는 2017년 중국으로 넘어갔다.")
    assert roles(x, of_type(x, "border_crossing")) == {("subject", "서도윤")}


def test_moving_on_is_no_crossing() -> None:
    x = run("서도윤 씨는 2017년 다음 단계로 넘어갔다.")
    assert not [e for e in x.events if e.type == "border_crossing"]


def test_a_child_left_in_a_place_is_a_separation() -> None:
    x = run("김하늘 씨는 2010년 딸을 북한에 남겨두고 탈북했다.")
    assert of_type(x, "family_separation").time is not None


@pytest.mark.parametrize(
    "text",
    ["윤다솜 씨는 2019년 브로커에게 500만원을 보냈다.", "윤다솜 씨는 2019년 브로커에게 500만원씩 두 번 보냈다."],
)
def test_a_sum_sent_to_someone_is_paid_to_them(text: str) -> None:
    x = run(text)
    payment = of_type(x, "payment")
    assert ("payer", "윤다솜") in roles(x, payment), text
    assert payment.amount is not None and payment.amount.value == 5_000_000, text


def test_a_letter_sent_is_no_payment() -> None:
    x = run("윤다솜 씨는 2019년 아들에게 편지를 보냈다.")
    assert not [e for e in x.events if e.type == "payment"]


def test_parted_from_a_relative_is_a_separation() -> None:
    x = run("최민준 씨는 2018년 가족과 헤어져 홀로 탈북했다.")
    assert of_type(x, "family_separation").time is not None
    y = run("최민준 씨는 2018년 친구와 헤어졌다.")
    assert not [e for e in y.events if e.type == "family_separation"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("류하은 씨는 2019년 브로커에게 오백만 원을 줬다.", 5_000_000),
        ("류하은 씨는 2019년 브로커에게 천만 원을 줬다.", 10_000_000),
        ("류하은 씨는 2019년 브로커에게 이천오백만 원을 줬다.", 25_000_000),
        ("류하은 씨는 2019년 안내인에게 삼천 위안을 냈다.", 3_000),
    ],
)
def test_an_amount_in_korean_numerals_is_the_price(text: str, value: int) -> None:
    x = run(text)
    payment = of_type(x, "payment")
    assert payment.amount is not None and payment.amount.value == value, text


def test_a_place_named_like_a_numeral_is_no_amount() -> None:
    assert not run("류하은 씨는 2019년 이천에서 만났다.").amounts


def test_taken_away_by_an_organ_of_a_state_is_an_arrest() -> None:
    x = run("한가람 씨는 2016년 중국 공안에 끌려갔다.")
    assert roles(x, of_type(x, "arrest")) == {("victim", "한가람"), ("perpetrator", "중국")}


@pytest.mark.parametrize("text", ["한가람 씨는 2016년 수용소로 끌려갔다.", "한가람 씨는 2016년 친구에게 끌려갔다."])
def test_taken_away_with_no_organ_of_a_state_is_no_arrest(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "arrest"], text


@pytest.mark.parametrize(
    "text",
    [
        "류하은 씨는 2012년 탈북했다. 그 뒤로 딸을 만나지 못했다.",
        "류하은 씨는 2012년 탈북한 뒤 아들을 다시 보지 못했다.",
    ],
)
def test_a_relative_never_seen_again_is_a_separation(text: str) -> None:
    separation = of_type(run(text), "family_separation")
    assert separation.modality == "asserted", text


def test_a_relative_not_met_once_is_no_separation() -> None:
    assert not [e for e in run("류하은 씨는 어제 아들을 만나지 못했다.").events if e.type == "family_separation"]
