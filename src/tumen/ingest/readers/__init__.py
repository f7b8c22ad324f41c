"""One reader per kind of file. Each turns bytes into :class:`tumen.model.Extracted`
or raises :class:`tumen.errors.InputError` naming the source and the reason."""

from __future__ import annotations

from collections.abc import Callable

from tumen.ingest.readers import docx, html, pdf, text
from tumen.model import Extracted

Reader = Callable[[bytes, str], Extracted]

# media type -> reader (batches are not readers: they yield several documents)
READERS: dict[str, Reader] = {
    "text/plain": text.read_plain,
    "text/markdown": text.read_markdown,
    "text/html": html.read,
    "application/pdf": pdf.read,
    docx.MEDIA_TYPE: docx.read,
}

__all__ = ["READERS", "Reader"]
