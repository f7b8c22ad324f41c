"""The word index of search (`tumen.store.search_terms`): common words ranked from stored counts, the same hits and
scores as counting in the texts, kept up to date as documents come, go and are sealed.

Every store test runs on a SQLite file and on PostgreSQL. Every text here is invented for these tests.
"""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from test_search_topk import _everything as _counted_in_texts  # every match counted in its text
from tumen import Tumen
from tumen.model import Metadata, NewDocument
from tumen.store import Store, crypto, crypto_keys
from tumen.store import search as text_search
from tumen.store import search_terms as st
from tumen.store.crypto import DataKey

FILLER = ["river", "night", "guards", "village", "market", "letter", "winter", "train", "brother", "camp"]
COMMON = "the"  # in every document below, at word starts only
KEY = "33" * 32


def _doc(key: str, title: str | None, text: str) -> NewDocument:
    return NewDocument(
        content=f"{key}\n{text}".encode(),
        text=text,
        meta=Metadata(title=title, outlet="Invented", published=date(2021, 3, 1)),
        media_type="text/plain",
        filename=f"{key}.txt",
        ingested_by="tester",
        encoding="utf-8",
    )


def _texts(n: int, seed: int) -> list[tuple[str | None, str]]:
    """Invented documents: every one holds the common word between 1 and 8 times, some in the title, and some
    hold "Theo" or "other" (a longer word at a start, the word inside another): not "the" but "the..." counts."""
    rng = random.Random(seed)
    found: list[tuple[str | None, str]] = []
    for i in range(n):
        words = [rng.choice(FILLER) for _ in range(rng.randint(6, 200))]
        for _ in range(rng.randint(1, 8)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(["the", "The", "THE", "theirs", "thereafter"]))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(["other", "mother", "Theo-ri"]))
        title = rng.choice([None, "The winter", "Night train", "Letters"])
        found.append((title, " ".join(words) + "."))
        if i % 11 == 0:  # twins: the same score, the older document ranks first
            found.append((title, " ".join(words) + "."))
    return found


def _expected(texts: dict[int, tuple[str | None, str]], word: str) -> list[tuple[int, float]]:
    """The search rules applied to the texts themselves: occurrences at word starts (case ignored), the score of
    tumen.store.search's docstring, best first, ties to the older document."""
    start = re.compile(r"(?<!\w)" + re.escape(word), re.IGNORECASE)
    ranked = []
    for doc_id, (title, text) in texts.items():
        tf, tt = len(start.findall(text)), len(start.findall(title or ""))
        if tf + tt:
            norm = 0.3 + 0.00045 * len(text)
            ranked.append((doc_id, round(tf / (tf + norm) + (1.0 if tt else 0.0), 4)))
    return sorted(ranked, key=lambda pair: (-pair[1], pair[0]))


@pytest.fixture
def common(db_url: str) -> Iterator[tuple[Store, dict[int, tuple[str | None, str]]]]:
    store = Store.open(db_url)
    store.init()
    texts = {}
    for n, (title, text) in enumerate(_texts(90, 5)):
        texts[store.add(_doc(f"c{n}", title, text))[0]] = (title, text)
    yield store, texts
    store.close()


def _table_rows(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_a_word_in_every_document_finds_them_all_with_the_counts_of_the_texts(
    common: tuple[Store, dict[int, tuple[str | None, str]]],
) -> None:
    store, texts = common
    expected = _expected(texts, COMMON)
    assert len(expected) == len(texts), "the word is in every document"
    pages = [store.search(COMMON, limit=20, offset=offset) for offset in range(0, len(texts) + 20, 20)]
    found = [(h.document_id, h.score) for page in pages for h in page]
    assert found == expected  # every document, once, in the order and with the scores of the rules
    assert [h.rank for page in pages for h in page] == list(range(1, len(expected) + 1))
    assert _table_rows(store, st.search_pending) == 0 and _table_rows(store, st.search_terms) > 0  # from the index
    top = pages[0][0]
    assert re.search(r"\[the\]", top.snippet, re.IGNORECASE), top.snippet


def test_the_index_ranks_as_counting_in_the_texts(common: tuple[Store, dict[int, tuple[str | None, str]]]) -> None:
    store, texts = common
    for query in ("the", "THE winter", "thereafter", "other", "river the camp", "theo", "letters", "nowhere"):
        assert all(st.indexed_word(t.words, t.anywhere) for t in text_search.parse_query(query)), query
        for limit, offset in ((20, 0), (7, 5), (200, 0)):
            hits = store.search(query, limit=limit, offset=offset)
            assert [(h.document_id, h.score) for h in hits] == _counted_in_texts(store, query, limit, offset), query
    assert {h.document_id for h in store.search("other", limit=500)} == {
        doc_id for doc_id, (_title, text) in texts.items() if re.search(r"(?<!\w)other", text, re.IGNORECASE)
    }


def test_which_terms_the_index_answers() -> None:
    assert st.indexed_word(("Arrested",), False) == "arrested"
    assert st.indexed_word(("2011",), False) == "2011"
    assert st.indexed_word(("mi-rae",), False) is None  # inner punctuation: counted in the texts
    assert st.indexed_word(("forced", "labour"), False) is None  # a phrase
    assert st.indexed_word(("김정아",), True) is None  # matches inside words
    assert st.indexed_word(("a" * (st.MAX_WORD + 1),), False) is None
    counts = st.word_counts("Arrested, then re-arrested: the arrests went on.")
    assert counts["arrested"] == 2 and counts["arrests"] == 1 and counts["re"] == 1 and "arrest" not in counts


def test_a_term_counts_every_word_it_starts(db_url: str) -> None:
    tumen = Tumen.init(db_url)
    text = "Arrested, then re-arrested: the arrests went on."
    doc_id, _ = tumen.store.add(_doc("r", None, text))
    (hit,) = tumen.search("arrest")
    in_text = len(re.findall(r"(?<!\w)arrest", text, re.IGNORECASE))  # "Arrested", "arrested", "arrests"
    assert (hit.document_id, hit.score) == (doc_id, round(in_text / (in_text + 0.3 + 0.00045 * len(text)), 4))
    assert tumen.search("rest") == []  # inside words only
    assert _table_rows(tumen.store, st.search_pending) == 0  # ranked from the index
    tumen.close()


def test_new_documents_wait_until_a_search_indexes_them(db_url: str) -> None:
    tumen = Tumen.init(db_url)
    first, _ = tumen.store.add(_doc("a", "Harbour", "The harbour guards stopped the boat."))
    assert _table_rows(tumen.store, st.search_pending) == 1  # put there by the database's trigger
    assert [h.document_id for h in tumen.search("harbour")] == [first]
    assert _table_rows(tumen.store, st.search_pending) == 0
    second, _ = tumen.store.add(_doc("b", None, "A harbour at night."))
    assert [h.document_id for h in tumen.search("HARBOUR")] == [first, second]
    tumen.close()


def test_ingest_indexes_its_documents_before_the_first_search(db_url: str, tmp_path: Path) -> None:
    tumen = Tumen.init(db_url)
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(f"The {name} harbour guards stopped the boat.", encoding="utf-8")
    tumen.ingest([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")])
    assert _table_rows(tumen.store, st.search_pending) == 0
    assert _table_rows(tumen.store, st.search_terms) > 0
    tumen.close()


def test_while_documents_are_pending_the_search_counts_in_the_texts(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tumen = Tumen.init(db_url)
    ids = [tumen.store.add(_doc(f"p{i}", None, f"harbour {'boat ' * i}crossing"))[0] for i in range(3)]
    monkeypatch.setattr(st, "_index_pending", lambda engine, limit: False)  # as if the store were too busy
    assert {h.document_id for h in tumen.search("harbour crossing")} == set(ids)
    assert _table_rows(tumen.store, st.search_pending) == 3 and _table_rows(tumen.store, st.search_terms) == 0
    tumen.close()


def test_a_busy_sqlite_store_is_searched_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "tumen.db"
    tumen = Tumen.init(f"sqlite:///{path}")
    doc_id, _ = tumen.store.add(_doc("busy", None, "The harbour was closed."))
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process writing (a long `tumen process` batch)
    try:
        assert [h.document_id for h in tumen.search("harbour")] == [doc_id]
        assert _table_rows(tumen.store, st.search_pending) == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert [h.document_id for h in tumen.search("harbour")] == [doc_id]
    assert _table_rows(tumen.store, st.search_pending) == 0
    tumen.close()


def test_a_document_held_by_a_withdrawal_is_skipped_not_waited_for(pg_url: str) -> None:
    tumen = Tumen.init(pg_url)
    held, _ = tumen.store.add(_doc("h", None, "The harbour was closed."))
    free, _ = tumen.store.add(_doc("f", None, "A harbour at night."))
    other = sa.create_engine(pg_url)
    with other.connect() as withdrawing:  # a withdrawal in progress holds its document's row until it commits
        withdrawing.exec_driver_sql(f"SELECT id FROM documents WHERE id = {held} FOR UPDATE")
        assert {h.document_id for h in tumen.search("harbour")} == {held, free}  # counted in the texts meanwhile
        assert _words_of(tumen.store, free) == {"a", "harbour", "at", "night"} and _words_of(tumen.store, held) == set()
        withdrawing.rollback()
    other.dispose()
    assert {h.document_id for h in tumen.search("harbour")} == {held, free}
    assert _table_rows(tumen.store, st.search_pending) == 0
    tumen.close()


def _words_of(store: Store, doc_id: int) -> set[str]:
    t = st.search_terms
    with store.engine.connect() as conn:
        return set(conn.execute(sa.select(t.c.word).where(t.c.document_id == doc_id)).scalars())


def test_a_withdrawn_document_leaves_no_word_in_the_index(db_url: str) -> None:
    tumen = Tumen.init(db_url)
    kept, _ = tumen.store.add(_doc("k", "Harbour", "The harbour guards stopped the boat."))
    gone, _ = tumen.store.add(_doc("g", "Quorvath", "Quorvath told the harbour guards everything."))
    assert len(tumen.search("harbour")) == 2 and "quorvath" in _words_of(tumen.store, gone)
    tumen.withdraw(gone, "consent withdrawn", by="tester")
    assert _words_of(tumen.store, gone) == set()
    with tumen.store.engine.connect() as conn:
        assert conn.execute(sa.select(st.search_terms).where(st.search_terms.c.word == "quorvath")).first() is None
    assert [h.document_id for h in tumen.search("harbour")] == [kept] and tumen.search("quorvath") == []
    tumen.close()


def test_sealing_empties_the_index_and_keeps_it_empty(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.KEY_ENV, KEY)
    monkeypatch.delenv(crypto.KEY_FILE_ENV, raising=False)
    tumen = Tumen.init(db_url)
    tumen.store.add(_doc("s1", "Quorvath", "Quorvath crossed the harbour at night."))
    assert len(tumen.search("quorvath")) == 1 and _table_rows(tumen.store, st.search_terms) > 0
    crypto_keys.seal_store(tumen.store.engine, DataKey(bytes.fromhex(KEY), "the test"))
    assert _table_rows(tumen.store, st.search_terms) == 0
    tumen.store.add(_doc("s2", None, "Zelmark waited at the harbour."))
    assert _table_rows(tumen.store, st.search_pending) == 0  # a sealed store's documents are never pending
    assert len(tumen.search("harbour")) == 2 and len(tumen.search("zelmark")) == 1  # the blind index finds them
    assert _table_rows(tumen.store, st.search_terms) == 0
    tumen.close()


def test_a_sealed_sqlite_file_keeps_no_indexed_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.KEY_ENV, KEY)
    monkeypatch.delenv(crypto.KEY_FILE_ENV, raising=False)
    tumen = Tumen.init(f"sqlite:///{tmp_path / 'tumen.db'}")
    tumen.store.add(_doc("s1", "Quorvath", "Quorvath crossed the harbour at night."))
    assert len(tumen.search("quorvath")) == 1  # the word is in the index now
    crypto_keys.seal_store(tumen.store.engine, DataKey(bytes.fromhex(KEY), "the test"))
    tumen.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("tumen.db")).lower()
    assert b"quorvath" not in raw
