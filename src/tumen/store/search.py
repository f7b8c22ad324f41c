"""Full-text search over documents' titles and stored text, on SQLite and PostgreSQL.

What a query means is the same on both stores:

- the query is split into terms at white space; ``"a quoted phrase"`` is one term whose words must follow
  one another (any white space between them); every term must match (AND);
- matching ignores case; a term in a script written with spaces between words (English, Latin, Cyrillic, …)
  matches at the start of a word, so ``arrest`` finds "arrested" but ``war`` does not find "award"; a term in
  Hangul, Chinese or Japanese matches anywhere, so ``김정아`` finds "김정아가 말했다" (Korean attaches
  particles to words) and two-syllable words such as ``탈북`` work;
- the input is only ever data: FTS syntax (``NEAR(``, ``*``, ``-``, ``:``, unbalanced quotes) and SQL are
  searched for as text, never interpreted.

How it is found differs: SQLite narrows candidates with an FTS5 ``trigram`` index (migration 0004_search; terms
shorter than three characters cannot use it and are checked on the candidates or by a scan), PostgreSQL with a
``pg_trgm`` GIN index on the same expression as below. The exact check and the score are one regular expression
per term, evaluated by the database (``regexp_count`` on PostgreSQL, a Python function registered on the SQLite
connection), so both stores return the same hits in the same order.

A query whose every term is a word (``arrested Kim``: no phrase, no inner punctuation, no Hangul/CJK) is ranked
from the stored word counts of :mod:`tumen.store.search_terms` (migration 0016_search_terms) without reading any
text: the counts are those the rules below give, so are the hits and the scores. The others, and every query while
documents wait to be indexed there, are counted in the texts: a page needs the best few hits, not every match's
score, so on PostgreSQL :mod:`tumen.store.search_topk` orders the matches by an upper bound of their score and scores
exactly only until nothing later can enter the page (the same hits and scores as scoring all). SQLite's count of a
one-word term is a ``str.find`` loop, not a regular expression.

Score: per term, a saturating count of its occurrences in the text, normalised by length (BM25-like), plus one
when it occurs in the title; summed over the terms. Ties go to the older document id.

An **encrypted** store (:mod:`tumen.store.crypto`) has no index of words: its blind index (``search_tokens``)
holds keyed tokens of every word's first characters and of Hangul/CJK n-grams. A query's words become the same
tokens, the documents holding all of them are the candidates, and their texts are opened in memory and counted
and scored by the same rules (:func:`sealed_ranking`), so both kinds of store find the same hits in the same order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.errors import TumenError
from tumen.model import date_text
from tumen.store import crypto, search_terms
from tumen.store.crypto import Sealer
from tumen.store.documents import open_text, open_title
from tumen.store.schema import documents
from tumen.store.snippets import ELLIPSIS as ELLIPSIS
from tumen.store.snippets import MARK_CLOSE as MARK_CLOSE
from tumen.store.snippets import MARK_OPEN as MARK_OPEN
from tumen.store.snippets import SNIPPET_WIDTH as SNIPPET_WIDTH
from tumen.store.snippets import snippet as snippet

MAX_TERMS = 64

# Scripts written without spaces between words, or (Hangul) with particles glued to them: match anywhere.
_UNSPACED = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uff9f]"
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_PHRASE = re.compile(r'"([^"]*)"')
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
# The indexed expression on PostgreSQL (migration 0004_search): must stay textually the same.
_DOCUMENT = sa.literal_column("(coalesce(documents.title, '') || ' ' || documents.text)", sa.Text)


class QueryError(TumenError):
    """A search query tumen cannot run (too many terms)."""


@dataclass(frozen=True)
class Term:
    """One thing every hit must contain: a word, or the words of a quoted phrase in order."""

    words: tuple[str, ...]

    @property
    def anywhere(self) -> bool:
        """True when the term may match inside a word (Hangul, Chinese, Japanese)."""
        return bool(_UNSPACED.match(self.words[0]))

    def pattern(self, dialect: str) -> str:
        """A case-insensitive-ready regular expression for this term in Python's or PostgreSQL's syntax."""
        body = r"\s+".join(_escape(word) for word in self.words)
        if self.anywhere:
            return body
        return (r"\m" if dialect == "postgresql" else r"(?<!\w)") + body


@dataclass(frozen=True)
class SearchHit:
    """One matching document, with the passage that matched (``[`` and ``]`` around each match)."""

    document_id: int
    title: str | None
    outlet: str | None
    published: date | None
    published_precision: str | None
    snippet: str
    score: float
    rank: int

    def published_text(self) -> str | None:
        """The publication date as precisely as it is known: 2023-11-02, 2023-10 or 2023."""
        return date_text(self.published, self.published_precision)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "document_id": self.document_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published_text(),
            "score": self.score,
            "snippet": self.snippet,
        }


def _escape(word: str) -> str:
    """Every character literal, in a form both Python's ``re`` and PostgreSQL's regexes read the same way."""
    return "".join(ch if ch.isalnum() or ch == "_" else "\\" + ch for ch in word)


def _words(chunk: str) -> list[str]:
    words = (_EDGE_PUNCTUATION.sub("", w) for w in chunk.split())
    return [w for w in words if w]


def parse_query(query: str) -> list[Term]:
    """The terms of a query; FTS and SQL syntax are plain text here. Empty when nothing is searchable."""
    text = unicodedata.normalize("NFC", query).translate(_QUOTES)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in text)
    terms: list[Term] = []
    position = 0
    for found in _PHRASE.finditer(text):
        terms.extend(Term((w,)) for w in _words(text[position : found.start()]))
        phrase = _words(found.group(1))
        if phrase:
            terms.append(Term(tuple(phrase)))
        position = found.end()
    terms.extend(Term((w,)) for w in _words(text[position:].replace('"', " ")))
    unique: dict[tuple[str, ...], Term] = {}
    for term in terms:
        unique.setdefault(tuple(w.casefold() for w in term.words), term)
    if len(unique) > MAX_TERMS:
        raise QueryError(f"the query has {len(unique)} terms; at most {MAX_TERMS} are searched together")
    return list(unique.values())


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class _Matcher:
    """What the SQLite functions run: the term's words, lower-cased, searched in lower-cased text.

    Cheaper than a case-insensitive regular expression with a look-behind (a plain literal search),
    and the same hits for every practical text.
    """

    regex: re.Pattern[str]
    word_start: bool
    literal: str | None = None  # a one-word term: found with str.find, the same matches as the regex, faster

    def count(self, value: str) -> int:
        lowered = value.lower()
        found = 0
        if self.literal is not None:
            word, step = self.literal, len(self.literal)
            at = lowered.find(word)
            while at >= 0:
                before = at - 1
                if not (self.word_start and before >= 0 and (lowered[before].isalnum() or lowered[before] == "_")):
                    found += 1
                at = lowered.find(word, at + step)  # after the match, as finditer goes on
            return found
        for match in self.regex.finditer(lowered):
            before = match.start() - 1
            if self.word_start and before >= 0 and (lowered[before].isalnum() or lowered[before] == "_"):
                continue
            found += 1
        return found


def _sqlite_key(term: Term) -> str:
    return ("A" if term.anywhere else "W") + "\x1f".join(term.words)


@lru_cache(maxsize=256)
def _matcher(key: str) -> _Matcher:
    words = key[1:].split("\x1f")
    literal = words[0].lower() if len(words) == 1 else None
    return _Matcher(re.compile(r"\s+".join(re.escape(w.lower()) for w in words)), key[0] == "W", literal)


def _sqlite_count(key: str | None, value: str | None) -> int:
    if key is None or not value:
        return 0
    return _matcher(key).count(value)


def register_sqlite_functions(conn: Connection) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.create_function("tumen_search_count", 2, _sqlite_count, deterministic=True)


def _fts5_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _filters(terms: list[Term], dialect: str) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if dialect == "postgresql":
        for term in terms:
            conditions.append(_DOCUMENT.op("~*", is_comparison=True)(sa.literal(term.pattern(dialect), sa.Text)))
        return conditions
    # SQLite: the trigram index narrows by every word of three characters or more...
    indexed = [w for term in terms for w in term.words if len(w) >= 3]
    if indexed:
        fts = sa.text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :fts").bindparams(
            fts=" AND ".join(_fts5_string(w) for w in indexed)
        )
        conditions.append(documents.c.id.in_(fts))
    # ...shorter words by a cheap substring test where the case does not matter...
    for term in terms:
        for word in term.words:
            if len(word) < 3 and word.lower() == word.upper():
                conditions.append(sa.func.instr(_DOCUMENT, word) > 0)
            elif len(word) < 3 and word.isascii():
                conditions.append(_DOCUMENT.icontains(word, autoescape=True))
    # ...and the exact rule decides, on the counts (see matching_select).
    return conditions


def _count(pattern: str, column: sa.ColumnElement[Any], dialect: str) -> sa.ColumnElement[Any]:
    if dialect == "postgresql":
        return sa.func.regexp_count(column, sa.literal(pattern, sa.Text), 1, sa.literal("i", sa.Text))
    return sa.func.tumen_search_count(pattern, column)


def matching_select(terms: list[Term], dialect: str, limit: int, offset: int) -> sa.Select[Any]:
    counts: list[sa.ColumnElement[Any]] = []
    for i, term in enumerate(terms):
        pattern = term.pattern(dialect) if dialect == "postgresql" else _sqlite_key(term)
        counts.append(_count(pattern, documents.c.text, dialect).label(f"tf{i}"))
        counts.append(_count(pattern, sa.func.coalesce(documents.c.title, ""), dialect).label(f"tt{i}"))
    inner = (
        sa.select(
            documents.c.id,
            documents.c.title,
            documents.c.outlet,
            documents.c.published,
            documents.c.published_precision,
            documents.c.chars,
            *counts,
        )
        .where(*_filters(terms, dialect))
        # Materialised: each count is computed once per document, not once per use below.
        .cte("matched")
        .prefix_with("MATERIALIZED")
    )
    parts = [(inner.c[f"tf{i}"], inner.c[f"tt{i}"]) for i in range(len(terms))]
    score_column = search_terms.score(parts, inner.c.chars).label("score")
    # PostgreSQL's regular expression filter already held every term; SQLite's index only narrowed.
    exact = [inner.c[f"tf{i}"] + inner.c[f"tt{i}"] > 0 for i in range(len(terms))] if dialect == "sqlite" else []
    return (
        sa.select(
            inner.c.id,
            inner.c.title,
            inner.c.outlet,
            inner.c.published,
            inner.c.published_precision,
            score_column,
        )
        .where(*exact)
        .order_by(score_column.desc(), inner.c.id)
        .limit(limit)
        .offset(offset)
    )


def _sealed_candidates(sealer: Sealer, terms: list[Term]) -> sa.Select[Any] | None:
    """Ids of the documents whose blind index holds every token of the query (None: no term can use it)."""
    items: set[str] = set()
    for term in terms:
        items |= crypto.query_items(term.words, term.anywhere)
    if not items:
        return None
    tokens = sorted(sealer.tokens(items))
    st = crypto.search_tokens
    return (
        sa.select(st.c.document_id)
        .where(st.c.token.in_(tokens))
        .group_by(st.c.document_id)
        .having(sa.func.count() == len(tokens))
    )


def sealed_ranking(conn: Connection, sealer: Sealer, terms: list[Term]) -> list[tuple[int, float]]:
    """(id, score) of every document of an encrypted store matching every term, best first: the candidates
    of the blind index opened in memory, counted and scored as :func:`matching_select` does."""
    d = documents
    query = sa.select(d.c.id, d.c.sha256, d.c.title, d.c.chars, d.c.text).order_by(d.c.id)
    candidates = _sealed_candidates(sealer, terms)
    if candidates is not None:
        query = query.where(d.c.id.in_(candidates))
    matchers = [_matcher(_sqlite_key(term)) for term in terms]
    ranked: list[tuple[int, float]] = []
    for row in conn.execute(query).yield_per(200):
        text = open_text(sealer, row.sha256, row.text)
        title = open_title(sealer, row.sha256, row.title) or ""
        norm = 0.3 + 0.00045 * float(row.chars)
        score = 0.0
        for matcher in matchers:
            tf, tt = matcher.count(text), matcher.count(title)
            if tf + tt == 0:
                break
            score = score + (tf / (tf + norm) + (1.0 if tt > 0 else 0.0))
        else:
            ranked.append((int(row.id), score))
    ranked.sort(key=lambda pair: (-pair[1], pair[0]))
    return ranked


def ranked_select(ranked: list[tuple[int, float]]) -> sa.Select[Any]:
    """``(id, score)`` rows from :func:`sealed_ranking` as a selectable (the faceted search joins it)."""
    if not ranked:
        return sa.select(sa.literal(0, sa.Integer).label("id"), sa.literal(0.0, sa.Float).label("score")).where(
            sa.false()
        )
    values = sa.values(sa.column("id", sa.Integer), sa.column("score", sa.Float), name="ranked", literal_binds=True)
    found = values.data(ranked).cte("ranked")
    return sa.select(found.c.id, found.c.score)


def _sealed_search(conn: Connection, sealer: Sealer, terms: list[Term], limit: int, offset: int) -> list[SearchHit]:
    page = sealed_ranking(conn, sealer, terms)[offset : offset + limit]
    d = documents
    columns = (d.c.id, d.c.sha256, d.c.title, d.c.outlet, d.c.published, d.c.published_precision, d.c.text)
    rows = {row.id: row for row in conn.execute(sa.select(*columns).where(d.c.id.in_([i for i, _ in page])))}
    patterns = [_compiled(term.pattern("sqlite")) for term in terms]
    hits: list[SearchHit] = []
    for n, (doc_id, score) in enumerate(page):
        row = rows[doc_id]
        hits.append(
            SearchHit(
                document_id=doc_id,
                title=open_title(sealer, row.sha256, row.title),
                outlet=row.outlet,
                published=row.published,
                published_precision=row.published_precision,
                snippet=snippet(open_text(sealer, row.sha256, row.text), patterns),
                score=round(score, 4),
                rank=offset + n + 1,
            )
        )
    return hits


def _page_rows(conn: Connection, ranked: list[tuple[int, float]]) -> list[Any]:
    """The rows :func:`matching_select` gives (id, title, outlet, published, precision, score) for ranked ids."""
    d = documents
    columns = (d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.published_precision)
    found = {row.id: row for row in conn.execute(sa.select(*columns).where(d.c.id.in_([i for i, _ in ranked])))}
    return [SimpleNamespace(**found[i]._asdict(), score=score) for i, score in ranked]


def _ranked_rows(conn: Connection, terms: list[Term], limit: int, offset: int) -> list[Any]:
    """The page's rows (id, title, outlet, published, precision, score) of a plaintext store, best first."""
    words = [search_terms.indexed_word(term.words, term.anywhere) for term in terms]
    indexed = [word for word in words if word is not None]
    if len(indexed) == len(terms) and search_terms.catch_up(conn.engine):
        # Every term a word of the index, which holds every document: ranked from its counts, no text read.
        found = conn.execute(search_terms.ranked(indexed, limit, offset)).all()
        return _page_rows(conn, [(int(row.id), float(row.score)) for row in found])
    dialect = conn.dialect.name
    if dialect == "sqlite":
        register_sqlite_functions(conn)
    elif any(len(word) >= 3 for term in terms for word in term.words):
        # The planner prices reading the (TOASTed) texts far too low and scans them all; the trigram
        # index answers selective queries in milliseconds instead of a full scan.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL jit = off")
    from tumen.store import search_topk  # (it builds on this module)

    if dialect == "postgresql" and search_topk.bounded(terms):  # only as many exact scores as the page needs
        return _page_rows(conn, search_topk.best(conn, terms, offset + limit)[offset:])
    return list(conn.execute(matching_select(terms, dialect, limit, offset)).all())


def search(engine: Engine, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Documents matching every term of ``query``, best first; ``limit`` of them after skipping ``offset``."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    terms = parse_query(query)
    if not terms or limit == 0:
        return []
    sealer = crypto.sealer_of(engine)
    if sealer is not None:
        with engine.connect() as conn:
            return _sealed_search(conn, sealer, terms, limit, offset)
    python_patterns = [_compiled(term.pattern("sqlite")) for term in terms]
    with engine.connect() as conn:
        rows = _ranked_rows(conn, terms, limit, offset)
        ids = [row.id for row in rows]
        texts = dict(
            conn.execute(sa.select(documents.c.id, documents.c.text).where(documents.c.id.in_(ids))).tuples().all()
        )
    return [
        SearchHit(
            document_id=row.id,
            title=row.title,
            outlet=row.outlet,
            published=row.published,
            published_precision=row.published_precision,
            snippet=snippet(texts[row.id], python_patterns),
            score=round(float(row.score), 4),
            rank=offset + n + 1,
        )
        for n, row in enumerate(rows)
    ]


def sealed_mentioning(
    conn: Connection, sealer: Sealer, phrase: str, exclude: int
) -> Iterator[tuple[int, str | None, Any, str]]:
    """(id, outlet, published, text) of an encrypted store's documents whose text holds ``phrase`` (any case):
    the blind index narrows by the phrase's words (each at the start of a word), the opened text decides."""
    words = tuple(phrase.split())
    if not words:
        return
    d = documents
    query = sa.select(d.c.id, d.c.sha256, d.c.outlet, d.c.published, d.c.text).where(d.c.id != exclude)
    candidates = _sealed_candidates(sealer, [Term(words)])
    if candidates is not None:
        query = query.where(d.c.id.in_(candidates))
    wanted = phrase.casefold()
    for row in conn.execute(query.order_by(d.c.id)).all():
        text = open_text(sealer, row.sha256, row.text)
        if wanted in text.casefold():
            yield int(row.id), row.outlet, row.published, text
