"""Shared fixtures: a fresh store on a real SQLite file and on the real PostgreSQL server.

PostgreSQL tests read the server's URL from ``TUMEN_TEST_POSTGRES_URL`` (``.ci/run`` sets it)
and are skipped, with that reason shown, only when it is unset.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pg_testing import PG_ENV, fresh_database, pg_admin_url
from tumen import Tumen

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"


def case_base_export(tumen: Tumen) -> dict[str, Any]:
    """The whole stored case base as the JSON export has it, without the versions block (which names the run), in
    a form two runs can be compared by (``==``)."""
    from tumen.export.json_export import to_json

    data = to_json(tumen.casebase())
    data.pop("versions", None)
    found: dict[str, Any] = json.loads(json.dumps(data, sort_keys=True))
    return found


def sample_export(folder: Path) -> dict[str, Any]:
    """The sample corpus ingested into a new SQLite store in ``folder`` and processed in this process (one
    worker): the reference case base other ways of processing are compared with."""
    tumen = Tumen.init(str(folder / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    tumen.process(workers=1)
    exported = case_base_export(tumen)
    tumen.close()
    return exported


SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A database of its own on the PostgreSQL server for this test session."""
    admin = pg_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    with fresh_database(admin, "tumen_test") as url:
        yield url


@pytest.fixture
def pg_url(pg_database: str) -> str:
    """The session's PostgreSQL database, emptied for this test."""
    engine = sa.create_engine(pg_database)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return pg_database


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tumen.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs twice: on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tumen.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def tumen(db_url: str) -> Iterator[Tumen]:
    t = Tumen.init(db_url)
    yield t
    t.close()


@pytest.fixture
def lite(sqlite_url: str) -> Iterator[Tumen]:
    """A fresh store on a SQLite file, for tests about inputs rather than engines."""
    t = Tumen.init(sqlite_url)
    yield t
    t.close()
