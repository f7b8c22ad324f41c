"""Shared test helpers: real input files (PDF, DOCX, sidecars) built in a tmp dir, and extraction runs; no mocks."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from playwright.sync_api import FilePayload, Page

from tumen import Tumen
from tumen.corroborate.facts import Fact, Support
from tumen.corroborate.grouping import group_facts
from tumen.corroborate.verdicts import judge
from tumen.extract.document import Source, extract
from tumen.extract.time import TimeExpression, find_times
from tumen.extract.types import Event, Extraction
from tumen.ingest import Report
from tumen.model import Interval

T = TypeVar("T")


def make_pdf(path: Path, paragraphs: Sequence[str], title: str | None = None, author: str | None = None) -> Path:
    """A PDF with a real text layer (core font Helvetica); each paragraph starts a new page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    if title is not None:
        pdf.set_title(title)
    if author is not None:
        pdf.set_author(author)
    for paragraph in paragraphs:
        pdf.add_page()
        pdf.multi_cell(0, 8, paragraph)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_image_only_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages hold only drawings (like a scan): no text layer at all."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 120, 80, style="F")
        pdf.line(10, 150, 190, 260)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_encrypted_pdf(path: Path, text: str, password: str) -> Path:
    """A real text PDF, then encrypted by pypdf so it needs ``password`` to be opened."""
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path, [text])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain.read_bytes())))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    table_rows: Sequence[Sequence[str]] | None = None,
    title: str | None = None,
    author: str | None = None,
) -> Path:
    """A Word document with ``paragraphs``, then a table of ``table_rows``, and core properties."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=max(len(row) for row in table_rows))
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    props = document.core_properties
    props.title = title or ""
    props.author = author or ""
    document.save(str(path))
    return path


def write_sidecar(path: Path, **fields: Any) -> Path:
    """Write ``NAME.meta.json`` beside ``path`` (NAME: ``path`` without its extension)."""
    sidecar = path.with_suffix(".meta.json")
    sidecar.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    return sidecar


def ingest(tumen: Tumen, *paths: Path | str, max_size: str | int | None = None, **meta: Any) -> Report:
    """Ingest ``paths`` through the public API with ``meta`` as the command-line metadata."""
    return tumen.ingest([str(p) for p in paths], meta=meta or None, max_size=max_size)


def only_time(text: str, anchor: date | None, language: str = "en") -> TimeExpression:
    """The one time expression in ``text``, checked to point at its own characters."""
    found = find_times(text, anchor, language)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    expr = found[0]
    assert text[expr.start : expr.end] == expr.text
    return expr


def span_of(expr: TimeExpression) -> tuple[str, str] | None:
    if expr.interval is None:
        return None
    return expr.interval.earliest.isoformat(), expr.interval.latest.isoformat()


def processed_store(folder: Path, documents: Sequence[dict[str, Any]]) -> Path:
    """Invented documents ingested as one JSONL batch and processed into ``folder/tumen.db`` (its path)."""
    batch = folder / "corpus.jsonl"
    batch.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in documents) + "\n", encoding="utf-8")
    path = folder / "tumen.db"
    with Tumen.init(f"sqlite:///{path}") as tumen:
        tumen.ingest([str(batch)])
        tumen.process(workers=1)
    return path


def stored_reports(folder: Path, reports: Mapping[str, tuple[str, dict[str, str]]]) -> Path:
    """Invented reports (file name: text and sidecar metadata) written to ``folder``, ingested one file each and
    processed into ``folder/tumen.db`` (its path)."""
    path = folder / "tumen.db"
    with Tumen.init(f"sqlite:///{path}") as tumen:
        for name, (text, meta) in reports.items():
            (folder / name).write_text(text, encoding="utf-8")
            assert tumen.ingest([str(folder / name)], meta=meta).failed == 0
        tumen.process(workers=1)
    return path


def whole_and_one_at_a_time(
    folder: Path, articles: Sequence[tuple[str, str, str]], read: Callable[[Tumen], T]
) -> tuple[T, T]:
    """``read`` of a store that processed these (outlet, published, text) reports in one run, and of one that took
    them one at a time, last first: incremental updates must give what a full run gives."""
    paths = []
    for n, (_outlet, _published, text) in enumerate(articles):
        path = folder / f"a{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)

    def meta(n: int) -> dict[str, Any]:
        return {"outlet": articles[n][0], "published": articles[n][1], "language": "en", "title": f"Report {n}"}

    with Tumen.init(str(folder / "whole.db")) as tumen:
        for n, path in enumerate(paths):
            tumen.ingest([str(path)], meta=meta(n))
        tumen.process(workers=1)
        whole = read(tumen)
    with Tumen.init(str(folder / "one.db")) as tumen:
        for n in reversed(range(len(paths))):
            tumen.ingest([str(paths[n])], meta=meta(n))
            tumen.process(workers=1)
        one = read(tumen)
    return whole, one


def statement(
    document: int,
    who: tuple[str, ...],
    *,
    type: str = "border_crossing",
    role: str = "subject",
    time: Interval | None = None,
    modality: str | None = None,
    start: int = 0,
) -> Support:
    """An invented statement of a report (no quote to speak of) for grouping rules."""
    attributes = (("modality", modality),) if modality else ()
    return Support(
        event=f"{document}:e{start}",
        type=type,
        document=document,
        outlet=f"Outlet {document}",
        witness=None,
        witness_label=None,
        hearsay=False,
        start=start,
        end=start + 10,
        quote="…",
        time=time,
        participants=tuple((p, role) for p in who),
        attributes=attributes,
    )


def judged_facts(*supports: Support) -> list[Fact]:
    """Facts of these statements, grouped and judged."""
    return [judge(f, set()) for f in group_facts(list(supports))]


def fill_upload_form(page: Page, base_url: str, filename: str, mime_type: str, body: bytes, **fields: str) -> None:
    """The workbench's upload page with a file and its fields filled in (``title="…"`` fills input[name=title])."""
    page.goto(base_url + "/upload")
    upload: FilePayload = {"name": filename, "mimeType": mime_type, "buffer": body}
    page.set_input_files("input[name=file]", files=[upload])
    for name, value in fields.items():
        page.fill(f"input[name={name}]", value)


def extract_en(text: str, published: date) -> Extraction:
    """The extraction of an English ``text`` (document 1) published on ``published``."""
    return extract(Source(text, 1, "en", published))


def extract_ko(text: str, published: date) -> Extraction:
    """The extraction of a Korean ``text`` (document 1) published on ``published``."""
    return extract(Source(text, 1, "ko", published))


def run(text: str) -> Extraction:
    """A Korean ``text`` published 2021-05-01 (the date of the Korean claim and condition tests)."""
    return extract_ko(text, published=date(2021, 5, 1))


def of_type(x: Extraction, event_type: str) -> Event:
    """The one event of ``event_type``."""
    [event] = [e for e in x.events if e.type == event_type]
    return event


def roles(x: Extraction, event: Event) -> set[tuple[str, str | None]]:
    """(role, name) of each participant of ``event``."""
    return {(p.role, x.entity(p.entity).name) for p in event.participants}


def in_role(x: Extraction, kind: str, role: str) -> set[str]:
    """The names of those in ``role`` in the one event of type ``kind``."""
    names = {e.id: e.name or "" for e in x.entities}
    [event] = [e for e in x.events if e.type == kind]
    return {names[p.entity] for p in event.participants if p.role == role}


def person_names(x: Extraction) -> dict[str, str]:
    """Each person's id with their name (or descriptor when nameless)."""
    return {e.id: e.name or e.descriptor or "" for e in x.entities if e.kind == "person"}


def events_of(x: Extraction, event_type: str) -> list[Event]:
    """Every event of ``event_type``, in order."""
    return [e for e in x.events if e.type == event_type]


def named_in_role(x: Extraction, event: Event, wanted: str) -> set[str]:
    """The names (or descriptors, when nameless) of those in role ``wanted`` of ``event``."""
    return {
        x.entity(p.entity).name or x.entity(p.entity).descriptor or "" for p in event.participants if p.role == wanted
    }
