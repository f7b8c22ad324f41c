"""The ``tumen`` command, end to end on a real SQLite file (and PostgreSQL where marked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from tumen.cli import main


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_init_creates_tumen_db_in_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TUMEN_DB", raising=False)
    code, out, _ = run("init")
    assert code == 0 and "tumen store ready" in out
    assert (tmp_path / "tumen.db").is_file()


def test_tumen_db_environment_variable_chooses_the_store(tmp_path: Path) -> None:
    db = tmp_path / "elsewhere.db"
    code, _, _ = run("init", env={"TUMEN_DB": str(db)})
    assert code == 0 and db.is_file()


def test_sample_corpus_ingests_cleanly_and_lists(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert run("--db", db, "init")[0] == 0
    code, out, err = run("--db", db, "ingest", str(EXAMPLES))
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "ingested 15, duplicates 0, failed 0"
    code, out, _ = run("--db", db, "documents")
    assert code == 0
    for header in ("id", "title", "outlet", "published", "language", "chars", "sha256"):
        assert header in out
    assert "Seoul Wire" in out and "한빛일보" in out and "2023-11-02" in out
    code, out, _ = run("--db", db, "documents", "--json")
    listed = json.loads(out)
    assert len(listed) == 15
    assert {d["language"] for d in listed} == {"en", "ko"}
    assert {d["media_type"] for d in listed} >= {"text/html", "application/pdf", "text/plain", "text/markdown"}
    code, out, _ = run("--db", db, "ingest", str(EXAMPLES))
    assert code == 0 and out.strip().splitlines()[-1] == "ingested 0, duplicates 15, failed 0"


def test_show_prints_metadata_then_text_and_the_original_bytes(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    run("--db", db, "init")
    source = EXAMPLES / "hanbit-kang-2023.txt"
    run("--db", db, "ingest", str(source))
    code, out, _ = run("--db", db, "show", "1")
    assert code == 0
    assert "한빛일보" in out and ("euc-kr" in out.lower() or "cp949" in out.lower())
    assert "강미래" in out
    code, out, _ = run("--db", db, "show", "1", "--json")
    shown = json.loads(out)
    assert shown["outlet"] == "한빛일보" and "강미래" in shown["text"]
    result = CliRunner().invoke(main, ["--db", db, "show", shown["sha256"][:8], "--original"])
    assert result.stdout_bytes == source.read_bytes()


def test_commands_on_a_missing_store_say_to_run_init(tmp_path: Path) -> None:
    code, _, err = run("--db", str(tmp_path / "none.db"), "documents")
    assert code == 3 and "tumen init" in err  # the store cannot be opened


def test_show_unknown_document_is_a_clear_error(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    run("--db", db, "init")
    code, _, err = run("--db", db, "show", "42")
    assert code == 1 and "no document '42'" in err  # a failed operation, not a broken store


def test_check_reports_a_sound_store(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    run("--db", db, "init")
    run("--db", db, "ingest", str(EXAMPLES / "seoul-wire-kang-2023.txt"))
    code, out, _ = run("--db", db, "check")
    assert code == 0 and out.startswith("ok: 1 documents")


@pytest.mark.postgres
def test_cli_works_against_postgresql(pg_url: str) -> None:
    assert run("--db", pg_url, "init")[0] == 0
    code, out, err = run("--db", pg_url, "ingest", str(EXAMPLES))
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "ingested 15, duplicates 0, failed 0"
    code, out, _ = run("--db", pg_url, "documents", "--json")
    assert len(json.loads(out)) == 15


def test_every_command_is_documented_and_the_reference_is_current() -> None:
    from tumen.cli.docs import render

    for name, command in main.commands.items():
        assert command.help and len(command.help.split()) >= 5, f"tumen {name} needs a help text"
    reference = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert reference == render(), "docs/cli.md is stale: run `python -m tumen.cli.docs > docs/cli.md`"
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"tumen {name}" in readme, f"README does not mention `tumen {name}`"
