"""The reading pages in real Chromium (Debian's, through Playwright): from /persons to a case file whose
timeline has one mark per dated event of the person as stored, an evidence link landing on the reader with
exactly the quoted characters marked and in view; and hostile text (script tags, event handlers,
``javascript:`` addresses) in a document, its metadata and the quotes of a case file rendering inert."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import uvicorn
from playwright.sync_api import Dialog, Page, expect

from tumen import Tumen
from tumen.cases import codec
from tumen.corroborate.facts import Fact
from tumen.model import Metadata, NewDocument
from tumen.web import create_app

SCRIPT = "<script>window.pwned=1</script>"
IMAGE = '<img src=x onerror="window.pwned=1">'
HOSTILE_TEXT = (
    f"Choe Ok-ran {SCRIPT} was arrested by police in Hyesan in May 2020, her brother said. "
    f"He said she was detained {IMAGE} at Camp 12 in 2021.\n"
)
HOSTILE_TITLE = f"Report {SCRIPT} {IMAGE}"
HOSTILE_OUTLET = '<b onmouseover="window.pwned=1">Border Wire</b>'
JAVASCRIPT_URL = "javascript:window.pwned=1"
RELEASE_TEXT = "Choe Ok-ran was released from Camp 12 in March 2023, a source said.\n"


def own_facts(tumen: Tumen, person_id: str) -> list[Fact]:
    """The person's facts as stored (the person takes part in them, not only tells of them)."""
    with tumen.store.reading() as r:
        facts = [codec.to_fact(d) for d in r.facts_of([person_id]).values()]
    return [f for f in facts if any(entity == person_id for entity, _role in f.participants())]


def test_a_case_file_from_persons_has_the_timeline_and_evidence_links_to_the_reader(
    page: Page, live_server: Any, web_tumen: Tumen, artifacts: Path
) -> None:
    url = str(live_server.url)
    persons = web_tumen.persons()
    chosen = max(persons, key=lambda p: (sum(1 for f in own_facts(web_tumen, p.id) if f.time), p.id))
    dated = [f for f in own_facts(web_tumen, chosen.id) if f.time is not None]
    assert len(dated) >= 2
    page.goto(url + "/persons")
    page.locator(f'tr[data-person="{chosen.id}"] a.case-file').click()
    page.wait_for_url(f"**/persons/{chosen.id}")
    marks = page.locator('svg.timeline a.event-mark[data-lane="own"]')
    expect(marks).to_have_count(len(dated))
    assert sorted(marks.evaluate_all("ms => ms.map(m => m.dataset.fact)")) == sorted(f.id for f in dated)
    for fact in dated:  # coloured by verdict, with an accessible title
        mark = page.locator(f'svg.timeline a.event-mark[data-fact="{fact.id}"]')
        assert mark.get_attribute("data-verdict") == fact.verdict.value
        assert fact.type.replace("_", " ") in mark.locator("title").text_content()
    page.screenshot(path=str(artifacts / "case-file.png"), full_page=True)

    link = page.locator("#events a.evidence").first
    href = link.get_attribute("href") or ""
    parts = urlsplit(href)
    query = parse_qs(parts.query)
    document, start, end = int(parts.path.rsplit("/", 1)[1]), int(query["start"][0]), int(query["end"][0])
    quote = next(
        s.quote
        for f in web_tumen.case_file(chosen).facts
        for s in f.supports
        if (s.document, s.start, s.end) == (document, start, end)
    )
    link.click()
    page.wait_for_url(f"**/documents/{document}?start={start}&end={end}#evidence")
    marked = page.locator("mark#evidence")
    expect(marked).to_have_count(1)
    assert marked.text_content() == quote
    expect(marked).to_be_in_viewport()
    page.screenshot(path=str(artifacts / "reader.png"))

    refused: list[str] = []  # the page's own script obeys the page's Content-Security-Policy
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.set_viewport_size({"width": 800, "height": 240})  # smaller than the title and metadata above the text
    page.goto(f"{url}/documents/{document}?start={start}&end={end}")  # no fragment: the reader's script scrolls
    assert page.evaluate("window.scrollY") > 0
    expect(page.locator("mark#evidence")).to_be_in_viewport()
    assert refused == []


class Server:
    """uvicorn on a free loopback port in a daemon thread, over one store."""

    def __init__(self, tumen: Tumen) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(
            uvicorn.Config(create_app(tumen), host="127.0.0.1", port=port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "the test server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[tuple[Server, Tumen]]:
    """A store holding a hostile invented report (ingested as any file is) and a row whose URL is
    ``javascript:`` — ingestion refuses such a URL, so it is written straight to the store, as an older
    tool or a tampered database might have."""
    report = tmp_path / "hostile.txt"
    report.write_text(HOSTILE_TEXT, encoding="utf-8")
    with Tumen.init(f"sqlite:///{tmp_path / 'tumen.db'}") as tumen:
        meta = {
            "title": HOSTILE_TITLE,
            "outlet": HOSTILE_OUTLET,
            "url": f"https://example.org/report?next={JAVASCRIPT_URL}",
            "published": "2023-04-01",
        }
        assert tumen.ingest([str(report)], meta=meta).failed == 0
        tumen.store.add(
            NewDocument(
                content=RELEASE_TEXT.encode(),
                text=RELEASE_TEXT,
                meta=Metadata(title=HOSTILE_TITLE, outlet="Night Desk", url=JAVASCRIPT_URL, published=date(2023, 5, 1)),
                media_type="text/plain",
                filename="release.txt",
                ingested_by="test",
            )
        )
        assert not tumen.process(workers=1).failed
        with Server(tumen) as server:
            yield server, tumen


def test_hostile_text_renders_inert(
    page: Page, hostile: tuple[Server, Tumen], sign_in_browser: Callable[..., Page]
) -> None:
    server, tumen = hostile
    sign_in_browser(page, server.url, tumen)
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    choe = tumen.find_persons("Choe Ok-ran")
    assert len(choe) == 1
    quoted = {s.quote for f in tumen.case_file(choe[0]).facts for s in f.supports}
    assert any(SCRIPT in q for q in quoted) and any(IMAGE in q for q in quoted)
    pages = [f"/documents/{d.id}" for d in tumen.documents()] + [f"/persons/{choe[0].id}", "/", "/persons"]
    for path in pages:
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        page.locator("body").hover()
        assert page.evaluate("typeof window.pwned") == "undefined", path
        assert page.locator('a[href^="javascript:" i], [onerror], [onmouseover], body script:not([src])').count() == 0
        text = page.locator("main").inner_text()
        if path.startswith("/documents/"):
            assert HOSTILE_TITLE in text, path
        if path == "/documents/1":
            assert SCRIPT in text and IMAGE in text and HOSTILE_OUTLET in text
            assert f"https://example.org/report?next={JAVASCRIPT_URL}" in text
        if path == "/documents/2":
            assert JAVASCRIPT_URL in text  # shown as text, never as a link
            assert page.locator("a.open-url").count() == 0
        if path.startswith("/persons/"):
            assert SCRIPT in text and IMAGE in text
    assert dialogs == []
