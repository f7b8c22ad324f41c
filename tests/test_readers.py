"""Every reader on real files made in the test, through the public API: text, type, encoding, metadata."""

from __future__ import annotations

import codecs
import hashlib
import json
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from helpers import ingest, make_docx, make_pdf, write_sidecar
from tumen import Tumen
from tumen.ingest import Status
from tumen.model import Document

KO = (
    "강미래 씨는 2019년 3월에 두만강을 건넜다고 말했다. 그녀는 중국 옌지 근처에서 국경 경비대에 체포되었다. "
    "석 달 뒤 그녀는 다른 여성 열한 명과 함께 북한으로 송환되었다. "
    "서울에 있는 가족들은 아직도 그녀의 소식을 기다리고 있다."
)
EN = (
    "Kang Mi-rae says she crossed the Tumen River in March 2019 and was arrested in China two weeks later. "
    "She told investigators that she was held for three months before being sent back with eleven other women. "
    "Her family in Seoul has not heard from her since the summer of 2019."
)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def one(tumen: Tumen, path: Path | str, **meta: object) -> Document:
    """Ingest one single-document input and return the stored document."""
    report = ingest(tumen, path, **meta)
    assert [r.status for r in report.results] == [Status.INGESTED], report.results
    doc_id = report.results[0].document_id
    assert doc_id is not None
    return tumen.document(doc_id)


def assert_original_kept(tumen: Tumen, doc: Document, data: bytes) -> None:
    assert tumen.original(doc.id) == data
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.size == len(data)
    assert doc.chars == len(doc.text)


# --- plain text: encodings -------------------------------------------------------------------


def test_utf8_text(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "witness.txt"
    data = (EN + "\n").encode("utf-8")
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == EN + "\n"
    assert doc.media_type == "text/plain"
    assert doc.encoding == "utf-8"
    assert doc.filename == "witness.txt"
    assert doc.meta.title == "witness.txt"  # first line too long for a headline: the file name
    assert doc.meta.language == "en"
    assert_original_kept(lite, doc, data)


def test_utf8_with_bom_drops_the_bom_from_text_but_keeps_it_in_the_original(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    data = codecs.BOM_UTF8 + KO.encode("utf-8")
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == KO
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8"
    assert_original_kept(lite, doc, data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(lite: Tumen, tmp_path: Path, codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    data = bom + (KO + "\r\n" + EN).encode(codec)
    path = tmp_path / "utf16.txt"
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == KO + "\n" + EN
    assert doc.encoding == "utf-16"
    assert_original_kept(lite, doc, data)


def test_euc_kr_korean(lite: Tumen, tmp_path: Path) -> None:
    data = KO.encode("euc-kr")
    path = tmp_path / "nknews.txt"
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == KO
    assert doc.encoding in ("euc-kr", "cp949")
    assert doc.meta.language == "ko"
    assert_original_kept(lite, doc, data)


def test_cp949_korean_beyond_euc_kr(lite: Tumen, tmp_path: Path) -> None:
    text = "똠방각하라고 불린 햏 씨의 증언. " + KO  # 똠 and 햏 have CP949 codes only, not EUC-KR ones
    data = text.encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc-kr")
    path = tmp_path / "cp949.txt"
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == text
    assert doc.encoding == "cp949"
    assert_original_kept(lite, doc, data)


LATIN1 = {
    "french": "Café Müller à Genève est un endroit très agréable. Les témoins ont déclaré qu'ils étaient arrivés "
    "en février. Ça a été une période difficile pour la famille Müller, dit-elle.",
    "german": "Frau Müller aus Köln sagte, sie habe im März größere Schwierigkeiten gehabt. Die Behörden hätten "
    "ihre Familie über die Grenze zurückgeschickt. Später wurde sie in Süddeutschland gefunden.",
    "spanish": "El señor Peña dijo que su hijo había sido detenido en la frontera en junio. Según él, la familia "
    "recibió información después de varios años. ¿Dónde está ahora? Nadie lo sabe.",
    "portuguese": "A senhora Conceição disse que o irmão foi detido na fronteira em março. Não há notícias dele "
    "desde então; a família pede às autoridades que investiguem o caso.",
    "english-with-accents": "The café owner, Mr. Müller, said the naïve officials from Genève had no résumé.",
    "short": "Café Müller à Genève.",
}


@pytest.mark.parametrize("text", list(LATIN1.values()), ids=list(LATIN1))
def test_latin1_text_round_trips(lite: Tumen, tmp_path: Path, text: str) -> None:
    data = text.encode("latin-1")
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == text
    assert_original_kept(lite, doc, data)


def test_crlf_and_lone_cr_become_lf(lite: Tumen, tmp_path: Path) -> None:
    data = b"First line\r\nSecond line\r\nThird\rFourth\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == "First line\nSecond line\nThird\nFourth\n"
    assert "\r" not in doc.text
    assert_original_kept(lite, doc, data)  # the original keeps its \r\n


def test_nfd_hangul_is_stored_as_nfc(lite: Tumen, tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", KO)
    assert nfd != KO
    data = nfd.encode("utf-8")
    path = tmp_path / "nfd.txt"
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.text == KO
    assert unicodedata.is_normalized("NFC", doc.text)
    assert_original_kept(lite, doc, data)


# --- markdown, HTML, PDF, DOCX -----------------------------------------------------------------


def test_markdown(lite: Tumen, tmp_path: Path) -> None:
    text = f"# Returned across the river\n\n{EN}\n\n- item one\n- item two\n"
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    doc = one(lite, path)
    assert doc.media_type == "text/markdown"
    assert doc.text == text
    assert doc.encoding == "utf-8"
    assert doc.meta.title == "Returned across the river"  # heading marks stripped


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Returned across the river | Northern Ledger</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-04-05T08:00:00+00:00">
<meta property="og:site_name" content="Northern Ledger">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li>
<li><a href="/subscribe">Subscribe today</a></li></ul></nav>
<main><article>
<h1>Returned across the river</h1>
<p>Kang Mi-rae says she crossed the Tumen River in March 2019 and was arrested in China two weeks later by the
border police near Yanji.</p>
<p>She told investigators that she was held for three months in a detention centre before being sent back to
North Korea with eleven other women.</p>
<p>Her family in Seoul has not heard from her since the summer of 2019, and they have asked the United Nations
working group to investigate her case.</p>
</article></main>
<footer><p>Copyright Northern Ledger footer boilerplate. All rights reserved.</p><a href="/privacy">Privacy policy</a>
</footer></body></html>"""


def test_html_page_main_text_and_metadata(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "ledger.html"
    data = HTML_PAGE.encode("utf-8")
    path.write_bytes(data)
    doc = one(lite, path)
    assert doc.media_type == "text/html"
    assert "arrested in China two weeks later" in doc.text
    assert "United Nations working group" in doc.text
    for boilerplate in ("World news menu", "Subscribe today", "Privacy policy", "All rights reserved"):
        assert boilerplate not in doc.text
    assert "<p>" not in doc.text
    assert doc.meta.title == "Returned across the river"
    assert doc.meta.author == "Jane Roe"
    assert doc.meta.outlet == "Northern Ledger"
    assert doc.meta.published == date(2023, 4, 5)
    assert doc.meta.language == "en"
    assert_original_kept(lite, doc, data)


def test_html_in_euc_kr_declared_by_meta_charset(lite: Tumen, tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>송환</title></head>'
        f"<body><article><p>{KO}</p><p>{KO[:60]}</p></article></body></html>"
    )
    path = tmp_path / "ko.html"
    path.write_bytes(page.encode("euc-kr"))
    doc = one(lite, path)
    assert KO in doc.text
    assert doc.meta.language == "ko"


def test_pdf_multi_page(lite: Tumen, tmp_path: Path) -> None:
    first = "Page one: the detention centre in Onsong held forty people in March 2019."
    second = "Page two: the witness was released in June 2020 and crossed the border again."
    path = make_pdf(tmp_path / "report.pdf", [first, second], title="Onsong Report", author="Field Team")
    data = path.read_bytes()
    doc = one(lite, path)
    assert doc.media_type == "application/pdf"
    assert first in doc.text
    assert second in doc.text
    assert doc.text.index(first) < doc.text.index(second)
    assert doc.meta.title == "Onsong Report"
    assert doc.meta.author == "Field Team"
    assert doc.extra["pages"] == 2
    assert doc.encoding is None
    assert doc.meta.language == "en"
    assert_original_kept(lite, doc, data)


def test_pdf_without_info_title_gets_first_line(lite: Tumen, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "untitled.pdf", ["Statement of a former guard\n" + EN])
    doc = one(lite, path)
    assert doc.meta.title == "Statement of a former guard"
    assert doc.meta.author is None


def test_docx_paragraphs_table_and_core_properties(lite: Tumen, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "statement.docx",
        ["Statement of the Morning Star committee.", EN],
        table_rows=[["Name", "Camp", "Year"], ["Kim Young-ho", "Yodok", "2017"]],
        title="Morning Star Statement",
        author="Committee Secretary",
    )
    data = path.read_bytes()
    doc = one(lite, path)
    assert doc.media_type == DOCX
    assert "Statement of the Morning Star committee." in doc.text
    assert EN in doc.text
    for cell in ("Name", "Camp", "Kim Young-ho", "Yodok", "2017"):
        assert cell in doc.text
    assert doc.text.index(EN) < doc.text.index("Kim Young-ho")  # reading order: paragraphs, then table
    assert doc.meta.title == "Morning Star Statement"
    assert doc.meta.author == "Committee Secretary"
    assert_original_kept(lite, doc, data)


# --- batches ---------------------------------------------------------------------------------


def test_jsonl_batch_one_document_per_record(lite: Tumen, tmp_path: Path) -> None:
    records = [
        {
            "title": "R1",
            "text": "Record one: a witness saw the trucks.",
            "outlet": "Wire One",
            "published": "2020-01-02",
        },
        {"headline": "R2", "body": "Record two: 그녀는 송환되었다.", "lang": "ko", "byline": "Lee"},
        {"title": "R3", "content": "Record three.", "url": "https://example.org/3", "desk": "Asia"},
    ]
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    path = tmp_path / "briefs.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = ingest(lite, path)
    assert [r.source for r in report.results] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert all(r.status is Status.INGESTED for r in report.results)
    docs = [lite.document(r.document_id or 0) for r in report.results]
    assert lite.store.count() == 3

    assert docs[0].text == "Record one: a witness saw the trucks."
    assert (docs[0].meta.title, docs[0].meta.outlet, docs[0].meta.published) == ("R1", "Wire One", date(2020, 1, 2))
    assert (docs[1].text, docs[1].meta.title, docs[1].meta.author) == ("Record two: 그녀는 송환되었다.", "R2", "Lee")
    assert docs[1].meta.language == "ko"
    assert docs[2].meta.url == "https://example.org/3"
    assert docs[2].extra["desk"] == "Asia"  # unknown record fields are kept
    for n, doc in enumerate(docs, start=1):
        assert doc.extra["record"] == str(n)
        assert doc.extra["batch"] == "briefs.jsonl"
        assert doc.media_type == "application/json"
        assert doc.filename == "briefs.jsonl"
        assert_original_kept(lite, doc, lines[n - 1])  # the original is the record's own line


CSV_BYTES = (
    b"title,text,outlet,published\r\n"
    b'Quoted,"Hello, world.\r\nA second line of testimony.",Wire,2021-05-06\r\n'
    b"Plain,Plain row text about the camp.,Other Wire,\r\n"
    b"Third,Third row.,Wire,2019-12-31\r\n"
)


def test_csv_batch_header_rows_and_quoted_field(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(CSV_BYTES)
    report = ingest(lite, path)
    assert [r.status for r in report.results] == [Status.INGESTED] * 3
    docs = [lite.document(r.document_id or 0) for r in report.results]
    assert docs[0].text == "Hello, world.\nA second line of testimony."
    assert (docs[0].meta.title, docs[0].meta.outlet, docs[0].meta.published) == ("Quoted", "Wire", date(2021, 5, 6))
    assert (docs[1].text, docs[1].meta.title, docs[1].meta.published) == (
        "Plain row text about the camp.",
        "Plain",
        None,
    )
    assert docs[2].meta.published == date(2019, 12, 31)
    for doc in docs:
        assert doc.extra["batch"] == "rows.csv"
        # a CSV row's original is its canonical JSON object
        original = json.loads(lite.original(doc.id))
        assert original["title"] == doc.meta.title
        assert doc.sha256 == hashlib.sha256(lite.original(doc.id)).hexdigest()
    assert lite.store.count() == 3


def test_csv_records_are_numbered_by_row(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(CSV_BYTES)
    report = ingest(lite, path)
    # rows, counting the header as 1, not physical lines: the quoted newline in row 2 does not shift row 3
    assert [r.source for r in report.results] == [f"{path}#2", f"{path}#3", f"{path}#4"]
    assert [lite.document(r.document_id or 0).extra["record"] for r in report.results] == ["2", "3", "4"]


# --- folders and stdin -----------------------------------------------------------------------


def test_directory_is_read_recursively_skipping_hidden_files_and_sidecars(lite: Tumen, tmp_path: Path) -> None:
    root = tmp_path / "case"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Top-level testimony about the border crossing.", encoding="utf-8")
    write_sidecar(root / "a.txt", outlet="Sidecar Outlet")
    (root / "sub" / "b.md").write_text("# Nested note\n\nA note in a subfolder.", encoding="utf-8")
    make_pdf(root / "sub" / "deeper" / "c.pdf", ["A PDF two folders down."])
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00")
    (root / ".hidden" / "secret.txt").write_text("must not be ingested", encoding="utf-8")
    report = ingest(lite, root)
    assert sorted(Path(r.source).name for r in report.results) == ["a.txt", "b.md", "c.pdf"]
    assert all(r.status is Status.INGESTED for r in report.results)
    assert lite.store.count() == 3
    names = {d.filename: d for d in lite.documents()}
    assert set(names) == {"a.txt", "b.md", "c.pdf"}
    assert names["a.txt"].meta.outlet == "Sidecar Outlet"  # the sidecar was used, not ingested
    assert names["b.md"].meta.title == "Nested note"


def _cli_stdin(db: Path, data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "tumen", "--db", str(db), "ingest", "-", *args]
    return subprocess.run(command, input=data, capture_output=True, timeout=120, check=False)


def test_stdin_text_and_pdf_are_sniffed(lite: Tumen, tmp_path: Path) -> None:
    db = tmp_path / "tumen.db"  # the lite store's file
    text = (EN + "\n").encode("utf-8")
    run = _cli_stdin(db, text, "--title", "T")
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode().strip().endswith("ingested 1, duplicates 0, failed 0")

    pdf = make_pdf(tmp_path / "piped.pdf", ["Piped PDF: testimony about the Onsong detention centre."]).read_bytes()
    run = _cli_stdin(db, pdf, "--title", "T")
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode().strip().endswith("ingested 1, duplicates 0, failed 0")

    docs = lite.documents()
    assert [(d.media_type, d.meta.title, d.filename) for d in docs] == [
        ("text/plain", "T", None),
        ("application/pdf", "T", None),
    ]
    assert lite.document(docs[0].id).text == EN + "\n"
    assert "Onsong detention centre" in lite.document(docs[1].id).text
    assert lite.original(docs[0].id) == text
    assert lite.original(docs[1].id) == pdf
    assert docs[1].extra["pages"] == 1


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [(EN, "en"), (KO, "ko")])
def test_language_is_detected_when_not_given(lite: Tumen, tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "lang.txt"
    path.write_text(text, encoding="utf-8")
    assert one(lite, path).meta.language == expected


def test_given_language_wins_over_detection(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_text(EN, encoding="utf-8")
    assert one(lite, path, language="ko").meta.language == "ko"


def test_sidecar_language_wins_over_detection(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_text(KO, encoding="utf-8")
    write_sidecar(path, language="en")
    assert one(lite, path).meta.language == "en"


def test_too_little_text_leaves_language_unknown(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Kim, 2019.", encoding="utf-8")
    assert one(lite, path).meta.language is None


# --- originals are kept byte for byte ----------------------------------------------------------


def test_every_kind_of_original_is_kept_unchanged(lite: Tumen, tmp_path: Path) -> None:
    paths = [
        make_pdf(tmp_path / "o.pdf", [EN], title="T"),
        make_docx(tmp_path / "o.docx", [EN], table_rows=[["a", "b"]]),
        tmp_path / "o.html",
        tmp_path / "o.txt",
        tmp_path / "o.md",
    ]
    (tmp_path / "o.html").write_bytes(HTML_PAGE.encode("utf-8"))
    (tmp_path / "o.txt").write_bytes(b"\xef\xbb\xbf" + KO.encode("utf-8") + b"\r\n")
    (tmp_path / "o.md").write_bytes(unicodedata.normalize("NFD", "# 제목\r\n\r\n" + KO).encode("utf-8"))
    report = ingest(lite, *paths)
    assert [r.status for r in report.results] == [Status.INGESTED] * len(paths)
    for path, result in zip(paths, report.results, strict=True):
        doc = lite.document(result.document_id or 0)
        assert_original_kept(lite, doc, path.read_bytes())
    assert lite.check() == []
