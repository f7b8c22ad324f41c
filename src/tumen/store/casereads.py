"""Reads of the stored case base for case files, listings and exports (see :mod:`tumen.store.casebase`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from tumen.store import case_schema as t
from tumen.store.casebase import CaseTables
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
        pn = t.person_names
        pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = sa.select(pn.c.person_id, pn.c.normal).where(pn.c.normal.like(pattern, escape="\\")).limit(limit)
        return list(dict.fromkeys(r[0] for r in self.conn.execute(query)))

    def person_names_of(self, ids: Iterable[str]) -> dict[str, list[str]]:
        pn = t.person_names
        found: dict[str, list[str]] = {}
        for pid, normal in self._select_in(sa.select(pn.c.person_id, pn.c.normal), pn.c.person_id, ids):
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
