"""Reads of the stored case base for case files, listings and exports (see :mod:`tumen.store.casebase`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.casebase import CaseTables
from tumen.store.crypto_columns import NAME_PART, query_name_items
from tumen.store.tables import CHUNK


class CaseReader(CaseTables):
    """Reads of the case base for case files, listings and exports: each one query or a few."""

    def follow(self, entity_id: str) -> str:
        """The live id for an id that may have been merged into another."""
        r = t.redirects
        target = self.conn.execute(sa.select(r.c.target).where(r.c.id == entity_id)).scalar()
        return str(target) if target else entity_id

    def person_ids_named(self, normal: str) -> list[str]:
        pn, p = t.person_names, t.persons
        query = (
            sa.select(pn.c.person_id)
            .join(p, p.c.id == pn.c.person_id)
            .where(pn.c.normal == normal)
            .order_by(p.c.mentions.desc(), p.c.id)
        )
        return list(dict.fromkeys(self.conn.execute(query).scalars()))

    def person_ids_like(self, fragment: str, limit: int = 200) -> list[str]:
        """Persons one of whose normalised names holds ``fragment`` (at most ``limit``)."""
        pn = t.person_names
        if crypto.sealer_of(self.conn.engine) is not None:
            return self._sealed_ids_like(fragment, limit)
        pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = sa.select(pn.c.person_id, pn.c.normal).where(pn.c.normal.like(pattern, escape="\\")).limit(limit)
        return list(dict.fromkeys(r[0] for r in self.conn.execute(query)))

    def _sealed_ids_like(self, fragment: str, limit: int) -> list[str]:
        """In an encrypted store: persons having every word (unspaced: every n-gram) of ``fragment`` among the words
        of their names, then those whose opened names hold it. A fragment inside a longer word ("ang" in "kang") is
        not found, unless the name is written without spaces (Hangul)."""
        pn = t.person_names
        candidates: set[str] | None = None
        for part in sorted(query_name_items(fragment)):
            found = set(self.conn.execute(sa.select(pn.c.person_id).where(pn.c.normal == part)).scalars())
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return []
        names = self.person_names_of(candidates or ())
        return sorted(pid for pid, normals in names.items() if any(fragment in n for n in normals))[:limit]

    def person_names_of(self, ids: Iterable[str]) -> dict[str, list[str]]:
        pn = t.person_names
        found: dict[str, list[str]] = {}
        for pid, normal in self._select_in(sa.select(pn.c.person_id, pn.c.normal), pn.c.person_id, ids):
            if not normal.startswith(NAME_PART):  # an encrypted store's word rows are not names
                found.setdefault(pid, []).append(normal)
        return found

    def list_persons(
        self,
        status: str | None = None,
        at_risk: bool | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        p = t.persons
        query = sa.select(p.c.data).order_by(p.c.mentions.desc(), p.c.id)
        if status:
            query = query.where(p.c.status == status)
        if at_risk is not None:
            query = query.where(p.c.at_risk.is_(at_risk))
        if ids is not None:
            query = query.where(p.c.id.in_(list(ids)[:CHUNK]))
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [dict(d) for d in self.conn.execute(query).scalars()]

    def every(self, table: sa.Table, *order: Any) -> Iterator[Any]:
        yield from self.conn.execute(sa.select(table).order_by(*order)).yield_per(500)

    def relations_of(self, entities: Iterable[str]) -> list[dict[str, Any]]:
        r = t.relations
        wanted = set(entities)
        rows = self._select_in(sa.select(r.c.id, r.c.data), r.c.subject, wanted)
        rows += self._select_in(sa.select(r.c.id, r.c.data), r.c.object, wanted)
        return [dict(d) for _id, d in sorted({i: d for i, d in rows}.items())]

    def review(self, limit: int | None = None) -> list[tuple[str, str, float, dict[str, Any]]]:
        rp = t.review_pairs
        query = sa.select(rp.c.left_record, rp.c.right_record, rp.c.score, rp.c.data).order_by(
            rp.c.score.desc(), rp.c.left_record, rp.c.right_record
        )
        if limit is not None:
            query = query.limit(limit)
        return [(r[0], r[1], float(r[2]), dict(r[3])) for r in self.conn.execute(query)]
