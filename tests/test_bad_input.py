"""Bad inputs fail alone, by name and reason, store nothing; re-runs are idempotent; metadata precedence."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from helpers import ingest, make_docx, make_encrypted_pdf, make_image_only_pdf, make_pdf, write_sidecar
from tumen import Tumen
from tumen.cli import main
from tumen.errors import MetadataError
from tumen.ingest import Report, Status
from tumen.model import Metadata, sha256_hex

GOOD_A = "Good testimony A: the witness crossed the river in 2019.\n"
GOOD_B = "Good testimony B: the witness was returned in 2020.\n"


def cli(db_url: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", db_url, "ingest", *args], catch_exceptions=False)


def summary(result: Result) -> str:
    return result.stdout.strip().splitlines()[-1]


def failures(report: Report) -> dict[str, str]:
    return {r.source: r.reason or "" for r in report.results if r.status is Status.FAILED}


def _truncated_pdf(path: Path) -> bytes:
    data = make_pdf(path, ["A real PDF, cut in half on its way here."]).read_bytes()
    return data[: len(data) // 2]


def _random_with_nuls(_path: Path) -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(600)) + b"\x00" * 16


# name, builder (returns the bad bytes, may write the file itself), expected substrings of the reason
BAD_FILES: list[tuple[str, Callable[[Path], bytes], tuple[str, ...]]] = [
    ("empty.txt", lambda p: b"", ("empty",)),
    ("blank.txt", lambda p: b"  \r\n\t \n  ", ("empty",)),
    ("empty.pdf", lambda p: b"", ("empty",)),
    ("junk.txt", _random_with_nuls, ("binary",)),
    ("undecodable.txt", lambda p: bytes(range(0x80, 0x100)) * 2, ("undecodable",)),
    ("truncated.pdf", _truncated_pdf, ("corrupt PDF",)),
    ("garbage.pdf", lambda p: b"%PDF-1.4 garbage", ("corrupt PDF",)),
    ("not-a.pdf", lambda p: b"Just some words, saved with the wrong extension.", ("corrupt PDF", "no PDF header")),
    (
        "locked.pdf",
        lambda p: make_encrypted_pdf(p, "Secret testimony.", "s3cret").read_bytes(),
        ("encrypted", "password"),
    ),
    ("scan.pdf", lambda p: make_image_only_pdf(p, pages=2).read_bytes(), ("no text layer", "OCR", "2 page")),
    (
        "broken.docx",
        lambda p: b"PK\x03\x04" + bytes(random.Random(3).randrange(256) for _ in range(300)),
        ("corrupt .docx",),
    ),
    ("plain.docx", lambda p: b"This is not a Word file at all.", ("corrupt .docx", "not a ZIP")),
    ("empty-words.docx", lambda p: make_docx(p, ["", "   "]).read_bytes(), ("no text",)),
    ("picture.png", lambda p: b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, ("unsupported file type", ".png")),
]


def _write_bad(tmp_path: Path, name: str, build: Callable[[Path], bytes]) -> tuple[Path, bytes]:
    path = tmp_path / name
    data = build(path)
    path.write_bytes(data)
    return path, data


def _write_good(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "good-a.txt", tmp_path / "good-b.txt"
    a.write_text(GOOD_A, encoding="utf-8")
    b.write_text(GOOD_B, encoding="utf-8")
    return a, b


@pytest.mark.parametrize(("name", "build", "reasons"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_fails_alone_by_name_and_stores_nothing(
    lite: Tumen, tmp_path: Path, name: str, build: Callable[[Path], bytes], reasons: tuple[str, ...]
) -> None:
    bad, data = _write_bad(tmp_path, name, build)
    good_a, good_b = _write_good(tmp_path)
    report = ingest(lite, good_a, bad, good_b)
    assert [r.source for r in report.results] == [str(good_a), str(bad), str(good_b)]
    assert [r.status for r in report.results] == [Status.INGESTED, Status.FAILED, Status.INGESTED]
    reason = failures(report)[str(bad)]
    for expected in reasons:
        assert expected in reason, reason
    assert report.results[1].document_id is None
    assert lite.store.count() == 2
    assert lite.store.find_sha256(sha256_hex(data)) is None
    assert report.summary() == "ingested 2, duplicates 0, failed 1"


@pytest.mark.parametrize(("name", "build", "reasons"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_cli_reports_bad_file_and_exits_1(
    lite: Tumen, sqlite_url: str, tmp_path: Path, name: str, build: Callable[[Path], bytes], reasons: tuple[str, ...]
) -> None:
    bad, _data = _write_bad(tmp_path, name, build)
    good_a, _good_b = _write_good(tmp_path)
    result = cli(sqlite_url, str(bad), str(good_a))
    assert result.exit_code == 1
    assert summary(result) == "ingested 1, duplicates 0, failed 1"
    assert str(bad) in result.stderr.replace("\n", "")
    assert reasons[0] in result.stderr.replace("\n", "")
    assert lite.store.count() == 1


def test_missing_path_is_named(lite: Tumen, sqlite_url: str, tmp_path: Path) -> None:
    good_a, _ = _write_good(tmp_path)
    missing = tmp_path / "no-such-file.txt"
    report = ingest(lite, missing, good_a)
    assert failures(report) == {str(missing): "no such file or folder"}
    assert lite.store.count() == 1
    result = cli(sqlite_url, str(missing), str(good_a))
    assert result.exit_code == 1
    assert summary(result) == "ingested 0, duplicates 1, failed 1"
    assert "no-such-file.txt" in result.stderr and "no such file" in result.stderr


# --- size limit ------------------------------------------------------------------------------


def test_over_the_size_limit_api(lite: Tumen, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The witness statement goes on. " * 80, encoding="utf-8")  # ~2.4 KB
    small = tmp_path / "small.txt"
    small.write_text("A short note.", encoding="utf-8")
    report = ingest(lite, big, small, max_size="1K")
    reason = failures(report)[str(big)]
    assert "size limit" in reason and "1,024" in reason
    assert [r.status for r in report.results] == [Status.FAILED, Status.INGESTED]
    assert lite.store.find_sha256(sha256_hex(big.read_bytes())) is None
    assert lite.store.count() == 1


def test_over_the_size_limit_cli(lite: Tumen, sqlite_url: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The witness statement goes on. " * 80, encoding="utf-8")
    result = cli(sqlite_url, "--max-size", "1K", str(big))
    assert result.exit_code == 1
    assert summary(result) == "ingested 0, duplicates 0, failed 1"
    assert "big.txt" in result.stderr and "size limit" in result.stderr
    assert lite.store.count() == 0


def test_batch_record_over_the_size_limit_fails_alone(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [{"text": "short one"}, {"text": "long " * 400}, {"text": "short three"}]
    path.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    report = ingest(lite, path, max_size="1K")
    assert [r.status for r in report.results] == [Status.INGESTED, Status.FAILED, Status.INGESTED]
    assert "size limit" in failures(report)[f"{path}#2"]
    assert lite.store.count() == 2


# --- metadata errors -------------------------------------------------------------------------


def test_invalid_date_in_sidecar_names_sidecar_and_field(lite: Tumen, sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("A testimony with a wrong date in its sidecar.", encoding="utf-8")
    sidecar = write_sidecar(path, published="2023-02-30", outlet="Wire")
    good_a, _ = _write_good(tmp_path)
    report = ingest(lite, path, good_a)
    reason = failures(report)[str(path)]
    assert "dated.meta.json" in reason and "published" in reason and "2023-02-30" in reason
    assert lite.store.find_sha256(sha256_hex(path.read_bytes())) is None
    assert lite.store.count() == 1

    result = cli(sqlite_url, str(path))
    assert result.exit_code == 1
    assert summary(result) == "ingested 0, duplicates 0, failed 1"
    assert sidecar.name in result.stderr and "2023-02-30" in result.stderr


def test_invalid_sidecar_json_names_the_sidecar(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("A testimony with a broken sidecar.", encoding="utf-8")
    path.with_suffix(".meta.json").write_text("{not json", encoding="utf-8")
    report = ingest(lite, path)
    reason = failures(report)[str(path)]
    assert "doc.meta.json" in reason and "invalid sidecar" in reason
    assert lite.store.count() == 0


def test_invalid_published_flag_exits_2_and_ingests_nothing(lite: Tumen, sqlite_url: str, tmp_path: Path) -> None:
    good_a, good_b = _write_good(tmp_path)
    result = cli(sqlite_url, "--published", "2023-02-30", str(good_a), str(good_b))
    assert result.exit_code == 2
    assert "--published" in result.stderr and "2023-02-30" in result.stderr
    assert lite.store.count() == 0


def test_invalid_published_in_api_raises_before_storing(lite: Tumen, tmp_path: Path) -> None:
    good_a, _ = _write_good(tmp_path)
    with pytest.raises(MetadataError) as caught:
        ingest(lite, good_a, published="2023-02-30")
    assert caught.value.field == "published"
    assert lite.store.count() == 0


def test_invalid_date_in_a_batch_record_fails_that_record(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    rows = [{"text": "one", "published": "2020-01-01"}, {"text": "two", "published": "2023-02-30"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = ingest(lite, path)
    assert [r.status for r in report.results] == [Status.INGESTED, Status.FAILED]
    reason = failures(report)[f"{path}#2"]
    assert "published" in reason and "2023-02-30" in reason
    assert lite.store.count() == 1


# --- batches ---------------------------------------------------------------------------------


def test_batch_record_missing_text_fails_alone(lite: Tumen, sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "file.jsonl"
    rows = [{"title": "one", "text": "Record one text."}, {"title": "two"}, {"title": "three", "body": "Record three."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = ingest(lite, path)
    assert [r.source for r in report.results] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [r.status for r in report.results] == [Status.INGESTED, Status.FAILED, Status.INGESTED]
    assert "no text" in failures(report)[f"{path}#2"]
    assert sorted(d.meta.title or "" for d in lite.documents()) == ["one", "three"]

    result = cli(sqlite_url, str(path))
    assert result.exit_code == 1
    assert summary(result) == "ingested 0, duplicates 2, failed 1"
    assert "file.jsonl#2" in result.stderr and "no text" in result.stderr


def test_jsonl_line_that_is_not_json(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "first"}\nthis is not json\n[1, 2, 3]\n\n{"text": "last"}\n', encoding="utf-8")
    report = ingest(lite, path)
    assert [r.status for r in report.results] == [Status.INGESTED, Status.FAILED, Status.FAILED, Status.INGESTED]
    reasons = failures(report)
    assert "invalid JSON" in reasons[f"{path}#2"]
    assert "not a JSON object" in reasons[f"{path}#3"]
    assert report.results[-1].source == f"{path}#5"  # blank lines are skipped but keep their number
    assert lite.store.count() == 2


def test_csv_row_with_too_many_cells_fails_alone(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("title,text\nA,first row\nB,second row,extra cell\nC,third row\n", encoding="utf-8")
    report = ingest(lite, path)
    assert [r.status for r in report.results] == [Status.INGESTED, Status.FAILED, Status.INGESTED]
    assert "more cells" in failures(report)[f"{path}#3"]
    assert lite.store.count() == 2


def test_unreadable_batch_file_fails_as_a_whole(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(bytes(range(0x80, 0x100)) * 2)
    good_a, _ = _write_good(tmp_path)
    report = ingest(lite, path, good_a)
    assert [r.status for r in report.results] == [Status.FAILED, Status.INGESTED]
    assert report.results[0].source == str(path)
    assert lite.store.count() == 1


# --- binary or broken text hiding behind a BOM or inside a record ---------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xff\xfe" + b"\x01\x00\x00\x00" * 64, id="utf-16-le"),
        pytest.param(b"\xfe\xff" + b"\x00\x00\x00\x02" * 64, id="utf-16-be"),
        pytest.param(b"\xff\xfe\x00\x00" + b"\x00\x00\x00\x00" * 64, id="utf-32"),
        pytest.param(b"\xef\xbb\xbf" + b"\x00\x01\x02 text" * 32, id="utf-8"),
    ],
)
def test_binary_junk_behind_a_bom_is_refused(lite: Tumen, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    report = ingest(lite, path)
    assert report.failed == 1
    assert "binary" in failures(report)[str(path)]
    assert lite.store.count() == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("\ufeff", "no text", id="only-a-bom"),
        pytest.param("\u0000\u0001\u0002", "binary", id="control-chars"),
        pytest.param("\ufeff \n\t", "no text", id="bom-and-space"),
    ],
)
def test_batch_record_text_that_is_empty_or_binary_after_normalising_is_refused(
    lite: Tumen, tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"title": "t", "text": text}) + "\n", encoding="utf-8")
    report = ingest(lite, path)
    assert report.failed == 1
    assert expected in failures(report)[f"{path}#1"]
    assert lite.store.count() == 0
    assert lite.check() == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(rb'{"text": "Witness \ud800 said."}', id="in-text"),
        pytest.param(rb'{"title": "\udc00", "text": "ok"}', id="in-title"),
    ],
)
def test_batch_record_with_a_lone_surrogate_gets_a_clear_reason(lite: Tumen, tmp_path: Path, line: bytes) -> None:
    # JSON may escape a lone surrogate (\ud800): valid JSON, but no Unicode text can hold it.
    path = tmp_path / "surrogate.jsonl"
    path.write_bytes(line + b"\n" + json.dumps({"text": "A sound record."}).encode() + b"\n")
    report = ingest(lite, path)
    assert [r.status for r in report.results] == [Status.FAILED, Status.INGESTED]
    reason = failures(report)[f"{path}#1"]
    assert not reason.startswith("unexpected error"), reason
    assert "surrogate" in reason or "invalid Unicode" in reason, reason
    assert lite.store.count() == 1


# --- idempotent re-ingest --------------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (root / "sub" / "b.md").write_text("# Note\n\n" + GOOD_B, encoding="utf-8")
    make_pdf(root / "sub" / "c.pdf", ["A PDF report about the camp."])
    make_docx(root / "d.docx", ["A Word statement."], table_rows=[["x", "y"]])
    rows = [{"text": "batch one"}, {"text": "batch two"}]
    (root / "e.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (root / "f.csv").write_text("title,text\nF1,csv one\nF2,csv two\n", encoding="utf-8")
    return root


def test_ingesting_the_same_folder_twice_is_idempotent(lite: Tumen, tmp_path: Path) -> None:
    root = _folder(tmp_path)
    first = ingest(lite, root)
    assert first.summary() == "ingested 8, duplicates 0, failed 0"
    ids = [r.document_id for r in first.results]
    second = ingest(lite, root)
    assert second.summary() == "ingested 0, duplicates 8, failed 0"
    assert [r.document_id for r in second.results] == ids
    assert lite.store.count() == 8
    assert lite.check() == []


def test_cli_second_run_reports_all_duplicates_and_exits_0(lite: Tumen, sqlite_url: str, tmp_path: Path) -> None:
    root = _folder(tmp_path)
    first = cli(sqlite_url, str(root))
    assert (first.exit_code, summary(first)) == (0, "ingested 8, duplicates 0, failed 0")
    second = cli(sqlite_url, str(root))
    assert (second.exit_code, summary(second)) == (0, "ingested 0, duplicates 8, failed 0")
    assert lite.store.count() == 8


def test_same_bytes_under_another_name_is_a_duplicate(lite: Tumen, tmp_path: Path) -> None:
    original = make_pdf(tmp_path / "report.pdf", ["The same report, twice."])
    copy = tmp_path / "elsewhere" / "copy-of-report.pdf"
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())
    first = ingest(lite, original)
    second = ingest(lite, copy, title="Other title")
    assert second.results[0].status is Status.DUPLICATE
    assert second.results[0].document_id == first.results[0].document_id
    assert lite.store.count() == 1
    assert lite.documents()[0].filename == "report.pdf"  # the first ingest's record is untouched


def test_duplicate_lines_within_one_batch(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    line = json.dumps({"text": "the same record"})
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    report = ingest(lite, path)
    assert [r.status for r in report.results] == [Status.INGESTED, Status.DUPLICATE]
    assert lite.store.count() == 1


# --- metadata precedence: flags > sidecar > batch record > embedded > derived ----------------

HTML = """<html><head><meta charset="utf-8"><title>Embedded HTML title</title>
<meta property="og:title" content="Embedded HTML title">
<meta name="author" content="Embedded Author">
<meta property="og:site_name" content="Embedded Outlet">
<meta property="article:published_time" content="2021-03-04">
</head><body><article><p>First line of the page that could be a derived title.</p>
<p>Kang Mi-rae says she crossed the Tumen River in March 2019 and was arrested in China two weeks later by the
border police near Yanji. She told investigators that she was held for three months.</p></article></body></html>"""


def _meta_of(tumen: Tumen, report: Report) -> Metadata:
    assert [r.status for r in report.results] == [Status.INGESTED] * len(report.results), report.results
    return tumen.document(report.results[0].document_id or 0).meta


def test_precedence_flags_beat_sidecar(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Derived title line\nBody.", encoding="utf-8")
    write_sidecar(path, title="Sidecar title", outlet="Sidecar Outlet", published="2020-01-01", language="ko")
    meta = _meta_of(lite, ingest(lite, path, title="Flag title", published="2022-02-02"))
    assert meta.title == "Flag title"
    assert meta.published == date(2022, 2, 2)
    assert meta.outlet == "Sidecar Outlet"  # gaps are filled from lower layers
    assert meta.language == "ko"


def test_precedence_sidecar_beats_batch_record(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    record = {"title": "Record title", "author": "Record Author", "outlet": "Record Outlet", "text": "Body text."}
    path.write_text(json.dumps(record), encoding="utf-8")
    write_sidecar(path, outlet="Sidecar Outlet")
    meta = _meta_of(lite, ingest(lite, path))
    assert meta.outlet == "Sidecar Outlet"
    assert meta.title == "Record title"
    assert meta.author == "Record Author"


def test_precedence_flags_beat_batch_record(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"title": "Record title", "text": "Body text."}), encoding="utf-8")
    meta = _meta_of(lite, ingest(lite, path, title="Flag title"))
    assert meta.title == "Flag title"


def test_precedence_batch_record_beats_derived(lite: Tumen, tmp_path: Path) -> None:
    # A record is JSON: it has no embedded file metadata, so below the record fields comes what is derived.
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"title": "Record title", "lang": "ko", "text": "Derived line\nBody."}), encoding="utf-8"
    )
    meta = _meta_of(lite, ingest(lite, path))
    assert meta.title == "Record title"
    assert meta.language == "ko"


def test_precedence_sidecar_beats_embedded(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    write_sidecar(path, title="Sidecar title", published="2020-05-05")
    meta = _meta_of(lite, ingest(lite, path))
    assert meta.title == "Sidecar title"
    assert meta.published == date(2020, 5, 5)
    assert meta.author == "Embedded Author"
    assert meta.outlet == "Embedded Outlet"


def test_precedence_flags_beat_embedded_pdf_info(lite: Tumen, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "r.pdf", ["Derived line\nBody."], title="PDF Title", author="PDF Author")
    meta = _meta_of(lite, ingest(lite, path, author="Flag Author"))
    assert meta.author == "Flag Author"
    assert meta.title == "PDF Title"


@pytest.mark.parametrize("kind", ["html", "pdf", "docx"])
def test_precedence_embedded_beats_derived(lite: Tumen, tmp_path: Path, kind: str) -> None:
    if kind == "html":
        path = tmp_path / "page.html"
        path.write_text(HTML, encoding="utf-8")
        expected = "Embedded HTML title"
    elif kind == "pdf":
        path = make_pdf(tmp_path / "r.pdf", ["First line of the PDF\nBody."], title="Embedded PDF title")
        expected = "Embedded PDF title"
    else:
        path = make_docx(tmp_path / "r.docx", ["First line of the DOCX", "Body."], title="Embedded DOCX title")
        expected = "Embedded DOCX title"
    meta = _meta_of(lite, ingest(lite, path))
    assert meta.title == expected


def test_precedence_derived_when_nothing_else(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "\n\n  Derived   title line  \nKang Mi-rae says she crossed the Tumen River in March 2019 and was arrested.",
        encoding="utf-8",
    )
    meta = _meta_of(lite, ingest(lite, path))
    assert meta.title == "Derived title line"
    assert meta.language == "en"
    assert (meta.outlet, meta.author, meta.published, meta.url) == (None, None, None, None)
