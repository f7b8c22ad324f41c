"""Exit statuses of ``tumen``: 1 a failed operation, 2 a usage error, 3 a store that cannot be opened or
queried — each with one clear line on stderr and never a traceback. Real SQLite files and, where marked,
the real PostgreSQL server; the documents are invented."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tumen.cli import main

NOTE = "Kim Min-jun was arrested by police in Hyesan on 3 March 2019, his sister said.\n"


def tumen(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_error_line(result: Result) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr and "[SQL" not in result.stderr and "SELECT" not in result.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.db")
    assert tumen("--db", path, "init").exit_code == 0
    return path


# ---------------------------------------------------------------------------- 1: the operation failed


def test_ingest_with_a_failure_exits_1(db: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = tumen("--db", db, "ingest", str(tmp_path / "empty.txt"))
    assert result.exit_code == 1
    assert result.stdout.strip() == "ingested 0, duplicates 0, failed 1"


def test_unknown_person_and_document_exit_1(db: str) -> None:
    result = tumen("--db", db, "person", "Nobody Here")
    assert result.exit_code == 1
    assert one_error_line(result).startswith("error: no person 'Nobody Here'")
    for args in (["show", "42"], ["show", "42", "--original"], ["facts", "42"]):
        result = tumen("--db", db, *args)
        assert result.exit_code == 1, args
        assert one_error_line(result).startswith("error: no document '42'")


def test_an_export_that_breaks_the_schema_is_one_line_and_exit_1(db: str, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    assert tumen("--db", db, "ingest", str(tmp_path / "note.txt"), "--published", "2023-05-01").exit_code == 0
    # A value this version never writes (as an older or newer tumen, or a hand edit, might leave behind).
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET published_precision = 'week' WHERE id = 1")
    output = tmp_path / "cases.json"
    result = tumen("--db", db, "export", "-o", str(output))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert line.startswith("error: the export does not match schema tumen/v1, nothing written: ")
    assert "field documents/0/published_precision (id 1): must be one of" in line
    assert not output.exists()


# ---------------------------------------------------------------------------- 2: usage errors


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["documents", "--no-such-option"],
        ["show"],
        ["ingest", "x.txt", "--max-size", "lots"],
        ["ingest", "-", "--published", "2023-13-45"],
    ],
)
def test_usage_errors_exit_2(db: str, args: list[str]) -> None:
    result = tumen("--db", db, *args)
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_database_setting_is_a_usage_error(tmp_path: Path) -> None:
    result = tumen("--db", "mysql://someone@localhost/cases", "documents")
    assert result.exit_code == 2
    assert "unsupported database 'mysql'" in one_error_line(result)


# ---------------------------------------------------------------------------- 3: the store


def test_a_store_that_is_not_initialised_exits_3(tmp_path: Path) -> None:
    result = tumen("--db", str(tmp_path / "none.db"), "documents")
    assert result.exit_code == 3
    assert "tumen init" in one_error_line(result)


def test_a_file_that_is_not_a_database_exits_3_naming_it(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are notes, not a database " * 200)
    result = tumen("--db", str(junk), "documents")
    assert result.exit_code == 3
    line = one_error_line(result)
    assert str(junk) in line and "file is not a database" in line


def test_a_failing_query_exits_3_without_sql_or_text(db: str, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    assert tumen("--db", db, "ingest", str(tmp_path / "note.txt")).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE documents RENAME TO documents_moved_away")
    for args in (["documents"], ["show", "1"]):
        result = tumen("--db", db, *args)
        assert result.exit_code == 3, (args, result.stderr)
        line = one_error_line(result)
        assert db in line and "no such table" in line
        assert "Kim Min-jun" not in result.stderr + result.stdout


def test_an_unreachable_server_exits_3_without_the_password() -> None:
    result = tumen("--db", "postgresql+psycopg://analyst:s3cret-pw@127.0.0.1:1/cases", "documents")
    assert result.exit_code == 3
    line = one_error_line(result)
    assert "127.0.0.1" in line and "s3cret-pw" not in result.stderr


@pytest.mark.postgres
def test_an_empty_postgresql_database_exits_3(pg_url: str) -> None:
    result = tumen("--db", pg_url, "documents")
    assert result.exit_code == 3
    assert "tumen init" in one_error_line(result)


def test_the_exit_statuses_are_documented() -> None:
    assert main.help is not None
    for words in ("1 when the operation failed", "2 for a usage error", "3 when the evidence store"):
        assert words in " ".join(main.help.split())
