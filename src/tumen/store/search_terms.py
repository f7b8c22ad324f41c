"""The word index behind full-text search: for every word of a plaintext store's documents, how often each document
has it in its text and in its title (migration 0016_search_terms).

Why: a query of common words ("arrested", "broker") matches most documents, and ranking them by
:mod:`tumen.store.search`'s rules needs every match's count of every term. Counted in the texts, that reads every
matching text once — work that grows with the store while a page shows 20 hits (127 ms p95 at 10k documents,
694 ms at 100k). The counts stored here make ranking a read of the index: a few bytes per match, no text.

What is stored:

- ``search_terms``: one row per (word, document): the word as the search rules see it — a maximal run of word
  characters (letters, digits, ``_``) of the lower-cased text, its first :data:`MAX_WORD` characters — the number of
  times it occurs in the text (``in_text``) and in the title (``in_title``), and the text's length (``chars``, the
  score's normalisation, kept beside the counts so ranking reads nothing else). The key is (word, document): the
  words sharing a beginning are neighbours.
- ``search_pending``: documents whose words are not indexed yet. A trigger of the database adds every document
  stored, whatever stores it (``tumen ingest``, a copy of tables, a script), so no writer can forget the index.
  :func:`catch_up` indexes them — called by every search before it uses the index, a bounded number at a time, in a
  short transaction that never waits for a busy store; while any document is pending the search does not use the
  index (it counts in the texts as before), so a hit is never missed.

What a term can use it for: a term of one word that consists of word characters only and is in a script written
with spaces (``arrest``, ``2011``, ``Kim``) matches where a word **starts** with it (case ignored), so its
occurrences in a text are exactly the occurrences of the stored words that begin with it: a range of the key
(``arrest`` ≤ word < ``arresu``), summed per document. For example the text "Arrested, then re-arrested: the
arrests went on." stores ``arrested`` 2 (the second after "re-" starts a word), ``arrests`` 1, ``then`` 1, ``re`` 1,
…, and ``arrest`` counts 3 in it. A query all of whose terms are such words is ranked from the index alone, with
the same scores as counting in the texts (tests compare them); other terms — Hangul, Chinese and Japanese (they match
inside words), quoted phrases, words with inner punctuation (``Mi-rae``, ``U.N``) — are counted in the texts as
before, where the trigram index narrows the candidates first.

Protection: an encrypted store keeps no word here. The trigger leaves a sealed store's documents unindexed, and
sealing a store (a row in ``encryption``) empties both tables in its own transaction (SQLite ``DELETE`` with
``secure_delete``, PostgreSQL ``TRUNCATE``, so no page of the old table stays). A withdrawn document's rows go with
it (foreign keys, ``ON DELETE CASCADE``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.store.schema import documents

log = logging.getLogger(__name__)

MAX_WORD = 64  # characters of a word kept in the index; a longer term is counted in the texts
CATCH_UP = 200  # pending documents a search indexes before it searches
_WAIT_MS = 100  # how long the catch-up waits for a store busy writing before it leaves the work to a later search
_WORD = re.compile(r"\w+")  # Python's \w: str.isalnum() or "_", the word characters of the search rules

# Not declared on the schema's metadata: like SQLite's FTS5 table they are derived from ``documents`` (the
# migration creates them with their keys, foreign keys and triggers), and a copy of a store's tables rebuilds them.
_index_metadata = sa.MetaData()
search_terms = sa.Table(
    "search_terms",
    _index_metadata,
    sa.Column("word", sa.Text, primary_key=True),
    sa.Column("document_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("in_text", sa.Integer, nullable=False),
    sa.Column("in_title", sa.Integer, nullable=False),
    sa.Column("chars", sa.Integer, nullable=False),
)
search_pending = sa.Table(
    "search_pending",
    _index_metadata,
    sa.Column("document_id", sa.Integer, primary_key=True, autoincrement=False),
)


def word_counts(value: str | None) -> Counter[str]:
    """The index's words of ``value`` and how often each occurs."""
    if not value:
        return Counter()
    return Counter(word[:MAX_WORD] for word in _WORD.findall(value.lower()))


def indexed_word(words: Sequence[str], anywhere: bool) -> str | None:
    """The lower-cased word a term looks up in the index, or None when the term is counted in the texts."""
    if anywhere or len(words) != 1:
        return None
    word = words[0].lower()
    return word if len(word) <= MAX_WORD and _WORD.fullmatch(word) else None


def _rows(doc_id: int, title: str | None, text: str, chars: int) -> list[dict[str, Any]]:
    in_text, in_title = word_counts(text), word_counts(title)
    return [
        {"word": word, "document_id": doc_id, "in_text": in_text[word], "in_title": in_title[word], "chars": chars}
        for word in sorted(in_text.keys() | in_title.keys())
    ]


def _insert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":  # one statement: psycopg would send an executemany row by row
        columns = ("word", "document_id", "in_text", "in_title", "chars")
        types = ("text", "integer", "integer", "integer", "integer")
        arrays = ", ".join(f"CAST(:{c} AS {t}[])" for c, t in zip(columns, types, strict=True))
        conn.execute(
            sa.text(f"INSERT INTO search_terms ({', '.join(columns)}) SELECT * FROM unnest({arrays})"),
            {c: [row[c] for row in rows] for c in columns},
        )
        return
    conn.execute(search_terms.insert(), rows)


def index_documents(conn: Connection, ids: Iterable[int]) -> int:
    """Index these documents of a plaintext store again (their old rows replaced) and take them off the pending
    list, in the caller's transaction. Returns how many documents were indexed."""
    wanted = sorted(set(ids))
    done = 0
    for start in range(0, len(wanted), 100):
        chunk = wanted[start : start + 100]
        d = documents
        found = conn.execute(sa.select(d.c.id, d.c.title, d.c.text, d.c.chars).where(d.c.id.in_(chunk))).all()
        conn.execute(search_terms.delete().where(search_terms.c.document_id.in_(chunk)))
        rows = [r for row in found for r in _rows(int(row.id), row.title, str(row.text), int(row.chars))]
        for part in range(0, len(rows), 5000):
            _insert(conn, rows[part : part + 5000])
        conn.execute(search_pending.delete().where(search_pending.c.document_id.in_(chunk)))
        done += len(found)
    return done


# PostgreSQL: the pending rows and their documents locked without waiting for either. Concurrent searches index
# different documents, and a withdrawal (which holds its document's row, then deletes its pending row) is never
# waited for, so the two cannot deadlock: a document being withdrawn is skipped, one being indexed is withdrawn after.
_PG_PENDING = """
SELECT p.document_id FROM search_pending p JOIN documents d ON d.id = p.document_id
ORDER BY p.document_id LIMIT :limit
FOR UPDATE OF p SKIP LOCKED FOR KEY SHARE OF d SKIP LOCKED
"""


def _pending(conn: Connection, limit: int | None) -> list[int]:
    if conn.dialect.name == "postgresql":
        return [int(i) for i in conn.execute(sa.text(_PG_PENDING), {"limit": limit}).scalars()]
    query = sa.select(search_pending.c.document_id).order_by(search_pending.c.document_id).limit(limit)
    return [int(i) for i in conn.execute(query).scalars()]


def _sealed(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM encryption LIMIT 1").first() is not None


def _index_pending(engine: Engine, limit: int | None) -> bool:
    """Index up to ``limit`` pending documents in one short transaction; True when none is left pending."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        patience: Any = None
        try:
            with conn.begin():
                if sqlite:
                    patience = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={_WAIT_MS}")
                    conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock before reading: what is read is current
                else:
                    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{_WAIT_MS}ms'")
                    # As an insert of a document does: waits for (or holds off) `tumen keys init`, which then
                    # finds these rows and empties the index in its own transaction.
                    conn.exec_driver_sql("LOCK TABLE documents IN ROW EXCLUSIVE MODE")
                if _sealed(conn):  # sealed since this search began: an encrypted store keeps no words
                    conn.execute(search_pending.delete())
                    return False
                index_documents(conn, _pending(conn, limit))
                return conn.execute(sa.select(search_pending.c.document_id).limit(1)).first() is None
        finally:
            if patience is not None:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={int(patience)}")


INDEX_CHUNK = 1000  # documents indexed per transaction after an ingest


def catch_up(engine: Engine, limit: int | None = CATCH_UP) -> bool:
    """Index pending documents (at most ``limit``; None: all). True when the index holds every document, so
    searches may rank from it; False when documents are still pending or the store was too busy to write now."""
    with engine.connect() as conn:
        if conn.execute(sa.select(search_pending.c.document_id).limit(1)).first() is None:
            return True
    try:
        return _index_pending(engine, limit)
    except sa.exc.OperationalError as exc:  # busy (a long write, a lock): a later search catches up
        log.info("search index not brought up to date now: %s", type(exc.orig or exc).__name__)
        return False


def catch_up_in_chunks(engine: Engine, expected: int, chunk: int = INDEX_CHUNK) -> bool:
    """After an ingest of about ``expected`` documents: index them ``chunk`` documents per transaction, so a batch
    of a million is not indexed in one. A busy store leaves the rest to the next searches, which catch up as they
    go. True when nothing is left pending."""
    return any(catch_up(engine, limit=chunk) for _round in range(expected // chunk + 2))


def score(parts: Sequence[tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]], chars: Any) -> sa.ColumnElement[Any]:
    """The search score in SQL: per term, its count in the text (``tf``) saturated and normalised by the text's
    length, plus one when the title has it (``tt`` > 0); summed over the terms (BM25-like)."""
    norm = 0.3 + 0.00045 * sa.cast(chars, sa.Float)  # 1.2 * (0.25 + 0.75 * chars / 2000)
    total: sa.ColumnElement[Any] | None = None
    for in_text, in_title in parts:
        tf = sa.cast(in_text, sa.Float)
        part = tf / (tf + norm) + sa.case((in_title > 0, 1.0), else_=0.0)
        total = part if total is None else total + part
    assert total is not None
    return total


def _following(word: str) -> str:
    """The first string after every string that starts with ``word`` (in code point order)."""
    last = ord(word[-1]) + 1
    return word[:-1] + chr(0xE000 if 0xD800 <= last <= 0xDFFF else last)


def ranked(words: Sequence[str], limit: int, offset: int) -> sa.Select[Any]:
    """(id, score) of the documents holding a word starting with each of ``words`` (lower-cased, see
    :func:`indexed_word`), best first (ties: the older document), ``limit`` of them after ``offset``.

    One range of the key per term, their rows together (a word may start with two terms: it counts for both),
    summed per document once: no join, and each range read from the key's index alone. (PostgreSQL keeps no
    statistics of the words, see migration 0016, so it guesses every range alike; with no join to order, the
    guess cannot choose a bad plan.)"""
    st = search_terms
    branches = []
    for i, word in enumerate(words):
        columns: list[sa.ColumnElement[Any]] = [st.c.document_id, st.c.chars]
        for j in range(len(words)):
            mine: tuple[sa.ColumnElement[Any], ...] = (
                (st.c.in_text, st.c.in_title, sa.literal_column("1")) if i == j else (sa.literal_column("0"),) * 3
            )
            columns += [value.label(f"{kind}{j}") for value, kind in zip(mine, ("tf", "tt", "has"), strict=True)]
        branches.append(sa.select(*columns).where(st.c.word >= word, st.c.word < _following(word)))
    found = (branches[0] if len(branches) == 1 else sa.union_all(*branches)).subquery("found")
    column = found.c
    doc_id = column.document_id
    sums = [(sa.func.sum(column[f"tf{j}"]), sa.func.sum(column[f"tt{j}"])) for j in range(len(words))]
    total = score(sums, sa.func.max(column["chars"])).label("score")
    return (
        sa.select(doc_id.label("id"), total)
        .group_by(doc_id)
        .having(sa.and_(*(sa.func.sum(column[f"has{j}"]) > 0 for j in range(len(words)))))
        .order_by(total.desc(), doc_id)
        .limit(limit)
        .offset(offset)
    )
