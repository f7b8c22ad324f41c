"""tumen export --format csv → edit → tumen import-csv → export: analysts' corrections of the editable fields, on a
real processed store on SQLite and on PostgreSQL. Invented documents only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tumen import Tumen
from tumen.cli.app import main
from tumen.export import csv_export
from tumen.store import corrections as stored

ENGLISH = (
    "Seoul, 12 May 2023 — Choi Eun-ji, 29, was arrested by security agents in Hyesan in March 2022, "
    "her sister Choi Mi-na told reporters.\n"
    "Choi Mi-na said her sister had crossed the Tumen River into China in 2019 and was forcibly repatriated "
    "in January 2022.\n"
)
KOREAN = "최은지(29) 씨는 2022년 3월 혜산에서 보위부에 체포됐다고 언니 최미나 씨가 말했다.\n"

# What an analyst types: Hangul, quotes, commas, line breaks, a leading formula character.
PREFERRED = '=최은지 "Eun-ji", 혜산'
NOTES = 'Spoke to her sister twice, 2023-05-12 and 2023-06-01.\nSays: "she is held in Hyesan",\n=not a formula'
EVENT_NOTES = '@ 확인 필요, "second source" pending\r\nline two\ttabbed'


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def db(db_url: str, tmp_path: Path) -> str:
    """A store with two invented reports, ingested and processed."""
    english, korean = tmp_path / "report.txt", tmp_path / "보도.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    korean.write_text(KOREAN, encoding="utf-8")
    with Tumen.init(db_url) as t:
        t.ingest([str(english)], meta={"outlet": "Invented Daily", "published": "2023-05-12"})
        t.ingest([str(korean)], meta={"outlet": "가상일보", "published": "2023-05-13"})
        t.process(workers=1)
    return db_url


def export_csv(db: str, target: Path, *flags: str) -> Path:
    result = cli("--db", db, "export", "--format", "csv", *flags, "-o", str(target))
    assert result.exit_code == 0, result.output
    return target


def read(path: Path, excel: bool = False) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [{k: csv_export.restore(v) for k, v in r.items()} for r in rows] if excel else rows


def write(path: Path, rows: list[dict[str, str]], excel: bool = False) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if excel:
            handle.write(csv_export.BOM)
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_export.neutralise(v) if excel else v for k, v in row.items()})


def in_force(db: str) -> list[dict[str, Any]]:
    with Tumen.open(db) as t, t.store.engine.connect() as conn:
        return stored.latest(conn)


def stored_rows(db: str) -> int:
    import sqlalchemy as sa

    with Tumen.open(db) as t, t.store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(stored.corrections)).scalar_one())


def json_export(db: str) -> dict[str, Any]:
    with Tumen.open(db) as t:
        out = io.StringIO()
        t.export(out)
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def import_csv(db: str, source: Path) -> Result:
    return cli("--db", db, "import-csv", str(source), "--by", "analyst-a")


# --- the round trip ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("flags", [(), ("--excel",)], ids=["utf8", "excel"])
@pytest.mark.parametrize("target", ["tables", "tables.zip"])
def test_an_unchanged_export_imports_as_no_change(db: str, tmp_path: Path, flags: tuple[str, ...], target: str) -> None:
    source = export_csv(db, tmp_path / target, *flags)
    result = import_csv(db, source)
    assert result.exit_code == 0, result.output
    assert "no changes" in result.output
    assert stored_rows(db) == 0


@pytest.mark.parametrize("excel", [False, True], ids=["utf8", "excel"])
def test_edits_come_back_exactly_and_only_as_corrections(db: str, tmp_path: Path, excel: bool) -> None:
    before = json_export(db)
    flags = ("--excel",) if excel else ()
    first = export_csv(db, tmp_path / "first", *flags)
    persons, events = read(first / "persons.csv", excel), read(first / "events.csv", excel)
    assert persons and events, "the invented reports give persons and events"
    persons[0].update(preferred_name=PREFERRED, status_override="released", at_risk_override="no", analyst_notes=NOTES)
    events[-1].update(analyst_verdict="refuted", analyst_notes=EVENT_NOTES)
    write(first / "persons.csv", persons, excel)
    write(first / "events.csv", events, excel)
    if excel:
        assert b"'=" in (first / "persons.csv").read_bytes() and b"'@" in (first / "events.csv").read_bytes()

    result = import_csv(db, first)
    assert result.exit_code == 0, result.output
    assert "6 field(s) changed" in result.output, "four of the person, two of the event"
    assert "1 person(s), 1 event(s)" in result.output

    second = export_csv(db, tmp_path / "second", *flags)
    again_persons, again_events = read(second / "persons.csv", excel), read(second / "events.csv", excel)
    edited = next(r for r in again_persons if r["person_id"] == persons[0]["person_id"])
    assert edited["preferred_name"] == PREFERRED
    assert edited["analyst_notes"] == NOTES
    assert edited["status_override"] == "released"
    assert edited["at_risk_override"] == "false", "yes/no are stored as true/false"
    event = next(r for r in again_events if r["event_id"] == events[-1]["event_id"])
    assert event["analyst_verdict"] == "refuted" and event["analyst_notes"] == EVENT_NOTES
    # what tumen found stays as it was: the extracted name and status, and the whole JSON export
    assert edited["name"] == persons[0]["name"] and edited["status"] == persons[0]["status"]
    after = json_export(db)
    assert after["persons"] == before["persons"] and after["events"] == before["events"]

    by_field = {(c["id"], c["field"]): c for c in in_force(db)}
    assert by_field[(persons[0]["person_id"], "preferred_name")]["value"] == PREFERRED
    assert by_field[(persons[0]["person_id"], "preferred_name")]["by"] == "analyst-a"

    # the edited export, imported again, changes nothing more
    rows = stored_rows(db)
    result = import_csv(db, second)
    assert result.exit_code == 0 and "no changes" in result.output
    assert stored_rows(db) == rows


def test_clearing_a_cell_withdraws_the_correction(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    persons = read(first / "persons.csv")
    persons[0]["preferred_name"] = "Choi Eunji"
    write(first / "persons.csv", persons)
    assert import_csv(db, first / "persons.csv").exit_code == 0
    assert [c["value"] for c in in_force(db)] == ["Choi Eunji"]
    persons[0]["preferred_name"] = ""
    write(first / "persons.csv", persons)
    result = import_csv(db, first / "persons.csv")
    assert result.exit_code == 0 and "1 field(s) changed" in result.output
    assert in_force(db) == []
    assert read(export_csv(db, tmp_path / "second") / "persons.csv")[0]["preferred_name"] == ""


def test_columns_that_are_not_editable_may_be_deleted(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    persons = read(first / "persons.csv")
    slim = [{"person_id": r["person_id"], "analyst_notes": r["analyst_notes"]} for r in persons]
    slim[-1]["analyst_notes"] = "다시 확인할 것"
    write(tmp_path / "slim.csv", slim)
    result = import_csv(db, tmp_path / "slim.csv")
    assert result.exit_code == 0, result.output
    assert [(c["id"], c["value"]) for c in in_force(db)] == [(persons[-1]["person_id"], "다시 확인할 것")]


# --- refusals: the file, row and column named, nothing applied -------------------------------------------------


def refused(db: str, source: Path) -> str:
    result = import_csv(db, source)
    assert result.exit_code == 1, result.output
    assert result.output.startswith("error: nothing imported: ")
    assert len(result.output.strip().splitlines()) == 1, "one line"
    assert stored_rows(db) == 0, "all or nothing"
    return result.output


def test_a_changed_extracted_column_is_refused_naming_row_and_column(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    persons = read(first / "persons.csv")
    assert len(persons) >= 2
    persons[0]["analyst_notes"] = "a valid edit\non two lines"  # a multi-line cell: still row 2
    persons[1]["status"] = "released"  # what tumen found: not editable
    write(first / "persons.csv", persons)
    message = refused(db, first)
    assert f"persons.csv row 3 ({persons[1]['person_id']}), column status: differs from the case base" in message
    assert "preferred_name, status_override, at_risk_override, analyst_notes may be changed" in message

    events = read(first / "events.csv")
    events[0]["verdict"] = "corroborated" if events[0]["verdict"] != "corroborated" else "contradicted"
    write(tmp_path / "events.csv", events)
    message = refused(db, tmp_path / "events.csv")
    assert f"events.csv row 2 ({events[0]['event_id']}), column verdict" in message


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("status_override", "free", "must be empty or one of unknown"),
        ("at_risk_override", "maybe", "must be empty, true or false"),
        ("preferred_name", "Choi\nEun-ji", "a name is one line"),
        ("preferred_name", "   ", "only spaces"),
    ],
)
def test_invalid_editable_values_are_refused(db: str, tmp_path: Path, column: str, value: str, reason: str) -> None:
    first = export_csv(db, tmp_path / "first")
    persons = read(first / "persons.csv")
    persons[-1][column] = value
    write(first / "persons.csv", persons)
    message = refused(db, first)
    assert f"row {len(persons) + 1} ({persons[-1]['person_id']}), column {column}: {reason}" in message


def test_an_invalid_analyst_verdict_is_refused(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    events = read(first / "events.csv")
    events[0]["analyst_verdict"] = "true"
    write(first / "events.csv", events)
    assert "column analyst_verdict: must be empty or one of confirmed" in refused(db, first)


def test_unknown_columns_ids_and_repeated_rows_are_refused(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    persons = read(first / "persons.csv")

    write(tmp_path / "extra.csv", [{**r, "colour": ""} for r in persons])
    assert "extra.csv row 1: unknown column 'colour'" in refused(db, tmp_path / "extra.csv")

    ghost = [dict(r) for r in persons]
    ghost[0]["person_id"] = "P00000000"
    write(tmp_path / "ghost.csv", ghost)
    assert "ghost.csv row 2, column person_id: no person 'P00000000' in the case base" in refused(
        db, tmp_path / "ghost.csv"
    )

    write(tmp_path / "twice.csv", [*persons, persons[0]])
    message = refused(db, tmp_path / "twice.csv")
    assert f"twice.csv row {len(persons) + 2}, column person_id: {persons[0]['person_id']} already on row 2" in message

    (tmp_path / "other.csv").write_text("name,notes\nx,y\n", encoding="utf-8")
    assert "neither a person_id nor an event_id column" in refused(db, tmp_path / "other.csv")

    (tmp_path / "latin1.csv").write_bytes("person_id,analyst_notes\nP1,caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in refused(db, tmp_path / "latin1.csv")


def test_evidence_alone_has_nothing_to_import(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    assert "no persons.csv or events.csv to import" in refused(db, first / "evidence.csv")


def test_corrections_follow_a_person_merged_into_another(db: str, tmp_path: Path) -> None:
    first = export_csv(db, tmp_path / "first")
    persons = read(first / "persons.csv")
    assert len(persons) >= 2
    one, other = persons[0], persons[1]
    one["preferred_name"] = "Choi Eunji"
    other["analyst_notes"] = "the same woman? 같은 사람인지 확인"
    write(first / "persons.csv", persons)
    assert import_csv(db, first).exit_code == 0

    with Tumen.open(db) as t:
        t.judge(one["records"].split("; ")[0], other["records"].split("; ")[0], "positive", by="analyst-a")
        survivor = t.person_of_record(one["records"].split("; ")[0])
        assert survivor is not None and survivor == t.person_of_record(other["records"].split("; ")[0])
        with t.store.engine.connect() as conn:
            fixes = stored.of_subjects(conn, "person", [survivor])
    assert fixes == {survivor: {"preferred_name": "Choi Eunji", "analyst_notes": "the same woman? 같은 사람인지 확인"}}

    merged = next(r for r in read(export_csv(db, tmp_path / "second") / "persons.csv") if r["person_id"] == survivor)
    assert merged["preferred_name"] == "Choi Eunji"
    assert merged["analyst_notes"] == "the same woman? 같은 사람인지 확인"


def test_the_case_file_shows_the_corrections_beside_what_was_extracted(db: str, tmp_path: Path) -> None:
    """``tumen person`` prints the analyst's fields, marked as the analyst's; ``--json`` carries them apart from
    the extracted items, which stay as they were."""
    first = export_csv(db, tmp_path / "first")
    persons, events = read(first / "persons.csv"), read(first / "events.csv")
    person_id = persons[0]["person_id"]
    before = json.loads(cli("--db", db, "person", person_id, "--json").output)
    persons[0].update(preferred_name=PREFERRED, analyst_notes="Spoke to her sister.")
    mine = next(e for e in events if e["event_id"] in {x["id"] for x in before["events"]})
    mine.update(analyst_verdict="refuted")
    write(first / "persons.csv", persons)
    write(first / "events.csv", events)
    assert import_csv(db, first).exit_code == 0

    shown = cli("--db", db, "person", person_id)
    assert shown.exit_code == 0, shown.output
    assert f"analyst: preferred name: {PREFERRED}" in shown.output
    assert "analyst verdict: refuted" in shown.output
    after = json.loads(cli("--db", db, "person", person_id, "--json").output)
    assert after["corrections"]["person"] == {"preferred_name": PREFERRED, "analyst_notes": "Spoke to her sister."}
    assert after["corrections"]["events"] == {mine["event_id"]: {"analyst_verdict": "refuted"}}
    assert {k: v for k, v in after.items() if k != "corrections"} == {
        k: v for k, v in before.items() if k != "corrections"
    }
