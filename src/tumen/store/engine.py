"""Creating engines for SQLite files and PostgreSQL servers with safe settings."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from tumen.errors import ConfigError, StoreError


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL + NORMAL: a killed process never leaves a half-written transaction behind.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get WAL journalling and foreign keys."""
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError as exc:
        raise ConfigError(f"invalid database URL {url!r}: {exc}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            from pathlib import Path

            parent = Path(database).parent
            if not parent.is_dir():
                raise StoreError(f"cannot create database {database}: folder {parent} does not exist")
        engine = sa.create_engine(parsed, future=True)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        return sa.create_engine(parsed, future=True, pool_pre_ping=True)
    raise ConfigError(f"unsupported database {backend!r}: use a SQLite path or a postgresql+psycopg:// URL")


def describe(engine: Engine) -> str:
    """A short name for messages, without any password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)
