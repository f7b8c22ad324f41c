"""Random and damaged bytes: every reader returns text or a named InputError, never anything else."""

from __future__ import annotations

import codecs
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import make_docx, make_pdf
from tumen import Tumen
from tumen.errors import InputError
from tumen.ingest import Status
from tumen.ingest.readers import READERS, Reader
from tumen.model import Extracted

SOURCE = "fuzz/input.bin"
PREFIXES = [
    b"%PDF-1.4\n",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    b"PK\x03\x04",
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml",
    b"<html>",
    b"<!DOCTYPE html><html><head><title>t</title></head><body><p>",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    b"\x00",
]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _real_files() -> list[bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = make_pdf(folder / "r.pdf", ["A real page of testimony.", "A second page."], title="T", author="A")
        docx = make_docx(folder / "r.docx", ["A real Word paragraph."], table_rows=[["a", "b"]], title="T")
        return [pdf.read_bytes(), docx.read_bytes()]


REAL = _real_files()


@st.composite
def damaged_real_file(draw: st.DrawFn) -> bytes:
    """A real PDF or DOCX, truncated and/or with some bytes overwritten."""
    data = bytearray(draw(st.sampled_from(REAL)))
    cut = draw(st.integers(min_value=1, max_value=len(data)))
    data = data[:cut]
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        position = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data[position] = draw(st.integers(min_value=0, max_value=255))
    return bytes(data)


inputs = st.one_of(
    st.binary(max_size=4096),
    st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=4096)).map(lambda pair: pair[0] + pair[1]),
    st.text(max_size=500).map(lambda text: text.encode("utf-8")),
    damaged_real_file(),
)


def check_outcome(reader: Reader, data: bytes) -> Extracted | None:
    """The reader's result, or None for a proper InputError; anything else fails the test."""
    try:
        extracted = reader(data, SOURCE)
    except InputError as exc:
        assert exc.source == SOURCE
        assert isinstance(exc.reason, str) and exc.reason.strip()
        return None
    assert isinstance(extracted, Extracted)
    assert isinstance(extracted.text, str) and extracted.text.strip()
    assert isinstance(extracted.media_type, str) and extracted.media_type
    return extracted


@pytest.mark.parametrize("media_type", sorted(READERS))
@FUZZ
@given(data=inputs)
def test_every_reader_returns_text_or_a_named_input_error(media_type: str, data: bytes) -> None:
    check_outcome(READERS[media_type], data)


@pytest.mark.parametrize("media_type", sorted(READERS))
@FUZZ
@given(data=inputs)
def test_no_reader_returns_nul_characters(media_type: str, data: bytes) -> None:
    extracted = check_outcome(READERS[media_type], data)
    if extracted is not None:
        assert "\x00" not in extracted.text


@pytest.mark.parametrize("media_type", sorted(READERS))
def test_real_file_survives_every_reader(media_type: str) -> None:
    for data in REAL:
        check_outcome(READERS[media_type], data)


# --- the batch path: random bytes as .jsonl / .csv never escape as exceptions -----------------


@pytest.fixture(scope="module")
def store() -> Iterator[tuple[Tumen, Path]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tumen = Tumen.init(f"sqlite:///{folder / 'fuzz.db'}")
        yield tumen, folder
        tumen.close()


jsonl_lines = st.lists(
    st.one_of(
        st.binary(max_size=200),
        st.sampled_from([b'{"text": "x"}', b'{"title": 1}', b"[]", b"null", b'{"text": "\\ud800"}', b"{"]),
        st.builds(
            lambda title, text, date: json.dumps({"title": title, "text": text, "published": date}).encode(),
            st.text(max_size=20),
            st.text(max_size=40),
            st.text(max_size=12),
        ),
    ),
    max_size=8,
).map(lambda lines: b"\n".join(lines))


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
@FUZZ
@given(data=st.one_of(st.binary(max_size=4096), jsonl_lines))
def test_random_batches_never_raise(store: tuple[Tumen, Path], suffix: str, data: bytes) -> None:
    tumen, folder = store
    path = folder / f"batch{suffix}"
    path.write_bytes(data)
    before = tumen.store.count()
    report = tumen.ingest([str(path)])
    ingested = 0
    for result in report.results:
        assert result.source == str(path) or result.source.startswith(f"{path}#")
        if result.status is Status.FAILED:
            assert result.reason and result.reason.strip()
            assert result.document_id is None
            assert not result.reason.startswith("unexpected error"), result.reason
        else:
            assert result.document_id is not None
            ingested += result.status is Status.INGESTED
    assert tumen.store.count() == before + ingested
