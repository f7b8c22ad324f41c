"""Statements told of no one are one event across reports only on exactly the same day (docs/corroboration.md):
"an arrest in Hyesan on 3 May 2019" twice is one arrest, "an arrest in Hyesan in 2019" twice may be two — a busy
border town sees many. Migration 0018 marks the documents whose facts this changes, and the next
``tumen process`` regroups them; the stored case base is then the one a run from scratch gives."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from synthetic import Corpus

from test_corroborate_rules import day, statement, year
from tumen import Tumen
from tumen.corroborate.grouping import group_facts
from tumen.export.json_export import to_json
from tumen.model import Interval
from tumen.store import case_schema as t
from tumen.store import migrate
from tumen.store.casebase import CaseTables

HYESAN = ("L:hyesan", "city")


def _facts(*statements: Any) -> list[list[int]]:
    return sorted(sorted(s.document for s in f.supports) for f in group_facts(list(statements)))


def test_two_reports_of_no_one_on_the_same_day_at_the_same_place_are_one_event() -> None:
    same = [statement(n, type="arrest", who=None, time=day("2019-05-03"), place=HYESAN) for n in (1, 2)]
    assert _facts(*same) == [[1, 2]]


def test_two_reports_of_no_one_in_the_same_year_at_the_same_place_stay_two_events() -> None:
    loose = [statement(n, type="arrest", who=None, time=year(2019), place=HYESAN) for n in (1, 2)]
    assert _facts(*loose) == [[1], [2]]
    month = Interval(date(2019, 5, 1), date(2019, 5, 31), "month")
    loose = [statement(n, type="arrest", who=None, time=month, place=HYESAN) for n in (1, 2)]
    assert _facts(*loose) == [[1], [2]]


def test_one_report_telling_its_own_arrest_twice_in_that_year_tells_one() -> None:
    told = [statement(1, type="arrest", who=None, time=year(2019), place=HYESAN, event=f"1:e{n}") for n in (1, 2)]
    assert _facts(*told) == [[1, 1]]


def _write(path: Path, records: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _loose_documents(tumen: Tumen) -> set[int]:
    """Documents with a statement told of no one at a place over more than a day."""
    s = t.statements
    query = sa.select(s.c.document_id).where(
        s.c.principal.is_(None), s.c.place.is_not(None), s.c.dated.is_(True), s.c.lo != s.c.hi
    )
    with tumen.store.engine.connect() as conn:
        return set(conn.execute(query).scalars())


def _facts_of_no_one_across_reports(tumen: Tumen) -> set[bool]:
    """For each fact told of no one by several documents, whether all its times are one day."""
    s = t.statements
    with tumen.store.engine.connect() as conn:
        rows = conn.execute(sa.select(s.c.fact_id, s.c.document_id, s.c.principal, s.c.lo, s.c.hi)).all()
    facts: dict[str, list[Any]] = {}
    for row in rows:
        facts.setdefault(row.fact_id, []).append(row)
    return {
        all(r.lo == r.hi for r in told)
        for told in facts.values()
        if all(r.principal is None for r in told) and len({r.document_id for r in told}) > 1
    }


def _events(tumen: Tumen) -> Any:
    return json.loads(json.dumps(to_json(tumen.casebase())["events"], sort_keys=True))


@pytest.mark.slow
def test_a_store_from_before_the_rule_is_regrouped_by_the_next_process(tmp_path: Path) -> None:
    """Invented articles (benchmarks/synthetic.py) crowd a few places and years with such reports."""
    articles = [a.record() for a in Corpus(60, seed=5).articles()]
    with Tumen.init(str(tmp_path / "t.db")) as tumen:
        tumen.ingest([_write(tmp_path / "all.jsonl", articles)])
        tumen.process(workers=1)
        loose = _loose_documents(tumen)
        assert len(loose) >= 2, "the corpus has reports of no one in a year at a place"
        assert _facts_of_no_one_across_reports(tumen) <= {True}, "across reports only on one day"
        before = _events(tumen)
        engine = tumen.store.engine
        with engine.begin() as conn:
            command.downgrade(migrate._config(conn), "0017_withdrawal_reasons")
        tumen.store.init()  # the upgrade marks them
        with engine.connect() as conn:
            assert set(CaseTables(conn).pending()) == loose
        done = tumen.process(workers=1)
        assert done.processed == 0, "nothing is extracted again"
        with engine.connect() as conn:
            assert CaseTables(conn).pending() == []
        assert _events(tumen) == before
