"""A statement told of no one that could join two named facts stays a fact of its own until one of them changes
(issue 9): the case base keeps how many candidates it had and one statement of each, and an update near it
passes it over, so what an update reads does not grow with how busy a place is. Invented articles
(benchmarks/synthetic.py) crowd a few places and years, so such statements occur."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from synthetic import Corpus

from test_corroborate_rules import day, statement
from test_fact_region import _write, withdrawn_both_ways
from tumen import Tumen
from tumen.corroborate.grouping import regroup
from tumen.export.json_export import to_json
from tumen.pipeline.anonymity import AnonymousRecords
from tumen.pipeline.fact_region import fact_region
from tumen.pipeline.refact import statement_order
from tumen.store import case_schema as t
from tumen.store import migrate
from tumen.store.casebase import CaseTables

SIZE = 90
SEED = 11
TOWN = ("Lhyesan", "city")


def _events(tumen: Tumen) -> Any:
    return json.loads(json.dumps(to_json(tumen.casebase())["events"], sort_keys=True))


def _grouping(tumen: Tumen) -> list[str]:
    """Each fact without its ids: which statements it holds and what they make of it. (Persons keep the ids
    they were printed with, which a run that never saw a withdrawn document need not give them.)"""
    names = {p["id"]: p["name"] for p in to_json(tumen.casebase())["persons"]}
    facts = []
    for event in _events(tumen):
        event.pop("id")
        event["participants"] = sorted((names.get(p["entity"], p["entity"]), p["role"]) for p in event["participants"])
        event["conflicts"] = len(event["conflicts"])
        facts.append(json.dumps(event, sort_keys=True))
    return sorted(facts)


def _arrest(document: int, who: str | None) -> Any:
    return statement(document, type="arrest", who=who, role="victim", time=day("2019-05-03"), place=TOWN)


def test_the_grouping_names_the_candidates_of_a_report_of_no_one() -> None:
    first, second, loose = _arrest(1, "P1"), _arrest(3, "P2"), _arrest(2, None)
    grouped = regroup([first, second, loose])
    [(bucket, found)] = grouped.candidates
    assert bucket == [loose] and sorted(s.event for s in found) == sorted([first.event, second.event])
    [(bucket, found)] = regroup([first, loose]).candidates
    assert bucket == [loose] and found == [first], "one candidate: it joins that fact"


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return [a.record() for a in Corpus(SIZE, seed=SEED).articles()]


@pytest.fixture(scope="module")
def processed(articles: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("settled")
    with Tumen.init(str(folder / "t.db")) as tumen:
        tumen.ingest([_write(folder / "all.jsonl", articles)])
        tumen.process(workers=1)
    return folder


def _settled(tumen: Tumen) -> list[Any]:
    s = t.statements
    query = sa.select(s.c.id, s.c.fact_id, s.c.candidate_a, s.c.candidate_b).where(s.c.candidates == 2)
    with tumen.store.engine.connect() as conn:
        return list(conn.execute(query.order_by(s.c.id)))


@pytest.mark.slow
def test_a_report_of_no_one_with_two_candidates_keeps_them_and_a_fact_of_its_own(processed: Path) -> None:
    s = t.statements
    with Tumen.open(str(processed / "t.db")) as tumen:
        settled = _settled(tumen)
        assert settled, "the corpus has reports of no one where two named facts could be meant"
        with tumen.store.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(sa.select(s.c.id, s.c.type, s.c.place, s.c.principal, s.c.fact_id))}
        told: dict[str, set[tuple[str, str]]] = {}  # fact -> (type, place) of its statements
        for r in rows.values():
            told.setdefault(r.fact_id, set()).add((r.type, r.place))
        for sid, fact_id, a, b in settled:
            one, two = rows[a], rows[b]
            assert one.principal and two.principal and one.fact_id != two.fact_id, "two facts told of someone"
            assert fact_id not in {one.fact_id, two.fact_id}, "it joined neither"
            # each is the first statement of its fact, which tells of the same deed at that place somewhere
            assert {one.type, two.type} == {rows[sid].type}
            assert (rows[sid].type, rows[sid].place) in told[one.fact_id] & told[two.fact_id]
            assert statement_order(sid)[0] not in {statement_order(a)[0], statement_order(b)[0]}


@pytest.mark.slow
def test_an_update_passes_it_over_unless_one_of_its_candidates_changes(processed: Path) -> None:
    """An update near it (the probe of a named statement at its place and time, as when a report there is
    re-read) passes it over; it comes in when a statement of a candidate is regrouped or a candidate's report
    changed."""
    s = t.statements
    with Tumen.open(str(processed / "t.db")) as tumen, tumen.store.engine.connect() as conn:
        tables = CaseTables(conn)
        sid, _fact, a, _b = _settled(tumen)[0]
        told = conn.execute(sa.select(s.c.type, s.c.place, s.c.lo, s.c.hi).where(s.c.id == sid)).one()
        elsewhere = sa.select(s.c.id).where(s.c.place != told.place, s.c.type != told.type, s.c.principal.contains(":"))
        start = {conn.execute(elsewhere.order_by(s.c.id).limit(1)).scalar_one()}
        probes = {(told.type, told.place, told.lo, told.hi)}
        assert sid not in fact_region(tables, start, AnonymousRecords(tables), probes).rows, (
            "a change nearby changes nothing for it"
        )
        assert sid in fact_region(tables, start | {a}, AnonymousRecords(tables), probes).rows, (
            "a statement of a candidate is regrouped"
        )
        changed = {statement_order(a)[0]}
        assert sid in fact_region(tables, start, AnonymousRecords(tables), probes, changed).rows, (
            "a candidate's report changed"
        )


@pytest.mark.slow
def test_withdrawing_a_candidates_report_gives_what_a_run_without_it_gives(
    articles: list[dict[str, Any]], processed: Path, tmp_path: Path
) -> None:
    with Tumen.open(str(processed / "t.db")) as tumen:
        _sid, _fact, a, _b = _settled(tumen)[0]
    gone = statement_order(a)[0]
    after, never = withdrawn_both_ways(articles, gone, tmp_path, _grouping)
    assert never == after


@pytest.mark.slow
def test_a_store_from_before_the_counts_keeps_its_facts_and_counts_as_it_updates(
    articles: list[dict[str, Any]], tmp_path: Path
) -> None:
    """After the upgrade no statement has a count, so every one is chosen again when it is near a change, as
    before; adding the last documents then gives what a run of all of them gives."""
    with Tumen.init(str(tmp_path / "t.db")) as tumen:
        tumen.ingest([_write(tmp_path / "first.jsonl", articles[: SIZE - 6])])
        tumen.process(workers=1)
        engine = tumen.store.engine
        with engine.begin() as conn:
            command.downgrade(migrate._config(conn), "0018_regroup_unattributed")
        tumen.store.init()
        assert _settled(tumen) == []
        tumen.ingest([_write(tmp_path / "last.jsonl", articles[SIZE - 6 :])])
        tumen.process(workers=1)
        assert _settled(tumen), "counted again where updated"
        incremental = _events(tumen)
    with Tumen.init(str(tmp_path / "whole.db")) as tumen:
        tumen.ingest([_write(tmp_path / "all.jsonl", articles)])
        tumen.process(workers=1)
        assert _events(tumen) == incremental


@pytest.mark.slow
def test_the_store_returns_near_a_place_only_the_open_ones_and_finds_the_settled_by_their_candidates(
    processed: Path,
) -> None:
    """What an update reads near a place does not grow with the settled statements there: they are found only
    through a changed candidate (a regrouped statement, or a statement of a changed document)."""
    s = t.statements
    with Tumen.open(str(processed / "t.db")) as tumen, tumen.store.engine.connect() as conn:
        tables = CaseTables(conn)
        sid, _fact, a, b = _settled(tumen)[0]
        told = conn.execute(sa.select(s.c.type, s.c.place, s.c.lo, s.c.hi).where(s.c.id == sid)).one()
        assert sid not in tables.attachable_statements_at({(told.type, told.place, told.lo, told.hi)})
        assert sid in tables.settled_on({a}) and sid in tables.settled_on({b})
        assert sid in tables.settled_on((), {statement_order(a)[0]})
        assert sid not in tables.settled_on({sid}, {statement_order(sid)[0]}), "its own changes are found otherwise"


@pytest.mark.slow
def test_statements_told_of_someone_are_never_open_and_the_open_ones_have_their_own_index(processed: Path) -> None:
    """A statement told of someone is counted -1, so the partial index of the open statements holds only reports
    of no one with fewer than two candidates, and SQLite answers the look-up near a place from it."""
    s = t.statements
    with Tumen.open(str(processed / "t.db")) as tumen, tumen.store.engine.connect() as conn:
        cr, p = t.case_records, t.persons
        of_someone = (
            sa.select(s.c.candidates)
            .join(cr, cr.c.key == s.c.principal)
            .join(p, p.c.id == cr.c.person_id)
            .where(p.c.anonymous.is_(False))
        )
        assert conn.execute(of_someone.distinct()).scalars().all() == [-1]
        query = sa.select(s.c.id).where(s.c.type == "arrest", s.c.place == "L1", sa.text(t.OPEN_STATEMENT))
        sql = str(query.compile(conn.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "ix_statements_open" in plan
