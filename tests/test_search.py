"""Full-text search (`tumen search`): on a SQLite file (FTS5 trigram) and on PostgreSQL (pg_trgm).

Every text here is invented for these tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from click.testing import CliRunner

from tumen import Tumen
from tumen.cli import main
from tumen.model import Metadata, NewDocument
from tumen.store import Store
from tumen.store.migrate import MIGRATIONS
from tumen.store.search import SearchHit, parse_query

TEXTS = {
    "ko_particle": ("증언 1", "김정아가 말했다. 그녀는 2009년 겨울에 탈북했고 두만강을 건넜다고 한다."),
    "ko_other": ("증언 2", "박민수는 보위부에 끌려갔다. 정아라는 이름은 나오지 않는다."),
    "en_arrest": (
        "Arrests at the border",
        "Witnesses said the Security agents ARRESTED Lee Soon-bok near the river.\nHer brother was arrested too.",
    ),
    "en_award": ("A ceremony", "The award went to a teacher who walked toward the school in the heavy rain."),
    "en_labour": ("Camp conditions", "She described forced\n   labour in the camp, and [redacted] confirmed it."),
    "en_reverse": ("Other order", "The labour was not forced, the officer claimed, 100% sure."),
    "en_mixed": ("Mixed 혼합", "Kang Mi-rae told reporters that 김정아 was detained in 2011 by security agents."),
}


def _doc(key: str, title: str, text: str, **meta: object) -> NewDocument:
    return NewDocument(
        content=f"{key}\n{text}".encode(),
        text=text,
        meta=Metadata(title=title, **meta),  # type: ignore[arg-type]
        media_type="text/plain",
        filename=f"{key}.txt",
        ingested_by="tester",
        encoding="utf-8",
    )


def _fill(store: Store) -> dict[str, int]:
    ids = {}
    for key, (title, text) in TEXTS.items():
        ids[key], _ = store.add(_doc(key, title, text, outlet="Invented", published=date(2020, 5, 1)))
    return ids


@pytest.fixture
def filled(tumen: Tumen) -> Iterator[tuple[Tumen, dict[str, int]]]:
    yield tumen, _fill(tumen.store)


def _ids(hits: list[SearchHit]) -> set[int]:
    return {h.document_id for h in hits}


def test_korean_word_with_particle_and_two_syllable_word(filled: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = filled
    hits = tumen.search("김정아")
    assert _ids(hits) == {ids["ko_particle"], ids["en_mixed"]}
    particle = next(h for h in hits if h.document_id == ids["ko_particle"])
    assert particle.snippet.startswith("[김정아]가 말했다.")
    assert _ids(tumen.search("탈북")) == {ids["ko_particle"]}
    assert "[탈북]했고" in tumen.search("탈북")[0].snippet
    assert _ids(tumen.search("정아")) == {ids["ko_particle"], ids["ko_other"], ids["en_mixed"]}  # inside words
    assert _ids(tumen.search("보위부")) == {ids["ko_other"]}
    assert _ids(tumen.search("김정아 두만강")) == {ids["ko_particle"]}
    assert _ids(tumen.search('"두만강을 건넜다고"')) == {ids["ko_particle"]}
    assert tumen.search("강을 김정아 2011") == []


def test_english_is_case_insensitive_and_matches_at_word_starts(filled: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = filled
    for query in ("arrested", "ARRESTED", "Arrested", "arrest"):
        assert _ids(tumen.search(query)) == {ids["en_arrest"]}, query
    assert _ids(tumen.search("war")) == set()  # not inside "award" or "toward"
    assert _ids(tumen.search("ward")) == set()
    assert _ids(tumen.search("tow")) == {ids["en_award"]}  # but at the start of "toward"
    assert _ids(tumen.search("security")) == {ids["en_arrest"], ids["en_mixed"]}
    hit = tumen.search("arrested")[0]
    assert "[ARRESTED]" in hit.snippet and "[arrested]" in hit.snippet
    assert (hit.title, hit.outlet, hit.published_text()) == ("Arrests at the border", "Invented", "2020-05-01")


def test_every_word_must_match_and_quotes_make_a_phrase(filled: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = filled
    assert _ids(tumen.search("forced labour")) == {ids["en_labour"], ids["en_reverse"]}
    assert _ids(tumen.search("labour forced")) == {ids["en_labour"], ids["en_reverse"]}
    phrase = tumen.search('"forced labour"')  # across a line break and spaces
    assert _ids(phrase) == {ids["en_labour"]}
    assert "[forced labour]" in phrase[0].snippet
    assert _ids(tumen.search('"labour forced"')) == set()
    assert _ids(tumen.search('forced "in the camp"')) == {ids["en_labour"]}
    assert _ids(tumen.search("forced teacher")) == set()
    assert _ids(tumen.search("Mi-rae 김정아 detained")) == {ids["en_mixed"]}


def test_titles_are_searched_and_rank_higher(tumen: Tumen) -> None:
    mention, _ = tumen.store.add(_doc("m", "Weather", "It rained. Later the river flooded the village."))
    titled, _ = tumen.store.add(_doc("t", "The river crossing", "They crossed the river at night."))
    only_title, _ = tumen.store.add(_doc("o", "River notes", "Nothing else is said here."))
    hits = tumen.search("river")
    assert [h.document_id for h in hits] == [titled, only_title, mention]
    assert hits[0].score > hits[1].score > hits[2].score > 0
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[1].snippet == "Nothing else is said here."  # no match in the text: its beginning


def test_pagination(tumen: Tumen) -> None:
    for i in range(25):
        tumen.store.add(_doc(f"p{i}", f"Report {i}", "detention " * (i % 7 + 1) + f"case number {i}."))
    everything = tumen.search("detention", limit=100)
    assert len(everything) == 25
    pages = [tumen.store.search("detention", limit=10, offset=o) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [h for p in pages for h in p] == everything
    assert [h.rank for h in pages[1]] == list(range(11, 21))
    assert tumen.search("detention", offset=25) == []
    assert tumen.search("detention", limit=0) == []
    scores = [h.score for h in everything]
    assert scores == sorted(scores, reverse=True)


def test_snippet_shows_the_matching_passage_with_cuts(tumen: Tumen) -> None:
    text = "Opening words. " * 30 + "The guard said Choi Min-ho was beaten in the cell. " + "Closing words. " * 30
    doc_id, _ = tumen.store.add(_doc("s", "Long", text))
    (hit,) = tumen.search("beaten Choi")
    assert hit.document_id == doc_id
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "[Choi] Min-ho was [beaten] in the cell." in hit.snippet
    assert len(hit.snippet) < 260


HOSTILE = [
    '"',
    '""',
    '"unbalanced phrase',
    'forced "labour',
    "*",
    "labour*",
    "NEAR(forced labour)",
    "NEAR(forced labour, 2)",
    "-labour",
    "forced -labour",
    "title:forced",
    "text : labour",
    "forced AND OR NOT labour",
    "'; DROP TABLE documents; --",
    "1' OR '1'='1",
    "\\",
    "a\\b",
    "%",
    "_",
    "100%",
    "(?<x>",
    "[a-z]+",
    "^forced$",
    "a{1,3}",
    "x\x00y",
    "\u200b\ufeff",
    "e\u0301x",
    "«forced labour»",
    "🙂 labour",
    "{forced labour}",
    "labour" * 300,
    " ".join(["labour"] * 60),
    "\t\n ",
    "",
]


def test_hostile_queries_never_error_and_are_searched_as_text(filled: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = filled
    for query in HOSTILE:
        hits = tumen.search(query)
        assert isinstance(hits, list), query
    assert tumen.store.count() == len(TEXTS)  # nothing was dropped
    assert _ids(tumen.search("forced -labour")) == {ids["en_labour"], ids["en_reverse"]}  # "-" is not NOT
    assert _ids(tumen.search('forced "labour')) == {ids["en_labour"], ids["en_reverse"]}
    assert _ids(tumen.search("NEAR(forced labour)")) == set()  # "NEAR(forced" is a word like any other
    assert _ids(tumen.search("(forced labour)")) == {ids["en_labour"], ids["en_reverse"]}
    assert _ids(tumen.search("«forced labour»")) == {ids["en_labour"]}  # guillemets quote a phrase
    assert _ids(tumen.search("100%")) == {ids["en_reverse"]}
    assert _ids(tumen.search("1%0")) == set()  # % is no wildcard (inside a word; at its edges it is dropped)
    assert _ids(tumen.search("o_ficer")) == set()  # nor is _
    assert _ids(tumen.search("[redacted]")) == {ids["en_labour"]}
    assert tumen.search("") == [] and tumen.search("*") == []


def test_query_parsing() -> None:
    assert [t.words for t in parse_query('Kim "forced  labour" 탈북, (war)')] == [
        ("Kim",),
        ("forced", "labour"),
        ("탈북",),
        ("war",),
    ]
    assert [t.words for t in parse_query('a "b c')] == [("a",), ("b",), ("c",)]
    assert [t.words for t in parse_query("Kim kim KIM")] == [("Kim",)]
    assert parse_query('"" * - :') == []


def test_index_follows_every_ingest(tumen: Tumen, tmp_path: Path) -> None:
    assert tumen.search("Gwangju") == []
    path = tmp_path / "new.txt"
    path.write_text("A new testimony from Gwangju, written by 이수진이 직접.\n", encoding="utf-8")
    report = tumen.ingest([str(path)], meta={"title": "Fresh"})
    assert report.summary() == "ingested 1, duplicates 0, failed 0"
    assert len(tumen.search("gwangju")) == 1
    assert len(tumen.search("이수진")) == 1
    assert len(tumen.search("fresh")) == 1  # the title too
    tumen.ingest([str(path)])  # a duplicate is not indexed twice
    assert len(tumen.search("gwangju")) == 1


def _alembic(connection: sa.Connection, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def test_migration_indexes_documents_stored_before_it(db_url: str) -> None:
    store = Store.open(db_url)
    with store.engine.begin() as conn:
        _alembic(conn, "0003")
    assert store.revision() == "0003"
    old, _ = store.add(_doc("old", "기록", "최은희가 2012년에 체포되었다. The officer denied it."))
    store.init()  # 0004_search and later: the old document is indexed
    assert store.revision() != "0003"
    assert [h.document_id for h in store.search("최은희")] == [old]
    assert [h.document_id for h in store.search("OFFICER denied")] == [old]
    new, _ = store.add(_doc("new", "기록 2", "최은희는 풀려났다."))
    assert {h.document_id for h in store.search("최은희")} == {old, new}
    store.close()


def test_both_stores_give_the_same_hits(sqlite_url: str, pg_url: str) -> None:
    results = []
    for url in (sqlite_url, pg_url):
        store = Store.open(url)
        store.init()
        _fill(store)
        results.append([store.search(q) for q in ("김정아", "security", "forced labour", '"forced labour"', "정아")])
        store.close()
    assert results[0] == results[1]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_cli_search(db_url: str) -> None:
    store = Store.open(db_url)
    store.init()
    ids = _fill(store)
    store.close()
    code, out, _ = run("--db", db_url, "search", "forced labour")
    assert code == 0
    assert "[redacted]" in out and "[forced]" in out and f"document {ids['en_labour']}" in out
    code, out, _ = run("--db", db_url, "search", "nothing-like-this")
    assert (code, out.strip()) == (0, "no documents match")
    code, out, _ = run("--db", db_url, "search", "'; DROP TABLE documents; --")
    assert (code, out.strip()) == (0, "no documents match")
    code, out, _ = run("--db", db_url, "search", "김정아", "--json")
    assert code == 0
    hits = json.loads(out)
    assert [h["document_id"] for h in hits] == [ids["ko_particle"], ids["en_mixed"]] or {
        h["document_id"] for h in hits
    } == {ids["ko_particle"], ids["en_mixed"]}
    assert set(hits[0]) == {"rank", "document_id", "title", "outlet", "published", "score", "snippet"}
    assert hits[0]["published"] == "2020-05-01"
    code, out, _ = run("--db", db_url, "search", "nothing-like-this", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run("--db", db_url, "search", "the", "--limit", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1
