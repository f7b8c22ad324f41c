"""Metadata from flags, sidecar files and batch records: validated, merged by precedence.

Precedence, highest first: command-line flags, the sidecar ``NAME.meta.json``, fields
inside a batch record, what the file says about itself (HTML meta tags, PDF/DOCX
properties), and last what tumen derives (title from the first line, detected language).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tumen.errors import InputError, MetadataError
from tumen.ingest.names import shown
from tumen.model import Metadata

# Accepted spellings of each field in sidecars and batch records (first is canonical).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site"),
    "author": ("author", "byline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "publish_date"),
    "language": ("language", "lang"),
    # A translation (by a machine or a person): the language of the original, e.g. "ko".
    "translated_from": ("translated_from", "translated-from", "translation_of"),
}
TEXT_FIELDS = ("text", "body", "content")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$", re.IGNORECASE)


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def parse_published(value: Any, field: str = "published") -> tuple[date | None, str | None]:
    """A publication date and its precision from ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an
    ISO date-time. ``(None, None)`` when empty; precision is ``day``, ``month`` or ``year``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    precision = "day"
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    else:
        text = str(value).strip()
        partial = _PARTIAL_DATE.match(text)
        try:
            if partial:
                precision = "month" if partial.group(2) else "year"
                parsed = date(int(partial.group(1)), int(partial.group(2) or 1), 1)
            else:
                parsed = date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
        except ValueError:
            raise MetadataError(field, value, "not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)") from None
    if parsed > date.today() + timedelta(days=1):
        raise MetadataError(field, value, "is in the future")
    return parsed, precision


def parse_language(value: Any, field: str = "language") -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not _LANGUAGE.match(text):
        raise MetadataError(field, value, "not a language code (expected e.g. en, ko, zh-Hans)")
    return re.split(r"[-_]", text)[0].lower()


_WEB_SCHEMES = ("http", "https")
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


def parse_url(value: Any, field: str = "url") -> str | None:
    """A web address (``http://`` or ``https://`` with a host); ``javascript:``, ``data:``, ``file:``
    and every other scheme are refused, as are spaces and control characters inside it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme.lower() not in _WEB_SCHEMES or not host or _CONTROL.search(text):
        raise MetadataError(field, value, "not a web address (expected http://… or https://…)")
    return text


def _text(value: Any, field: str) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    if "\x00" in text:
        raise MetadataError(field, value, "contains a NUL character")
    return text or None


def from_fields(fields: dict[str, Any], where: str = "") -> tuple[Metadata, dict[str, Any]]:
    """Metadata from a mapping (sidecar, record, flags), plus the fields it did not use.

    ``where`` prefixes field names in errors (``"--"`` gives ``--published``; a
    ``"record f.jsonl#3: "`` prefix gives ``record f.jsonl#3: published``).
    """
    used: set[str] = set()
    found: dict[str, Any] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in fields and fields[alias] not in (None, ""):
                found[name] = fields[alias]
                used.add(alias)
                break
        used.update(a for a in aliases if a in fields)
    label = where
    published, precision = parse_published(found.get("published"), label + "published")
    meta = Metadata(
        title=_text(found.get("title"), label + "title"),
        outlet=_text(found.get("outlet"), label + "outlet"),
        author=_text(found.get("author"), label + "author"),
        url=parse_url(found.get("url"), label + "url"),
        published=published,
        language=parse_language(found.get("language"), label + "language"),
        published_precision=None if precision == "day" else precision,
        translated_from=parse_language(found.get("translated_from"), label + "translated-from"),
    )
    rest = {key: value for key, value in fields.items() if key not in used and key not in TEXT_FIELDS}
    return meta, rest


def sidecar_path(path: Path) -> Path | None:
    """The sidecar of ``path``: ``NAME.meta.json`` (or ``NAME.EXT.meta.json``) beside it."""
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if candidate.is_file() and candidate != path:
            return candidate
    return None


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.json")


def read_sidecar(path: Path) -> tuple[Metadata, dict[str, Any]]:
    """Metadata from a sidecar file; a broken sidecar fails its document, by name."""
    sidecar = sidecar_path(path)
    if sidecar is None:
        return Metadata(), {}
    try:
        fields = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(shown(sidecar), f"invalid sidecar metadata: {exc}") from exc
    if not isinstance(fields, dict):
        raise InputError(shown(sidecar), "invalid sidecar metadata: expected a JSON object")
    try:
        return from_fields(fields, where=f"sidecar {shown(sidecar.name)}: ")
    except MetadataError as exc:
        raise InputError(shown(sidecar), str(exc)) from exc


def derived_title(text: str, limit: int = 200) -> str | None:
    """The first non-empty line, when it is short enough to be a headline."""
    for line in text.splitlines():
        line = " ".join(line.lstrip("#").split())
        if line:
            return line if len(line) <= limit else None
    return None
