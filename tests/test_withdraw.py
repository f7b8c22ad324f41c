"""Withdrawing a document: its words leave the store, a tombstone stays in the chain, and what
depended on it is derived again (on a SQLite file and on PostgreSQL). Invented documents only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tumen import Tumen
from tumen.cli.app import main
from tumen.store import case_schema
from tumen.store.schema import chain, metadata

# Two outlets, two witnesses, one arrest. Words that occur only in the first document:
FIRST = (
    "Seo Yuna was arrested by state security agents in Hyesan in March 2021, her brother Seo Jinwoo "
    "told reporters. He said she had wired money to relatives abroad.\n"
)
SECOND = (
    "Seo Yuna was arrested in Hyesan in March 2021, her former neighbour Moon Daeho said in an "
    "interview. Moon said the arrest happened at night.\n"
)
ONLY_IN_FIRST = ("Jinwoo", "wired money", "relatives abroad")


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Iterator[Tumen]:
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    tumen = Tumen.init(db_url)
    assert (
        tumen.ingest([str(tmp_path / "first.txt")], meta={"outlet": "North Star Wire", "published": "2024-03-01"})
        .summary()
        .startswith("ingested 1,")
    )
    assert (
        tumen.ingest([str(tmp_path / "second.txt")], meta={"outlet": "Han River Daily", "published": "2024-04-02"})
        .summary()
        .startswith("ingested 1,")
    )
    assert not tumen.process(workers=1).failed
    yield tumen
    tumen.close()


def _arrest(tumen: Tumen) -> tuple[str, set[int]]:
    case = tumen.case_file("Seo Yuna")
    arrests = [f for f in case.facts if f.type == "arrest"]
    assert len(arrests) == 1, [f.type for f in case.facts]
    return arrests[0].verdict.value, {s.document for s in arrests[0].supports}


def _every_row(tumen: Tumen) -> Iterator[str]:
    """Every row of every table tumen declares, as text (bytes decoded where they are text)."""
    tables = metadata.sorted_tables  # the case base's tables are declared on the same metadata
    assert case_schema.persons in tables
    with tumen.store.engine.connect() as conn:
        for table in tables:
            for row in conn.execute(sa.select(table)):
                yield (
                    table.name
                    + " "
                    + " ".join(
                        bytes(v).decode("utf-8", "replace")
                        if isinstance(v, bytes | memoryview)
                        else json.dumps(v, default=str, ensure_ascii=False)
                        for v in row
                    )
                )


def test_a_corroborated_fact_becomes_single_source_and_the_words_are_gone(store: Tumen) -> None:
    assert _arrest(store) == ("corroborated", {1, 2})
    assert any("Jinwoo" in row for row in _every_row(store))
    before = store.chain_head()

    done = store.withdraw(1, "the witness withdrew consent", by="analyst-a")

    assert done.withdrawn.document_id == 1
    assert _arrest(store) == ("single_source", {2})
    assert [d.id for d in store.documents()] == [2]
    assert store.extraction(2) is not None
    assert store.search("Jinwoo") == [] and store.search("Hyesan")[0].document_id == 2
    assert not store.find_persons("Seo Jinwoo")  # a person only the withdrawn document named
    for row in _every_row(store):
        assert not any(words in row for words in ONLY_IN_FIRST), row[:80]
    assert store.check() == []
    assert store.check_against(before) == []  # a withdrawal extends the history, it does not rewrite it
    with store.store.engine.connect() as conn:
        tomb = conn.execute(sa.select(chain).where(chain.c.kind == "withdrawal")).one()._mapping
    detail = json.loads(tomb["detail"])
    assert tomb["subject"] == "document:1" and detail["by"] == "analyst-a"
    assert detail["reason"] == "the witness withdrew consent" and len(detail["sha256"]) == 64 and detail["at"]


def test_the_withdrawn_text_is_nowhere_in_the_sqlite_file(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(FIRST * 40, encoding="utf-8")  # enough to fill pages of its own
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    tumen = Tumen.init(sqlite_url)
    tumen.ingest([str(tmp_path / "first.txt"), str(tmp_path / "second.txt")])
    assert not tumen.process(workers=1).failed
    db = Path(sqlite_url.removeprefix("sqlite:///"))
    assert b"Jinwoo" in db.read_bytes() + Path(f"{db}-wal").read_bytes()
    tumen.withdraw(1, "a file that should never have come in")
    for vacuumed in (False, True):  # the withdrawal scrubs the file itself; a later VACUUM finds nothing either
        if vacuumed:
            with tumen.store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
        for words in ONLY_IN_FIRST:
            assert words.encode() not in stored, (words, vacuumed)
    tumen.close()


def test_withdraw_on_the_command_line(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    Tumen.init(sqlite_url).close()
    runner = CliRunner()
    assert runner.invoke(main, ["--db", sqlite_url, "ingest", str(tmp_path / "first.txt")]).exit_code == 0
    missing_reason = runner.invoke(main, ["--db", sqlite_url, "withdraw", "1"])
    assert missing_reason.exit_code == 2 and "--reason" in missing_reason.output
    blank = runner.invoke(main, ["--db", sqlite_url, "withdraw", "1", "--reason", "  "])
    assert blank.exit_code == 1 and "needs a reason" in blank.stderr
    nothing = runner.invoke(main, ["--db", sqlite_url, "withdraw", "9", "--reason", "x"])
    assert nothing.exit_code == 1 and "no document" in nothing.stderr
    done = runner.invoke(
        main, ["--db", sqlite_url, "withdraw", "1", "--reason", "consent\x1b[2J withdrawn", "--by", "b"]
    )
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("withdrew document 1 (sha256 ")
    assert runner.invoke(main, ["--db", sqlite_url, "check"]).exit_code == 0
    again = runner.invoke(main, ["--db", sqlite_url, "withdraw", "1", "--reason", "twice"])
    assert again.exit_code == 1 and "no document" in again.stderr


def test_a_document_stored_again_after_a_withdrawal_is_chained_anew(sqlite_url: str, tmp_path: Path) -> None:
    """SQLite may give the next document the withdrawn one's id: the chain tells them apart."""
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    tumen = Tumen.init(sqlite_url)
    tumen.ingest([str(tmp_path / "first.txt")])
    assert not tumen.process(workers=1).failed
    tumen.withdraw(1, "by mistake")
    assert tumen.check() == []
    tumen.ingest([str(tmp_path / "first.txt")])
    assert tumen.check() == []  # the old extraction's entry does not count for the new document
    assert not tumen.process(workers=1).failed
    assert tumen.check() == []
    tumen.close()
