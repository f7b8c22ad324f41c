"""What kind of file an input is: by its extension, checked against its first bytes."""

from __future__ import annotations

from pathlib import Path

from tumen.ingest.readers import DOCX

BATCH_JSONL = "application/x-ndjson"
BATCH_CSV = "text/csv"
BATCH_TYPES = (BATCH_JSONL, BATCH_CSV)

EXTENSIONS: dict[str, str] = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".docx": DOCX,
    ".jsonl": BATCH_JSONL,
    ".ndjson": BATCH_JSONL,
    ".csv": BATCH_CSV,
}


def supported() -> str:
    return ", ".join(sorted(EXTENSIONS))


def by_extension(path: Path) -> str | None:
    """The media type for ``path``'s extension; None when it has none we know."""
    return EXTENSIONS.get(path.suffix.lower())


def by_content(data: bytes) -> str:
    """Best guess from the bytes themselves (for stdin and files without an extension)."""
    head = data[:2048]
    if head.lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return DOCX
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered or b"<body" in lowered:
        return "text/html"
    return "text/plain"
