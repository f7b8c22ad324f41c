"""The workbench under test: the invented sample corpus processed once into a SQLite store, served by uvicorn on a
free loopback port in a daemon thread, and driven by Debian's Chromium through Playwright (never Playwright's own
browser download). Screenshots go to ``tests/artifacts/`` (kept by CI as artifacts, ignored by git).

Every request to the workbench must be signed in: the sample store holds an admin account, ``sign_in`` signs a
TestClient in (a session through the login form, with its CSRF token sent as ``X-CSRF-Token``, or an API token),
and a Playwright ``page`` used with ``live_server`` starts signed in as that admin (``sign_in_browser`` does it
for a server of a test's own)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import Page

from accounts_testing import ensure_account, sign_in_client, sign_in_page
from tumen import Tumen
from tumen.store import accounts
from tumen.web import create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested and processed once per session; tests copy it before changing anything."""
    path = tmp_path_factory.mktemp("sample") / "tumen.db"
    with Tumen.init(f"sqlite:///{path}") as tumen:
        tumen.ingest([str(EXAMPLES)])
        tumen.process(workers=1)
        ensure_account(tumen, "admin")
    return path


@pytest.fixture
def web_tumen(sample_db: Path, tmp_path: Path) -> Iterator[Tumen]:
    """A private copy of the processed sample store, open."""
    path = tmp_path / "tumen.db"
    shutil.copyfile(sample_db, path)
    with Tumen.open(f"sqlite:///{path}") as tumen:
        yield tumen


class LiveServer:
    def __init__(self, tumen: Tumen) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.tumen = tumen
        _made, secret = accounts.add_token(tumen.store.engine, ensure_account(tumen, "admin"), "live server tests")
        self.api_headers = {"Authorization": f"Bearer {secret}"}  # a script's way in to /api
        config = uvicorn.Config(create_app(tumen), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def live_server(web_tumen: Tumen) -> Iterator[LiveServer]:
    with LiveServer(web_tumen) as server:
        yield server


@pytest.fixture(scope="session")
def sign_in() -> Callable[..., TestClient]:
    """``sign_in(client, role="admin", via="session")``: the client signed in (see :func:`sign_in_client`)."""
    return sign_in_client


@pytest.fixture(scope="session")
def sign_in_browser() -> Callable[..., Page]:
    """``sign_in_browser(page, url, tumen, role="admin")``: the page signed in (see :func:`sign_in_page`)."""
    return sign_in_page


@pytest.fixture
def page(page: Page, request: pytest.FixtureRequest) -> Page:
    """pytest-playwright's page, signed in as the test admin when the test uses ``live_server``."""
    if "live_server" in request.fixturenames:
        server = request.getfixturevalue("live_server")
        sign_in_page(page, server.url, server.tumen)
    return page


@pytest.fixture(scope="session")
def base_url() -> None:
    """No session-wide base URL: each test has its own server; use ``page.goto(live_server.url + "/persons")``."""
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": ["--disable-gpu", "--disable-quic"]}


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
