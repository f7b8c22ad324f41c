"""``tumen keys``: init, rotate and status at the command line; the errors an encrypted store gives without its key.

Every text here is invented for these tests.
"""

from __future__ import annotations

import io
import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tumen import Tumen
from tumen.cli import main
from tumen.store import crypto

TEXT = "Invented: Pyon Sol-gi was arrested in Hyesan in March 2024, her brother Pyon Tae-ho said.\n"
OTHER = "Invented as well: 변솔기가 혜산에서 체포되었다. Zelbrinth heard it in Musan.\n"


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crypto.KEY_ENV, raising=False)
    monkeypatch.delenv(crypto.KEY_FILE_ENV, raising=False)


@pytest.fixture
def store(tmp_path: Path) -> str:
    db = str(tmp_path / "cases.db")
    assert _run("--db", db, "init").exit_code == 0
    source = tmp_path / "report.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert _run("--db", db, "ingest", str(source), "--outlet", "Invented Outlet").exit_code == 0
    return db


def test_keys_init_writes_a_private_key_file_beside_the_store_and_seals_it(store: str, tmp_path: Path) -> None:
    done = _run("--db", store, "keys", "init")
    assert done.exit_code == 0, done.output
    key_file = tmp_path / ".tumen-data.key"
    assert f"1 documents sealed under a new key written to {key_file}" in done.stdout
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert len(bytes.fromhex(key)) == 32 and key not in done.output
    assert "Pyon Sol-gi was arrested" in _run("--db", store, "show", "1").stdout
    status = json.loads(_run("--db", store, "keys", "status", "--json").stdout)
    assert status["encrypted"] is True and status["cipher"] == "AES-256-GCM" and status["index_tokens"] > 0
    again = _run("--db", store, "keys", "init")
    assert again.exit_code == 3
    assert "already encrypted: `tumen keys rotate` changes its key" in again.stderr


def test_without_its_key_every_command_fails_with_one_clear_line(store: str, tmp_path: Path) -> None:
    assert _run("--db", store, "keys", "init").exit_code == 0
    key_file = tmp_path / ".tumen-data.key"
    kept = tmp_path / "kept.key"
    key_file.rename(kept)
    for command in (["documents"], ["show", "1"], ["search", "arrested"], ["ingest", str(kept)], ["check"]):
        failed = _run("--db", store, *command)
        assert failed.exit_code == 3, command
        assert failed.stderr.startswith("error: ") and failed.stderr.count("\n") == 1
        assert "is encrypted and its data key is missing" in failed.stderr
        assert f"set {crypto.KEY_ENV} or {crypto.KEY_FILE_ENV}" in failed.stderr
        assert "Pyon" not in failed.output
    kept.rename(key_file)
    assert _run("--db", store, "documents").exit_code == 0


def test_a_wrong_key_file_is_refused(store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run("--db", store, "keys", "init").exit_code == 0
    wrong = tmp_path / "wrong.key"
    wrong.write_text("ab" * 32 + "\n")
    monkeypatch.setenv(crypto.KEY_FILE_ENV, str(wrong))
    failed = _run("--db", store, "show", "1")
    assert failed.exit_code == 3
    assert f"the data key from {wrong} does not open" in failed.stderr
    wrong.write_text("not a key")
    assert "is malformed: it must be 64 hexadecimal digits" in _run("--db", store, "documents").stderr


def test_rotate_replaces_the_key_file_and_the_old_key_stops_working(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run("--db", store, "keys", "init").exit_code == 0
    key_file = tmp_path / ".tumen-data.key"
    old = tmp_path / "old.key"
    old.write_text(key_file.read_text())
    rotated = _run("--db", store, "keys", "rotate")
    assert rotated.exit_code == 0, rotated.output
    assert f"1 documents re-sealed; the new key is in {key_file}" in rotated.stdout
    assert key_file.read_text() != old.read_text() and not key_file.with_name(".tumen-data.key.new").exists()
    assert "Pyon Sol-gi was arrested" in _run("--db", store, "show", "1").stdout
    assert "[arrest]ed" in _run("--db", store, "search", "arrest").stdout
    assert _run("--db", store, "check").exit_code == 0
    monkeypatch.setenv(crypto.KEY_FILE_ENV, str(old))
    assert "does not open" in _run("--db", store, "documents").stderr


def test_rotate_with_the_key_in_the_environment_needs_a_new_key_file(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "5a" * 32
    monkeypatch.setenv(crypto.KEY_ENV, key)
    assert "under the key from TUMEN_DATA_KEY" in _run("--db", store, "keys", "init").stdout
    assert not (tmp_path / ".tumen-data.key").exists()
    refused = _run("--db", store, "keys", "rotate")
    assert refused.exit_code == 2 and "--new-key-file" in refused.stderr
    new = tmp_path / "keys" / "new.key"
    rotated = _run("--db", store, "keys", "rotate", "--new-key-file", str(new))
    assert rotated.exit_code == 0, rotated.output
    assert f"set {crypto.KEY_FILE_ENV}={new}" in rotated.stderr
    assert _run("--db", store, "documents").exit_code == 3  # the old key, still in the environment
    monkeypatch.delenv(crypto.KEY_ENV)
    monkeypatch.setenv(crypto.KEY_FILE_ENV, str(new))
    assert "Pyon Sol-gi" in _run("--db", store, "show", "1").stdout
    assert _run("--db", store, "keys", "rotate", "--new-key-file", str(new)).exit_code == 3  # never overwritten


def test_an_interrupted_rotation_is_named(store: str, tmp_path: Path) -> None:
    """The store committed under the new key but the key file was not moved: the error says where the key is."""
    assert _run("--db", store, "keys", "init").exit_code == 0
    key_file = tmp_path / ".tumen-data.key"
    old = key_file.read_text()
    assert _run("--db", store, "keys", "rotate").exit_code == 0
    key_file.rename(tmp_path / ".tumen-data.key.new")
    key_file.write_text(old)
    failed = _run("--db", store, "documents")
    assert failed.exit_code == 3 and "an interrupted `tumen keys rotate`" in failed.stderr


def test_keys_init_on_a_server_store_needs_a_key_file_named(pg_url: str) -> None:
    assert _run("--db", pg_url, "init").exit_code == 0
    refused = _run("--db", pg_url, "keys", "init")
    assert refused.exit_code == 2
    assert f"set {crypto.KEY_FILE_ENV} to the file the new key should be written to" in refused.stderr


def test_a_store_processed_sealed_gives_the_plaintext_store_s_case_base(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(crypto.KEY_ENV, "77" * 32)
    exports = []
    for url, seal in ((f"sqlite:///{tmp_path / 'plain.db'}", False), (db_url, True)):
        for name, text in (("a.txt", TEXT), ("b.txt", OTHER)):
            (tmp_path / name).write_text(text, encoding="utf-8")
        with Tumen.init(url) as tumen:
            tumen.ingest([str(tmp_path / "a.txt")], meta={"outlet": "Invented Outlet", "published": "2024-04-01"})
            if seal:
                assert _run("--db", url, "keys", "init").exit_code == 0
        with Tumen.open(url) as tumen:
            tumen.ingest([str(tmp_path / "b.txt")], meta={"outlet": "Other Outlet", "published": "2024-04-02"})
            tumen.process(workers=1)
            out = io.StringIO()
            tumen.export(out)
            exports.append(_stable(json.loads(out.getvalue())))
    assert exports[0] == exports[1]
    assert any("Pyon Sol-gi" in json.dumps(p, ensure_ascii=False) for p in exports[1]["persons"])


def _stable(export: dict[str, Any]) -> dict[str, Any]:
    """The export without what differs between two runs (times of ingest, processing and export)."""
    text = json.dumps(export, ensure_ascii=False, sort_keys=True)
    for volatile in ("ingested_at", "processed_at", "exported_at", "generated_at"):
        text = _drop_key(text, volatile)
    result: dict[str, Any] = json.loads(text)
    return result


def _drop_key(text: str, key: str) -> str:
    return re.sub(rf'"{key}": "[^"]*"', f'"{key}": ""', text)
