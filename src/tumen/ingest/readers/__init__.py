"""One reader per kind of file. Each turns bytes into :class:`tumen.model.Extracted`
or raises :class:`tumen.errors.InputError` naming the source and the reason."""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from tumen.config import DEFAULT_LIMITS, Limits
from tumen.ingest.readers import text
from tumen.model import Extracted

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class Reader(Protocol):
    """``(bytes, source name, limits) -> Extracted``; raises a named InputError on bad input."""

    def __call__(self, data: bytes, source: str, limits: Limits = ..., /) -> Extracted: ...


def _on_first_use(module: str) -> Reader:
    """The ``read`` of ``tumen.ingest.readers.<module>``, imported when a file of its kind first comes: the
    HTML, PDF and Word libraries cost about a second of start-up that most commands never need."""

    def read(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
        reader: Reader = import_module(f"tumen.ingest.readers.{module}").read
        return reader(data, source, limits)

    return read


# media type -> reader (batches are not readers: they yield several documents)
READERS: dict[str, Reader] = {
    "text/plain": text.read_plain,
    "text/markdown": text.read_markdown,
    "text/html": _on_first_use("html"),
    "application/pdf": _on_first_use("pdf"),
    DOCX: _on_first_use("docx"),
}

__all__ = ["READERS", "Reader"]
