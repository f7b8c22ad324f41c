"""One reader per kind of file. Each turns bytes into :class:`tumen.model.Extracted`
or raises :class:`tumen.errors.InputError` naming the source and the reason."""

from __future__ import annotations

from typing import Protocol

from tumen.config import Limits
from tumen.ingest.readers import docx, html, pdf, text
from tumen.model import Extracted


class Reader(Protocol):
    """``(bytes, source name, limits) -> Extracted``; raises a named InputError on bad input."""

    def __call__(self, data: bytes, source: str, limits: Limits = ..., /) -> Extracted: ...


# media type -> reader (batches are not readers: they yield several documents)
READERS: dict[str, Reader] = {
    "text/plain": text.read_plain,
    "text/markdown": text.read_markdown,
    "text/html": html.read,
    "application/pdf": pdf.read,
    docx.MEDIA_TYPE: docx.read,
}

__all__ = ["READERS", "Reader"]
