"""The events' period filter (``/api/events?from=&to=``) is an indexed query on the stored first and last day of each
fact's time (``facts.earliest``, ``facts.latest``): the pipeline writes both, migration 0012 computes the last day of
facts stored before it from their JSON, and the query reads the facts in order from ``ix_facts_period``.

The filter's answers themselves (every page walked against the export's events) are held by
``test_api.py::test_events_filtered``; here: the stored days are the facts' own, the migration's copy of the rule
gives the same days, and the database reads the facts by index.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa
from alembic import command

from scripts_testing import load_script
from tumen import Tumen
from tumen.cases import codec
from tumen.store import case_schema as t
from tumen.store import migrate
from tumen.store.apireads import FactFilter, _fact_query

MIGRATION = Path(migrate.MIGRATIONS) / "versions" / "0012_fact_period.py"


def _migration() -> ModuleType:
    return load_script(MIGRATION, "fact_period_migration")


@pytest.fixture
def store(sample_db: Path, tmp_path: Path) -> Iterator[Tumen]:
    path = tmp_path / "tumen.db"
    shutil.copyfile(sample_db, path)
    with Tumen.open(f"sqlite:///{path}") as tumen:
        yield tumen


def _stored_days(tumen: Tumen) -> dict[str, tuple[date | None, date | None, date | None]]:
    """Fact id -> (stored earliest, stored latest, the decoded fact's last day)."""
    f = t.facts
    with tumen.store.engine.connect() as conn:
        rows = conn.execute(sa.select(f.c.id, f.c.earliest, f.c.latest, f.c.data)).all()
    found = {}
    for fact_id, earliest, latest, data in rows:
        time = codec.to_fact(dict(data)).time
        found[fact_id] = (earliest, latest, time.latest if time else None)
    return found


def test_the_pipeline_stores_each_facts_last_day(store: Tumen) -> None:
    days = _stored_days(store)
    assert len(days) > 10
    assert all(latest == own for _e, latest, own in days.values())
    assert sum(1 for _e, latest, _o in days.values() if latest is not None) > 10
    assert all((earliest is None) == (latest is None) for earliest, latest, _o in days.values())


def test_the_migration_computes_the_same_day_as_the_fact(store: Tumen) -> None:
    rule = _migration().fact_latest
    f = t.facts
    with store.store.engine.connect() as conn:
        rows = conn.execute(sa.select(f.c.data)).scalars().all()
    assert rows
    for data in rows:
        time = codec.to_fact(dict(data)).time
        assert rule(dict(data)) == (time.latest if time else None)


def test_a_store_from_before_the_column_gets_the_days(store: Tumen) -> None:
    before = _stored_days(store)
    engine = store.store.engine
    with engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0011_audit")
    assert "latest" not in {c["name"] for c in sa.inspect(engine).get_columns("facts")}
    store.store.init()
    assert _stored_days(store) == before


def _plan(tumen: Tumen, wanted: FactFilter) -> str:
    with tumen.store.engine.connect() as conn:
        query = _fact_query(wanted).limit(51).compile(conn, compile_kwargs={"literal_binds": True})
        return " | ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}"))


def test_the_period_is_read_by_index(store: Tumen) -> None:
    for wanted in (
        FactFilter(reaching=date(2023, 1, 1), dated=True),
        FactFilter(dated_until=date(2015, 12, 31), dated=True),
        FactFilter(reaching=date(2016, 1, 1), dated_until=date(2016, 12, 31), dated=True),
    ):
        plan = _plan(store, wanted)
        assert "USING INDEX ix_facts_period" in plan or "USING INDEX ix_facts_latest" in plan, plan
        assert "SCAN facts" not in plan.replace("SCAN facts USING", "")
        assert "TEMP B-TREE" not in plan or "ix_facts_latest" in plan, plan  # in order, or few rows sorted
