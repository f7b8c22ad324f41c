"""Korean torture told by its noun (docs/extraction.md, "Korean"): overcome by it (고문에 못 이겨), suffering it
(고문에 시달렸다), after it (고문 끝에, 고문 후) — a torture of the clause's subject; 못 이겨 denies nothing.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


@pytest.mark.parametrize(
    "text",
    [
        "2019년 체포된 한바다 씨는 보위부 조사에서 고문에 못 이겨 탈북을 시도했다고 자백했다.",
        "한바다 씨는 2019년 교화소에서 고문에 시달렸다.",
        "한바다 씨는 2019년 보위부에 체포됐고 고문 후 총살당했다.",
        "한바다 씨는 2019년 구류장에서 고문 끝에 숨졌다.",
    ],
)
def test_torture_told_by_its_noun_befalls_the_subject(text: str) -> None:
    x = extract(Source(text, 1, "ko", date(2021, 5, 1)))
    [torture] = [e for e in x.events if e.type == "torture"]
    assert torture.modality == "asserted", text
    assert {(p.role, x.entity(p.entity).name) for p in torture.participants} == {("victim", "한바다")}, text
    assert torture.time is not None and torture.time.earliest == date(2019, 1, 1), text


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        ("한바다 씨는 2019년 고문 후유증으로 고생했다.", []),  # its after-effects: no torture told
        ("한바다 씨는 고문에 시달리지 않았다.", ["negated"]),  # the noun's trigger, denied
    ],
)
def test_no_torture_undergone(text: str, modalities: list[str]) -> None:
    x = extract(Source(text, 1, "ko", date(2021, 5, 1)))
    assert [e.modality for e in x.events if e.type == "torture"] == modalities, text


def roles(text: str) -> set[tuple[str, str | None]]:
    x = extract(Source(text, 1, "ko", date(2021, 5, 1)))
    [torture] = [e for e in x.events if e.type == "torture"]
    return {(p.role, x.entity(p.entity).name) for p in torture.participants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject nearest before the noun, not the one who tells it
        ("김민수 씨는 한바다 씨가 2019년 고문에 못 이겨 자백했다고 말했다.", {("victim", "한바다")}),
        # the person a verb right after the noun describes
        ("김민수 씨는 2019년 고문 끝에 숨진 이철 씨의 아버지다.", {("victim", "이철")}),
        # the clause's subject after the noun
        ("2019년 고문 끝에 한바다 씨가 숨졌다.", {("victim", "한바다")}),
        # after it, a clause getting something out of a person: the subject tortured, that person was tortured
        (
            "보위원 김민수는 2019년 고문 끝에 한바다 씨의 자백을 받아냈다.",
            {("perpetrator", "김민수"), ("victim", "한바다")},
        ),
        # a person as object: either may have been tortured (released him, informed on him) — no one surely
        ("김민수 씨는 2019년 고문 끝에 한바다 씨를 밀고했다.", set()),
        ("보위원 김민수는 2019년 고문 끝에 한바다 씨를 풀어줬다.", set()),
        # an object that is no person: the subject's own confession, the subject the victim
        ("김민수 씨는 2019년 고문 끝에 허위 자백을 했다.", {("victim", "김민수")}),
    ],
)
def test_torture_told_by_its_noun_befalls_the_one_who_underwent_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected, text
