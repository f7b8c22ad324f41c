"""Reading and writing the case base's tables (see :mod:`tumen.store.case_schema`).

:class:`CaseTables` works on one connection, so the pipeline can change a region of the case
base in one transaction; every method is one or a few indexed queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from tumen.model import DocumentInfo
from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.crypto_columns import name_part_rows
from tumen.store.documents import _INFO_COLUMNS, _info_kwargs, open_text
from tumen.store.relay_tables import RelayTables
from tumen.store.schema import documents, extractions, judgements
from tumen.store.tables import chunks


class CaseTables(RelayTables):
    """The case base's tables on one connection (inside the caller's transaction)."""

    # -- documents -------------------------------------------------------------------------
    def pending(self) -> list[int]:
        """Documents whose current extraction the case base has not absorbed (or that it holds
        without an extraction any more)."""
        cd = t.case_documents
        query = (
            sa.select(extractions.c.document_id)
            .outerjoin(cd, cd.c.document_id == extractions.c.document_id)
            .where(sa.or_(cd.c.document_id.is_(None), cd.c.version != extractions.c.version))
        )
        found = {int(i) for i in self.conn.execute(query).scalars()}
        orphans = sa.select(cd.c.document_id).where(~cd.c.document_id.in_(sa.select(extractions.c.document_id)))
        found |= {int(i) for i in self.conn.execute(orphans).scalars()}
        return sorted(found)

    def infos(self, ids: Iterable[int]) -> dict[int, DocumentInfo]:
        rows = self._select_in(sa.select(*_INFO_COLUMNS), documents.c.id, ids)
        sealer = crypto.sealer_of(self.conn.engine)
        return {int(r._mapping["id"]): DocumentInfo(**_info_kwargs(r, sealer)) for r in rows}

    def text(self, doc_id: int) -> str:
        row = self.conn.execute(sa.select(documents.c.sha256, documents.c.text).where(documents.c.id == doc_id)).one()
        return open_text(crypto.sealer_of(self.conn.engine), str(row[0]), str(row[1]))

    def extraction(self, doc_id: int) -> tuple[str, dict[str, Any]] | None:
        query = sa.select(extractions.c.version, extractions.c.data).where(extractions.c.document_id == doc_id)
        row = self.conn.execute(query).first()
        if row is None:
            return None
        return str(row[0]), dict(crypto.open_json(crypto.sealer_of(self.conn.engine), doc_id, row[1]))

    def mark(self, doc_id: int, version: str) -> None:
        self.conn.execute(t.case_documents.insert().values(document_id=doc_id, version=version))

    def forget(self, doc_ids: Iterable[int]) -> None:
        """Remove everything the case base took from these documents (their derived rows only), a chunk of
        documents per statement."""
        deps = t.dependencies
        for chunk in chunks(sorted(set(doc_ids))):
            self.conn.execute(
                t.statement_entities.delete().where(
                    t.statement_entities.c.statement.in_(
                        sa.select(t.statements.c.id).where(t.statements.c.document_id.in_(chunk))
                    )
                )
            )
            self.conn.execute(
                t.record_keys.delete().where(
                    t.record_keys.c.record.in_(
                        sa.select(t.case_records.c.key).where(t.case_records.c.document_id.in_(chunk))
                    )
                )
            )
            for table in (
                t.case_documents,
                t.case_records,
                t.statements,
                t.named_mentions,
                t.relation_statements,
                t.signatures,
                t.signature_bands,
                t.citations,
            ):
                self.conn.execute(table.delete().where(table.c.document_id.in_(chunk)))
            self.conn.execute(deps.delete().where(sa.or_(deps.c.document_id.in_(chunk), deps.c.depends_on.in_(chunk))))

    # -- records ---------------------------------------------------------------------------
    def add_records(self, rows: Sequence[dict[str, Any]], keys: Sequence[dict[str, Any]]) -> None:
        self._insert(t.case_records, rows)
        self._insert(t.record_keys, keys)

    def records_of_documents(self, docs: Iterable[int]) -> dict[str, str | None]:
        query = sa.select(t.case_records.c.key, t.case_records.c.person_id)
        return {r[0]: r[1] for r in self._select_in(query, t.case_records.c.document_id, docs)}

    def block_keys(self, records: Iterable[str]) -> set[str]:
        """The blocking keys of these records that can pair anyone: a given-name-only key ("G|…")
        counts only while some record in it has no surname."""
        rk = t.record_keys
        found = {r[0] for r in self._select_in(sa.select(rk.c.key), rk.c.record, records)}
        given_only = [k for k in found if k.startswith("G|")]
        active = set()
        for chunk in chunks(given_only):
            query = sa.select(rk.c.key).where(rk.c.key.in_(chunk), rk.c.surname.is_(False)).distinct()
            active |= set(self.conn.execute(query).scalars())
        return {k for k in found if not k.startswith("G|") or k in active}

    def records_with_keys(self, keys: Iterable[str]) -> set[str]:
        rk = t.record_keys
        return {r[0] for r in self._select_in(sa.select(rk.c.record), rk.c.key, keys)}

    def anchors(self, records: Iterable[str]) -> set[str]:
        """Records anchored to these ("her son" -> the mother) and these records' anchors."""
        cr = t.case_records
        wanted = list(records)
        found = {r[0] for r in self._select_in(sa.select(cr.c.key), cr.c.anchor, wanted)}
        found |= {r[0] for r in self._select_in(sa.select(cr.c.anchor), cr.c.key, wanted) if r[0]}
        return found

    def members(self, person_ids: Iterable[str]) -> set[str]:
        cr = t.case_records
        return {r[0] for r in self._select_in(sa.select(cr.c.key), cr.c.person_id, person_ids)}

    def records(self, keys: Iterable[str]) -> dict[str, tuple[str | None, dict[str, Any]]]:
        """key -> (person id, stored record data)."""
        cr = t.case_records
        query = sa.select(cr.c.key, cr.c.person_id, cr.c.data)
        return {r[0]: (r[1], dict(r[2])) for r in self._select_in(query, cr.c.key, keys)}

    def person_of(self, keys: Iterable[str]) -> dict[str, str]:
        cr = t.case_records
        query = sa.select(cr.c.key, cr.c.person_id)
        return {r[0]: r[1] for r in self._select_in(query, cr.c.key, keys) if r[1]}

    def set_persons_of(self, mapping: dict[str, str]) -> None:
        by_person: dict[str, list[str]] = {}
        for key, person_id in mapping.items():
            by_person.setdefault(person_id, []).append(key)
        cr = t.case_records
        for person_id, keys in by_person.items():
            for chunk in chunks(keys):
                self.conn.execute(cr.update().where(cr.c.key.in_(chunk)).values(person_id=person_id))

    def judgements(self, records: Iterable[str]) -> list[tuple[str, str, str, str]]:
        """The latest decision of every judged pair with a record among these."""
        wanted = set(records)
        j = judgements
        query = sa.select(j.c.id, j.c.left_record, j.c.right_record, j.c.judgement, j.c.decided_by)
        rows = self._select_in(query, j.c.left_record, wanted) + self._select_in(query, j.c.right_record, wanted)
        latest: dict[tuple[str, str], tuple[int, tuple[str, str, str, str]]] = {}
        for row in rows:
            number, left, right, judgement, by = row
            if (left, right) not in latest or latest[(left, right)][0] < number:
                latest[(left, right)] = (number, (left, right, judgement, by))
        return [item for _n, item in sorted(latest.values())]

    # -- persons ---------------------------------------------------------------------------
    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Id -> name of persons and of organisations, groups and places."""
        wanted = set(ids)
        p, n = t.persons, t.named
        found = {r[0]: r[1] for r in self._select_in(sa.select(p.c.id, p.c.name), p.c.id, wanted)}
        found |= {r[0]: r[1] for r in self._select_in(sa.select(n.c.id, n.c.name), n.c.id, wanted)}
        return found

    def person_rows(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        p = t.persons
        return {r[0]: dict(r[1]) for r in self._select_in(sa.select(p.c.id, p.c.data), p.c.id, ids)}

    def anonymous_persons(self, ids: Iterable[str]) -> frozenset[str]:
        """Those of these persons who are no one in particular ("a soldier")."""
        p = t.persons
        return frozenset(r[0] for r in self._select_in(sa.select(p.c.id).where(p.c.anonymous.is_(True)), p.c.id, ids))

    def origins(self, ids: Iterable[str]) -> dict[str, str]:
        p = t.persons
        return {r[0]: r[1] for r in self._select_in(sa.select(p.c.id, p.c.origin), p.c.id, ids)}

    def delete_persons(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self._delete_in(t.persons, t.persons.c.id, wanted)
        self._delete_in(t.person_names, t.person_names.c.person_id, wanted)

    def put_persons(self, rows: Sequence[dict[str, Any]], names: Sequence[dict[str, Any]]) -> None:
        self._insert(t.persons, rows)
        if crypto.sealer_of(self.conn.engine) is not None:  # sealed names cannot be searched with LIKE: their words
            names = [*names, *name_part_rows(names)]
        self._insert(t.person_names, names)

    def redirect(self, retired: dict[str, str]) -> None:
        """Retired ids point to the id that absorbed them; ids that live again stop redirecting."""
        r = t.redirects
        self._delete_in(r, r.c.id, retired)
        self._insert(r, [{"id": old, "target": new} for old, new in sorted(retired.items())])
        for chunk in chunks(set(retired.values())):  # chains collapse: a -> b, b -> c gives a -> c
            for old, new in self.conn.execute(sa.select(r.c.id, r.c.target).where(r.c.target.in_(chunk))).all():
                final = retired.get(new, new)
                if final != new:
                    self.conn.execute(r.update().where(r.c.id == old).values(target=final))

    def retired(self, ids: list[str]) -> set[str]:
        """Which of these ids were merged into another and redirect there."""
        r = t.redirects
        return {row[0] for row in self._select_in(sa.select(r.c.id), r.c.id, ids)}

    def revive(self, ids: Iterable[str]) -> None:
        self._delete_in(t.redirects, t.redirects.c.id, ids)

    # -- statements and facts --------------------------------------------------------------
    def add_statements(self, rows: Sequence[dict[str, Any]], entities: Sequence[dict[str, Any]]) -> None:
        self._insert(t.statements, rows)
        self._insert(t.statement_entities, entities)

    def statements_of_documents(self, docs: Iterable[int]) -> set[str]:
        s = t.statements
        return {r[0] for r in self._select_in(sa.select(s.c.id), s.c.document_id, docs)}

    def statements_naming(self, entities: Iterable[str]) -> set[str]:
        se = t.statement_entities
        return {r[0] for r in self._select_in(sa.select(se.c.statement), se.c.entity, entities)}

    def statements_of_facts(self, fact_ids: Iterable[str]) -> set[str]:
        s = t.statements
        return {r[0] for r in self._select_in(sa.select(s.c.id), s.c.fact_id, fact_ids)}

    def statement_rows(self, ids: Iterable[str]) -> list[tuple[str, str | None, dict[str, Any]]]:
        """(id, fact id, data) of each statement."""
        return list(self.each_statement_row(ids))

    def each_statement_row(self, ids: Iterable[str]) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
        """(id, fact id, data) of each statement, a bounded chunk at a time: for callers that keep only a part."""
        s = t.statements
        query = sa.select(s.c.id, s.c.fact_id, s.c.data)
        for chunk in chunks(sorted(set(ids))):
            for r in self.conn.execute(query.where(s.c.id.in_(chunk))).all():
                yield r[0], r[1], dict(r[2])

    def statement_facts(self, ids: Iterable[str]) -> list[tuple[str, str | None, str | None]]:
        """(id, fact id, principal) of each statement: what choosing candidates needs, without the statement."""
        s = t.statements
        query = sa.select(s.c.id, s.c.fact_id, s.c.principal)
        return [(r[0], r[1], r[2]) for r in self._select_in(query, s.c.id, ids)]

    def _windowed(
        self, query: Any, windows: Iterable[tuple[Any, Any]], dated: bool = False, rows: bool = False
    ) -> set[Any]:
        """Statement ids of ``query`` whose window overlaps one of ``windows`` (envelopes per look-up); with
        ``dated``, only statements that give a time of their own; with ``rows``, whole rows, not ids."""
        s = t.statements
        if dated:
            query = query.where(s.c.dated.is_(True))
        spans = sorted({w for w in windows if w[0] is not None and w[1] is not None})
        if not spans:
            return set()
        found: set[Any] = set()
        for lo, hi in _envelopes(spans):
            result = self.conn.execute(query.where(s.c.lo <= hi, s.c.hi >= lo))
            found |= {tuple(r) for r in result} if rows else set(result.scalars())
        return found

    def statements_at(self, places: Iterable[tuple[str, str, Any, Any]]) -> set[str]:
        """Dated statements of a type at a place whose time overlaps, for (type, place, lo, hi): the only ones
        that can be the same occasion as a statement without a known principal."""
        s = t.statements
        found: set[str] = set()
        for (kind, place), windows in _grouped(places).items():
            query = sa.select(s.c.id).where(s.c.type == kind, s.c.place == place)
            found |= self._windowed(query, windows, dated=True)
        return found

    def attachable_statements_at(
        self, places: Iterable[tuple[str, str, Any, Any]], also: Iterable[str] = (), stale: Iterable[str] = ()
    ) -> set[str]:
        """Dated statements told of no one or of an anonymous person, of a type at a place whose time overlaps,
        for (type, place, lo, hi): those that may join a named principal's fact there. Those that could join two
        are left out (:meth:`settled_on` finds them when one of the two changes): at a busy place they are most.
        A person is anonymous as stored, except the records ``stale`` (resolved again, not yet stored),
        anonymous when among ``also``."""
        s, cr, p = t.statements, t.case_records, t.persons
        stored = sa.exists().where(cr.c.key == s.c.principal, p.c.id == cr.c.person_id, p.c.anonymous.is_(True))
        stale, also = set(stale), sorted(set(also))
        found: set[str] = set()
        for (kind, place), windows in _grouped(places).items():
            at = sa.select(s.c.id, s.c.principal).where(s.c.type == kind, s.c.place == place)
            told_of_no_one = at.where(_open(s), sa.or_(s.c.principal.is_(None), stored))
            told = self._windowed(told_of_no_one, windows, dated=True, rows=True)
            found |= {sid for sid, principal in told if principal is None or principal not in stale}
            unsettled = at.where(sa.or_(s.c.candidates.is_(None), s.c.candidates < 2))  # -1: named until now
            for chunk in chunks(also):  # the update's own anonymous records, a bounded IN list at a time
                of_chunk = unsettled.where(s.c.principal.in_(chunk))
                found |= {sid for sid, _p in self._windowed(of_chunk, windows, True, True)}
        return found

    def unattributed_statements_at(
        self, keys: Iterable[tuple[str, str, Any, Any]], within: Iterable[tuple[str, str, Any, Any, int]] = ()
    ) -> set[str]:
        """Dated statements told of no one, of a type at a place at exactly this time, for (type, place, lo,
        hi), and for (type, place, lo, hi, document) of that document only: those that may be one fact."""
        s = t.statements
        times: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for key in {*keys, *within}:  # one query per type and place, not per time
            times.setdefault((str(key[0]), str(key[1])), []).append(tuple(key[2:]))
        found: set[str] = set()
        for (kind, place), wanted in times.items():
            query = sa.select(s.c.id, s.c.lo, s.c.hi, s.c.document_id).where(
                s.c.type == kind, s.c.place == place, s.c.principal.is_(None), s.c.dated.is_(True)
            )
            exact = set(wanted)
            # by the first day (an index seek per day; a tuple IN would read every statement there), then exactly
            for chunk in chunks(sorted({w[0] for w in exact})):
                for sid, lo, hi, document in self.conn.execute(query.where(s.c.lo.in_(chunk))):
                    if (lo, hi) in exact or (lo, hi, document) in exact:
                        found.add(sid)
        return found

    def statements_of_principals(self, principals: Iterable[tuple[str, str, Any, Any]]) -> set[str]:
        """Statements of a type with this corpus-wide principal: for a group, those whose window overlaps
        (a group's reports are one fact only at overlapping times); for an organisation, all of them."""
        s = t.statements
        found: set[str] = set()
        for (kind, principal), windows in _grouped(principals).items():
            query = sa.select(s.c.id).where(s.c.type == kind, s.c.principal == principal)
            if principal.startswith("G"):
                found |= self._windowed(query, windows)
            else:
                found |= set(self.conn.execute(query).scalars())
        return found

    def collective_tallies(self, tallies: Iterable[tuple[str, int]]) -> set[str]:
        """Statements of a type counting this distinctive number of people, told of no one or of a group."""
        s = t.statements
        found: set[str] = set()
        for kind, count in set(tallies):
            query = sa.select(s.c.id).where(
                s.c.type == kind, s.c.tally == count, sa.or_(s.c.principal.is_(None), s.c.principal.like("G%"))
            )
            found |= set(self.conn.execute(query).scalars())
        return found

    def anonymous_among(self, keys: Iterable[str]) -> set[str]:
        """Those of these records whose person is no one in particular ("a soldier"), as stored."""
        cr, p = t.case_records, t.persons
        query = sa.select(cr.c.key).join(p, p.c.id == cr.c.person_id).where(p.c.anonymous.is_(True))
        return {r[0] for r in self._select_in(query, cr.c.key, keys)}

    def fact_origins(self, ids: Iterable[str]) -> dict[str, str]:
        f = t.facts
        return {r[0]: r[1] for r in self._select_in(sa.select(f.c.id, f.c.origin), f.c.id, ids)}

    def delete_facts(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self._delete_in(t.facts, t.facts.c.id, wanted)
        self._delete_in(t.fact_entities, t.fact_entities.c.fact_id, wanted)

    def put_facts(self, rows: Sequence[dict[str, Any]], entities: Sequence[dict[str, Any]]) -> None:
        self._insert(t.facts, rows)
        self._insert(t.fact_entities, entities)

    def assign_facts(
        self,
        mapping: dict[str, str | None],
        counted: dict[str, tuple[int | None, str | None, str | None]] | None = None,
    ) -> None:
        """Each statement's fact and, for those in ``counted``, how many named facts it could join (-1: it
        has a principal of its own) and, when two, one statement of each — one write per statement."""
        s, counted = t.statements, counted or {}
        just_fact = s.update().where(s.c.id == sa.bindparam("sid")).values(fact_id=sa.bindparam("fid"))
        with_count = just_fact.values(
            candidates=sa.bindparam("n"), candidate_a=sa.bindparam("a"), candidate_b=sa.bindparam("b")
        )
        plain: list[dict[str, Any]] = [
            {"sid": sid, "fid": fid} for sid, fid in sorted(mapping.items()) if sid not in counted
        ]
        full: list[dict[str, Any]] = [
            {"sid": sid, "fid": mapping.get(sid), "n": n, "a": a, "b": b} for sid, (n, a, b) in sorted(counted.items())
        ]
        for statement, rows in ((just_fact, plain), (with_count, full)):
            for chunk in chunks(rows, 1000):
                self.conn.execute(statement, chunk)

    def settled_on(self, statements: Iterable[str], documents: Iterable[int] = ()) -> set[str]:
        """Statements that could join two named facts, one of whose two recorded candidates is one of these
        ``statements`` or a statement of one of these ``documents``: they may have to choose again."""
        s = t.statements
        query = sa.select(s.c.id).where(s.c.candidates >= 2)
        found: set[str] = set()
        for column in (s.c.candidate_a, s.c.candidate_b):
            found |= {r[0] for r in self._select_in(query, column, statements)}
            for document in sorted(set(documents)):  # ids are "<document>:e<event>:<n>"; ";" follows ":"
                found |= set(
                    self.conn.execute(query.where(column >= f"{document}:", column < f"{document};")).scalars()
                )
        return found

    def facts_of(self, entities: Iterable[str], roles: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        fe, f = t.fact_entities, t.facts
        query = sa.select(f.c.id, f.c.data).join(fe, fe.c.fact_id == f.c.id)
        if roles is not None:
            query = query.where(fe.c.role.in_(list(roles)))
        return {r[0]: dict(r[1]) for r in self._select_in(query, fe.c.entity, entities)}

    # -- organisations, places, relations ----------------------------------------------------
    def add_named_mentions(self, rows: Sequence[dict[str, Any]]) -> None:
        self._insert(t.named_mentions, rows)

    def named_mention_rows(self, entity: str, docs: Iterable[int] | None = None) -> list[tuple[int, dict[str, Any]]]:
        """How documents name this entity (only these ``docs``, if given), in document order."""
        nm = t.named_mentions
        query = sa.select(nm.c.document_id, nm.c.data).where(nm.c.entity == entity)
        rows = self.conn.execute(query).all() if docs is None else self._select_in(query, nm.c.document_id, docs)
        return sorted(((int(r[0]), dict(r[1])) for r in rows), key=lambda row: row[0])

    def named_mentions_of_documents(self, docs: Iterable[int]) -> dict[str, dict[int, dict[str, Any]]]:
        """How these documents name each entity they name: entity -> document -> its mention's data."""
        nm = t.named_mentions
        found: dict[str, dict[int, dict[str, Any]]] = {}
        query = sa.select(nm.c.entity, nm.c.document_id, nm.c.data)
        for entity, document, data in self._select_in(query, nm.c.document_id, docs):
            found.setdefault(entity, {})[int(document)] = dict(data)
        return found

    def named_rows(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        n = t.named
        rows = self._select_in(sa.select(n.c.id, n.c.kind, n.c.name, n.c.place_kind, n.c.aliases), n.c.id, ids)
        return {r[0]: {**r._mapping, "aliases": list(r[4])} for r in rows}

    def first_named_documents(self, ids: Iterable[str]) -> dict[str, int]:
        """The first document naming each of these entities."""
        nm = t.named_mentions
        query = sa.select(nm.c.entity, sa.func.min(nm.c.document_id)).group_by(nm.c.entity)
        return {r[0]: int(r[1]) for r in self._select_in(query, nm.c.entity, ids)}

    def put_named(self, rows: Sequence[dict[str, Any]]) -> None:
        self._delete_in(t.named, t.named.c.id, [r["id"] for r in rows])
        self._insert(t.named, rows)

    def delete_named(self, ids: Iterable[str]) -> None:
        self._delete_in(t.named, t.named.c.id, ids)

    def add_relation_statements(self, rows: Sequence[dict[str, Any]]) -> None:
        self._insert(t.relation_statements, rows)

    def relation_statements(self, records: Iterable[str], docs: Iterable[int]) -> list[dict[str, Any]]:
        rs = t.relation_statements
        wanted = set(records)
        query = sa.select(rs.c.id, rs.c.data)
        rows = self._select_in(query, rs.c.subject, wanted) + self._select_in(query, rs.c.object, wanted)
        rows += self._select_in(query, rs.c.document_id, docs)
        return [dict(data) for _id, data in sorted({r[0]: r[1] for r in rows}.items())]

    def delete_relations(self, entities: Iterable[str]) -> None:
        wanted = set(entities)
        self._delete_in(t.relations, t.relations.c.subject, wanted)
        self._delete_in(t.relations, t.relations.c.object, wanted)

    def put_relations(self, rows: Sequence[dict[str, Any]]) -> None:
        self._delete_in(t.relations, t.relations.c.id, [r["id"] for r in rows])
        self._insert(t.relations, rows)

    # -- review ----------------------------------------------------------------------------
    def replace_review(self, records: Iterable[str], rows: Sequence[dict[str, Any]]) -> None:
        rp = t.review_pairs
        wanted = set(records)
        self._delete_in(rp, rp.c.left_record, wanted)
        self._delete_in(rp, rp.c.right_record, wanted)
        self._insert(rp, rows)


def _grouped(items: Iterable[tuple[str, str, Any, Any]]) -> dict[tuple[str, str], list[tuple[Any, Any]]]:
    grouped: dict[tuple[str, str], list[tuple[Any, Any]]] = {}
    for kind, key, lo, hi in items:
        grouped.setdefault((kind, key), []).append((lo, hi))
    return grouped


def _open(s: sa.Table) -> Any:
    """A statement that has not (yet) two candidate facts recorded (see :meth:`settled_on`) and is not told of
    someone: the condition of the partial index ``ix_statements_open``, word for word."""
    return sa.text(t.OPEN_STATEMENT)


def _envelopes(spans: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Sorted windows merged where they overlap: one query per stretch of time."""
    merged: list[tuple[Any, Any]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged
