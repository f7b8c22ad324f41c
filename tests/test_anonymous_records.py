"""Which records are no one in particular is asked record by record, not read for the whole base by every update
(issue 9): a statement of such a person may join a named person's fact, so an update looks them up near the
statements it regroups. Invented reports."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from tumen import Tumen
from tumen.export.json_export import to_json
from tumen.pipeline.anonymity import AnonymousRecords
from tumen.store import case_schema as t
from tumen.store.casebase import CaseTables

REPORTS = [
    {"id": "a", "text": "Kim Ok-sun was arrested by border guards in Hyesan on 3 May 2019.", "published": "2019-06-01"},
    {
        "id": "b",
        "text": "A woman was arrested by border guards in Hyesan on 3 May 2019, a resident told us.",
        "published": "2019-06-03",
    },
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("anonymous")
    path = folder / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db = str(folder / "t.db")
    with Tumen.init(db) as tumen:
        tumen.ingest([str(path)])
        tumen.process(workers=1)
    return db


def _records(conn: sa.Connection) -> dict[str, bool]:
    cr, p = t.case_records, t.persons
    query = sa.select(cr.c.key, p.c.anonymous).join(p, p.c.id == cr.c.person_id)
    return {key: anonymous for key, anonymous in conn.execute(query)}


def test_the_report_without_a_name_joins_the_named_arrest(store: str) -> None:
    with Tumen.open(store) as tumen:
        [event] = [e for e in to_json(tumen.casebase())["events"] if e["type"] == "arrest"]
    assert sorted({x["document"] for x in event["evidence"]}) == [1, 2]


def test_a_record_is_anonymous_as_stored_unless_the_update_resolves_it_again(store: str) -> None:
    with Tumen.open(store) as tumen, tumen.store.engine.connect() as conn:
        records = _records(conn)
        [source] = [k for k, anonymous in records.items() if anonymous]  # "a resident", quoted
        [named] = [k for k, anonymous in records.items() if not anonymous]
        tables = CaseTables(conn)
        stored = AnonymousRecords(tables)
        assert source in stored and named not in stored
        assert "G1234" not in stored and None not in stored, "a group or no one is no record"
        again = AnonymousRecords(tables, region={source, named}, now={named})
        assert named in again and source not in again, "as resolved now, not as stored"


def test_statements_of_an_anonymous_person_are_found_at_their_place_and_time(store: str) -> None:
    """The loose report's statement is given the quoted source as its principal, to see the look-up at work."""
    with Tumen.open(store) as tumen, tumen.store.engine.begin() as conn:
        s = t.statements
        records = _records(conn)
        [source] = [k for k, anonymous in records.items() if anonymous]
        [named] = [k for k, anonymous in records.items() if not anonymous]
        told = sa.select(s.c.id, s.c.type, s.c.place, s.c.lo, s.c.hi)
        loose = conn.execute(told.where(s.c.principal.is_(None))).one()
        probe = {(loose.type, loose.place, loose.lo, loose.hi)}
        tables = CaseTables(conn)
        assert tables.attachable_statements_at(probe) == {loose.id}, "told of no one"
        conn.execute(s.update().where(s.c.id == loose.id).values(principal=source))
        assert tables.attachable_statements_at(probe) == {loose.id}, "told of an anonymous person"
        assert tables.attachable_statements_at(probe, stale={source}) == set(), "resolved again: not anonymous now"
        assert tables.attachable_statements_at(probe, also={source}, stale={source}) == {loose.id}
        conn.execute(s.update().where(s.c.id == loose.id).values(principal=named))
        assert tables.attachable_statements_at(probe) == set(), "told of a named person"
        of_named = set(conn.execute(sa.select(s.c.id).where(s.c.principal == named)).scalars())
        assert len(of_named) == 2, "Kim Ok-sun's own arrest, and the loose report's now"
        assert tables.attachable_statements_at(probe, also={named}, stale={named}) == of_named
        conn.rollback()
