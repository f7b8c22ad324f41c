"""The HTML case report in a real browser (Debian's Chromium through Playwright) and on PostgreSQL.

Chromium opens the downloaded report of a person whose evidence is hostile markup: the page must make no request
at all beyond itself, run no script, and show the quote exactly as written; citations must lead to their sources.
The same report built from a PostgreSQL store says what the SQLite one says.
"""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Page

from accounts_testing import sign_in_client
from tumen import Tumen
from tumen.export.report import report_for
from tumen.export.report_wgeid import WgeidReport
from tumen.web import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = """Witness describes arrest of Yun Ha-rim

Yun Ha-rim was arrested by police in Chongjin in May 2020, according to a former neighbour who wrote: \
"</p><script>alert('x')</script> <img src=http://127.0.0.1:PORT/x onerror=alert(2)> they came at dawn".
Yun Ha-rim was later held in Chongjin, the neighbour said. Her mother has searched for her ever since.
"""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": ["--disable-gpu", "--disable-quic"]}


@pytest.fixture
def port() -> Iterator[socket.socket]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    yield listener
    listener.close()


def _contacted(listener: socket.socket) -> bool:
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


def _ingest(tumen: Tumen, folder: Path, port: int) -> None:
    source = folder / "yun.txt"
    source.write_text(HOSTILE.replace("PORT", str(port)), encoding="utf-8")
    tumen.ingest([str(source)], meta={"outlet": "North Watch", "published": "2020-06-01", "title": "<i>Chongjin</i>"})
    tumen.process(workers=1)


def test_html_report_in_chromium_loads_nothing_and_runs_nothing(
    page: Page, port: socket.socket, tmp_path: Path
) -> None:
    with Tumen.init(f"sqlite:///{tmp_path / 'tumen.db'}") as tumen:
        _ingest(tumen, tmp_path, port.getsockname()[1])
        person = tumen.find_persons("Yun Ha-rim")[0]
        quote = next(s.quote for f in tumen.case_file(person).facts for s in f.supports if "<script>" in s.quote)
        download = sign_in_client(TestClient(create_app(tumen))).get(f"/persons/{person.id}/report.html")
    assert download.status_code == 200
    path = tmp_path / "report.html"
    path.write_bytes(download.content)
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert requests == [path.as_uri()]
    assert dialogs == []
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    quotes = page.locator("#sources .quote").all_inner_texts()
    assert quote in quotes
    assert "<i>Chongjin</i>" in page.locator("#sources").inner_text()
    first = page.locator("#timeline .cite a").first
    target = first.get_attribute("href")
    assert target is not None and page.locator(target).count() == 1
    first.click()
    assert page.url.endswith(target)
    assert requests == [path.as_uri()]
    assert not _contacted(port)


@pytest.mark.postgres
def test_report_from_postgresql_says_what_sqlite_says(
    pg_url: str, sqlite_url: str, port: socket.socket, tmp_path: Path
) -> None:
    reports = []
    for url in (pg_url, sqlite_url):
        with Tumen.init(url) as tumen:
            _ingest(tumen, tmp_path, port.getsockname()[1])
            report = report_for(tumen, tumen.find_persons("Yun Ha-rim")[0], "wgeid")
            assert isinstance(report, WgeidReport)
            reports.append(report)
    pg, lite = reports
    assert pg.sections == lite.sections and pg.sources == lite.sources and pg.missing == lite.missing
    fields = {f.label: f for s in pg.sections for f in s.fields}
    assert fields["Date"].values and fields["Place"].values and not fields["Nationality"].values
    assert any("searched" in v.text for v in fields["Searches, inquiries, complaints"].values)
