"""Search ranks common words without scoring every match, and gives exactly the hits of scoring them all.

A query of words is ranked from the stored word counts (:mod:`tumen.store.search_terms`); the others, and every query
while documents wait to be indexed, are counted in the texts: PostgreSQL reads the matches in the order of an upper
bound of their score and computes exact scores only until no later match can enter the page
(:mod:`tumen.store.search_topk`); SQLite counts with a faster Python function (one ``str.find`` loop for a one-word
term). All are compared here with the full ranking (``matching_select``: every match scored by the database, as
before) on a store of invented documents where one word is in almost every document — at word starts and inside
words, in every case, in titles, with ties — for many pages.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

import pytest

from tumen.model import Metadata, NewDocument
from tumen.store import Store, search_terms, search_topk
from tumen.store import search as text_search

WORDS = ["river", "night", "guards", "village", "market", "letter", "winter", "train", "brother", "camp"]
QUERIES = [
    "arrested",
    "ARRESTED camp",
    "arrest",
    "rested",  # inside "arrested": never at a word start there
    "camp river",
    '"labour camp"',
    "labour",
    "탈북",
    "두만강 arrested",
    "ri",  # shorter than a trigram
    "Ok",
    "a",
    "nowhere",
]


def _document(n: int, rng: random.Random) -> NewDocument:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 120))]
    for _ in range(rng.choice([0, 1, 1, 2, 3, 6])):
        words.insert(rng.randrange(len(words) + 1), rng.choice(["arrested", "ARRESTED", "Arrested", "rearrested"]))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(["labour camp", "labour\n  camp", "Labour Camp"]))
    if rng.random() < 0.15:
        words.append(rng.choice(["탈북했다", "두만강을 건넜다", "Okay"]))
    text = " ".join(words) + "."
    title = rng.choice(["Arrests in the village", "A winter letter", "Arrested at the camp", "Night train", ""])
    if n % 17 == 0:  # the same text and title as the one before: the same score, the older document first
        text, title = "arrested at the river camp, arrested again.", "Twice"
    return NewDocument(
        content=f"{n}\n{text}".encode(),
        text=text,
        meta=Metadata(title=title or None, outlet="Invented", published=date(2020, 1, 1)),
        media_type="text/plain",
        filename=f"doc-{n}.txt",
        ingested_by="tester",
        encoding="utf-8",
    )


@pytest.fixture
def common(db_url: str) -> Iterator[Store]:
    store = Store.open(db_url)
    store.init()
    rng = random.Random(12)
    for n in range(160):
        store.add(_document(n, rng))
    yield store
    store.close()


def _everything(store: Store, query: str, limit: int, offset: int) -> list[tuple[int, float]]:
    """The ranking of every match scored by the database (the earlier path of every query)."""
    terms = text_search.parse_query(query)
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "sqlite":
            text_search.register_sqlite_functions(conn)
        rows = conn.execute(text_search.matching_select(terms, store.engine.dialect.name, limit, offset)).all()
    return [(int(r.id), round(float(r.score), 4)) for r in rows]


@pytest.mark.parametrize("indexed", [True, False], ids=["word index", "texts"])
def test_the_pages_are_those_of_scoring_every_match(
    common: Store, indexed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not indexed:
        monkeypatch.setattr(search_terms, "catch_up", lambda engine: False)
    checked = 0
    for query in QUERIES:
        for limit, offset in ((1, 0), (20, 0), (21, 0), (7, 13), (20, 40), (50, 120), (5, 300)):
            found = [(h.document_id, h.score) for h in common.search(query, limit=limit, offset=offset)]
            assert found == _everything(common, query, limit, offset), (query, limit, offset)
            checked += len(found)
    assert checked > 500
    assert len(common.search("arrested", limit=500)) > 120, "the word is in most documents"


def test_ties_go_to_the_older_document(common: Store) -> None:
    hits = common.search("arrested", limit=500)
    twins = [h for h in hits if h.title == "Twice"]
    assert len(twins) >= 9 and len({h.score for h in twins}) == 1
    assert [h.document_id for h in twins] == sorted(h.document_id for h in twins)
    ranks = [h.rank for h in twins]
    assert ranks == list(range(ranks[0], ranks[0] + len(ranks))), "tied hits stand together"


def test_which_queries_have_a_bound() -> None:
    assert search_topk.bounded(text_search.parse_query('arrested "labour camp" 탈북 mi-rae 2011'))
    assert not search_topk.bounded(text_search.parse_query("Müller"))  # case beyond ASCII: scored in full
    assert not search_topk.bounded(text_search.parse_query("арестован"))


def test_the_faster_count_finds_what_the_regular_expression_finds() -> None:
    """The one-word count (``str.find``) against the regular expression it replaces, on random texts built from
    letters whose case changes their length or script (İ, K, ı), separators and word characters."""
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("aAbB _-İKkiı\né1") for _ in range(rng.randint(0, 30)))
        word = "".join(rng.choice("abAB_ik1") for _ in range(rng.randint(1, 3)))
        for kind in "WA":
            fast = text_search._matcher(kind + word)
            assert fast.literal is not None
            slow = text_search._Matcher(fast.regex, fast.word_start)
            assert fast.count(text) == slow.count(text), (text, word, kind)


def test_postgresql_scores_only_what_the_page_needs(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(pg_url)
    store.init()
    rng = random.Random(12)
    for n in range(160):
        store.add(_document(n, rng))
    scored: list[int] = []
    exact = search_topk._exact

    def counting(conn: object, terms: object, ids: list[int]) -> object:
        scored.extend(ids)
        return exact(conn, terms, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(search_topk, "_exact", counting)
    monkeypatch.setattr(search_terms, "catch_up", lambda engine: False)  # the word index not usable: pending
    hits = store.search("arrested", limit=10)
    matches = len(_everything(store, "arrested", 500, 0))
    assert len(hits) == 10 and matches > 120
    assert len(scored) < matches / 2, (len(scored), matches)
    store.close()
