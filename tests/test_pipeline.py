"""The stored case base: incremental processing gives what processing from scratch gives, ids
survive growth and merges, and reads come from the tables (issue 9), on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, case_base_export, sample_export
from tumen import Tumen

INPUTS = sorted(p for p in EXAMPLES.iterdir() if not p.name.endswith(".meta.json"))


def _person_id(tumen: Tumen, name: str) -> str:
    found = tumen.find_persons(name)
    assert found, name
    return found[0].id


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return sample_export(tmp_path_factory.mktemp("batch"))


def test_one_document_at_a_time_gives_the_batch_case_base(db_url: str, batch: dict[str, Any]) -> None:
    """Ingest and process the sample corpus file by file: the export equals the one-batch export."""
    tumen = Tumen.init(db_url)
    seen: dict[str, str] = {}
    for path in INPUTS:
        tumen.ingest([str(path)])
        tumen.process(workers=1)
        for person in tumen.persons():
            for record in person.records:
                seen.setdefault(record, person.id)
    assert case_base_export(tumen) == batch
    # every id ever printed still names someone: its own person or the one it was merged into
    for record, printed in seen.items():
        current = tumen.find_persons(printed)
        assert current, printed
        assert record in current[0].records or tumen.person_of_record(record) is not None
    tumen.close()


def test_ids_survive_growth(tmp_path: Path) -> None:
    tumen = Tumen.init(str(tmp_path / "t.db"))
    first = [p for p in INPUTS if "kang" in p.name or "gang" in p.name]
    tumen.ingest([str(first[0])])
    tumen.process(workers=1)
    kang = _person_id(tumen, "Kang Mi-rae")
    facts = {f.id for f in tumen.case_file(kang).facts}
    tumen.ingest([str(p) for p in INPUTS])
    tumen.process(workers=1)
    grown = tumen.find_persons("Kang Mi-rae")[0]
    assert grown.id == kang
    assert len(grown.records) > 1
    assert facts <= {f.id for f in tumen.case_file(kang).facts}
    tumen.close()


def test_a_merge_keeps_the_older_id_and_the_retired_one_redirects(tmp_path: Path) -> None:
    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    tumen.process(workers=1)
    kang = tumen.find_persons("Kang Mi-rae")[0]
    choi = tumen.find_persons("Choi Min-su")[0]
    older, newer = sorted([kang, choi], key=lambda p: min(int(r.split(":")[0]) for r in p.records))
    tumen.judge(older.records[0], newer.records[0], "positive")
    merged = tumen.find_persons(older.id)
    assert [p.id for p in merged] == [older.id]
    assert newer.records[0] in merged[0].records  # the newer person's first record went over
    assert [p.id for p in tumen.find_persons(newer.id)] == [older.id]  # the retired id redirects
    tumen.judge(older.records[0], newer.records[0], "negative")  # undone: the newer id lives again
    assert [p.id for p in tumen.find_persons(newer.id)] == [newer.id]
    tumen.close()


def test_reprocessing_everything_changes_nothing(tmp_path: Path, batch: dict[str, Any]) -> None:
    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    tumen.process(workers=1)
    tumen.process(workers=1, force=True)
    assert case_base_export(tumen) == batch
    tumen.close()


def test_absorbing_every_document_in_one_update_changes_nothing(tmp_path: Path, batch: dict[str, Any]) -> None:
    """Documents that copy or relay each other, re-read in one transaction, keep one dependency each."""
    from tumen.pipeline.process import absorb

    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    tumen.process(workers=1)
    absorb(tumen.store, [d.id for d in tumen.documents()])
    assert case_base_export(tumen) == batch
    tumen.close()


def test_updates_shrink_to_the_region_budget_and_give_the_same_case_base(
    tmp_path: Path, batch: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An update whose region outgrows the budget makes the next ones take fewer documents; the case base is the
    same."""
    import importlib

    pipeline_process = importlib.import_module("tumen.pipeline.process")  # the module, not its process function
    monkeypatch.setattr(pipeline_process, "ABSORB", 4)
    monkeypatch.setattr(pipeline_process, "ABSORB_MIN", 1)
    monkeypatch.setattr(pipeline_process, "REGION_BUDGET", 1)
    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    report = tumen.process(workers=1)
    assert report.absorbed == len(tumen.documents()) == 15
    assert report.updates == 1 + 11  # four documents first, then one at a time
    assert case_base_export(tumen) == batch
    tumen.close()


def test_the_next_update_takes_what_fits_the_region_budget() -> None:
    from tumen.pipeline.process import ABSORB, ABSORB_MIN, REGION_BUDGET, next_absorb
    from tumen.pipeline.update import Updated

    assert next_absorb(64, Updated(documents=64, records=REGION_BUDGET // 4, facts=REGION_BUDGET // 4)) == ABSORB
    assert next_absorb(64, Updated(documents=64, records=REGION_BUDGET, facts=REGION_BUDGET)) == 32
    assert next_absorb(8, Updated(documents=8, records=100 * REGION_BUDGET, facts=0)) == ABSORB_MIN
    assert next_absorb(0, Updated()) == ABSORB


def test_documents_extracted_but_never_absorbed_are_taken_in_first(tmp_path: Path, batch: dict[str, Any]) -> None:
    """An interrupted run saved extractions the case base never took in: the next run absorbs them, sized like any
    other update, and gives the one-batch case base."""
    from tumen.extract.batches import extract_batch
    from tumen.extract.types import EXTRACTOR_VERSION
    from tumen.pipeline.process import _source

    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    ids = [d.id for d in tumen.documents()]
    for document_id, data, _error in extract_batch([_source(tumen.store, i) for i in ids]):
        assert data is not None
        persons = sum(1 for e in data["entities"] if e["kind"] == "person")
        tumen.store.save_extraction(document_id, EXTRACTOR_VERSION, data, persons, len(data["events"]))
    with tumen.store.reading() as tables:
        assert sorted(tables.pending()) == sorted(ids)
    report = tumen.process(workers=1)
    assert (report.absorbed, report.processed, report.updates) == (len(ids), 0, 1)
    with tumen.store.reading() as tables:
        assert tables.pending() == []
    assert case_base_export(tumen) == batch
    tumen.close()
