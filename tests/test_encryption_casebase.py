"""Encryption at rest of the case base (issue 13, point 4): in an encrypted store no byte of the SQLite file (and no
column of any PostgreSQL table) holds a person's name, alias or a quoted sentence, and every feature still works.

Each store here takes the invented documents of ``test_protect_corpus`` (Kang Mi-rae in five spellings and Hangul,
Yoon Seo-yeon and her son, Park Sung-chol): two are processed, then the store is sealed in place (``tumen keys
init``), then the other two are processed incrementally, a person is protected with a reason naming someone and an
analyst's correction names someone too. A plaintext store built the same way is the control: the same search of its
bytes finds every secret, and every look-up, export and decision must come out the same from both.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from accounts_testing import sign_in_client
from test_protect_corpus import DOCUMENTS
from tumen import Tumen
from tumen.store import corrections, crypto, crypto_keys
from tumen.store.crypto import DataKey
from tumen.store.facets import Filters, faceted_search
from tumen.store.schema import metadata
from tumen.web import create_app

KEY = "33" * 32
REASON = "Park Sung-chol asked for it after Kang Mi-rae's arrest"  # an analyst's reason naming two persons
CORRECTION = "Kang Mi-rae's cousin Kang Tae-sun called"  # an analyst's note naming two persons
SOURCE = "notes-kang-mi-rae.csv"
QUERIES = ("Kang Mi-rae", "Mirae Kang", "Gang Mirae", "강미래", "Kang", "Mi-rae", "Mirae", "강", "Park Sung-chol")
QUERIES += ("Park", "Yoon Seo-yeon", "Yoon", "son of Yoon Seo-yeon", "P207059f5", "1:p1", "Nobody Here")
SECTIONS = ("persons", "organizations", "places", "relations", "events", "dependencies", "aggregates")
# A secret made of base-64 characters only ("Kang") could occur by chance inside a sealed value, between such
# characters; it is looked for where it stands alone. Any other secret (a space, a hyphen, Hangul) cannot.
_BASE64 = re.compile(r"[A-Za-z0-9+/=]+")
_EDGE = rb"[A-Za-z0-9+/=]"


def _batch(folder: Path, documents: list[dict[str, Any]]) -> str:
    path = folder / f"batch-{len(list(folder.glob('batch-*')))}.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in documents) + "\n", encoding="utf-8")
    return str(path)


def _build(url: str, folder: Path, seal: bool) -> Tumen:
    """Two documents processed, (sealed in place,) two more processed, a protection and a correction."""
    folder.mkdir(parents=True, exist_ok=True)
    tumen = Tumen.init(url)
    tumen.ingest([_batch(folder, DOCUMENTS[:2])])
    tumen.process(workers=1)
    if seal:
        crypto_keys.seal_store(tumen.store.engine, DataKey(bytes.fromhex(KEY), "the test"))
    tumen.ingest([_batch(folder, DOCUMENTS[2:])])
    tumen.process(workers=1)
    kang = tumen.find_persons("Kang Mi-rae")[0]
    tumen.protect(kang, reason=REASON, by="ana")
    change = corrections.Change("person", kang.id, "notes", CORRECTION)
    corrections.record(tumen.store.engine, [change], by="ana", source=SOURCE)
    return tumen


def _export(tumen: Tumen) -> dict[str, Any]:
    out = io.StringIO()
    tumen.export(out)
    found: dict[str, Any] = json.loads(out.getvalue())
    return found


def _decisions(tumen: Tumen) -> dict[str, tuple[Any, ...]]:
    """Every person's protection: at risk or not, why, and the analyst's flag (its time left out)."""
    found = {}
    for pid, d in tumen.protection().items():
        flag = (d.flag.protected, d.flag.reason, d.flag.by) if d.flag else None
        found[pid] = (d.at_risk, d.reasons, flag)
    return found


def _strings(value: Any) -> Iterator[tuple[str, str]]:
    """(key, string) of every string in a JSON value, keys inherited by list items."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, dict):
            stack += list(item.items())
        elif isinstance(item, list):
            stack += [(key, x) for x in item]
        elif isinstance(item, str):
            yield key, item


def _secrets(export: dict[str, Any]) -> set[str]:
    """Every name and alias of every person, every mention of them that is a name, every quote of an event or a
    relation, and the analysts' texts."""
    found = {REASON, CORRECTION, SOURCE}
    for person in export["persons"]:
        found |= {person["name"], *person["aliases"]}
        found |= {m["quote"] for m in person["mentions"] if re.search(r"[A-Z가-힣]", m["quote"])}
    for section in ("events", "relations"):
        found |= {text for key, text in _strings(export[section]) if key == "quote" and len(text) > 20}
    return {text for text in found if text.lower() not in SCHEMA_WORDS}


# A person tumen knows only by what they are ("source", for 소식통) bears a word the schema also uses as a name.
SCHEMA_WORDS = {name for table in metadata.sorted_tables for name in (table.name, *table.columns.keys())}


def _leaks(haystack: bytes, secrets: set[str]) -> list[str]:
    """The secrets in ``haystack``, case ignored, each also in lower case (the normalised names are)."""
    found = []
    for secret in sorted(secrets):
        for form in {secret, secret.lower()}:
            pattern = re.escape(form.encode())
            if _BASE64.fullmatch(form):
                pattern = rb"(?<!" + _EDGE + rb")" + pattern + rb"(?!" + _EDGE + rb")"
            if re.search(pattern, haystack, re.IGNORECASE):
                found.append(secret)
                break
    return found


def _raw(tumen: Tumen) -> bytes:
    """Every byte a store holds: a SQLite store's files (database, write-ahead log), or every column of every row of
    every PostgreSQL table cast to text."""
    engine = tumen.store.engine
    database = crypto.sqlite_file(engine)
    if database is not None:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        return b"".join(p.read_bytes() for p in database.parent.iterdir() if p.name.startswith(database.name))
    parts: list[str] = []
    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").scalars().all()
        for table in tables:
            parts += [str(r[0]) for r in conn.exec_driver_sql(f'SELECT t::text FROM "{table}" t')]
    return "\n".join(parts).encode()


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.KEY_ENV, KEY)
    monkeypatch.delenv(crypto.KEY_FILE_ENV, raising=False)


@pytest.fixture
def stores(db_url: str, tmp_path: Path, keyed: None) -> Iterator[tuple[Tumen, Tumen]]:
    """(the plaintext control on SQLite, the sealed store on the backend under test)."""
    plain = _build(f"sqlite:///{tmp_path / 'plain' / 'tumen.db'}", tmp_path / "plain", seal=False)
    sealed = _build(db_url, tmp_path / "sealed", seal=True)
    yield plain, sealed
    plain.close()
    sealed.close()


def test_no_name_alias_or_quote_in_any_byte_of_a_sealed_store(stores: tuple[Tumen, Tumen]) -> None:
    plain, sealed = stores
    secrets = _secrets(_export(plain))
    assert {"Kang Mi-rae", "Mirae Kang", "강미래", "Ms Kang", "Park Sung-chol", "son of Yoon Seo-yeon"} <= secrets
    assert any(len(s) > 80 for s in secrets)  # whole quoted sentences
    assert set(_leaks(_raw(plain), secrets)) == secrets  # the control: the same search finds every one
    assert _leaks(_raw(sealed), secrets) == []
    assert sealed.check() == []


def test_a_sealed_case_base_answers_as_the_plaintext_one(stores: tuple[Tumen, Tumen]) -> None:
    plain, sealed = stores
    expected, found = _export(plain), _export(sealed)
    for section in SECTIONS:
        assert found[section] == expected[section], section
    for query in QUERIES:
        assert [p.id for p in sealed.find_persons(query)] == [p.id for p in plain.find_persons(query)], query
    assert [p.id for p in sealed.find_persons("Mirae Kang")] == ["P207059f5"]
    assert [p.id for p in sealed.persons(q="강", at_risk=True)] == [p.id for p in plain.persons(q="강", at_risk=True)]
    assert _decisions(sealed) == _decisions(plain)
    with plain.store.reading() as r, sealed.store.reading() as s:
        expected_corrections = [{k: v for k, v in c.items() if k != "at"} for c in corrections.latest(r.conn)]
        assert [{k: v for k, v in c.items() if k != "at"} for c in corrections.latest(s.conn)] == expected_corrections
    assert expected_corrections[0]["value"] == CORRECTION
    for person in plain.persons():
        mine, theirs = sealed.case_file(person.id), plain.case_file(person.id)
        assert (mine.person, mine.facts, mine.names) == (theirs.person, theirs.facts, theirs.names)
        assert mine.corrections == theirs.corrections
    for query in ("", "Kang"):
        facets = faceted_search(plain.store, query, Filters()).facets
        assert faceted_search(sealed.store, query, Filters()).facets == facets
    assert sealed.review() == plain.review()


def test_merges_and_splits_work_sealed(stores: tuple[Tumen, Tumen]) -> None:
    plain, sealed = stores
    for judgement in ("negative", "positive"):  # Kang Mi-rae's Korean record split off, then joined again
        for tumen in (plain, sealed):
            tumen.judge("1:p1", "3:p1", judgement, by="ana")
        assert _export(sealed)["persons"] == _export(plain)["persons"], judgement
        assert [p.id for p in sealed.find_persons("강미래")] == [p.id for p in plain.find_persons("강미래")]
    secrets = _secrets(_export(plain))
    assert _leaks(_raw(sealed), secrets) == []


def test_keys_rotate_reseals_the_case_base(
    stores: tuple[Tumen, Tumen], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, sealed = stores
    old = crypto.sealer_of(sealed.store.engine)
    assert old is not None
    other = "44" * 32
    crypto_keys.rotate_store(sealed.store.engine, old, DataKey(bytes.fromhex(other), "the new key"))
    monkeypatch.setenv(crypto.KEY_ENV, other)
    with Tumen.open(db_url) as reopened:
        assert _export(reopened)["persons"] == _export(plain)["persons"]
        assert [p.id for p in reopened.find_persons("Mi-rae")] == [p.id for p in plain.find_persons("Mi-rae")]
        assert _decisions(reopened) == _decisions(plain)
        assert _leaks(_raw(reopened), _secrets(_export(plain))) == []


def test_the_workbench_reads_a_sealed_case_base(tmp_path: Path, keyed: None) -> None:
    sealed = _build(f"sqlite:///{tmp_path / 'sealed' / 'tumen.db'}", tmp_path / "sealed", seal=True)
    client = sign_in_client(TestClient(create_app(sealed)))
    page = client.get("/persons", params={"q": "Kang"})
    assert page.status_code == 200 and "Kang Mi-rae" in page.text
    listed = client.get("/api/persons", params={"q": "강미래"}).json()
    assert [p["id"] for p in listed["items"]] == ["P207059f5"]
    case = client.get("/persons/P207059f5")
    assert case.status_code == 200 and "Hoeryong" in case.text and "Mirae Kang" in case.text
    sealed.close()


def test_a_copy_of_a_sealed_store_does_not_open_without_its_key(
    tmp_path: Path, keyed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stolen copy of the file: nothing to read in it, and tumen refuses it without the key."""
    sealed = _build(f"sqlite:///{tmp_path / 'sealed' / 'tumen.db'}", tmp_path / "sealed", seal=True)
    sealed.close()
    (tmp_path / "copy").mkdir()
    shutil.copyfile(tmp_path / "sealed" / "tumen.db", tmp_path / "copy" / "tumen.db")
    monkeypatch.delenv(crypto.KEY_ENV)
    with pytest.raises(crypto.DataKeyError, match="data key is missing"):
        Tumen.open(f"sqlite:///{tmp_path / 'copy' / 'tumen.db'}")
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'copy' / 'tumen.db'}")
    with engine.connect() as conn:  # read past tumen: the names are sealed
        names = conn.exec_driver_sql("SELECT name FROM persons").scalars().all()
        normals = conn.exec_driver_sql("SELECT normal FROM person_names").scalars().all()
    engine.dispose()
    assert names and all(n.startswith(crypto.TEXT_PREFIX) for n in names)
    assert normals and all(n.startswith((crypto.FIXED_PREFIX, crypto.BLIND_PREFIX)) for n in normals)
