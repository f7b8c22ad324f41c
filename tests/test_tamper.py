"""Tamper evidence: what an attacker with database access does, and `tumen check` finding it.

Each tampering runs on a SQLite file and on PostgreSQL. The old check re-hashed bytes and text
only, so every tampering here that rewrites a hash with its data passed it; the evidence chain
(tumen.store.chain) catches them and names what differs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tumen import Tumen
from tumen.cli.app import main
from tumen.model import Metadata, NewDocument
from tumen.store.schema import chain

TEXT = "Invented testimony: Ryu Hana says her cousin was taken to a labour camp in 2015."
OTHER = "Invented report: the Seoul office of a rights group counted nine detainees."


def _doc(text: str, title: str) -> NewDocument:
    return NewDocument(
        content=text.encode("utf-8"),
        text=text,
        meta=Metadata(title=title, outlet="Invented Wire", language="en"),
        media_type="text/plain",
        filename=f"{title}.txt",
        ingested_by="tester",
        encoding="utf-8",
        extra={},
    )


@pytest.fixture
def store(db_url: str) -> Iterator[Tumen]:
    """Two documents, an extraction of the first and an analyst's judgement, all chained."""
    tumen = Tumen.init(db_url)
    first, _ = tumen.store.add(_doc(TEXT, "first"))
    tumen.store.add(_doc(OTHER, "second"))
    tumen.store.save_extraction(first, "v-test", {"entities": [{"kind": "person", "name": "Ryu Hana"}]}, 1, 0)
    tumen.store.judge(f"{first}:p1", "2:p1", "distinct", "analyst")
    assert tumen.check() == []
    yield tumen
    tumen.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _raw(tumen: Tumen, *statements: str, params: dict[str, object] | None = None) -> None:
    """Run SQL as an attacker would: on PostgreSQL as a superuser with triggers (and foreign keys)
    switched off for the session, on SQLite with the immutability trigger dropped."""
    with tumen.store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        else:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS documents_immutable")
        for statement in statements:
            conn.execute(sa.text(statement), params or {})


def _problems(tumen: Tumen) -> str:
    problems = tumen.check()
    assert problems, "the tampering went unnoticed"
    return "\n".join(problems)


def test_text_rewritten_together_with_its_hash(store: Tumen) -> None:
    forged = "Invented testimony: nobody was taken anywhere."
    _raw(
        store,
        "UPDATE documents SET text = :t, text_sha256 = :h, chars = :n WHERE id = 1",
        params={"t": forged, "h": _sha(forged.encode()), "n": len(forged)},
    )
    assert "document 1: the SHA-256 of its text differs from the chain" in _problems(store)


def test_original_bytes_rewritten_together_with_their_hash(store: Tumen) -> None:
    forged = b"forged original"
    _raw(
        store,
        "UPDATE documents SET content = :c, sha256 = :h, size = :n WHERE id = 1",
        params={"c": forged, "h": _sha(forged), "n": len(forged)},
    )
    assert "document 1: the SHA-256 of its original bytes differs from the chain" in _problems(store)


def test_a_deleted_document(store: Tumen) -> None:
    _raw(store, "DELETE FROM extractions WHERE document_id = 2", "DELETE FROM documents WHERE id = 2")
    assert "document 2 is in the chain but missing from the store (deleted)" in _problems(store)


def test_edited_title_outlet_and_date(store: Tumen) -> None:
    _raw(store, "UPDATE documents SET title = 'Other', outlet = 'Other Wire', published = '2001-02-03' WHERE id = 2")
    assert "document 2: title, outlet, published differ(s) from the chain" in _problems(store)


def test_edited_extraction(store: Tumen) -> None:
    _raw(store, """UPDATE extractions SET data = '{"entities": []}' WHERE document_id = 1""")
    assert "extraction of document 1: data_sha256 differ(s) from the chain" in _problems(store)


def test_deleted_extraction_and_judgement(store: Tumen) -> None:
    _raw(store, "DELETE FROM extractions WHERE document_id = 1", "DELETE FROM judgements")
    found = _problems(store)
    assert "extraction of document 1 is in the chain but missing (deleted)" in found
    assert "judgement 1 is in the chain but missing (deleted)" in found


def test_rows_replaced_or_removed_past_the_triggers(store: Tumen) -> None:
    """SQLite: INSERT OR REPLACE swaps a row without firing the UPDATE trigger. PostgreSQL: with
    session_replication_role=replica no trigger fires, so DELETE and TRUNCATE go through."""
    forged = "Invented testimony: replaced wholesale."
    if store.store.engine.dialect.name == "sqlite":
        with store.store.engine.begin() as conn:  # the immutability trigger is still in place
            conn.execute(
                sa.text(
                    "INSERT OR REPLACE INTO documents (id, sha256, content, text, text_sha256, title, outlet, "
                    "author, url, published, published_precision, language, translated_from, media_type, filename, "
                    "encoding, size, chars, extra, ingested_at, ingested_by) SELECT id, :h, :c, :t, :h, title, outlet, "
                    "author, url, published, published_precision, language, translated_from, media_type, filename, "
                    "encoding, :n, :n, extra, ingested_at, ingested_by FROM documents WHERE id = 1"
                ),
                {"h": _sha(forged.encode()), "c": forged.encode(), "t": forged, "n": len(forged)},
            )
        found = _problems(store)
        assert "document 1: the SHA-256 of its original bytes differs from the chain" in found
        assert "document 1: the SHA-256 of its text differs from the chain" in found
        return
    with store.store.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.exec_driver_sql("DELETE FROM documents WHERE id = 1")
        conn.exec_driver_sql("DELETE FROM chain WHERE seq > 2")  # the chain's own trigger is off too
    found = _problems(store)
    assert "document 1 is in the chain but missing from the store (deleted)" in found
    with store.store.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.exec_driver_sql("TRUNCATE documents CASCADE")
    assert "document 2 is in the chain but missing from the store (deleted)" in _problems(store)


def test_the_chain_refuses_updates_and_deletes(store: Tumen) -> None:
    for statement in ("UPDATE chain SET kind = 'x'", "DELETE FROM chain"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.store.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    if store.store.engine.dialect.name == "postgresql":
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.store.engine.begin() as conn:
            conn.exec_driver_sql("TRUNCATE chain")
    assert store.check() == []


def _drop_chain_guards(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
    else:
        conn.exec_driver_sql("DROP TRIGGER chain_no_update")
        conn.exec_driver_sql("DROP TRIGGER chain_no_delete")


def test_an_edited_chain_entry_breaks_the_chain(store: Tumen) -> None:
    with store.store.engine.begin() as conn:
        _drop_chain_guards(conn)
        conn.execute(chain.update().where(chain.c.seq == 2).values(subject="document:9"))
    assert "chain: entry 2 does not match its hash (the entry was edited)" in _problems(store)


def test_a_saved_head_catches_a_rewritten_history(store: Tumen) -> None:
    """An attacker who deletes the newest document together with its chain entries leaves a chain
    that is whole again; the head saved outside the database catches it."""
    saved = store.chain_head()
    assert store.check_against(saved) == []
    store.store.add(_doc("Invented note: a third account of the same camp.", "third"))
    assert store.check_against(saved) == []  # growth extends the saved head
    later = store.chain_head()
    with store.store.engine.begin() as conn:
        _drop_chain_guards(conn)
        conn.exec_driver_sql("DELETE FROM documents WHERE title = 'third'")
        conn.execute(chain.delete().where(chain.c.seq > int(saved.split(":")[0])))
    assert store.check() == []  # consistent in itself ...
    assert store.check_against(later)  # ... but it does not extend the head saved after the third
    assert store.check_against(saved) == []
    assert "not a chain head" in store.check_against("nonsense")[0]


def test_the_whole_chain_rebuilt_does_not_extend_the_saved_head(store: Tumen) -> None:
    from tumen.store.chain import record_everything

    saved = store.chain_head()
    _raw(store, "UPDATE documents SET title = 'Rewritten' WHERE id = 2")
    with store.store.engine.begin() as conn:
        _drop_chain_guards(conn)
        conn.execute(chain.delete())
        record_everything(conn)  # the attacker re-chains the forged state
    assert store.check() == []
    problems = store.check_against(saved)
    assert problems and "rewritten" in problems[0]


def test_cli_check_head_and_against(db_url: str, tmp_path: Path) -> None:
    tumen = Tumen.init(db_url)
    tumen.store.add(_doc(TEXT, "first"))
    tumen.close()
    runner = CliRunner()
    result = runner.invoke(main, ["--db", db_url, "check", "--head"])
    assert result.exit_code == 0, result.output
    head = result.stdout.strip()
    assert head.startswith("1:") and len(head) == 66
    saved = tmp_path / "head.txt"
    saved.write_text(head + "\n", encoding="utf-8")
    for value in (head, str(saved)):
        ok = runner.invoke(main, ["--db", db_url, "check", "--against", value])
        assert ok.exit_code == 0 and "history extends" in ok.stdout, ok.output
    tumen = Tumen.open(db_url)
    with tumen.store.engine.begin() as conn:
        _drop_chain_guards(conn)
        conn.execute(chain.update().values(head="f" * 64))
    tumen.close()
    bad = runner.invoke(main, ["--db", db_url, "check", "--against", head])
    assert bad.exit_code == 1
    assert "problem: chain entry 1 is not the saved head" in bad.stderr
    assert runner.invoke(main, ["--db", db_url, "check", "--against", "1:zz"]).exit_code == 1


def test_a_store_from_before_the_chain_is_chained_on_upgrade(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    from tumen.store import Store
    from tumen.store.migrate import MIGRATIONS

    store = Store.open(db_url)
    with store.engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "0006_translated")
    first, _ = store.add(_doc(TEXT, "first"))  # no chain yet: nothing to append to
    store.save_extraction(first, "v-test", {"entities": []}, 0, 0)
    store.init()
    assert store.check() == []
    with store.engine.connect() as conn:
        kinds = [row.kind for row in conn.execute(sa.select(chain).order_by(chain.c.seq))]
    assert kinds == ["document", "extraction"]
    store.close()


def test_extractions_saved_together_are_each_chained_in_order(db_url: str) -> None:
    """``tumen process`` saves the extractions that arrived in one transaction: each still gets its own entry in
    the evidence chain, in the order given, and saving one again replaces it (a new entry, the chain intact)."""
    from tumen.store.schema import chain

    tumen = Tumen.init(db_url)
    first, _ = tumen.store.add(_doc(TEXT, "first"))
    second, _ = tumen.store.add(_doc(OTHER, "second"))
    tumen.store.save_extractions("v-test", [(second, {"entities": [], "n": 2}, 0, 0), (first, {"entities": []}, 0, 0)])
    tumen.store.save_extractions("v-test", [(first, {"entities": [], "again": True}, 0, 0)])
    assert tumen.store.extraction(first) == {"entities": [], "again": True}
    assert tumen.store.extraction(second) == {"entities": [], "n": 2}
    with tumen.store.engine.connect() as conn:
        subjects = (
            conn.execute(sa.select(chain.c.subject).where(chain.c.kind == "extraction").order_by(chain.c.seq))
            .scalars()
            .all()
        )
    assert subjects == [f"extraction:{second}", f"extraction:{first}", f"extraction:{first}"]
    assert tumen.check() == []
    tumen.close()
