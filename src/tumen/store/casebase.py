"""Reading and writing the case base's tables (see :mod:`tumen.store.case_schema`).

:class:`CaseTables` works on one connection, so the pipeline can change a region of the case
base in one transaction; every method is one or a few indexed queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from tumen.model import DocumentInfo
from tumen.store import case_queries as q
from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.crypto_columns import name_part_rows
from tumen.store.documents import _info_kwargs, open_text
from tumen.store.relay_tables import RelayTables
from tumen.store.schema import extractions
from tumen.store.tables import VALUES, chunks


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
        rows = self._read_in(q.infos, ids)
        sealer = crypto.sealer_of(self.conn.engine)
        return {int(r._mapping["id"]): DocumentInfo(**_info_kwargs(r, sealer)) for r in rows}

    def text(self, doc_id: int) -> str:
        row = self.conn.execute(q.text, {"doc": doc_id}).one()
        return open_text(crypto.sealer_of(self.conn.engine), str(row[0]), str(row[1]))

    def extraction(self, doc_id: int) -> tuple[str, dict[str, Any]] | None:
        row = self.conn.execute(q.extraction, {"doc": doc_id}).first()
        if row is None:
            return None
        return str(row[0]), dict(crypto.open_json(crypto.sealer_of(self.conn.engine), doc_id, row[1]))

    def mark(self, doc_id: int, version: str) -> None:
        self._insert(t.case_documents, [{"document_id": doc_id, "version": version}])

    def forget(self, doc_ids: Iterable[int]) -> None:
        """Remove everything the case base took from these documents (their derived rows only), a chunk of
        documents per statement."""
        for chunk in chunks(sorted(set(doc_ids))):
            for statement in q.forget:  # statement_entities and record_keys first: they look up statements, records
                self.conn.execute(statement, {VALUES: chunk})

    # -- records ---------------------------------------------------------------------------
    def add_records(self, rows: Sequence[dict[str, Any]], keys: Sequence[dict[str, Any]]) -> None:
        self._insert(t.case_records, rows)
        self._insert(t.record_keys, keys)

    def records_of_documents(self, docs: Iterable[int]) -> dict[str, str | None]:
        return {r[0]: r[1] for r in self._read_in(q.records_of_documents, docs)}

    def block_keys(self, records: Iterable[str]) -> set[str]:
        """The blocking keys of these records that can pair anyone: a given-name-only key ("G|…")
        counts only while some record in it has no surname."""
        found = {r[0] for r in self._read_in(q.keys_of_records, records)}
        active = {r[0] for r in self._read_in(q.given_only_active, [k for k in found if k.startswith("G|")])}
        return {k for k in found if not k.startswith("G|") or k in active}

    def records_with_keys(self, keys: Iterable[str]) -> set[str]:
        return {r[0] for r in self._read_in(q.records_with_keys, keys)}

    def anchors(self, records: Iterable[str]) -> set[str]:
        """Records anchored to these ("her son" -> the mother) and these records' anchors."""
        wanted = list(records)
        found = {r[0] for r in self._read_in(q.anchored_to, wanted)}
        found |= {r[0] for r in self._read_in(q.anchors_of, wanted) if r[0]}
        return found

    def members(self, person_ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._read_in(q.members, person_ids)}

    def records(self, keys: Iterable[str]) -> dict[str, tuple[str | None, dict[str, Any]]]:
        """key -> (person id, stored record data)."""
        return {r[0]: (r[1], dict(r[2])) for r in self._read_in(q.records, keys)}

    def person_of(self, keys: Iterable[str]) -> dict[str, str]:
        return {r[0]: r[1] for r in self._read_in(q.person_of, keys) if r[1]}

    def set_persons_of(self, mapping: dict[str, str]) -> None:
        """Each record's person: one statement run for many rows at a time (one per person cost a query each)."""
        rows = [{"record": key, "person": person_id} for key, person_id in sorted(mapping.items())]
        for chunk in chunks(rows, 1000):
            self.conn.execute(q.set_person, chunk)

    def judgements(self, records: Iterable[str]) -> list[tuple[str, str, str, str]]:
        """The latest decision of every judged pair with a record among these."""
        wanted = set(records)
        rows = [row for query in q.judgements_of for row in self._read_in(query, wanted)]
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
        found = {r[0]: r[1] for r in self._read_in(q.person_names, wanted)}
        found |= {r[0]: r[1] for r in self._read_in(q.named_names, wanted)}
        return found

    def person_rows(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return {r[0]: dict(r[1]) for r in self._read_in(q.person_rows, ids)}

    def anonymous_persons(self, ids: Iterable[str]) -> frozenset[str]:
        """Those of these persons who are no one in particular ("a soldier")."""
        return frozenset(r[0] for r in self._read_in(q.anonymous_persons, ids))

    def origins(self, ids: Iterable[str]) -> dict[str, str]:
        return {r[0]: r[1] for r in self._read_in(q.person_origins, ids)}

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
            for old, new in self.conn.execute(q.redirects_to, {VALUES: chunk}).all():
                final = retired.get(new, new)
                if final != new:
                    self.conn.execute(q.redirect, {"old": old, "new": final})

    def retired(self, ids: list[str]) -> set[str]:
        """Which of these ids were merged into another and redirect there."""
        return {row[0] for row in self._read_in(q.retired, ids)}

    def revive(self, ids: Iterable[str]) -> None:
        self._delete_in(t.redirects, t.redirects.c.id, ids)

    # -- statements and facts --------------------------------------------------------------
    def add_statements(self, rows: Sequence[dict[str, Any]], entities: Sequence[dict[str, Any]]) -> None:
        self._insert(t.statements, rows)
        self._insert(t.statement_entities, entities)

    def statements_of_documents(self, docs: Iterable[int]) -> set[str]:
        return {r[0] for r in self._read_in(q.statements_of_documents, docs)}

    def statements_naming(self, entities: Iterable[str]) -> set[str]:
        return {r[0] for r in self._read_in(q.statements_naming, entities)}

    def statements_of_facts(self, fact_ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._read_in(q.statements_of_facts, fact_ids)}

    def statement_rows(self, ids: Iterable[str]) -> list[tuple[str, str | None, dict[str, Any]]]:
        """(id, fact id, data) of each statement."""
        return list(self.each_statement_row(ids))

    def each_statement_row(self, ids: Iterable[str]) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
        """(id, fact id, data) of each statement, a bounded chunk at a time: for callers that keep only a part."""
        for chunk in chunks(sorted(set(ids))):
            for r in self.conn.execute(q.statement_rows, {VALUES: chunk}).all():
                yield r[0], r[1], dict(r[2])

    def statement_facts(self, ids: Iterable[str]) -> list[tuple[str, str | None, str | None]]:
        """(id, fact id, principal) of each statement: what choosing candidates needs, without the statement."""
        return [(r[0], r[1], r[2]) for r in self._read_in(q.statement_facts, ids)]

    def _windowed(self, query: Any, windows: Iterable[tuple[Any, Any]], rows: bool = False, **params: Any) -> set[Any]:
        """Statement ids of ``query`` (built by ``case_queries._windowed``, run with ``params``) whose window
        overlaps one of ``windows`` (envelopes per look-up); with ``rows``, whole rows, not ids."""
        spans = sorted({w for w in windows if w[0] is not None and w[1] is not None})
        found: set[Any] = set()
        for lo, hi in _envelopes(spans):
            result = self.conn.execute(query, {**params, "start": lo, "end": hi})
            found |= {tuple(r) for r in result} if rows else set(result.scalars())
        return found

    def statements_at(self, places: Iterable[tuple[str, str, Any, Any]]) -> set[str]:
        """Dated statements of a type at a place whose time overlaps, for (type, place, lo, hi): the only ones
        that can be the same occasion as a statement without a known principal."""
        found: set[str] = set()
        for (kind, place), windows in _grouped(places).items():
            found |= self._windowed(q.statements_at, windows, kind=kind, place=place)
        return found

    def attachable_statements_at(
        self, places: Iterable[tuple[str, str, Any, Any]], also: Iterable[str] = (), stale: Iterable[str] = ()
    ) -> set[str]:
        """Dated statements told of no one or of an anonymous person, of a type at a place whose time overlaps,
        for (type, place, lo, hi): those that may join a named principal's fact there. Those that could join two
        are left out (:meth:`settled_on` finds them when one of the two changes): at a busy place they are most.
        A person is anonymous as stored, except the records ``stale`` (resolved again, not yet stored),
        anonymous when among ``also``."""
        stale, also = set(stale), sorted(set(also))
        found: set[str] = set()
        for (kind, place), windows in _grouped(places).items():
            told = self._windowed(q.told_of_no_one_at, windows, rows=True, kind=kind, place=place)
            found |= {sid for sid, principal in told if principal is None or principal not in stale}
            for chunk in chunks(also):  # the update's own anonymous records, a bounded IN list at a time
                # unsettled: candidates -1 (named until now), 0 or 1
                of_chunk = self._windowed(q.unsettled_of_at, windows, True, kind=kind, place=place, values=chunk)
                found |= {sid for sid, _p in of_chunk}
        return found

    def unattributed_statements_at(
        self, keys: Iterable[tuple[str, str, Any, Any]], within: Iterable[tuple[str, str, Any, Any, int]] = ()
    ) -> set[str]:
        """Dated statements told of no one, of a type at a place at exactly this time, for (type, place, lo,
        hi), and for (type, place, lo, hi, document) of that document only: those that may be one fact."""
        times: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for key in {*keys, *within}:  # one query per type and place, not per time
            times.setdefault((str(key[0]), str(key[1])), []).append(tuple(key[2:]))
        found: set[str] = set()
        for (kind, place), wanted in times.items():
            exact = set(wanted)
            # by the first day (an index seek per day; a tuple IN would read every statement there), then exactly
            for chunk in chunks(sorted({w[0] for w in exact})):
                in_chunk = {"kind": kind, "place": place, VALUES: chunk}
                for sid, lo, hi, document in self.conn.execute(q.unattributed_on, in_chunk):
                    if (lo, hi) in exact or (lo, hi, document) in exact:
                        found.add(sid)
        return found

    def statements_of_principals(self, principals: Iterable[tuple[str, str, Any, Any]]) -> set[str]:
        """Statements of a type with this corpus-wide principal: for a group, those whose window overlaps
        (a group's reports are one fact only at overlapping times); for an organisation, all of them."""
        found: set[str] = set()
        for (kind, principal), windows in _grouped(principals).items():
            if principal.startswith("G"):
                found |= self._windowed(q.of_principal_when, windows, kind=kind, principal=principal)
            else:
                found |= set(self.conn.execute(q.of_principal, {"kind": kind, "principal": principal}).scalars())
        return found

    def collective_tallies(self, tallies: Iterable[tuple[str, int]]) -> set[str]:
        """Statements of a type counting this distinctive number of people, told of no one or of a group."""
        found: set[str] = set()
        for kind, count in set(tallies):
            found |= set(self.conn.execute(q.collective_tally, {"kind": kind, "count": count}).scalars())
        return found

    def anonymous_among(self, keys: Iterable[str]) -> set[str]:
        """Those of these records whose person is no one in particular ("a soldier"), as stored."""
        return {r[0] for r in self._read_in(q.anonymous_among, keys)}

    def fact_origins(self, ids: Iterable[str]) -> dict[str, str]:
        return {r[0]: r[1] for r in self._read_in(q.fact_origins, ids)}

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
        counted = counted or {}
        plain: list[dict[str, Any]] = [
            {"sid": sid, "fid": fid} for sid, fid in sorted(mapping.items()) if sid not in counted
        ]
        full: list[dict[str, Any]] = [
            {"sid": sid, "fid": mapping.get(sid), "n": n, "a": a, "b": b} for sid, (n, a, b) in sorted(counted.items())
        ]
        for statement, rows in ((q.assign_fact, plain), (q.assign_fact_counted, full)):
            for chunk in chunks(rows, 1000):
                self.conn.execute(statement, chunk)

    def settled_on(self, statements: Iterable[str], documents: Iterable[int] = ()) -> set[str]:
        """Statements that could join two named facts, one of whose two recorded candidates is one of these
        ``statements`` or a statement of one of these ``documents``: they may have to choose again."""
        found = {r[0] for r in self._read_in(q.settled_on_statements, statements)}
        for document in sorted(set(documents)):  # ids are "<document>:e<event>:<n>"; ";" follows ":"
            of_document = {"first": f"{document}:", "after": f"{document};"}
            found |= set(self.conn.execute(q.settled_on_document, of_document).scalars())
        return found

    def facts_of(self, entities: Iterable[str], roles: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        if roles is None:
            rows = self._read_in(q.facts_of, entities)
        else:
            rows = self._read_in(q.facts_of_in_roles, entities, roles=list(roles))
        return {r[0]: dict(r[1]) for r in rows}

    # -- organisations, places, relations ----------------------------------------------------
    def add_named_mentions(self, rows: Sequence[dict[str, Any]]) -> None:
        self._insert(t.named_mentions, rows)

    def named_mention_rows(self, entity: str, docs: Iterable[int] | None = None) -> list[tuple[int, dict[str, Any]]]:
        """How documents name this entity (only these ``docs``, if given), in document order."""
        if docs is None:
            rows = self.conn.execute(q.named_mention_rows, {"entity": entity}).all()
        else:
            rows = self._read_in(q.named_mention_rows_in, docs, entity=entity)
        return sorted(((int(r[0]), dict(r[1])) for r in rows), key=lambda row: row[0])

    def named_mentions_of_documents(self, docs: Iterable[int]) -> dict[str, dict[int, dict[str, Any]]]:
        """How these documents name each entity they name: entity -> document -> its mention's data."""
        found: dict[str, dict[int, dict[str, Any]]] = {}
        for entity, document, data in self._read_in(q.named_mentions_of_documents, docs):
            found.setdefault(entity, {})[int(document)] = dict(data)
        return found

    def named_rows(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        rows = self._read_in(q.named_rows, ids)
        return {r[0]: {**r._mapping, "aliases": list(r[4])} for r in rows}

    def first_named_documents(self, ids: Iterable[str]) -> dict[str, int]:
        """The first document naming each of these entities."""
        return {r[0]: int(r[1]) for r in self._read_in(q.first_named_documents, ids)}

    def put_named(self, rows: Sequence[dict[str, Any]]) -> None:
        self._delete_in(t.named, t.named.c.id, [r["id"] for r in rows])
        self._insert(t.named, rows)

    def delete_named(self, ids: Iterable[str]) -> None:
        self._delete_in(t.named, t.named.c.id, ids)

    def add_relation_statements(self, rows: Sequence[dict[str, Any]]) -> None:
        self._insert(t.relation_statements, rows)

    def relation_statements(self, records: Iterable[str], docs: Iterable[int]) -> list[dict[str, Any]]:
        wanted = set(records)
        rows = [row for query in q.relation_statements_of for row in self._read_in(query, wanted)]
        rows += self._read_in(q.relation_statements_in, docs)
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


def _envelopes(spans: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Sorted windows merged where they overlap: one query per stretch of time."""
    merged: list[tuple[Any, Any]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged
