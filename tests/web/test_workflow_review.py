"""The review queue over a store made for it: two invented reports name one man in two spellings (Seol Ji-ho /
Sol Jiho) with ages that disagree, so tumen keeps the two records apart and asks an analyst. Decided in Chromium
(Merge) and over HTTP (Distinct, re-deciding, unknown pairs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Page, expect

from helpers import stored_reports
from tumen import Tumen
from tumen.web import create_app

# Invented reports: no real person, outlet or event.
REPORTS = {
    "tribune.txt": (
        "Farmer detained near the river\n\n"
        "Seol Ji-ho, 41, a farmer from Musan, was arrested by border guards in Musan in March 2019, "
        "his cousin told the Invented Tribune.\n",
        {"outlet": "Invented Tribune", "published": "2020-01-05", "language": "en"},
    ),
    "herald.txt": (
        "Student recalls arrest at the border\n\n"
        "Sol Jiho, a 22-year-old student from Musan, was arrested by guards in Musan in March 2019, "
        "a relative told the Made-up Herald.\n",
        {"outlet": "Made-up Herald", "published": "2020-02-05", "language": "en"},
    ),
}


@pytest.fixture(scope="module")
def review_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stored_reports(tmp_path_factory.mktemp("review"), REPORTS)


@pytest.fixture
def web_tumen(review_db: Path, tmp_path: Path) -> Iterator[Tumen]:
    """This module's store (the live server serves it): a private copy of the review store."""
    path = tmp_path / "tumen.db"
    path.write_bytes(review_db.read_bytes())
    with Tumen.open(f"sqlite:///{path}") as tumen:
        yield tumen


def the_pair(tumen: Tumen) -> tuple[str, str]:
    """The queued pair of the two spellings, found through the store (never assumed)."""
    names = {}
    for pair in tumen.review():
        persons = tumen.persons_of_records([pair.left, pair.right])
        names = tumen.entity_names(set(persons.values()))
        if {names.get(persons[pair.left]), names.get(persons[pair.right])} == {"Seol Ji-ho", "Sol Jiho"}:
            assert persons[pair.left] != persons[pair.right], "tumen left the two records apart"
            return pair.left, pair.right
    raise AssertionError(f"no Seol Ji-ho / Sol Jiho pair in the queue: {tumen.review()} {names}")


def test_merge_in_the_browser_takes_the_pair_off_the_queue_and_merges_the_persons(
    page: Page, live_server: Any, web_tumen: Tumen, artifacts: Path
) -> None:
    left, right = the_pair(web_tumen)
    queued = len(web_tumen.review())
    page.goto(live_server.url + "/review")
    item = page.locator(f'li.pair[data-left="{left}"][data-right="{right}"]')
    expect(item).to_have_count(1)
    expect(item.locator(".against")).to_contain_text("births disjoint")
    expect(item.locator(".for")).to_contain_text("same name")
    expect(item.locator(".person")).to_have_text(["Seol Ji-ho", "Sol Jiho"])
    page.screenshot(path=str(artifacts / "review.png"), full_page=True)
    item.get_by_role("button", name="Merge").click()
    expect(page.locator(".message.confirm")).to_contain_text(f"Merged {left} and {right}")
    expect(page.locator(f'li.pair[data-left="{left}"][data-right="{right}"]')).to_have_count(0)
    assert len(web_tumen.review()) == queued - 1
    person = web_tumen.person_of_record(left)
    assert person is not None and person == web_tumen.person_of_record(right)
    merged = web_tumen.case_file(person).person
    assert {"Seol Ji-ho", "Sol Jiho"} <= {merged.name, *merged.aliases}
    assert {left, right} <= set(merged.records)
    page.locator(f'.message.confirm a[href="/persons/{person}"]').click()
    expect(page.locator("main")).to_contain_text("Seol Ji-ho")
    expect(page.locator("main")).to_contain_text("Sol Jiho")


@pytest.fixture
def client(web_tumen: Tumen, sign_in: Callable[..., TestClient]) -> Iterator[TestClient]:
    with TestClient(create_app(web_tumen)) as test_client:
        yield sign_in(test_client)


def decide(client: TestClient, left: str, right: str, decision: str) -> Any:
    return client.post(
        "/review/decide", data={"left": left, "right": right, "decision": decision}, follow_redirects=False
    )


def test_distinct_keeps_them_apart_and_a_second_decision_is_refused(client: TestClient, web_tumen: Tumen) -> None:
    left, right = the_pair(web_tumen)
    response = decide(client, right, left, "distinct")  # either order names the pair
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "as different people" in page.text and f'data-left="{left}"' not in page.text
    assert web_tumen.person_of_record(left) != web_tumen.person_of_record(right)
    assert (min(left, right), max(left, right), "negative") in {j[:3] for j in web_tumen.store.judgements()}
    again = decide(client, left, right, "merge")
    assert again.status_code == 409 and "already decided" in again.text and "distinct" in again.text
    assert web_tumen.person_of_record(left) != web_tumen.person_of_record(right), "the refused merge did nothing"


def test_unknown_pairs_and_bad_forms_get_a_clear_message(client: TestClient, web_tumen: Tumen) -> None:
    left, right = the_pair(web_tumen)
    before = web_tumen.store.judgements()
    unknown = decide(client, "1:p1", "1:p99", "merge")
    assert unknown.status_code == 404 and "not a pair in the review queue" in unknown.text
    assert decide(client, left, right, "maybe").status_code == 400
    bad = decide(client, "<script>", right, "merge")
    assert bad.status_code == 400 and "left: not a person record" in bad.text and "<script>" not in bad.text
    assert decide(client, "", "", "merge").status_code == 400
    assert web_tumen.store.judgements() == before, "no decision was recorded"
    assert client.get("/review").status_code == 200
