"""Word documents (.docx): paragraphs and tables in reading order, core properties."""

from __future__ import annotations

import io
import zipfile

import docx as python_docx

from tumen.config import DEFAULT_LIMITS, Limits
from tumen.errors import InputError
from tumen.ingest.limits import check_chars, check_zip
from tumen.ingest.readers import DOCX as MEDIA_TYPE
from tumen.ingest.readers.text import normalise
from tumen.model import Extracted, Metadata


def _blocks(document: object) -> list[str]:
    body = document.element.body  # type: ignore[attr-defined]
    blocks: list[str] = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            cells.append("".join(n.text or "" for n in cell.iter() if n.tag.endswith("}t")))
                    blocks.append("\t".join(cells))
    return blocks


def read(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS, /) -> Extracted:
    if not data.strip():
        raise InputError(source, "empty file (no Word document)")
    if not data.startswith(b"PK"):
        raise InputError(source, "corrupt .docx: not a ZIP container")
    check_zip(data, source, limits, kind=".docx")
    try:
        document = python_docx.Document(io.BytesIO(data))
        blocks = _blocks(document)
        props = document.core_properties
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(source, f"corrupt .docx ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:
        raise InputError(source, f"unreadable .docx ({type(exc).__name__}: {exc})") from exc
    check_chars(sum(len(b) for b in blocks), source, limits)
    text = normalise("\n\n".join(b.strip() for b in blocks if b.strip())).strip()
    if not text:
        raise InputError(source, "empty Word document (no text)")
    meta = Metadata(title=props.title or None, author=props.author or None)
    # A file's creation date is not its publication date: keep it only as a hint.
    extra = {"file_created": props.created.date().isoformat()} if props.created else {}
    return Extracted(text=text, media_type=MEDIA_TYPE, meta=meta, extra=extra)
