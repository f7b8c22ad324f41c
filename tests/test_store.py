"""The evidence store, run against both engines: a SQLite file and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from tumen import Tumen
from tumen.errors import StoreError
from tumen.model import Metadata, NewDocument
from tumen.store import Store
from tumen.store.schema import documents, metadata


def _doc(text: str = "Kang says her son was sent back.", content: bytes | None = None, **meta: object) -> NewDocument:
    return NewDocument(
        content=content if content is not None else text.encode("utf-8"),
        text=text,
        meta=Metadata(**meta),  # type: ignore[arg-type]
        media_type="text/plain",
        filename="a.txt",
        ingested_by="tester",
        encoding="utf-8",
        extra={"note": "강미래"},
    )


def test_init_is_repeatable_and_reports_schema(db_url: str) -> None:
    first = Tumen.init(db_url)
    assert first.store.revision() is not None
    assert first.store.count() == 0
    first.close()
    again = Tumen.init(db_url)  # a second init changes nothing and loses nothing
    assert again.store.revision() == first.store.revision()
    again.close()


def test_open_refuses_an_uninitialised_store(db_url: str) -> None:
    with pytest.raises(StoreError, match="tumen init"):
        Tumen.open(db_url)


def test_add_get_roundtrip_keeps_bytes_text_and_metadata(tumen: Tumen) -> None:
    content = "강미래 씨\n".encode("euc-kr")
    doc = _doc(
        text="강미래 씨\n",
        content=content,
        title="T",
        outlet="Hanbit",
        author="A",
        url="https://example.org/a",
        published=date(2023, 11, 5),
        language="ko",
    )
    doc_id, duplicate = tumen.store.add(doc)
    assert not duplicate
    stored = tumen.document(doc_id)
    assert stored.text == "강미래 씨\n"
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert tumen.original(doc_id) == content
    assert stored.meta == doc.meta
    assert stored.size == len(content) and stored.chars == len("강미래 씨\n")
    assert stored.extra == {"note": "강미래"}
    assert stored.ingested_by == "tester"
    assert stored.ingested_at.tzinfo is not None
    assert abs((datetime.now(UTC) - stored.ingested_at).total_seconds()) < 120


def test_same_bytes_are_never_stored_twice(tumen: Tumen) -> None:
    first, dup1 = tumen.store.add(_doc())
    second, dup2 = tumen.store.add(_doc(title="a different title, same bytes"))
    assert (dup1, dup2) == (False, True)
    assert first == second
    assert tumen.store.count() == 1
    assert tumen.document(first).meta.title is None  # the first ingest's metadata stays


def test_unique_constraint_holds_even_past_the_application(tumen: Tumen) -> None:
    tumen.store.add(_doc())
    row = {c.name: None for c in documents.c}
    with tumen.store.engine.connect() as conn:
        existing = conn.execute(sa.select(documents)).first()
    assert existing is not None
    row.update(existing._mapping)
    row.pop("id")
    with pytest.raises(sa.exc.IntegrityError), tumen.store.engine.begin() as conn:
        conn.execute(documents.insert().values(**row))


@pytest.mark.parametrize("column", ["text", "content", "sha256"])
def test_stored_evidence_cannot_be_altered(tumen: Tumen, column: str) -> None:
    doc_id, _ = tumen.store.add(_doc())
    new_value: object = b"tampered" if column == "content" else "tampered"
    with pytest.raises(sa.exc.DBAPIError, match="immutable"), tumen.store.engine.begin() as conn:
        conn.execute(documents.update().where(documents.c.id == doc_id).values({column: new_value}))
    assert tumen.document(doc_id).text == "Kang says her son was sent back."
    assert tumen.check() == []


def test_metadata_may_be_corrected_but_text_may_not(tumen: Tumen) -> None:
    doc_id, _ = tumen.store.add(_doc())
    with tumen.store.engine.begin() as conn:
        conn.execute(documents.update().where(documents.c.id == doc_id).values(title="Corrected"))
    assert tumen.document(doc_id).meta.title == "Corrected"


def test_documents_are_listed_in_id_order_without_text(tumen: Tumen) -> None:
    ids = [tumen.store.add(_doc(text=f"Document number {i}."))[0] for i in range(3)]
    listed = tumen.documents()
    assert [d.id for d in listed] == ids
    assert not hasattr(listed[0], "text")


def test_a_batch_of_documents_is_read_in_the_order_asked(tumen: Tumen) -> None:
    ids = [tumen.store.add(_doc(text=f"Document number {i}.", outlet=f"Outlet {i}"))[0] for i in range(3)]
    asked = [ids[2], ids[0], ids[1]]
    read = tumen.store.documents_by_id(asked)
    assert [d.id for d in read] == asked
    assert [d.text for d in read] == [f"Document number {i}." for i in (2, 0, 1)]
    assert [d.meta.outlet for d in read] == ["Outlet 2", "Outlet 0", "Outlet 1"]
    with pytest.raises(StoreError, match="no document 999"):
        tumen.store.documents_by_id([ids[0], 999])


def test_documents_are_found_by_id_or_sha256_prefix(tumen: Tumen) -> None:
    doc_id, _ = tumen.store.add(_doc())
    sha = hashlib.sha256(b"Kang says her son was sent back.").hexdigest()
    assert tumen.document(str(doc_id)).id == doc_id
    assert tumen.document(sha[:8]).id == doc_id
    assert tumen.document(sha.upper()[:10]).id == doc_id
    with pytest.raises(StoreError, match="no document"):
        tumen.document("999")
    with pytest.raises(StoreError, match="no document"):
        tumen.document("abc")  # too short to be a hash prefix


def test_integrity_check_finds_tampering_behind_the_trigger(db_url: str) -> None:
    tumen = Tumen.init(db_url)
    doc_id, _ = tumen.store.add(_doc())
    assert tumen.check() == []
    with tumen.store.engine.begin() as conn:  # an attacker with raw SQL access drops the guard
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE documents DISABLE TRIGGER documents_immutable")
        else:
            conn.exec_driver_sql("DROP TRIGGER documents_immutable")
        conn.execute(documents.update().where(documents.c.id == doc_id).values(text="tampered"))
    problems = tumen.check()
    assert any(f"document {doc_id}" in p and "changed" in p for p in problems)
    tumen.close()


def test_migrations_create_exactly_the_declared_schema(db_url: str) -> None:
    store = Store.open(db_url)
    store.init()
    inspector = sa.inspect(store.engine)
    for table in metadata.sorted_tables:
        actual = {c["name"] for c in inspector.get_columns(table.name)}
        assert actual == {c.name for c in table.columns}, table.name
    uniques = {u["name"] for u in inspector.get_unique_constraints("documents")}
    assert "uq_documents_sha256" in uniques
    store.close()
