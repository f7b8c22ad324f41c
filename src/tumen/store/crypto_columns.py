"""The case base's columns that hold people's words, sealed in an encrypted store (see :mod:`tumen.store.crypto`).

Declared as column types of the case base's tables (:mod:`tumen.store.case_schema`), the corrections and the
protection flags, so that every query reads and writes them through the same code whether the store is encrypted
or not:

- :class:`SealedJSON` and :class:`SealedText` — payloads (persons, statements with their quotes, facts, relations,
  the review queue, names of persons, organisations and places): sealed with AES-256-GCM and a fresh nonce,
  ``{"sealed": "tumen-sealed:1:…"}`` in a JSON column, ``tumen-sealed:1:…`` in a text column;
- :class:`FixedString` — look-up values (a person's normalised names, blocking keys): sealed deterministically
  with AES-SIV, so that ``column == value`` and ``column IN (…)`` still find them by index, and opened when read.

In a plaintext store each is its plain type (a value passes through). The associated data names the column, so
a value moved to another column does not open (within one column it is not bound to its row: the case base is
derived data, and ``tumen process --force`` derives it again). Sealed values are opened when read, by any query
that selects the column; SQL cannot compare, order or search inside them (``LIKE``), which the case base never
needs except to find persons by part of a name — :func:`name_items` indexes the words of each name instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.types import TypeDecorator

from tumen.errors import StoreError
from tumen.store import crypto
from tumen.store.crypto import Sealer
from tumen.store.tables import chunks

_PAGE = 1000  # rows re-sealed per statement
_STALE = "the store was encrypted since it was opened: open it again"


def column_ad(label: str) -> bytes:
    """Associated data of a sealed case-base column (``label``: ``table.column``)."""
    return f"tumen/case/{label}".encode()


class SealedText(TypeDecorator[str]):
    """Text sealed with a fresh nonce in an encrypted store; plain text otherwise."""

    impl = sa.Text
    cache_ok = True

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        sealer = crypto.sealer_for(dialect) if value is not None else None
        return value if sealer is None or value is None else sealer.seal_text(value, column_ad(self.label))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return open_value(value, dialect, self.label)


class SealedJSON(TypeDecorator[Any]):
    """A JSON value sealed whole (``{"sealed": …}``) in an encrypted store; plain JSON otherwise."""

    impl = sa.JSON
    cache_ok = True

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        sealer = crypto.sealer_for(dialect) if value is not None else None
        if sealer is None:
            return value
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return {crypto.SEALED_KEY: sealer.seal_text(text, column_ad(self.label))}

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if not isinstance(value, dict) or len(value) != 1:
            return value
        sealed = value.get(crypto.SEALED_KEY)
        if not isinstance(sealed, str) or not sealed.startswith(crypto.TEXT_PREFIX):
            return value
        return json.loads(open_value(sealed, dialect, self.label))


class FixedString(TypeDecorator[str]):
    """A look-up value sealed deterministically in an encrypted store (equal values seal equally); plain
    otherwise. A value whose sealing would not fit the column becomes a keyed hash (found, never read back)."""

    impl = sa.String
    cache_ok = True

    def __init__(self, label: str, length: int) -> None:
        super().__init__(length)
        self.label = label
        self.length = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        sealer = crypto.sealer_for(dialect) if value is not None else None
        if sealer is None or value is None or value.startswith(crypto.BLIND_PREFIX):
            return value
        return sealer.seal_fixed(value, column_ad(self.label), self.length)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, str) and value.startswith(crypto.FIXED_PREFIX):
            sealer = crypto.sealer_for(dialect)
            if sealer is None:
                raise StoreError(_STALE)
            return sealer.open_fixed(value, column_ad(self.label))
        return value  # plain, or a keyed hash


def open_value(value: Any, dialect: Dialect, label: str) -> Any:
    """A value of a :class:`SealedText` column opened (one read through a query that lost the column's type, such
    as a UNION); anything not sealed as it is."""
    if not isinstance(value, str) or not value.startswith(crypto.TEXT_PREFIX):
        return value
    sealer = crypto.sealer_for(dialect)
    if sealer is None:
        raise StoreError(_STALE)
    return sealer.open_text(value, column_ad(label))


# -- finding persons by part of a name ----------------------------------------------------------------------------
# In an encrypted store a person's names get, beside them, one row per word (and per Hangul, Chinese or Japanese
# n-gram up to crypto.GRAM_CAP) marked by this prefix; a normalised name never holds it (str.split() removes it).
NAME_PART = "\x1f"
_WORD = re.compile(r"\w+")


def _parts(word: str, query: bool) -> set[str]:
    run = crypto.UNSPACED_RUN.fullmatch(word)
    if run is None:
        return {NAME_PART + word}
    size = crypto.GRAM_CAP
    if query:
        grams = {word} if len(word) <= size else {word[i : i + size] for i in range(len(word) - size + 1)}
    else:
        grams = {word[i : i + n] for n in range(1, size + 1) for i in range(len(word) - n + 1)}
    return {NAME_PART + g for g in grams}


def name_items(normal: str) -> set[str]:
    """The name-part rows of one normalised name: its words, and its n-grams where it is written without spaces."""
    return {part for word in _WORD.findall(normal) for part in _parts(word, query=False)}


def name_part_rows(names: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """The name-part rows of ``person_names`` rows (``person_id``, ``normal``)."""
    parts = {(row["person_id"], part) for row in names for part in name_items(str(row["normal"]))}
    return [{"person_id": pid, "normal": part} for pid, part in sorted(parts)]


def add_name_parts(conn: Connection) -> None:
    """Before a plaintext store is sealed: the name-part rows of every stored name (``person_names``, plain)."""
    names = sa.table("person_names", sa.column("person_id", sa.String), sa.column("normal", sa.String))
    rows = name_part_rows(r._mapping for r in conn.execute(sa.select(names)) if not r.normal.startswith(NAME_PART))
    for chunk in chunks(rows, _PAGE):
        conn.execute(sa.insert(names), chunk)


def query_name_items(fragment: str) -> set[str]:
    """The name parts a name holding ``fragment`` as a whole word (or, unspaced, anywhere) must have."""
    return {part for word in _WORD.findall(fragment.lower()) for part in _parts(word, query=True)}


# -- sealing a store's case base in place (tumen keys init / rotate) ------------------------------------------------
def sealed_columns(metadata: sa.MetaData) -> Iterator[tuple[sa.Table, list[sa.Column[Any]]]]:
    """Every table with sealed columns, and those columns."""
    for table in metadata.sorted_tables:
        found = [c for c in table.columns if isinstance(c.type, SealedText | SealedJSON | FixedString)]
        if found:
            yield table, found


def _raw(table: sa.Table, columns: list[sa.Column[Any]] | None = None) -> sa.TableClause:
    """The table with these columns (None: all of them) and its key, as stored (no sealing on the way in or out)."""
    wanted = table.columns if columns is None else [*table.primary_key.columns, *columns]
    names = {c.name for c in wanted}
    return sa.table(table.name, *(sa.column(c.name, _impl(c)) for c in table.columns if c.name in names))


def _impl(column: sa.Column[Any]) -> Any:
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _convert(kind: Any, value: Any, opened_by: Sealer | None, sealer: Sealer) -> Any:
    """A stored value of a sealed column opened by ``opened_by`` (None: plain) and sealed by ``sealer``."""
    if value is None:
        return None
    ad = column_ad(kind.label)
    if isinstance(kind, FixedString):
        plain = opened_by.open_fixed(value, ad) if opened_by is not None else value
        return plain if plain.startswith(crypto.BLIND_PREFIX) else sealer.seal_fixed(plain, ad, kind.length)
    if isinstance(kind, SealedJSON):
        if opened_by is not None:
            value = json.loads(opened_by.open_text(value[crypto.SEALED_KEY], ad))
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return {crypto.SEALED_KEY: sealer.seal_text(text, ad)}
    plain = opened_by.open_text(value, ad) if opened_by is not None else value
    return sealer.seal_text(plain, ad)


def reseal_tables(conn: Connection, metadata: sa.MetaData, opened_by: Sealer | None, sealer: Sealer) -> int:
    """Every sealed column of every table rewritten under ``sealer`` (opened by ``opened_by``; None: plaintext),
    inside the caller's transaction. A table whose key holds a sealed column is rewritten whole. Returns the number
    of rows rewritten."""
    done = 0
    for table, columns in sealed_columns(metadata):
        if any(c.primary_key for c in columns):  # the key changes: the rows (short ones) go and come back whole
            raw = _raw(table)
            rows = [_converted(r, columns, opened_by, sealer) for r in conn.execute(sa.select(raw))]
            conn.execute(sa.delete(raw))
            for chunk in chunks(rows, _PAGE):
                conn.execute(sa.insert(raw), chunk)
            done += len(rows)
            continue
        raw = _raw(table, columns)
        key = [raw.c[c.name] for c in table.primary_key.columns]
        where = sa.and_(*(k == sa.bindparam("key_" + k.name) for k in key))
        update = sa.update(raw).where(where).values({c.name: sa.bindparam("new_" + c.name) for c in columns})
        query, last = sa.select(raw).order_by(*key).limit(_PAGE), None
        while True:  # a page at a time, in key order (the key does not change)
            page = conn.execute(query if last is None else query.where(sa.tuple_(*key) > sa.tuple_(*last))).all()
            if not page:
                break
            last = [page[-1]._mapping[k.name] for k in key]
            rows = [_converted(r, columns, opened_by, sealer) for r in page]
            values = [
                {**{"key_" + k.name: r[k.name] for k in key}, **{"new_" + c.name: r[c.name] for c in columns}}
                for r in rows
            ]
            conn.execute(update, values)
            done += len(rows)
    return done


def _converted(row: Any, columns: list[sa.Column[Any]], opened_by: Sealer | None, sealer: Sealer) -> dict[str, Any]:
    found = dict(row._mapping)
    for column in columns:
        found[column.name] = _convert(column.type, found[column.name], opened_by, sealer)
    return found
