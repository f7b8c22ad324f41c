"""The one library object behind the CLI, the web app and the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from tumen.config import Limits, current_user, database_url, parse_size
from tumen.model import Document, DocumentInfo, Metadata
from tumen.store import SearchHit, Store, audit

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from tumen.cases.casebase import CaseBase
    from tumen.cases.casefile import CaseFile
    from tumen.corroborate.facts import Fact
    from tumen.extract.types import Extraction
    from tumen.ingest import Report, Result
    from tumen.pipeline import ProcessReport
    from tumen.pipeline.withdraw import Withdrawal
    from tumen.protect.redact import Redactor
    from tumen.protect.rules import Decision
    from tumen.resolve.persons import Person
    from tumen.resolve.resolver import Pair


class Tumen:
    """An evidence store and everything tumen does with it.

    >>> t = Tumen.init("case.db")            # doctest: +SKIP
    >>> t.ingest(["reports/"], outlet="Yle")  # doctest: +SKIP
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, db: str | None = None) -> Tumen:
        """Open an initialised store (``db``: path or URL; default ``TUMEN_DB`` or ``./tumen.db``)."""
        store = Store.open(database_url(db))
        store.ensure_ready()
        return cls(store)

    @classmethod
    def init(cls, db: str | None = None) -> Tumen:
        """Create the store, or upgrade its schema; safe to repeat."""
        store = Store.open(database_url(db))
        store.init()
        return cls(store)

    def ingest(
        self,
        names: Iterable[str],
        *,
        meta: Metadata | dict[str, Any] | None = None,
        max_size: str | int | None = None,
        ingested_by: str | None = None,
        max_chars: str | int | None = None,
        max_unpacked: str | int | None = None,
        on_result: Callable[[Result], None] | None = None,
        on_input: Callable[[str], None] | None = None,
    ) -> Report:
        """Ingest files, folders (recursively), batches and ``-`` (stdin); ``meta`` overrides every other
        metadata source for every input."""
        from tumen.ingest import Ingestor, Status  # readers (trafilatura, pypdf, …) load only when ingesting
        from tumen.ingest.metadata import from_fields

        if meta is None:
            flags = Metadata()
        elif isinstance(meta, Metadata):
            flags = meta
        else:
            flags, _unused = from_fields({k: v for k, v in meta.items() if v is not None})
        who = current_user(ingested_by)

        ingestor = Ingestor(
            store=self.store,
            ingested_by=who,
            flags=flags,
            max_bytes=parse_size(max_size),
            limits=Limits.from_settings(max_size, max_chars, max_unpacked),
            on_result=on_result,
            on_input=on_input,
            audit_by=who,  # the audit log: who stored which document, in the document's own transaction
        )
        report = ingestor.run(names)
        if report.count(Status.INGESTED):  # index the new documents' words now, not in the first search after
            from tumen.store import search_terms

            search_terms.catch_up_in_chunks(self.store.engine, report.count(Status.INGESTED))
        return report

    def process(
        self,
        workers: int | None = None,
        force: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
        by: str | None = None,
        cluster: str | None = None,
    ) -> ProcessReport:
        """Extract persons, events, times, places and amounts from documents not yet processed by this extractor
        version (all of them with ``force``), in ``workers`` processes or on a Dask ``cluster`` ("local:N" or
        "tcp://HOST:8786"), and bring the stored case base up to date with what they touch. A run that processed
        something is recorded in the audit log as done ``by`` (default: the configured user)."""
        from tumen.pipeline import process

        done = process(self.store, workers=workers, force=force, on_progress=on_progress, cluster=cluster)
        if done.processed or done.failed:
            counts = {"processed": done.processed, "failed": len(done.failed), "force": force}
            audit.append(self.store.engine, current_user(by), audit.PROCESS, "documents", counts)
        return done

    def extraction(self, ref: str | int) -> Extraction | None:
        """What extraction found in one document, or None when it is not processed yet."""
        from tumen.extract.types import Extraction

        data = self.store.extraction(ref)
        return Extraction.from_json(data) if data is not None else None

    def casebase(self) -> CaseBase:
        """Everything resolved and judged, as stored: persons, organisations, places, facts with verdicts."""
        from tumen.cases.casebase import assemble
        from tumen.store import case_schema as t

        with self.store.reading() as r:
            return assemble(
                self.store.documents(),
                (row.data for row in r.every(t.persons, t.persons.c.id)),
                (row._asdict() for row in r.every(t.named, t.named.c.id)),
                (
                    (row.entity, row.document_id, row.data)
                    for row in r.every(t.named_mentions, t.named_mentions.c.entity)
                ),
                (row.data for row in r.every(t.facts, t.facts.c.id)),
                (row.data for row in r.every(t.relations, t.relations.c.id)),
                [
                    (row.document_id, row.depends_on, row.why)
                    for row in r.every(t.dependencies, t.dependencies.c.document_id)
                ],
                r.review(),
            )

    def export(self, out: TextIO, *, public: bool = False, by: str | None = None) -> dict[str, int]:
        """Write the whole case base as JSON (schema tumen/v1) to ``out``, streamed from the stored
        tables item by item, each item validated first; returns the number of items per section.
        Recorded in the audit log (format json, ``public``, ``by``)."""
        from tumen.export import json_export as ex

        with self.export_items("json", public=public, by=by) as items:
            return ex.write(out, {k: v for k, v in items.items() if k not in ("texts", "corrections")})

    def export_items(
        self, fmt: str | None = None, *, public: bool = False, by: str | None = None
    ) -> AbstractContextManager[dict[str, Iterable[dict[str, Any]]]]:
        """The export's items, streamed from the stored tables while the block lasts: every
        section of the JSON export (``documents``, ``persons``, … as :mod:`tumen.export.json_export`
        builds them, in the same order), plus ``texts`` (``{"document", "text"}``, one document
        read at a time) and ``corrections`` (analysts' latest corrections, ids followed). The CSV,
        FollowTheMoney and HTML exports consume them; each section may be iterated once.

        ``fmt`` names the export being written (json, csv, ftm, html): it is then recorded in the
        audit log with ``public`` (whether the output is the public one) and ``by`` (default: the
        configured user). Without ``fmt`` (the items read for another purpose) nothing is recorded.
        With ``public`` every item is pseudonymised (:func:`tumen.protect.public.public_view`).

        >>> with t.export_items() as items:  # doctest: +SKIP
        ...     for person in items["persons"]: ...
        """
        from tumen.api.export_items import stream_items

        return stream_items(self.store, self.public_redactor, fmt, public, by)

    def find_persons(self, query: str) -> list[Person]:
        """Persons matching a person id (also a retired one), a record key ("12:p1") or a name
        (every spelling and script tumen knows for them), most mentioned first."""
        from tumen.api.find import find_persons

        return find_persons(self.store, query)

    def persons(
        self,
        status: str | None = None,
        at_risk: bool | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Person]:
        """Persons of the case base, most mentioned first, filtered by status, risk and name."""
        from tumen.cases import codec

        if q:
            matches = self.find_persons(q)
            chosen = [
                p
                for p in matches
                if (status is None or p.status == status) and (at_risk is None or p.at_risk == at_risk)
            ]
            return chosen[offset : offset + limit if limit is not None else None]
        with self.store.reading() as r:
            return [codec.to_person(d) for d in r.list_persons(status, at_risk, limit=limit, offset=offset)]

    def case_file(self, person: Person | str, viewer: str | None = None) -> CaseFile:
        """One person's case file, read from the stored case base. Reading the file of a person
        at risk (by the rules or an analyst's flag) is recorded in the audit log, as read by
        ``viewer`` or else by the configured user (``TUMEN_USER``) when one is set."""
        import os

        from tumen.cases import codec
        from tumen.cases.casebase import fact_order
        from tumen.cases.casefile import CaseFile
        from tumen.config import ENV_USER
        from tumen.errors import TumenError
        from tumen.store import corrections, protection

        reader = viewer or os.environ.get(ENV_USER)

        if isinstance(person, str):
            found = self.find_persons(person)
            if not found:
                raise TumenError(f"no person {person!r}")
            person = found[0]
        with self.store.reading() as r:
            relations = [codec.to_relation(d) for d in r.relations_of([person.id])]
            family = ({x.subject for x in relations} | {x.object for x in relations}) - {person.id}
            facts = sorted(
                (codec.to_fact(d) for d in r.facts_of([person.id, *family]).values()),
                key=fact_order,
            )
            wanted = {e for f in facts for e, _r in f.participants()} | {f.place for f in facts if f.place}
            wanted |= family | {person.id}
            names = r.entity_names(wanted)
            fixes = corrections.of_subjects(r.conn, "person", [person.id]).get(person.id, {})
            event_fixes = corrections.of_subjects(r.conn, "event", [f.id for f in facts])
            flag = protection.in_force(r.conn).get(person.id) if reader else None
        if reader and _at_risk(person, facts, names, flag):
            audit.append(self.store.engine, reader, audit.VIEW_CASE_FILE, person.id)
        return CaseFile(person, facts, relations, names, fixes, event_fixes)

    def review(self, limit: int | None = None) -> list[Pair]:
        """Uncertain "same person?" pairs, strongest first, with the reasons for and against."""
        from tumen.resolve.matching import Score
        from tumen.resolve.resolver import Pair

        with self.store.reading() as r:
            return [Pair(a, b, Score(s, tuple(d["reasons"]), d["against"])) for a, b, s, d in r.review(limit)]

    def person_of_record(self, record: str) -> str | None:
        """The person a record ("DOC:pN") belongs to now."""
        return self.persons_of_records([record]).get(record)

    def persons_of_records(self, records: Iterable[str]) -> dict[str, str]:
        with self.store.reading() as r:
            return r.person_of(records)

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """The names of persons, organisations and places by id."""
        with self.store.reading() as r:
            return r.entity_names(ids)

    def judge(self, left: str, right: str, judgement: str, by: str | None = None) -> None:
        """Record an analyst's decision about two person records ("DOC:LOCAL_ID"), and redo what it touches."""
        self.judge_all([(left, right)], judgement, by)

    def judge_all(
        self, pairs: Iterable[tuple[str, str]], judgement: str, by: str | None = None, action: str | None = None
    ) -> None:
        """Record one decision about several pairs of records, then redo what they touch once.
        Each pair is recorded in the audit log as ``action`` (default: merge, distinct or unsure
        after the judgement; ``tumen split`` passes "split")."""
        from tumen.pipeline import judged
        from tumen.resolve.judgements import Judgement

        value, who = Judgement(judgement).value, current_user(by)
        verb = action or {"positive": audit.MERGE, "negative": audit.DISTINCT}.get(value, audit.UNSURE)
        records: set[str] = set()
        entries: list[tuple[str, str, str, dict[str, Any] | None]] = []
        for left, right in pairs:
            self.store.judge(left, right, value, who)
            records |= {left, right}
            entries.append((who, verb, " ".join(sorted((left, right))), {"judgement": value}))
        if entries:
            audit.append_many(self.store.engine, entries)
        if records:
            judged(self.store, records)

    def audit(
        self, action: str, subject: str = "", details: dict[str, Any] | None = None, by: str | None = None
    ) -> str:
        """Append an entry to the audit log (reports, imported corrections, anything an interface
        does for someone): ids and short words only, never document text. Returns the log's head."""

        return audit.append(self.store.engine, current_user(by), action, subject, details)

    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def document(self, ref: str | int) -> Document:
        return self.store.document(ref)

    def original(self, ref: str | int) -> bytes:
        return self.store.original(ref)

    def check(self) -> list[str]:
        return self.store.check()

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over titles and stored texts: every term must match (a quoted phrase as a
        phrase), case ignored, Korean words found with their particles; best first, with a snippet."""
        return self.store.search(query, limit=limit, offset=offset)

    def chain_head(self) -> str:
        """The evidence chain's head (``SEQ:SHA256``), to be saved outside the database."""
        return self.store.chain_head()

    def check_against(self, head: str) -> list[str]:
        """Problems unless the store's history extends ``head``, saved earlier from :meth:`chain_head`."""
        return self.store.check_against(head)

    def withdraw(self, ref: str | int, reason: str, by: str | None = None) -> Withdrawal:
        """Withdraw a document: its text and bytes leave every table and index, a tombstone (hashes,
        who, when, why) stays in the evidence chain, and every person and fact that depended on it
        is derived again."""
        from tumen.pipeline.withdraw import withdraw

        who = current_user(by)
        done = withdraw(self.store, ref, reason, who)
        subject = f"document:{done.withdrawn.document_id}"  # the reason stays in the evidence chain only
        audit.append(self.store.engine, who, audit.WITHDRAW, subject, {"sha256": done.withdrawn.sha256})
        return done

    # --- protection of at-risk persons (issue 13; tumen.protect) -------------------------------------------

    def protect(self, person: Person | str, reason: str | None = None, by: str | None = None) -> Person:
        """Flag a person as at risk, whatever the rules say: pseudonymised in every public output."""
        return self._flag(person, True, reason, by)

    def unprotect(self, person: Person | str, reason: str, by: str | None = None) -> Person:
        """Lift the protection of a person, over the rules too; the reason is required and kept."""
        from tumen.errors import TumenError

        if not reason or not reason.strip():
            raise TumenError("unprotect needs a reason: say why this person is not at risk (--reason)")
        return self._flag(person, False, reason, by)

    def _flag(self, person: Person | str, protected: bool, reason: str | None, by: str | None) -> Person:
        from tumen.errors import TumenError
        from tumen.store import protection

        if isinstance(person, str):
            found = self.find_persons(person)
            if len(found) != 1:
                names = ", ".join(f"{p.id} {p.name}" for p in found[:10])
                raise TumenError(f"no person {person!r}" if not found else f"{person!r} names several persons: {names}")
            person = found[0]
        protection.record(self.store.engine, person.id, protected, reason.strip() if reason else None, current_user(by))
        audit.append(self.store.engine, current_user(by), audit.PROTECT if protected else audit.UNPROTECT, person.id)
        from tumen.pipeline.update import refresh_protection

        with self.store.updating() as tables:  # the stored at-risk flag follows the analyst's decision
            refresh_protection(tables, [person.id])
        return person

    def protection(self) -> dict[str, Decision]:
        """Every person's protection: at risk or not, and why (the rules of data/protection.yaml that
        matched, the analyst's flag in force, which decides over them)."""
        from tumen.cases import codec
        from tumen.protect import rules
        from tumen.store import case_schema as t
        from tumen.store import protection

        with self.store.reading() as r:
            persons = [codec.to_person(d) for d in r.list_persons()]
            places = rules.last_place_ids(codec.to_fact(x.data) for x in r.every(t.facts, t.facts.c.id))
            names = r.entity_names(set(places.values()))
            flags = rules.flags_from(protection.in_force(r.conn))
        return rules.decide_all(persons, {pid: names.get(p, p) for pid, p in places.items()}, flags)

    def at_risk_ids(self) -> set[str]:
        """The ids of every person at risk now (rules and analysts' flags)."""
        return {pid for pid, decision in self.protection().items() if decision.at_risk}

    def public_redactor(self) -> Redactor:
        """The redaction of every at-risk person for a public output (``--public``): pseudonyms keyed by the
        pseudonym key (TUMEN_PSEUDONYM_KEY, TUMEN_PSEUDONYM_KEY_FILE or a key file beside a SQLite store)."""
        from tumen.protect.pseudonyms import key_for, pseudonyms
        from tumen.protect.public import identities
        from tumen.protect.redact import Redactor

        url = self.store.engine.url
        key = key_for(url.get_backend_name(), url.database)
        everyone = self.persons()
        at_risk = sorted(p.id for p in everyone if p.at_risk)  # stored: the protection decision (rules and flags)
        return Redactor(pseudonyms(key, at_risk), identities(everyone))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Tumen:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _at_risk(person: Person, facts: Iterable[Fact], names: dict[str, str], flag: dict[str, Any] | None) -> bool:
    """Whether ``person`` is at risk now, from their own case file's facts and the analyst's flag in
    force (``protection.in_force``), as :meth:`Tumen.protection` decides it for everyone."""
    from tumen.protect import rules

    place = rules.last_place_ids(facts).get(person.id)
    found = rules.Flag(person.id, flag["protected"], flag["reason"], flag["by"], flag["at"]) if flag else None
    return rules.decide(person, names.get(place, place) if place else None, found).at_risk
