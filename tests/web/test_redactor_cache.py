"""The readers' redactor is kept between requests (building it reads and compiles every person) and is never used
after the persons it was built from changed: protecting or unprotecting a person, or a new document naming a new
person at risk, reaches the very next reader request — done by another process (another connection to the store),
as ``tumen protect`` and ``tumen process`` do. Without the version check the same sequence leaks a name, so these
tests would go red.

The store: the invented documents of ``reader_view_corpus`` (Choi Eun-ha at risk; Lim Dae-ho and Han Ji-won free).
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from helpers import processed_store
from reader_view_corpus import DOCUMENTS, PSEUDONYM
from tumen import Tumen
from tumen.protect.public import RedactorCache
from tumen.protect.redact import Identity, Redactor
from tumen.store import case_schema as t
from tumen.store.versions import persons_version
from tumen.web import create_app
from tumen.web import public as web_public

LIM = ("lim dae-ho", "dae-ho", "dae ho", "daeho")  # Lim Dae-ho's spellings in the corpus and its slugs
KANG = ("kang mi-rae", "mi-rae", "kang's")
ROW = {"id": "P1", "name": "Invented", "status": "unknown", "at_risk": False, "anonymous": False, "mentions": 0,
       "origin": "1:1", "data": {}}  # fmt: skip
NEW_DOCUMENT = {
    "text": "Kang Mi-rae, a 35-year-old nurse from Hyesan, was arrested by North Korean security agents in Hyesan "
    "in June 2023 and is being held in a detention centre there, a relative told Imaginary Radio. Kang's "
    "family has had no word since.\n\n[Invented test document]",
    "title": "Nurse Kang Mi-rae arrested in Hyesan",
    "url": "https://radio.example.org/2023/07/nurse-arrested",
    "outlet": "Imaginary Radio",
    "published": "2023-07-10",
    "language": "en",
}


@pytest.fixture(scope="module")
def reader_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return processed_store(tmp_path_factory.mktemp("redactor-cache"), DOCUMENTS)


@pytest.fixture
def db_path(reader_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("TUMEN_PSEUDONYM_KEY", "TUMEN_PSEUDONYM_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "tumen.db"
    shutil.copyfile(reader_db, path)
    return path


@pytest.fixture
def served(db_path: Path) -> Iterator[tuple[Tumen, Any]]:
    with Tumen.open(f"sqlite:///{db_path}") as tumen:
        yield tumen, create_app(tumen)


def _person(tumen: Tumen, name: str) -> str:
    found = [p.id for p in tumen.persons() if p.name == name]
    assert len(found) == 1, name
    return found[0]


def _views(client: TestClient, person: str) -> dict[str, str]:
    """What a reader reads about ``person``: the case file (API and page), the documents, a search, the listing."""
    urls = [f"/api/persons/{person}", f"/persons/{person}", "/api/persons?limit=500", "/api/search?q=Seoul"]
    urls += ["/api/search?q=Hyesan", "/api/events?limit=500"]
    urls += [f"/api/documents/{n}" for n in range(1, len(DOCUMENTS) + 1)]
    found = {}
    for url in urls:
        answer = client.get(url)
        assert answer.status_code == 200, (url, answer.text[:300])
        found[url] = answer.text
        if answer.headers["content-type"].startswith("application/json"):  # JSON escapes undone
            found[url] += "\n" + json.dumps(answer.json(), ensure_ascii=False)
    return found


def _named(views: dict[str, str], spellings: tuple[str, ...]) -> list[str]:
    return [url for url, body in views.items() if any(s in body.casefold() for s in spellings)]


def _cache(app: Any) -> RedactorCache:
    cache = app.state.redactor_cache
    assert isinstance(cache, RedactorCache)
    return cache


def test_the_redactor_is_kept_while_nothing_changes(
    served: tuple[Tumen, Any], sign_in: Callable[..., TestClient]
) -> None:
    tumen, app = served
    lim = _person(tumen, "Lim Dae-ho")
    with TestClient(app) as client:
        sign_in(client, "reader")
        first = _views(client, lim)
        second = _views(client, lim)
    assert _cache(app).builds == 1, "one build for every request of the same version"
    assert first == second
    assert _named(first, LIM), "Lim Dae-ho is not at risk: a reader sees his name"


def test_protecting_and_unprotecting_reach_the_next_reader_request(
    served: tuple[Tumen, Any], db_path: Path, sign_in: Callable[..., TestClient]
) -> None:
    tumen, app = served
    lim = _person(tumen, "Lim Dae-ho")
    with TestClient(app) as client:
        sign_in(client, "reader")
        assert _named(_views(client, lim), LIM)
        with Tumen.open(f"sqlite:///{db_path}") as elsewhere:  # another process's connection: `tumen protect`
            elsewhere.protect(lim, "threatened after the interview", by="test-analyst")
        protected = _views(client, lim)
        assert _named(protected, LIM) == [], "a protected person's name never comes from a stale redactor"
        assert PSEUDONYM.search(protected[f"/api/persons/{lim}"])
        with Tumen.open(f"sqlite:///{db_path}") as elsewhere:
            elsewhere.unprotect(lim, "the threat was withdrawn", by="test-analyst")
        assert _named(_views(client, lim), LIM), "unprotected: his name is shown again"
    assert _cache(app).builds == 3


def test_a_new_person_at_risk_reaches_the_next_reader_request(
    served: tuple[Tumen, Any], db_path: Path, tmp_path: Path, sign_in: Callable[..., TestClient]
) -> None:
    tumen, app = served
    lim = _person(tumen, "Lim Dae-ho")
    batch = tmp_path / "new.jsonl"
    batch.write_text(json.dumps(NEW_DOCUMENT, ensure_ascii=False) + "\n", encoding="utf-8")
    with TestClient(app) as client:
        sign_in(client, "reader")
        _views(client, lim)  # the redactor of the store before the new document is kept
        with Tumen.open(f"sqlite:///{db_path}") as elsewhere:  # `tumen ingest` + `tumen process`
            elsewhere.ingest([str(batch)])
            elsewhere.process(workers=1)
        kang = _person(tumen, "Kang Mi-rae")
        assert next(p for p in tumen.persons() if p.id == kang).at_risk, "detained: at risk by the rules"
        views = _views(client, kang)
        views["new document"] = client.get(f"/api/documents/{len(DOCUMENTS) + 1}").text
    assert _named(views, KANG) == [], "the new person at risk is redacted at once"
    assert PSEUDONYM.search(views["new document"])


def test_without_the_version_a_kept_redactor_would_leak(
    served: tuple[Tumen, Any], db_path: Path, sign_in: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The version check removed (a constant version): protecting Lim Dae-ho is not seen, and his name leaks —
    the sequence above catches a cache that forgets to look."""
    monkeypatch.setattr(web_public, "persons_version", lambda _engine: 0)
    tumen, app = served
    lim = _person(tumen, "Lim Dae-ho")
    with TestClient(app) as client:
        sign_in(client, "reader")
        _views(client, lim)
        with Tumen.open(f"sqlite:///{db_path}") as elsewhere:
            elsewhere.protect(lim, "threatened after the interview", by="test-analyst")
        assert _named(_views(client, lim), LIM), "a stale redactor shows the name"


def test_the_counter_moves_with_every_change_of_persons_only_when_committed(db_url: str) -> None:
    """On SQLite (a trigger per row) and PostgreSQL (per statement): insert, update and delete bump the counter in
    their transaction; a rolled-back change leaves it; other tables do not move it."""
    p = t.persons
    row = ROW
    with Tumen.init(db_url) as tumen:
        engine = tumen.store.engine
        seen = [persons_version(engine)]
        for change in (p.insert().values(**row), p.update().values(at_risk=True), p.delete()):
            with engine.begin() as conn:
                conn.execute(change)
            seen.append(persons_version(engine))
        assert seen[1] > seen[0] and seen[2] > seen[1] and seen[3] > seen[2], seen
        with pytest.raises(RuntimeError), engine.begin() as conn:
            conn.execute(p.insert().values(**row))
            raise RuntimeError("rolled back")
        assert persons_version(engine) == seen[3]
        with engine.begin() as conn:
            conn.execute(t.redirects.insert().values(id="P2", target="P3"))
        assert persons_version(engine) == seen[3]


def test_concurrent_requests_of_a_new_version_build_once() -> None:
    cache = RedactorCache()
    started = threading.Event()
    built: list[int] = []

    def build() -> Redactor:
        built.append(1)
        started.wait(0.2)
        return Redactor({"P1": "Person ABCDEF"}, [Identity("P1", ("Invented Name",))])

    found: list[Redactor] = []
    threads = [threading.Thread(target=lambda: found.append(cache.get((1, "k"), build))) for _ in range(8)]
    for thread in threads:
        thread.start()
    started.set()
    for thread in threads:
        thread.join()
    assert built == [1] and len({id(r) for r in found}) == 1
    assert cache.get((2, "k"), build) is not found[0] and built == [1, 1]


def test_the_counter_is_read_not_guessed(db_url: str) -> None:
    """A store whose counter row is gone (never changed since the counter exists) reads 0, and the next change
    makes it again."""
    with Tumen.init(db_url) as tumen:
        engine = tumen.store.engine
        with engine.begin() as conn:
            conn.execute(sa.delete(t.case_versions))
        assert persons_version(engine) == 0
        with engine.begin() as conn:
            conn.execute(t.persons.delete())
            conn.execute(t.persons.insert().values(**{**ROW, "id": "P9"}))
        assert persons_version(engine) >= 1
