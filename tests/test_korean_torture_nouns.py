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


_NONE = ["한바다 씨는 2019년 고문 후유증으로 고생했다.", "한바다 씨는 고문에 시달리지 않았다."]


@pytest.mark.parametrize("text", _NONE)
def test_no_torture_undergone(text: str) -> None:
    x = extract(Source(text, 1, "ko", date(2021, 5, 1)))
    assert [e.modality for e in x.events if e.type == "torture"] in ([], ["negated"]), text
