"""The reader role in Chromium: a reader's case file of the at-risk person shows her pseudonym (heading, names,
timeline title) and none of her names; the same page for an analyst shows her name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from helpers import processed_store
from reader_view_corpus import DOCUMENTS, PSEUDONYM, leaks, private_store
from tumen import Tumen


@pytest.fixture(scope="module")
def reader_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return processed_store(tmp_path_factory.mktemp("reader-view-browser"), DOCUMENTS)


@pytest.fixture
def web_tumen(reader_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tumen]:
    """This module's store under the conftest's ``live_server`` (instead of the sample corpus)."""
    yield from private_store(reader_db, tmp_path, monkeypatch)


def test_a_readers_case_file_shows_the_pseudonym(
    page: Page, live_server: object, web_tumen: Tumen, sign_in_browser: Callable[..., Page], artifacts: Path
) -> None:
    url: str = live_server.url  # type: ignore[attr-defined]
    choi = next(p.id for p in web_tumen.persons() if p.at_risk)
    page.context.clear_cookies()
    sign_in_browser(page, url, web_tumen, "reader")
    page.goto(f"{url}/persons/{choi}")
    heading = page.locator("h1")
    expect(heading).to_contain_text(PSEUDONYM)
    expect(page.locator(".who .role, .account .who")).to_contain_text("reader")
    expect(page.locator("#timeline svg title").first).to_have_text(PSEUDONYM)
    expect(page.locator("blockquote.quote").first).to_contain_text("[Person ")
    shown = page.locator("body").inner_text()
    assert leaks(shown) == [] and leaks(page.content()) == []
    page.screenshot(path=str(artifacts / "reader-case-file.png"), full_page=True)
    pseudonym = PSEUDONYM.search(heading.inner_text())
    assert pseudonym is not None
    # The reader follows a source to the document: its text shows the pseudonym, highlighted as a person.
    page.locator("a.evidence").first.click()
    expect(page.locator("#evidence")).to_be_visible()
    expect(page.locator(".doc-text .hl-person").first).to_have_text(f"[{pseudonym.group(0)}]")
    assert leaks(page.content()) == []

    page.context.clear_cookies()
    sign_in_browser(page, url, web_tumen, "analyst")
    page.goto(f"{url}/persons/{choi}")
    expect(heading).to_contain_text("Choi Eun-ha")
