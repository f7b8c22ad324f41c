"""Hostile and unlucky input (issue 11, points 1, 6, 7, 8, 9): decompression bombs, NUL bytes, control
characters in file names, named pipes in folders, BOM-less UTF-16/32, broken CSV, empty flags, URLs that are
not web addresses, and the HTML library's log lines. Every text here is invented."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import make_docx, make_pdf, write_sidecar
from tumen import Tumen
from tumen.cli import main
from tumen.config import DEFAULT_LIMITS, Limits
from tumen.errors import InputError, MetadataError, StoreError
from tumen.ingest import Report, Status
from tumen.ingest.readers import READERS, docx, pdf, text
from tumen.model import Extracted, Metadata, NewDocument
from tumen.store.grouped import DocumentWriter

STORY = "The witness crossed the frozen river at night and was detained by guards two days later.\n"
ESC = "\x1b"
HOSTILE = settings(max_examples=40, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])


def cli(db_url: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", db_url, *args], catch_exceptions=False)


def failures(report: Report) -> dict[str, str]:
    return {r.source: r.reason or "" for r in report.results if r.status is Status.FAILED}


def subprocess_tumen(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a hang fails the test instead of stalling the suite."""
    return subprocess.run(
        [sys.executable, "-m", "tumen", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


# --- 1. decompression bombs: limits on what comes out of a file --------------------------------------------


def make_bomb(path: Path, unpacked: int) -> Path:
    """A real .docx whose document.xml holds ``unpacked`` bytes of repeated paragraphs: a small zip."""
    base = make_docx(path.with_name("base-" + path.name), ["seed"])
    paragraph = b"</w:t></w:r></w:p><w:p><w:r><w:t>the same sentence told again and again "
    chunk = paragraph * (1_000_000 // len(paragraph))
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, data)
                continue
            head, tail = data.split(b"<w:t>seed</w:t>")
            with dst.open("word/document.xml", "w", force_zip64=True) as out:
                out.write(head + b"<w:t>")
                for _ in range(unpacked // len(chunk)):
                    out.write(chunk)
                out.write(b"</w:t>" + tail)
    return path


def test_a_docx_decompression_bomb_is_refused_quickly_and_nothing_is_stored(lite: Tumen, tmp_path: Path) -> None:
    bomb = make_bomb(tmp_path / "report.docx", 300_000_000)
    assert bomb.stat().st_size < 2_000_000  # a small file ...
    started = time.monotonic()
    report = lite.ingest([str(bomb)])
    elapsed = time.monotonic() - started
    reason = failures(report)[str(bomb)]
    assert "decompression bomb" in reason and "word/document.xml" in reason and "ratio" in reason
    assert elapsed < 5, f"took {elapsed:.1f} s"  # ... refused from its directory, never unpacked
    assert lite.documents() == []


def test_a_docx_unpacking_beyond_the_limit_is_refused_and_the_limit_can_be_raised(lite: Tumen, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "long.docx", [STORY] * 50)
    assert "--max-unpacked" in failures(lite.ingest([str(path)], max_unpacked="20K"))[str(path)]
    assert lite.ingest([str(path)]).count(Status.INGESTED) == 1


def test_a_docx_with_too_many_members_is_refused(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "many.docx", [STORY]).read_bytes()
    with pytest.raises(InputError, match="members, over the limit"):
        docx.read(data, "many.docx", Limits(max_members=3))


@pytest.mark.parametrize("how", ["flag", "env"])
def test_text_over_the_character_limit_is_refused(
    lite: Tumen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(STORY * 20, encoding="utf-8")  # 1,800 characters
    if how == "env":
        monkeypatch.setenv("TUMEN_MAX_CHARS", "1K")
        report = lite.ingest([str(path)])
    else:
        report = lite.ingest([str(path)], max_chars="1000")
    assert "over the limit of 1,000 characters" in failures(report)[str(path)]
    assert lite.documents() == []


def test_a_batch_record_over_the_character_limit_fails_alone(lite: Tumen, tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(f'{{"text": "{STORY.strip() * 20}"}}\n{{"text": "{STORY.strip()}"}}\n', encoding="utf-8")
    report = lite.ingest([str(batch)], max_chars=1000)
    assert list(failures(report)) == [f"{batch}#1"] and report.count(Status.INGESTED) == 1


def test_a_pdf_stops_being_read_once_its_text_is_over_the_limit(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "p.pdf", [STORY] * 3).read_bytes()
    with pytest.raises(InputError, match="characters"):
        pdf.read(data, "p.pdf", Limits(max_chars=50))
    assert pdf.read(data, "p.pdf").text.count("witness") == 3


def test_limit_flags_are_usage_errors_when_malformed(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    cli(sqlite_url, "init")
    assert cli(sqlite_url, "ingest", str(path), "--max-chars", "lots").exit_code == 2


@st.composite
def zip_containers(draw: st.DrawFn) -> bytes:
    """Random ZIP files: member names, counts, sizes, compressible or not, some large and repetitive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(draw(st.integers(min_value=0, max_value=12))):
            name = draw(st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/x.rels", f"m{index}"]))
            kind = draw(st.sampled_from(["repeat", "random", "xml"]))
            if kind == "repeat":
                payload = draw(st.binary(min_size=1, max_size=8)) * draw(st.integers(1, 3_000_000))
            elif kind == "random":
                payload = draw(st.binary(max_size=2000))
            else:
                payload = b"<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
            archive.writestr(f"{name}{index}" if index else name, payload)
    return buffer.getvalue()


@HOSTILE
@given(data=zip_containers())
def test_random_zip_containers_give_text_or_a_named_error_within_limits(data: bytes) -> None:
    limits = Limits(max_unpacked=2_000_000, max_chars=100_000)
    try:
        extracted = docx.read(data, "z.docx", limits)
    except InputError as exc:
        assert exc.source == "z.docx" and exc.reason
        return
    assert 0 < len(extracted.text) <= limits.max_chars


# --- 6. NUL characters: both stores refuse them alike, and no error shows SQL or text ------------------------


def test_a_nul_in_a_sidecar_title_fails_alike_on_both_stores(tumen: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    write_sidecar(path, title="Night\x00crossing")
    reason = failures(tumen.ingest([str(path)]))[str(path)]
    assert "NUL" in reason and "SQL" not in reason and "witness" not in reason
    assert tumen.documents() == []


def test_a_nul_in_a_batch_record_field_fails_alike_on_both_stores(tumen: Tumen, tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"text": "' + STORY.strip() + '", "note": "a\\u0000b"}\n', encoding="utf-8")
    assert "NUL" in failures(tumen.ingest([str(batch)]))[f"{batch}#1"]
    assert tumen.documents() == []


def test_the_store_refuses_a_nul_in_any_field_without_quoting_the_document(tumen: Tumen) -> None:
    doc = NewDocument(
        content=b"x",
        text=STORY,
        meta=Metadata(outlet="Wire\x00"),
        media_type="text/plain",
        filename="a.txt",
        ingested_by="t",
    )
    with pytest.raises(StoreError, match="outlet contains a NUL") as caught:
        tumen.store.add(doc)
    assert "witness" not in str(caught.value) and "INSERT" not in str(caught.value)
    assert tumen.documents() == []


def test_nul_in_what_a_file_says_about_itself_is_dropped(
    lite: Tumen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def reader(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
        return Extracted(text=STORY, media_type="text/plain", meta=Metadata(title="Night\x00 crossing"))

    monkeypatch.setitem(READERS, "text/plain", reader)
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    assert lite.ingest([str(path)]).count(Status.INGESTED) == 1
    assert lite.documents()[0].meta.title == "Night crossing"


def test_an_unexpected_error_is_told_in_one_line_without_sql_or_text(
    lite: Tumen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_writer: DocumentWriter, doc: NewDocument) -> tuple[int, bool]:
        raise RuntimeError(f"driver failed\n[SQL: INSERT INTO documents VALUES (...)]\n[parameters: {doc.text!r}]")

    monkeypatch.setattr(DocumentWriter, "add", broken)
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    reason = failures(lite.ingest([str(path)]))[str(path)]
    assert reason == "unexpected error (RuntimeError: driver failed)"


# --- 7. file names and reasons reach the terminal escaped; names that are not UTF-8 still work -------------


def test_file_names_with_control_characters_and_bad_bytes_are_shown_escaped(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    fake = "x\ningested 999, duplicates 0, failed 0\n"
    (folder / f"{fake}{ESC}[2J.txt").write_bytes(bytes(range(256)) * 3)  # binary junk: fails, by name
    (folder / f"rows{ESC}]0;owned\x07.csv").write_text('title,text\nA,"never closed\n', encoding="utf-8")
    os.mkfifo(folder / f"pipe{ESC}[31m")
    with open(os.fsencode(folder) + b"/caf\xe9-\x1b[1m.txt", "wb") as latin1:  # a name that is not UTF-8
        latin1.write(STORY.encode())
    cli(sqlite_url, "init")
    result = cli(sqlite_url, "-v", "ingest", str(folder))
    output = result.stdout + result.stderr
    assert ESC not in output and "\x07" not in output and "\r" not in output
    assert not any(line.startswith("ingested 999") for line in output.splitlines())
    assert result.stdout.splitlines()[-1] == "ingested 1, duplicates 0, failed 2, skipped 1"
    store = Tumen.open(sqlite_url)
    stored = store.documents()
    store.close()
    assert [d.filename for d in stored] == ["caf\\xe9-\x1b[1m.txt"]  # bytes that are not UTF-8 escaped
    assert "x\\ningested 999" in output
    listing = cli(sqlite_url, "documents")
    assert ESC not in listing.stdout


# --- 8. named pipes, sockets and devices inside a folder are skipped, never opened -------------------------


def test_a_named_pipe_socket_and_device_in_a_folder_are_skipped_with_a_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    unix = socket.socket(socket.AF_UNIX)
    try:
        unix.bind(str(folder / "c.txt"))
        (folder / "d.txt").symlink_to("/dev/zero")
        db = str(tmp_path / "t.db")
        assert subprocess_tumen("--db", db, "init").returncode == 0
        done = subprocess_tumen("--db", db, "ingest", str(folder))  # before: blocked forever on b.txt
    finally:
        unix.close()
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "ingested 1, duplicates 0, failed 0, skipped 3"
    assert f"skipped: {folder / 'b.txt'}: a named pipe, not a regular file" in done.stderr
    assert f"skipped: {folder / 'c.txt'}: a socket" in done.stderr
    assert f"skipped: {folder / 'd.txt'}: a character device" in done.stderr


def test_a_named_pipe_named_directly_fails_without_blocking(lite: Tumen, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p.txt")
    assert "not a regular file" in failures(lite.ingest([str(tmp_path / "p.txt")]))[str(tmp_path / "p.txt")]


# --- 9. encodings and formats ----------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_english_in_utf16_and_utf32_without_a_bom_is_read(lite: Tumen, tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(STORY.encode(codec))
    report = lite.ingest([str(path)])
    assert report.count(Status.INGESTED) == 1, failures(report)
    doc = lite.document(report.results[0].document_id or 0)
    assert doc.text == STORY and doc.encoding == codec


@HOSTILE
@given(
    body=st.text(st.characters(codec="latin-1", exclude_categories=["Cc"]), min_size=30, max_size=300),
    codec=st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]),
)
def test_any_western_text_in_wide_unicode_without_a_bom_decodes_exactly(body: str, codec: str) -> None:
    sample = "The report says: " + body
    decoded, encoding = text.decode(sample.encode(codec), "t.txt")
    assert decoded == sample and encoding == codec


def test_a_csv_quote_never_closed_fails_its_record_and_keeps_the_rest(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text(f'title,text\nOne,"{STORY.strip()}"\nTwo,"opened here\nThree,swallowed\n', encoding="utf-8")
    report = lite.ingest([str(path)])
    assert report.count(Status.INGESTED) == 1
    assert "unterminated quoted field" in failures(report)[f"{path}#3"]


@pytest.mark.parametrize(("name", "content"), [("h.csv", "title,text\n"), ("h.jsonl", "\n\n  \n")])
def test_a_batch_without_records_is_a_failure(sqlite_url: str, tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    cli(sqlite_url, "init")
    result = cli(sqlite_url, "ingest", str(path))
    assert result.exit_code == 1 and "batch file has no records" in result.stderr


@HOSTILE
@given(rows=st.lists(st.text(st.sampled_from('ab ,"\n'), max_size=12), min_size=1, max_size=8))
def test_random_csv_rows_are_each_stored_or_failed_by_name(
    tmp_path_factory: pytest.TempPathFactory, rows: list[str]
) -> None:
    from tumen.ingest import batch

    path = tmp_path_factory.mktemp("csv") / "r.csv"
    path.write_text("title,text\n" + "\n".join(rows), encoding="utf-8")
    try:
        records = list(batch.records(path, "text/csv"))
    except InputError as exc:
        assert exc.reason
        return
    assert [r.source for r in records] == [f"{path}#{n}" for n in range(2, len(records) + 2)]
    assert all(r.error or r.content for r in records)


@pytest.mark.parametrize("flag", ["--published", "--url", "--language", "--title"])
def test_an_empty_metadata_flag_is_a_usage_error(sqlite_url: str, tmp_path: Path, flag: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    cli(sqlite_url, "init")
    result = cli(sqlite_url, "ingest", str(path), flag, "")
    assert result.exit_code == 2 and f"{flag} is empty" in result.stderr
    assert cli(sqlite_url, "documents", "--json").stdout.strip() == "[]"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "javascript://x%0aalert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://a/b"]
)
def test_a_document_url_must_be_a_web_address(lite: Tumen, tmp_path: Path, url: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    sidecar = write_sidecar(path, url=url)
    assert "not a web address" in failures(lite.ingest([str(path)]))[str(path)]
    with pytest.raises(MetadataError, match="not a web address"):
        lite.ingest([str(path)], meta={"url": url})
    sidecar.unlink()
    assert lite.ingest([str(path)], meta={"url": "https://example.org/a?b=1"}).count(Status.INGESTED) == 1


def test_a_page_naming_a_javascript_url_as_its_own_is_stored_without_it(lite: Tumen, tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        '<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="javascript:alert(1)"></head>'
        f"<body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>",
        encoding="utf-8",
    )
    report = lite.ingest([str(path)])
    assert report.count(Status.INGESTED) == 1
    assert lite.documents()[0].meta.url is None


def test_the_html_library_prints_nothing_to_stderr(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b'<?xml version="1.0"?><root/>')
    db = str(tmp_path / "t.db")
    subprocess_tumen("--db", db, "init")
    done = subprocess_tumen("--db", db, "ingest", str(page))
    assert done.stderr.splitlines() == [f"failed: {page}: no readable text found in this HTML page"]


def test_an_overlong_jsonl_line_is_never_held_in_memory(tmp_path: Path) -> None:
    import tracemalloc

    from tumen.ingest import batch

    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "' + "x" * 20_000_000 + '"}\n{"text": "' + STORY.strip() + '"}\n', encoding="utf-8")
    tracemalloc.start()
    found = list(batch.records(path, "application/x-ndjson", 1_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [r.error is not None for r in found] == [True, False]
    assert "over the size limit" in (found[0].error or "")
    assert peak < 5_000_000, f"peak {peak:,} bytes"
