"""HTML pages: the main text, title, date, author and site name (via trafilatura)."""

from __future__ import annotations

import logging
import warnings
from datetime import date
from typing import Any

import trafilatura

from tumen.config import DEFAULT_LIMITS, Limits
from tumen.errors import InputError, MetadataError
from tumen.ingest.limits import check_chars
from tumen.ingest.metadata import parse_url
from tumen.ingest.readers.text import looks_binary, normalise
from tumen.model import Extracted, Metadata

log = logging.getLogger(__name__)
# trafilatura and its helpers log ERROR lines for pages they find empty or odd ("parsed tree
# length: 0"); the reader reports its own reason, so they must never reach the terminal.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _published(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _extract(data: bytes) -> tuple[str, dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
        found: dict[str, Any] = {}
        text = ""
        if doc is not None:
            found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            text = found.get("text") or ""
        if not text.strip():
            # Pages too short for trafilatura's main-text heuristics: take all visible text.
            _tree, baseline_text, _length = trafilatura.baseline(data)
            text = baseline_text or ""
    return text, found


def _page_url(value: Any) -> str | None:
    """The page's own URL (canonical link, og:url) when it is a web address; else none."""
    try:
        return parse_url(value)
    except MetadataError:
        return None


def read(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
    if not data.strip():
        raise InputError(source, "empty file (no HTML)")
    head = data[:2048].lower()
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary content, not HTML")
    try:
        text, found = _extract(data)
    except Exception as exc:
        raise InputError(source, f"unreadable HTML ({type(exc).__name__}: {exc})") from exc
    check_chars(len(text), source, limits)
    text = normalise(text).strip()
    if not text:
        raise InputError(source, "no readable text found in this HTML page")
    if looks_binary(text):
        raise InputError(source, "binary content, not HTML")
    meta = Metadata(
        title=(found.get("title") or None),
        outlet=(found.get("sitename") or None),
        author=(found.get("author") or None),
        url=_page_url(found.get("url")),
        published=_published(found.get("date")),
    )
    return Extracted(text=text, media_type="text/html", meta=meta)
