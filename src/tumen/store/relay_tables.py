"""The case base's tables of copies and relays: signatures and their bands, which outlets a document
credits, and which documents depend on which. Reads are bounded by publication windows, so absorbing one
document reads the few reports near it in time, not every report of an outlet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from tumen.store import case_queries as q
from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.schema import documents
from tumen.store.search import sealed_mentioning
from tumen.store.tables import VALUES, Tables

Dated = tuple[int, date | None, str | None]  # (document id, published, its precision)


class RelayTables(Tables):
    """Part of :class:`tumen.store.casebase.CaseTables`."""

    _outlets: list[str] | None = None

    def add_signature(self, doc_id: int, signature: bytes, bands: Sequence[str]) -> None:
        self._insert(t.signatures, [{"document_id": doc_id, "signature": signature}])
        self._insert(t.signature_bands, [{"band": b, "document_id": doc_id} for b in bands])

    def sharing_bands(self, bands: Sequence[str], doc_id: int) -> dict[int, bytes]:
        others = {int(r[0]) for r in self._read_in(q.documents_with_bands, bands)} - {doc_id}
        return {int(r[0]): bytes(r[1]) for r in self._read_in(q.signatures, others)}

    def outlets(self) -> list[str]:
        """Every outlet of the store, read once per update (:meth:`saw_outlet` adds the ones it brings)."""
        if self._outlets is None:
            query = sa.select(documents.c.outlet).where(documents.c.outlet.is_not(None)).distinct()
            self._outlets = sorted(str(o) for o in self.conn.execute(query).scalars())
        return self._outlets

    def saw_outlet(self, outlet: str | None) -> None:
        if outlet and self._outlets is not None and outlet not in self._outlets:
            self._outlets = sorted([*self._outlets, outlet])

    def outlet_documents(
        self, outlets: Iterable[str], exclude: int, window: tuple[date, date] | None, undated: bool = True
    ) -> list[Dated]:
        """Documents of these outlets published in ``window`` (all of them without a window), and those
        without a publication date when ``undated``."""
        query = q.outlet_documents[(window is not None, undated)]
        rows = self._read_in(query, outlets, exclude=exclude, **_window(window))
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def outlet_has_others(self, outlets: Sequence[str], exclude: int) -> bool:
        """Does any other document come from one of these outlets?"""
        if not outlets:
            return False
        return self.conn.execute(q.outlet_has_others, {VALUES: list(outlets), "exclude": exclude}).first() is not None

    def citing(self, outlet: str, window: tuple[date, date] | None = None, undated: bool = True) -> list[Dated]:
        """Documents crediting this outlet (key), published in ``window`` (all without one)."""
        query = q.citing[(window is not None, undated)]
        return [(int(r[0]), r[1], r[2]) for r in self.conn.execute(query, {"outlet": outlet, **_window(window)})]

    def texts_mentioning(self, phrase: str, exclude: int) -> Iterator[tuple[int, str | None, Any, str]]:
        """(id, outlet, published, text) of documents whose text contains the phrase (any case)."""
        sealer = crypto.sealer_of(self.conn.engine)
        if sealer is not None:  # an encrypted store: its blind index narrows, the opened texts decide
            yield from sealed_mentioning(self.conn, sealer, phrase, exclude)
            return
        pattern = "%" + phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for row in self.conn.execute(q.texts_mentioning, {"pattern": pattern, "exclude": exclude}):
            yield int(row[0]), row[1], row[2], str(row[3])

    def add_citations(self, doc_id: int, outlets: Iterable[str]) -> None:
        known = set(self.conn.execute(q.citations_of, {"doc": doc_id}).scalars())
        self._insert(t.citations, [{"document_id": doc_id, "outlet": o} for o in sorted(set(outlets) - known)])

    def add_dependencies(self, rows: Iterable[tuple[int, int, str]]) -> None:
        found = set(rows)
        stored = self._read_in(q.dependencies, {r[0] for r in found})
        fresh = sorted(found - {(int(a), int(b), str(w)) for a, b, w in stored})
        self._insert(t.dependencies, [{"document_id": a, "depends_on": b, "why": w} for a, b, w in fresh])

    def dependencies_among(self, docs: Iterable[int]) -> list[tuple[int, int, str]]:
        """(document, depends on, why) for each of these documents, whatever it depends on."""
        rows = self._read_in(q.dependencies, set(docs))
        return sorted((int(a), int(b), str(w)) for a, b, w in rows)


def widened(window: tuple[date, date], before: int, after: int) -> tuple[date, date]:
    """A window of publication *start* days: ``before`` days earlier, ``after`` days later."""
    return window[0] - timedelta(days=before), window[1] + timedelta(days=after)


def _window(window: tuple[date, date] | None) -> dict[str, date]:
    """The parameters of a look-up in a publication window (see ``case_queries._in_window``)."""
    return {} if window is None else {"start": window[0], "end": window[1]}
