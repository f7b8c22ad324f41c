"""The best hits of a search on PostgreSQL without scoring every match: an upper bound orders the matches, the
exact score (:mod:`tumen.store.search`'s rules, evaluated by the database as before) is computed for as few as it takes.

A query of common words ("arrested", "broker") matches most documents. Ranking them exactly means counting every
term's word-start occurrences in every matching text with ``regexp_count`` — work that grows with the store, while
a page shows 20 hits.

Instead, the database computes a cheap **bound** for every match: how often the term's first word occurs anywhere in
the ASCII-lower-cased text and title (a byte-length difference after ``replace``), never less than the exact count
(which counts only occurrences at a word start, and a phrase only where its first word is). The score grows with the
counts, so the bound's score is never below the exact one. Matches are read best bound first; their exact scores are
computed a few dozen at a time, and reading stops once the next bound is below the exact score of the last hit the
page needs: nothing after it can enter the page. The hits, their scores and their order are exactly those of scoring
every match (ties: the older document first).

The bound holds when every word of the query is ASCII or in a script without case (Hangul, Chinese, Japanese): a
case-insensitive regular expression matches an ASCII letter only in its two ASCII cases, which ``lower`` in the "C"
collation folds alike, and leaves the others as they are. Other queries (Cyrillic, accented Latin) are ranked by
scoring every match, as before (:func:`bounded` says which). SQLite counts with a Python function (one call per
document and column) whose cost is about that of the bound, so it keeps scoring every match.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tumen.store import search as text_search
from tumen.store.schema import documents

FIRST_CHUNK = 24  # exact scores computed for this many candidates first, then CHUNK at a time
CHUNK = 48
_EPSILON = 1e-9  # the bound and the exact score are the same float formula; a margin all the same


def bounded(terms: Sequence[text_search.Term]) -> bool:
    """Whether the bound holds for these terms: every character ASCII or of a script without case."""
    return all(ch.isascii() or text_search._UNSPACED.match(ch) for term in terms for w in term.words for ch in w)


def _occurrences(value: sa.ColumnElement[Any], word: str) -> sa.ColumnElement[Any]:
    """At least the number of times ``word`` occurs in ``value``, case ignored (any position), as a float."""
    folded = word.lower()
    rest = sa.func.replace(sa.func.lower(sa.collate(value, "C")), sa.literal(folded, sa.Text), sa.literal("", sa.Text))
    removed = sa.func.octet_length(value) - sa.func.octet_length(rest)
    return sa.cast(removed, sa.Float) / float(len(folded.encode("utf-8")))


def bound_select(terms: Sequence[text_search.Term]) -> sa.Select[Any]:
    """(id, bound) of every candidate, best bound first, then the older document."""
    d = documents
    title = sa.func.coalesce(d.c.title, "")
    columns: list[sa.ColumnElement[Any]] = []
    for i, term in enumerate(terms):
        columns.append(_occurrences(d.c.text, term.words[0]).label(f"bf{i}"))
        columns.append(_occurrences(title, term.words[0]).label(f"bt{i}"))
    inner = (
        sa.select(d.c.id, d.c.chars, *columns)
        .where(*text_search._filters(list(terms), "postgresql"))  # every term, exactly (and by the trigram index)
        .cte("bounds")
        .prefix_with("MATERIALIZED")  # each bound computed once per document
    )
    norm = 0.3 + 0.00045 * sa.cast(inner.c.chars, sa.Float)  # as matching_select
    score: sa.ColumnElement[Any] | None = None
    for i in range(len(terms)):
        tf = inner.c[f"bf{i}"]
        part = tf / (tf + norm) + sa.case((inner.c[f"bt{i}"] > 0, 1.0), else_=0.0)
        score = part if score is None else score + part
    assert score is not None
    return sa.select(inner.c.id, score.label("bound")).order_by(sa.desc("bound"), inner.c.id)


def _exact(conn: Connection, terms: Sequence[text_search.Term], ids: list[int]) -> Iterable[tuple[int, float]]:
    """(id, score) of ``ids`` (matches: the filter held every term), scored as :func:`search.matching_select` does,
    the same float operations in the same order."""
    d = documents
    counts: list[sa.ColumnElement[Any]] = []
    for term in terms:
        pattern = term.pattern("postgresql")
        counts.append(text_search._count(pattern, d.c.text, "postgresql"))
        counts.append(text_search._count(pattern, sa.func.coalesce(d.c.title, ""), "postgresql"))
    for row in conn.execute(sa.select(d.c.id, d.c.chars, *counts).where(d.c.id.in_(ids))):
        length = 0.00045 * float(row[1])
        score: float | None = None
        for i in range(len(terms)):
            tf, tt = float(row[2 + 2 * i]), int(row[3 + 2 * i])
            part = tf / ((tf + 0.3) + length) + (1.0 if tt > 0 else 0.0)  # SQL's association, so the same float
            score = part if score is None else score + part
        assert score is not None
        yield int(row[0]), score


def best(conn: Connection, terms: Sequence[text_search.Term], wanted: int) -> list[tuple[int, float]]:
    """The ``wanted`` best (id, exact score) of the search, best first (ties: the older document first)."""
    if wanted <= 0 or not terms:
        return []
    found: list[tuple[float, int]] = []  # a min-heap of (score, -id): its top is the last hit the page needs
    pending: list[int] = []
    size = FIRST_CHUNK

    def evaluate() -> None:
        nonlocal size
        for doc_id, score in _exact(conn, terms, pending):
            item = (score, -doc_id)
            if len(found) < wanted:
                heapq.heappush(found, item)
            elif item > found[0]:
                heapq.heapreplace(found, item)
        pending.clear()
        size = CHUNK

    for doc_id, bound in conn.execute(bound_select(terms)).all():
        if len(found) >= wanted and float(bound) < found[0][0] - _EPSILON:
            break  # this and every later match scores below the page's last hit
        pending.append(int(doc_id))
        if len(pending) >= size:
            evaluate()
    if pending:
        evaluate()
    return [(-negative, score) for score, negative in sorted(found, reverse=True)]
