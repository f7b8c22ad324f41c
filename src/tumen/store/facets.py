"""Faceted search over documents: full text (the rules of :mod:`tumen.store.search`) narrowed by what the case base
knows about each document, with the number of matching documents beside every facet value.

Facets, each a property of a document (a document has a value when it has it at least once):

- ``type``: the type of an event the document states (``statements.type``);
- ``place``: a place where an event it states happened (``statements.place``, a place id; shown by name);
- ``verdict``: the verdict of a fact one of its statements belongs to (``facts.verdict``);
- ``year``: the year it was published; ``outlet`` and ``lang``: its outlet and language.

Filters combine with AND, with each other and with the query; the query may be empty (then every document is a
candidate, newest first). Counts are computed over the documents that pass every active filter, so choosing a value
leaves exactly as many hits as its count said. All facet counts come from one SQL statement over one materialised
set of hits, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tumen.model import date_text
from tumen.store import case_schema as t
from tumen.store import crypto, search_terms
from tumen.store import search as text_search
from tumen.store.crypto_columns import open_value
from tumen.store.documents import open_text, open_title
from tumen.store.schema import documents

if TYPE_CHECKING:
    from tumen.store import Store

FACETS = ("type", "place", "year", "verdict", "outlet", "lang")
VALUES_PER_FACET = 15
_EVERYTHING = 2**31 - 1  # "no limit" for the ranked matches the facets are counted over
# The snippet's own markers; brackets written in the document are swapped for these private-use characters while
# the snippet is cut, so a bracket in the text is never taken for a highlight (and is restored afterwards).
_TEXT_BRACKETS = str.maketrans({"[": "\ue000", "]": "\ue001"})
_BACK = str.maketrans({"\ue000": "[", "\ue001": "]"})
_MARKED = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Filters:
    """The facet values chosen (None: not filtered). ``place`` is a place id, ``year`` a publication year."""

    type: str | None = None
    place: str | None = None
    year: int | None = None
    verdict: str | None = None
    outlet: str | None = None
    lang: str | None = None

    def active(self) -> dict[str, str]:
        """The chosen values as URL parameters."""
        return {f.name: str(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None}


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class FacetedHit:
    """One matching document; ``snippet`` is the passage as (text, is_match) parts, in order."""

    document_id: int
    title: str | None
    outlet: str | None
    published: date | None
    published_precision: str | None
    language: str | None
    snippet: tuple[tuple[str, bool], ...]
    rank: int

    def published_text(self) -> str | None:
        return date_text(self.published, self.published_precision)


@dataclass(frozen=True)
class FacetedResult:
    total: int
    hits: list[FacetedHit]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1) if year < 9999 else date(9999, 12, 31)


def _filter_conditions(doc_id: Any, filters: Filters) -> list[sa.ColumnElement[bool]]:
    """Conditions on a document id column (and ``documents`` joined to it) for every active filter."""
    s, f = t.statements, t.facts
    conditions: list[sa.ColumnElement[bool]] = []
    if filters.type is not None:
        conditions.append(doc_id.in_(sa.select(s.c.document_id).where(s.c.type == filters.type)))
    if filters.place is not None:
        conditions.append(doc_id.in_(sa.select(s.c.document_id).where(s.c.place == filters.place)))
    if filters.verdict is not None:
        with_verdict = sa.select(s.c.document_id).join(f, f.c.id == s.c.fact_id).where(f.c.verdict == filters.verdict)
        conditions.append(doc_id.in_(with_verdict))
    if filters.outlet is not None:
        conditions.append(documents.c.outlet == filters.outlet)
    if filters.lang is not None:
        conditions.append(documents.c.language == filters.lang)
    if filters.year is not None:
        start, end = _year_bounds(filters.year)
        conditions += [documents.c.published >= start, documents.c.published < end]
    return conditions


def _selection(
    terms: Sequence[text_search.Term], dialect: str, filters: Filters, ranked: sa.Select[Any] | None = None
) -> sa.Select[Any]:
    """(id, score) of every document matching the terms and the filters (``ranked``: an encrypted store's)."""
    if terms:
        found = ranked if ranked is not None else text_search.matching_select(list(terms), dialect, _EVERYTHING, 0)
        matched = found.subquery("matched")
        doc_id, score = matched.c.id, matched.c.score
        base = sa.select(doc_id.label("id"), score.label("score")).join(documents, documents.c.id == doc_id)
    else:
        doc_id = documents.c.id
        base = sa.select(doc_id.label("id"), sa.literal(0.0, sa.Float).label("score"))
    return base.where(*_filter_conditions(doc_id, filters))


def _facet_counts(hits: Any) -> sa.CompoundSelect[Any]:
    """One row per (facet, value): its label and how many of ``hits`` have it."""
    s, f, n, d = t.statements, t.facts, t.named, documents
    hit_ids = sa.select(hits.c.id)
    text = sa.Text

    def of_documents(name: str, column: Any) -> sa.Select[Any]:
        value = sa.cast(column, text)
        return (
            sa.select(sa.literal(name, text), value, value, sa.func.count())
            .where(d.c.id.in_(hit_ids), column.is_not(None))
            .group_by(column)
        )

    year = sa.cast(sa.extract("year", d.c.published), sa.Integer)
    return sa.union_all(
        sa.select(sa.literal("type", text), s.c.type, s.c.type, sa.func.count(sa.distinct(s.c.document_id)))
        .where(s.c.document_id.in_(hit_ids))
        .group_by(s.c.type),
        sa.select(sa.literal("place", text), s.c.place, n.c.name, sa.func.count(sa.distinct(s.c.document_id)))
        .join(n, n.c.id == s.c.place)
        .where(s.c.document_id.in_(hit_ids))
        .group_by(s.c.place, n.c.name),
        sa.select(sa.literal("verdict", text), f.c.verdict, f.c.verdict, sa.func.count(sa.distinct(s.c.document_id)))
        .join(f, f.c.id == s.c.fact_id)
        .where(s.c.document_id.in_(hit_ids))
        .group_by(f.c.verdict),
        of_documents("year", year),
        of_documents("outlet", d.c.outlet),
        of_documents("lang", d.c.language),
        sa.select(sa.literal("", text), sa.literal("", text), sa.literal("", text), sa.func.count()).select_from(hits),
    )


def highlighted(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[tuple[str, bool], ...]:
    """The snippet :func:`tumen.store.search.snippet` cuts, as (text, is_match) parts: the match markers are ours,
    and brackets in the document stay brackets."""
    marked = text_search.snippet(text.translate(_TEXT_BRACKETS), list(patterns))
    parts: list[tuple[str, bool]] = []
    position = 0
    for found in _MARKED.finditer(marked):
        if found.start() > position:
            parts.append((marked[position : found.start()].translate(_BACK), False))
        parts.append((found.group(1).translate(_BACK), True))
        position = found.end()
    if position < len(marked):
        parts.append((marked[position:].translate(_BACK), False))
    return tuple(parts)


def faceted_search(store: Store, query: str, filters: Filters, limit: int = 20, offset: int = 0) -> FacetedResult:
    """Documents matching every term of ``query`` (may be empty) and every filter: the total, the ``limit`` hits
    after ``offset`` (best first; newest first without a query) with highlighted snippets, and the facets.

    Raises :class:`tumen.store.search.QueryError` for a query tumen cannot run (too many terms).
    """
    if limit < 0 or offset < 0:
        raise text_search.QueryError("limit and offset cannot be negative")
    terms = text_search.parse_query(query)
    engine = store.engine
    dialect = engine.dialect.name
    sealer = crypto.sealer_of(engine)
    with engine.connect() as conn:
        ranked = None
        words = [search_terms.indexed_word(term.words, term.anywhere) for term in terms]
        indexed = [word for word in words if word is not None]
        if terms and sealer is not None:  # an encrypted store: its blind index and the texts opened in memory
            ranked = text_search.ranked_select(text_search.sealed_ranking(conn, sealer, list(terms)))
        elif terms and len(indexed) == len(terms) and search_terms.catch_up(engine):
            ranked = search_terms.ranked(indexed, _EVERYTHING, 0)  # plain words: from the word index, no text read
        elif terms and dialect == "sqlite":
            text_search.register_sqlite_functions(conn)
        elif terms and any(len(word) >= 3 for term in terms for word in term.words):
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # as tumen.store.search does
            conn.exec_driver_sql("SET LOCAL jit = off")
        hits = _selection(terms, dialect, filters, ranked).cte("hits")
        if dialect == "postgresql" or terms:
            hits = hits.prefix_with("MATERIALIZED")
        facets: dict[str, list[FacetValue]] = {name: [] for name in FACETS}
        total = 0
        for name, value, label, count in conn.execute(_facet_counts(hits)):
            if not name:
                total = int(count)
            elif value is not None:
                label = open_value(label, conn.dialect, "named.name")  # a UNION's column is plain text: opened here
                facets[name].append(FacetValue(str(value), str(label if label is not None else value), int(count)))
        for name, values in facets.items():
            values.sort(key=lambda v: (-v.count, v.label))
            facets[name] = values[:VALUES_PER_FACET]
        d = documents
        page = _selection(terms, dialect, filters, ranked).subquery("page")
        order = (
            [page.c.score.desc(), page.c.id]
            if terms
            else [d.c.published.is_(None), d.c.published.desc(), page.c.id.desc()]
        )
        rows = conn.execute(
            sa.select(
                d.c.id,
                d.c.title,
                d.c.outlet,
                d.c.published,
                d.c.published_precision,
                d.c.language,
                d.c.text,
                d.c.sha256,
            )
            .join(page, page.c.id == d.c.id)
            .order_by(*order)
            .limit(limit)
            .offset(offset)
        ).all()
    patterns = [re.compile(term.pattern("sqlite"), re.IGNORECASE) for term in terms]
    found = [
        FacetedHit(
            document_id=row.id,
            title=open_title(sealer, row.sha256, row.title),
            outlet=row.outlet,
            published=row.published,
            published_precision=row.published_precision,
            language=row.language,
            snippet=highlighted(open_text(sealer, row.sha256, row.text), patterns),
            rank=offset + n + 1,
        )
        for n, row in enumerate(rows)
    ]
    return FacetedResult(total=total, hits=found, facets=facets)
