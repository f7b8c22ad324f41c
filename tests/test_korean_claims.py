"""Korean claims (docs/extraction.md, "Korean"; tumen.extract.korean.claims): an event told only in the complement
of a verb or noun of claiming, suspicion or rumour is alleged; a plain verb of saying tells it; a claim the text
confirms is told; a report rejected is a claim. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import of_type, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "김민수 씨는 2019년 보위원들이 한바다 씨를 고문했다고 주장했다.",
        "가족들은 2019년 보위원들이 한바다 씨를 고문했다고 법정에서 거듭 주장했다.",
        "가족들은 2019년 보위원들이 한바다 씨를 고문했다고 의심하고 있다.",
        "보위원들이 2019년 한바다 씨를 고문했다는 주장이 제기됐다.",
        "보위원들이 2019년 한바다 씨를 고문했다는 소문이 돌았다.",
        "보위원들이 2019년 한바다 씨를 고문했다는 의혹이 나왔다.",
    ],
)
def test_a_deed_told_only_in_a_claim_is_alleged(text: str) -> None:
    x = run(text)
    torture = of_type(x, "torture")
    assert torture.modality == "alleged", text
    assert ("victim", "한바다") in roles(x, torture), text


def test_a_suspicion_is_no_charge_its_doer_is_the_clauses_subject() -> None:
    x = run("보위원들이 2019년 한바다 씨를 고문했다는 의혹이 제기됐다.")
    assert roles(x, of_type(x, "torture")) == {("victim", "한바다"), ("perpetrator", "보위원")}


@pytest.mark.parametrize("verb", ["말했다", "밝혔다", "전했다", "진술했다"])
def test_a_plain_verb_of_saying_tells_what_it_says(verb: str) -> None:
    x = run(f"한바다 씨는 2019년 보위원들에게 고문당했다고 {verb}.")
    assert of_type(x, "torture").modality == "asserted", verb


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("북한 당국은 2019년 한바다 씨를 처형했다는 주장을 부인했다.", "alleged"),  # a claim denied
        ("북한 당국은 2019년 한바다 씨를 처형했다는 보도를 부인했다.", "alleged"),  # a report rejected
        ("북한 당국은 2019년 한바다 씨를 처형했다는 보도를 부인하지 않았다.", "asserted"),
        ("2019년 한바다 씨를 처형했다는 소식이 전해졌다.", "asserted"),  # news passed on
        ("2019년 한바다 씨를 처형했다는 의혹은 사실로 확인됐다.", "asserted"),  # a claim confirmed
        ("2019년 한바다 씨를 처형했다는 의혹은 사실이 아닌 것으로 확인됐다.", "alleged"),
    ],
)
def test_denied_rejected_confirmed(text: str, modality: str) -> None:
    assert of_type(run(text), "execution").modality == modality, text


def test_the_claim_reaches_over_the_clauses_chained_to_its_ending_only() -> None:
    x = run("탈북민 한바다 씨가 2019년 중국에서 체포돼 구금됐다는 주장이 제기됐다.")
    assert {of_type(x, t).modality for t in ("arrest", "detention")} == {"alleged"}
    # a clause of the speaker's own before the complement's subject, a relative clause on a noun of it: told
    x = run("한바다 씨는 2015년 탈북했고 보위원들이 2019년 그의 아버지를 고문했다고 주장했다.")
    assert (of_type(x, "border_crossing").modality, of_type(x, "torture").modality) == ("asserted", "alleged")
    x = run("2019년 중국에서 체포된 한바다 씨가 보위원들에게 고문당했다는 주장이 나왔다.")
    assert (of_type(x, "arrest").modality, of_type(x, "torture").modality) == ("asserted", "alleged")
    # a charge's relative clause holds its own verb only
    x = run("김민수 씨는 2019년 체포돼 한바다 씨를 고문한 혐의로 기소됐다.")
    assert (of_type(x, "arrest").modality, of_type(x, "torture").modality) == ("asserted", "alleged")


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 북한 당국이 2019년 그를 고문했다고 주장했다.",
        "한바다 씨는 보위원들이 2019년 그녀를 고문했다고 말했다.",
    ],
)
def test_a_pronoun_object_under_a_subject_of_its_own_is_the_subject_outside(text: str) -> None:
    x = run(text)  # as the reflexive 자신을: 한바다 is the victim, no doer
    victims = {name for role, name in roles(x, of_type(x, "torture")) if role == "victim"}
    doers = {name for role, name in roles(x, of_type(x, "torture")) if role == "perpetrator"}
    assert "한바다" in victims and "한바다" not in doers, text


@pytest.mark.parametrize(
    "text",
    [
        # another's claim answered: what the speaker says is told
        "한바다 씨는 2019년 고문당했다며 당국의 주장을 반박했다.",
        "한바다 씨는 2019년 고문당했다고 당국의 주장을 반박했다.",
        "한바다 씨는 2019년 고문당했다며 소문을 바로잡았다.",
        "한바다 씨는 2019년 고문당했다며 의혹을 풀어야 한다고 말했다.",
    ],
)
def test_a_claim_noun_rejected_after_a_quotation_leaves_it_told(text: str) -> None:
    assert of_type(run(text), "torture").modality == "asserted", text


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 2019년 체포됐다며 설에 가족을 만나지 못했다고 말했다.",  # 설: New Year's Day
        "한바다 씨는 2019년 체포됐다며 주장 김민수 씨가 말했다.",  # 주장: the team captain
    ],
)
def test_a_word_that_is_also_a_claim_noun_is_none_after_a_quotation(text: str) -> None:
    assert of_type(run(text), "arrest").modality == "asserted", text


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("한바다 씨는 2019년 고문당했다며 의혹을 제기했다.", "alleged"),  # the claim the clause puts forward
        ("한바다 씨는 2019년 체포됐다는 설이 돌았다.", "alleged"),  # 설 after a quoting 다는: a rumour
        # a contrast goes on about the same claim: taken as true, told
        ("보위원들이 2019년 한바다 씨를 고문했다는 주장이 제기됐지만 사실로 확인됐다.", "asserted"),
        ("보위원들이 2019년 한바다 씨를 고문했다는 주장이 제기됐지만 확인되지 않았다.", "alleged"),
        ("한바다 씨는 2019년 고문당했다며 의혹이 사실로 확인됐다고 말했다.", "asserted"),  # taken as true
    ],
)
def test_claim_nouns_put_forward_or_confirmed(text: str, modality: str) -> None:
    x = run(text)
    [event] = [e for e in x.events if e.type in ("torture", "arrest")]
    assert event.modality == modality, text


def test_a_pronoun_after_the_clauses_own_subject_is_the_subject_before() -> None:
    x = run("김민수 씨는 한바다 씨가 2019년 그를 고문했다고 증언했다.")
    assert roles(x, of_type(x, "torture")) == {("victim", "김민수"), ("perpetrator", "한바다")}


def test_a_pronoun_after_another_person_named_is_not_surely_the_subject() -> None:
    x = run("김민수 씨의 아들은 2019년 체포됐다. 김민수 씨는 보위원들이 그를 고문했다고 말했다.")
    people = roles(x, of_type(x, "torture"))
    assert ("victim", "김민수") not in people and ("perpetrator", "김민수") not in people
    x = run("김민수 씨는 2018년 탈북했다. 김민수 씨는 보위원들이 2019년 그를 고문했다고 말했다.")
    assert ("victim", "김민수") in roles(x, of_type(x, "torture"))  # no one else named: 그 is he
