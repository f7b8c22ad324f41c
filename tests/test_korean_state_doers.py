"""Who repatriated, in Korean press about an organisation's report: a government (정부) is its state, a country
marked as the subject acts as its state, and an organisation that only says so (the topic of the reporting verb)
did not do it. Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko, in_role

run = partial(extract_ko, published=date(2024, 5, 1))


doers = partial(in_role, kind="forced_repatriation", role="perpetrator")


def test_a_government_that_repatriates_is_its_state() -> None:
    x = run("북한인권연대는 중국 정부가 지난해 탈북민 200여 명을 강제북송했다고 밝혔다.")
    assert doers(x) == {"중국"}


def test_a_country_marked_as_subject_repatriates() -> None:
    x = run("북한인권연대는 중국이 지난해 탈북민 200여 명을 강제북송했다고 비판했다.")
    assert doers(x) == {"중국"}


def test_the_organisation_that_tells_it_is_no_doer() -> None:
    x = run("국제앰네스티는 지난해 탈북민 200여 명을 강제북송했다고 비판했다.")
    assert doers(x) == set()
