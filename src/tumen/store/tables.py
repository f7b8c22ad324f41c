"""What every group of case-base tables shares: one connection (inside the caller's transaction) and bounded
``IN (...)`` look-ups, deletes and inserts.

Statements run many times in an update are built once (see :mod:`tumen.store.case_queries`), their ``IN`` lists
bound at execution (:func:`any_of`): SQLAlchemy walks a statement built anew for its cache key each time, and
building and walking cost more than many small queries themselves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tumen.store import crypto

CHUNK = 500  # values bound in one IN (...) clause
VALUES = "values"  # the name of the list bound by any_of
T = TypeVar("T")


def chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def any_of(column: Any) -> Any:
    """``column IN (...)`` of the list bound as ``values`` when the statement runs (a chunk at a time)."""
    return column.in_(sa.bindparam(VALUES, expanding=True))


@cache
def _delete_of(table: sa.Table, column: Any) -> sa.Delete:
    return table.delete().where(any_of(column))


@cache
def _insert_of(table: sa.Table) -> sa.Insert:
    """One insert statement per table, built once: a statement built anew for every call is walked again for its
    cache key, which costs more than many small inserts themselves."""
    return table.insert()


class Tables:
    """Tables read and written on one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._checked = False  # whether the store is still sealed as it was when opened (see _insert)

    def _read_in(self, statement: Any, values: Iterable[Any], **params: Any) -> list[Any]:
        """The rows of a statement built with :func:`any_of` for these values (a chunk at a time), with ``params``
        bound as well."""
        rows: list[Any] = []
        for chunk in chunks(set(values)):
            rows += self.conn.execute(statement, {**params, VALUES: chunk}).all()
        return rows

    def _select_in(self, query: Any, column: Any, values: Iterable[Any]) -> list[Any]:
        """The rows of ``query`` whose ``column`` is one of these values (the statement built once a call)."""
        return self._read_in(query.where(any_of(column)), values)

    def _delete_in(self, table: sa.Table, column: Any, values: Iterable[Any]) -> None:
        for chunk in chunks(set(values)):
            self.conn.execute(_delete_of(table, column), {VALUES: chunk})

    def _insert(self, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
        if not self._checked:  # nothing plaintext into a store encrypted since it was opened, nor under an old key
            crypto.require_current(self.conn, crypto.sealer_of(self.conn.engine))
            self._checked = True
        for chunk in chunks(rows, 1000):
            self.conn.execute(_insert_of(table), chunk)
