"""Encryption at rest (issue 13, point 4): sealed bytes, text and metadata, the blind search index, the data key.

Every store test runs on a SQLite file and on PostgreSQL. Every text here is invented for these tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from tumen import Tumen
from tumen.errors import StoreError
from tumen.model import Metadata, NewDocument
from tumen.store import crypto, crypto_keys
from tumen.store.crypto import DataKey, DataKeyError
from tumen.store.facets import Filters, faceted_search

KEY = "11" * 32
OTHER_KEY = "22" * 32

# Invented documents; every word below in SECRETS occurs in one of them (text, title, URL or file name).
TEXTS = {
    "arrest": (
        "Zelbrinth case: Pyon Sol-gi",
        "Pyon Sol-gi, a 34-year-old nurse, was arrested by security agents in Hyesan in March 2024, "
        "her brother Pyon Tae-ho said. The UN was told of the zelbrinth interrogations.",
    ),
    "korean": ("변솔기 증언", "변솔기가 2024년 3월 혜산에서 체포되었다. 그녀는 탈북했다고 한다."),
    "labour": ("Camp notes", "She described forced\n   labour in the Quellmark camp, and [redacted] confirmed it."),
    "award": ("A ceremony", "The award went to a teacher who walked toward the school in the heavy rain."),
}
SECRETS = ("pyon", "sol-gi", "zelbrinth", "hyesan", "nurse", "quellmark", "변솔기", "혜산", "체포", "ceremony")
QUERIES = (
    "arrest",
    "ARRESTED security",
    "pyon",
    "sol-gi",
    '"forced labour"',
    "labour",
    "UN",
    "혜산",
    "솔기",
    "변솔기가",
    "탈북",
    "zelbrinth",
    "war",
    "rain school",
    "nothing-like-this",
)


def _doc(key: str, title: str, text: str) -> NewDocument:
    return NewDocument(
        content=f"{key}\n{text}".encode(),
        text=text,
        meta=Metadata(
            title=title,
            outlet="Invented Outlet",
            url=f"https://example.org/{key}-pyon-sol-gi",
            published=date(2024, 4, 1),
        ),
        media_type="text/plain",
        filename=f"{key}-pyon-sol-gi.txt",
        ingested_by="tester",
        encoding="utf-8",
        extra={"note": f"{key}: as told by Pyon Tae-ho"},  # a batch record's own fields land here
    )


def _fill(tumen: Tumen, keys: tuple[str, ...] = tuple(TEXTS)) -> dict[str, int]:
    return {key: tumen.store.add(_doc(key, *TEXTS[key]))[0] for key in keys}


def _seal(tumen: Tumen, key: str = KEY) -> int:
    return crypto_keys.seal_store(tumen.store.engine, DataKey(bytes.fromhex(key), "the test"))


SEALED_MARKERS = (crypto.TEXT_PREFIX, crypto.FIXED_PREFIX)


def _rows_text(engine: sa.engine.Engine, tables: tuple[str, ...]) -> str:
    """Every value of every row of ``tables`` as text (bytes decoded leniently, JSON unescaped), lower-cased.

    A sealed value counts by its marker only — a sealed string, sealed bytes, or a JSON value sealed whole: its body
    is random-looking base64 or bytes, which now and then spell a short word by chance once lower-cased (CI runs
    found "nurse" in a rotated ciphertext and "pyon" in a sealed extraction)."""
    parts: list[str] = []
    meta = sa.MetaData()
    with engine.connect() as conn:
        for name in tables:
            table = sa.Table(name, meta, autoload_with=conn)
            for row in conn.execute(sa.select(table)):
                for value in row:
                    if _sealed_json(value):  # {"sealed": "tumen-sealed:1:…"}: a JSON value sealed whole
                        parts.append(crypto.TEXT_PREFIX)
                    elif isinstance(value, str) and value.startswith(SEALED_MARKERS):
                        parts.append(value[: value.index(":", value.index(":") + 1) + 1])
                    elif isinstance(value, bytes | memoryview) and bytes(value).startswith(crypto.BYTES_MAGIC):
                        parts.append(crypto.BYTES_MAGIC.decode("ascii"))
                    elif isinstance(value, bytes | memoryview):
                        parts.append(bytes(value).decode("utf-8", errors="ignore"))
                    elif isinstance(value, dict | list):
                        parts.append(json.dumps(value, ensure_ascii=False))
                    else:
                        parts.append(str(value))
    return "\n".join(parts).lower()


def _sealed_json(value: object) -> bool:
    """A JSON value sealed whole, as read back raw (a dict, or its text): its ciphertext is base64, which spells a
    short word by chance now and then once lower-cased (a CI run found "pyon" in a sealed extraction)."""
    if isinstance(value, str) and value.startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return False
    if not isinstance(value, dict) or set(value) != {crypto.SEALED_KEY}:
        return False
    sealed = value[crypto.SEALED_KEY]
    return isinstance(sealed, str) and sealed.startswith(crypto.TEXT_PREFIX)


def _found(haystack: str) -> list[str]:
    return [word for word in SECRETS if word in haystack]


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.KEY_ENV, KEY)
    monkeypatch.delenv(crypto.KEY_FILE_ENV, raising=False)


@pytest.fixture
def sealed(db_url: str, keyed: None) -> Iterator[tuple[Tumen, dict[str, int]]]:
    """An encrypted store: two documents stored before `keys init`, two after."""
    tumen = Tumen.init(db_url)
    ids = _fill(tumen, ("arrest", "korean"))
    assert _seal(tumen) == 2
    ids |= _fill(tumen, ("labour", "award"))
    yield tumen, ids
    tumen.close()


# -- nothing readable in the store ----------------------------------------------------------------
def test_plaintext_store_shows_the_words_the_check_looks_for(tumen: Tumen) -> None:
    """The control: without encryption, the same look at the rows finds every secret word."""
    _fill(tumen)
    assert set(_found(_rows_text(tumen.store.engine, ("documents",)))) == set(SECRETS)


def test_sealed_rows_hold_no_plaintext(sealed: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = sealed
    engine = tumen.store.engine
    assert _found(_rows_text(engine, ("documents", "search_tokens", "encryption"))) == []
    assert tumen.document(ids["arrest"]).text == TEXTS["arrest"][1]  # and all of it is readable with the key
    assert tumen.document(ids["korean"]).meta.title == "변솔기 증언"
    assert tumen.original(ids["labour"]) == f"labour\n{TEXTS['labour'][1]}".encode()
    info = {d.id: d for d in tumen.documents()}[ids["award"]]
    assert (info.meta.url, info.filename) == ("https://example.org/award-pyon-sol-gi", "award-pyon-sol-gi.txt")
    assert info.extra == {"note": "award: as told by Pyon Tae-ho"}
    inspector = sa.inspect(engine)
    assert "documents_fts" not in inspector.get_table_names()  # the plaintext word index is gone
    assert "ix_documents_search" not in {i["name"] for i in inspector.get_indexes("documents")}


def _raw_secrets(folder: Path, seal: bool) -> list[str]:
    """The secret words in the bytes of a SQLite store's files (database and write-ahead log)."""
    path = folder / "tumen.db"
    tumen = Tumen.init(f"sqlite:///{path}")
    _fill(tumen, ("arrest", "korean"))
    if seal:
        _seal(tumen)  # sealed in place: the plaintext written before must not stay in freed pages
    _fill(tumen, ("labour", "award"))
    tumen.close()
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith("tumen.db")).lower()
    return [word for word in SECRETS if word.encode() in raw]


def test_sealed_sqlite_file_holds_no_plaintext(tmp_path: Path, keyed: None) -> None:
    (tmp_path / "plain").mkdir()
    (tmp_path / "sealed").mkdir()
    assert set(_raw_secrets(tmp_path / "plain", seal=False)) == set(SECRETS)  # the control
    assert _raw_secrets(tmp_path / "sealed", seal=True) == []
    with Tumen.open(f"sqlite:///{tmp_path / 'sealed' / 'tumen.db'}") as reopened:
        assert [h.title for h in reopened.search("nurse")] == ["Zelbrinth case: Pyon Sol-gi"]


def test_processed_sealed_store_keeps_extractions_sealed(sealed: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = sealed
    tumen.process(workers=1)
    assert _found(_rows_text(tumen.store.engine, ("documents", "extractions", "search_tokens"))) == []
    extraction = tumen.store.extraction(ids["arrest"])
    assert extraction is not None and "Pyon Sol-gi" in json.dumps(extraction, ensure_ascii=False)
    assert tumen.check() == []  # hashes of the opened values, and the chain, are intact
    assert [p.name for p in tumen.find_persons("Pyon Sol-gi")][:1] == ["Pyon Sol-gi"]


# -- the key --------------------------------------------------------------------------------------
def test_without_the_key_the_store_does_not_open(
    sealed: tuple[Tumen, dict[str, int]], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(crypto.KEY_ENV)
    with pytest.raises(DataKeyError, match=r"is encrypted and its data key is missing .*TUMEN_DATA_KEY"):
        Tumen.open(db_url)


def test_a_wrong_key_does_not_open_the_store(
    sealed: tuple[Tumen, dict[str, int]], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(crypto.KEY_ENV, OTHER_KEY)
    with pytest.raises(DataKeyError, match="the data key from TUMEN_DATA_KEY does not open"):
        Tumen.open(db_url)
    monkeypatch.setenv(crypto.KEY_ENV, "not hex")
    with pytest.raises(DataKeyError, match="malformed: it must be 64 hexadecimal digits"):
        Tumen.open(db_url)


def test_a_store_encrypted_after_it_was_opened_refuses_plaintext(db_url: str, keyed: None) -> None:
    early = Tumen.init(db_url)  # opened while the store is still plaintext
    early.store.ensure_ready()
    with Tumen.open(db_url) as other:
        _seal(other)
    with pytest.raises(StoreError, match="open it again"):
        early.store.add(_doc("arrest", *TEXTS["arrest"]))
    early.close()
    with Tumen.open(db_url) as again:
        assert again.store.count() == 0
        assert _found(_rows_text(again.store.engine, ("documents",))) == []


def test_rotate_keeps_everything_readable_and_retires_the_old_key(
    sealed: tuple[Tumen, dict[str, int]], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tumen, ids = sealed
    before = [h.as_dict() for h in tumen.search("pyon")]
    old = crypto.sealer_of(tumen.store.engine)
    assert old is not None
    assert crypto_keys.rotate_store(tumen.store.engine, old, DataKey(bytes.fromhex(OTHER_KEY), "the new key")) == 4
    assert [h.as_dict() for h in tumen.search("pyon")] == before
    assert tumen.check() == []
    with pytest.raises(DataKeyError, match="changed since it was opened"), tumen.store.engine.begin() as conn:
        crypto.require_current(conn, old)
    with pytest.raises(DataKeyError, match="does not open"):
        Tumen.open(db_url)  # the environment still holds the old key
    monkeypatch.setenv(crypto.KEY_ENV, OTHER_KEY)
    with Tumen.open(db_url) as reopened:
        assert reopened.document(ids["arrest"]).text == TEXTS["arrest"][1]
        assert reopened.original(ids["korean"]) == f"korean\n{TEXTS['korean'][1]}".encode()
        assert [h.as_dict() for h in reopened.search("pyon")] == before
        assert reopened.check() == []
        assert _found(_rows_text(reopened.store.engine, ("documents", "search_tokens"))) == []


# -- search works by word -------------------------------------------------------------------------
def test_search_finds_the_same_hits_sealed_as_in_plaintext(db_url: str, keyed: None, tmp_path: Path) -> None:
    plain = Tumen.init(f"sqlite:///{tmp_path / 'plain.db'}")
    _fill(plain)
    tumen = Tumen.init(db_url)
    _fill(tumen)
    _seal(tumen)
    for query in QUERIES:
        expected = [h.as_dict() for h in plain.search(query)]
        assert [h.as_dict() for h in tumen.search(query)] == expected, query
    assert [h.document_id for h in tumen.search("혜산")] == [2]
    assert tumen.search("zelbrinth")[0].snippet.startswith("…")  # snippets cut from the text opened in memory
    assert [h.as_dict() for h in tumen.search("pyon", limit=1, offset=1)] == [
        h.as_dict() for h in plain.search("pyon", limit=1, offset=1)
    ]
    for query in ("pyon", "security", "", '"forced labour"'):
        sealed_result = faceted_search(tumen.store, query, Filters(), limit=10)
        plain_result = faceted_search(plain.store, query, Filters(), limit=10)
        assert sealed_result.total == plain_result.total, query
        assert sealed_result.hits == plain_result.hits, query
    plain.close()
    tumen.close()


def test_withdrawing_a_sealed_document_drops_its_tokens(sealed: tuple[Tumen, dict[str, int]]) -> None:
    tumen, ids = sealed
    tumen.withdraw(ids["arrest"], reason="consent withdrawn", by="tester")
    with tumen.store.engine.connect() as conn:
        left = conn.execute(
            sa.select(sa.func.count())
            .select_from(crypto.search_tokens)
            .where(crypto.search_tokens.c.document_id == ids["arrest"])
        ).scalar_one()
    assert left == 0
    assert tumen.search("pyon") == []
    assert [h.document_id for h in tumen.search("혜산")] == [ids["korean"]]


def test_index_items_follow_the_search_rules() -> None:
    items = crypto.index_items("Pyon's ARRESTED 김정아가 말했다")
    for word in ("p" + "arrest", "pp", "ppyon", "g김정아", "g정아가", "g아", "p김정아가"):
        assert word in items, word
    assert crypto.query_items(("arrested",), anywhere=False) == {"parrest"}
    assert crypto.query_items(("정아",), anywhere=True) == {"g정아"}
    assert crypto.query_items(("김정아가",), anywhere=True) == {"g김정아", "g정아가"}
    assert crypto.query_items(("forced", "labour"), anywhere=False) == {"pforced", "plabour"}


def test_a_sealed_value_moved_to_another_row_does_not_open(tmp_path: Path, keyed: None) -> None:
    """The associated data binds each sealed value to its column and document: swapped texts, or a title moved
    into the URL, are caught by `tumen check` instead of being read as the other document's."""
    tumen = Tumen.init(f"sqlite:///{tmp_path / 'tumen.db'}")
    ids = _fill(tumen, ("arrest", "award"))
    _seal(tumen)
    first, second = ids["arrest"], ids["award"]
    with tumen.store.engine.begin() as conn:
        texts = {int(r[0]): str(r[1]) for r in conn.exec_driver_sql("SELECT id, text FROM documents")}
        conn.exec_driver_sql("DROP TRIGGER documents_immutable")  # what someone with the file can do
        conn.exec_driver_sql("UPDATE documents SET text = ? WHERE id = ?", (texts[second], first))
        conn.exec_driver_sql("UPDATE documents SET text = ? WHERE id = ?", (texts[first], second))
        conn.exec_driver_sql("UPDATE documents SET url = title WHERE id = ?", (second,))
    problems = tumen.check()
    assert f"document {first}: a sealed value does not open: it was altered or belongs elsewhere" in problems
    assert f"document {second}: a sealed value does not open: it was altered or belongs elsewhere" in problems
    assert any(p.startswith(f"document {second}: url differ(s) from the chain") for p in problems)
    with pytest.raises(StoreError, match="does not open"):
        tumen.document(first)
    tumen.close()
