"""A database of its own on the PostgreSQL server whose URL ``TUMEN_TEST_POSTGRES_URL`` gives (``.ci/run`` sets it),
for the shared fixtures and for a module that builds a store of its own on each backend."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

PG_ENV = "TUMEN_TEST_POSTGRES_URL"


def pg_admin_url() -> str | None:
    """The server's URL with the psycopg driver named, or None when the variable is unset."""
    url = os.environ.get(PG_ENV)
    if not url:
        return None
    return url if "+psycopg" in url else url.replace("postgresql://", "postgresql+psycopg://", 1)


@contextmanager
def fresh_database(admin: str, prefix: str) -> Iterator[str]:
    """A new database named ``prefix`` and a random suffix (its URL), dropped afterwards with whatever is still
    connected to it."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
                "AND pid <> pg_backend_pid()"
            )
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        engine.dispose()
