"""Faceted search at the store level, on a SQLite file and on PostgreSQL (``TUMEN_TEST_POSTGRES_URL``).

Every count is checked against what the case base and the documents say, computed here another way (from
:meth:`Tumen.casebase`, :meth:`Tumen.search` and :meth:`Tumen.documents`), never against hard-coded numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import sqlalchemy as sa

from tumen import Tumen
from tumen.store.facets import FACETS, FacetValue, Filters, faceted_search, highlighted
from tumen.store.search import QueryError, parse_query

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def processed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tumen]:
    """The invented sample corpus, ingested and processed once per module in a fresh store of each kind (the tests
    only read it)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('facets') / 'tumen.db'}"
    else:
        url = str(request.getfixturevalue("pg_database"))
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
    with Tumen.init(url) as tumen:
        tumen.ingest([str(EXAMPLES)])
        tumen.process(workers=1)
        yield tumen


def expected_facets(tumen: Tumen, documents: set[int]) -> dict[str, Counter[str]]:
    """Per facet, how many of ``documents`` have each value, from the assembled case base and the documents."""
    per_document: dict[int, dict[str, set[str]]] = {d: {name: set() for name in FACETS} for d in documents}
    for fact in tumen.casebase().facts:
        for support in fact.supports:
            if support.document in per_document:
                values = per_document[support.document]
                values["type"].add(fact.type)
                values["verdict"].add(str(fact.verdict))
                if support.place:
                    values["place"].add(support.place)
    for info in tumen.documents():
        if info.id in per_document:
            values = per_document[info.id]
            if info.meta.outlet:
                values["outlet"].add(info.meta.outlet)
            if info.meta.language:
                values["lang"].add(info.meta.language)
            if info.meta.published:
                values["year"].add(str(info.meta.published.year))
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for values in per_document.values():
        for name, found in values.items():
            counts[name].update(found)
    return counts


def shown(result_facets: dict[str, list[FacetValue]]) -> dict[str, Counter[str]]:
    return {name: Counter({v.value: v.count for v in values}) for name, values in result_facets.items()}


def test_facets_count_documents_with_and_without_a_query(processed: Tumen) -> None:
    everything = faceted_search(processed.store, "", Filters(), limit=100)
    all_ids = {info.id for info in processed.documents()}
    assert everything.total == len(all_ids) and {h.document_id for h in everything.hits} == all_ids
    expected = expected_facets(processed, all_ids)
    got = shown(everything.facets)
    for name in FACETS:
        top = dict(expected[name].most_common())
        assert got[name] == Counter({k: v for k, v in top.items() if k in got[name]}), name
        assert len(got[name]) == min(len(expected[name]), 15), name
    assert everything.facets["type"] and everything.facets["place"] and everything.facets["verdict"]
    # Places are shown by name; the value is the place's id.
    names = processed.entity_names({v.value for v in everything.facets["place"]})
    assert all(v.label == names[v.value] for v in everything.facets["place"])

    hits = {h.document_id for h in processed.search("border", limit=100)}
    assert hits, "the sample corpus speaks of borders"
    found = faceted_search(processed.store, "border", Filters(), limit=100)
    assert found.total == len(hits) and {h.document_id for h in found.hits} == hits
    assert [h.document_id for h in found.hits] == [h.document_id for h in processed.search("border", limit=100)]
    expected = expected_facets(processed, hits)
    assert shown(found.facets)["type"] == expected["type"]
    assert shown(found.facets)["lang"] == expected["lang"]


def test_a_chosen_value_leaves_as_many_hits_as_its_count_and_filters_combine(processed: Tumen) -> None:
    base = faceted_search(processed.store, "", Filters(), limit=100)
    for name in ("type", "place", "verdict", "year", "outlet", "lang"):
        value = base.facets[name][0]
        chosen = Filters(**{name: int(value.value) if name == "year" else value.value})
        narrowed = faceted_search(processed.store, "", chosen, limit=100)
        assert narrowed.total == value.count == len(narrowed.hits), name
    lang = base.facets["lang"][0].value
    kind = base.facets["type"][0].value
    both = faceted_search(processed.store, "", Filters(type=kind, lang=lang), limit=100)
    with_type = {h.document_id for h in faceted_search(processed.store, "", Filters(type=kind), limit=100).hits}
    in_lang = {i.id for i in processed.documents() if i.meta.language == lang}
    assert {h.document_id for h in both.hits} == with_type & in_lang
    assert faceted_search(processed.store, "", Filters(type="no_such_type"), limit=10).total == 0
    assert faceted_search(processed.store, "", Filters(year=1901), limit=10).total == 0


def test_pages_and_the_order_without_a_query(processed: Tumen) -> None:
    first = faceted_search(processed.store, "", Filters(), limit=4)
    second = faceted_search(processed.store, "", Filters(), limit=4, offset=4)
    assert len(first.hits) == 4 and first.total == second.total
    assert not {h.document_id for h in first.hits} & {h.document_id for h in second.hits}
    assert [h.rank for h in second.hits] == [5, 6, 7, 8]
    dates = [h.published for h in first.hits + second.hits]
    assert all(a is not None and b is not None and a >= b for a, b in pairwise(dates))


def test_hostile_and_malformed_queries_are_text_never_syntax(processed: Tumen) -> None:
    for query in ("' OR 1=1 --", '"; DROP TABLE documents; --', "NEAR(a b", "*", '"unbalanced', "-x:y", "\x00"):
        result = faceted_search(processed.store, query, Filters(), limit=5)
        assert result.total == len(result.hits) == 0 or all(h.snippet for h in result.hits)
    assert faceted_search(processed.store, "", Filters(outlet="' OR 1=1 --"), limit=5).total == 0
    assert len(processed.documents()) == faceted_search(processed.store, "", Filters(), limit=1).total
    with pytest.raises(QueryError):
        faceted_search(processed.store, " ".join(f"w{i}" for i in range(100)), Filters())


def test_korean_words_are_found_with_their_particles(processed: Tumen) -> None:
    found = faceted_search(processed.store, "탈북민", Filters(lang="ko"), limit=10)
    assert found.total >= 1 and all(h.language == "ko" for h in found.hits)
    assert all(any(matched and "탈북민" in part for part, matched in h.snippet) for h in found.hits)


def test_highlights_are_ours_and_brackets_in_the_text_stay_text() -> None:
    patterns = [re.compile(t.pattern("sqlite"), re.IGNORECASE) for t in parse_query("arrest")]
    parts = highlighted("He was [reportedly] arrested; [arrest] <b>arrest</b> records.", patterns)
    assert "".join(p for p, _m in parts) == "He was [reportedly] arrested; [arrest] <b>arrest</b> records."
    assert [p for p, m in parts if m] == ["arrest", "arrest", "arrest"]
