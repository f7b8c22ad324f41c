"""PDF files: the text layer, page by page (via pypdf). Scans without text are refused."""

from __future__ import annotations

import io
import logging
import re
import time
from datetime import date
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from tumen.config import DEFAULT_LIMITS, Limits
from tumen.errors import InputError
from tumen.ingest.limits import check_chars
from tumen.ingest.readers.text import looks_binary, normalise
from tumen.model import Extracted, Metadata

logging.getLogger("pypdf").setLevel(logging.ERROR)

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def _pdf_date(value: Any) -> date | None:
    match = _PDF_DATE.match(str(value or ""))
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _text_of(value: Any) -> str | None:
    text = str(value).strip() if value else ""
    return text or None


def _pages(reader: PdfReader, source: str, limits: Limits) -> list[str]:
    """Each page's text, stopping as soon as the text or the time spent goes over its limit."""
    started = time.monotonic()
    pages: list[str] = []
    chars = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        pages.append(text)
        chars += len(text)
        check_chars(chars, source, limits)
        if time.monotonic() - started > limits.max_seconds:
            raise InputError(
                source, f"reading its pages took over {limits.max_seconds:g} s (stopped at page {len(pages):,})"
            )
    return pages


def read(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
    if not data.strip():
        raise InputError(source, "empty file (no PDF)")
    if b"%PDF-" not in data[:1024]:
        raise InputError(source, "corrupt PDF: no PDF header (is this really a PDF?)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:
                raise InputError(source, f"encrypted PDF: cannot decrypt ({exc})") from exc
            if not unlocked:
                raise InputError(source, "encrypted PDF: a password is needed to read it")
        pages = _pages(reader, source, limits)
        info: dict[str, Any] = dict(reader.metadata or {})
    except InputError:
        raise
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on damaged files
        raise InputError(source, f"corrupt PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise InputError(source, "corrupt PDF: it has no pages")
    text = normalise("\n\n".join(page.strip() for page in pages)).strip()
    if not text:
        raise InputError(
            source, f"PDF has no text layer ({len(pages)} page(s), probably scanned images): run OCR first"
        )
    if looks_binary(text):
        raise InputError(source, "corrupt PDF: its text layer is unreadable")
    meta = Metadata(
        title=_text_of(info.get("/Title")),
        author=_text_of(info.get("/Author")),
    )
    # A file's creation date is not its publication date: keep it only as a hint.
    extra: dict[str, Any] = {"pages": len(pages)}
    created = _pdf_date(info.get("/CreationDate"))
    if created is not None:
        extra["file_created"] = created.isoformat()
    return Extracted(text=text, media_type="application/pdf", meta=meta, extra=extra)
