"""The workbench under test: the invented sample corpus processed once into a SQLite store, served by uvicorn on a
free loopback port in a daemon thread, and driven by Debian's Chromium through Playwright (never Playwright's own
browser download). Screenshots go to ``tests/artifacts/`` (kept by CI as artifacts, ignored by git)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from tumen import Tumen
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
