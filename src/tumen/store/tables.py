"""What every group of case-base tables shares: one connection (inside the caller's transaction) and bounded
``IN (...)`` look-ups, deletes and inserts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

CHUNK = 500  # values bound in one IN (...) clause
T = TypeVar("T")


def chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Tables:
    """Tables read and written on one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _select_in(self, query: Any, column: Any, values: Iterable[Any]) -> list[Any]:
        rows: list[Any] = []
        for chunk in chunks(set(values)):
            rows += self.conn.execute(query.where(column.in_(chunk))).all()
        return rows

    def _delete_in(self, table: sa.Table, column: Any, values: Iterable[Any]) -> None:
        for chunk in chunks(set(values)):
            self.conn.execute(table.delete().where(column.in_(chunk)))

    def _insert(self, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
        for chunk in chunks(rows, 1000):
            self.conn.execute(table.insert(), chunk)
