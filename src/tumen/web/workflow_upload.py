"""/upload: one document file plus its metadata, ingested in the request (a bad file is refused at once, by name
and reason) and then processed in the background (:mod:`tumen.web.jobs`); ``/upload/{job}`` shows its progress.

The limits are ingest's own (``TUMEN_MAX_SIZE`` and the rest, see :class:`tumen.config.Limits`); the metadata is
validated by :func:`tumen.ingest.metadata.from_fields`, so a bad date or URL is refused with the field's name. The
source type, which tumen's metadata has no field for, is kept with the document's other facts (``extra``), the way
an extra field of a sidecar file is.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from tumen.api import Tumen
from tumen.config import Limits
from tumen.errors import MetadataError, TumenError
from tumen.ingest import Status
from tumen.ingest.metadata import from_fields
from tumen.ingest.sniff import BATCH_TYPES, EXTENSIONS
from tumen.model import Metadata
from tumen.web.auth import user_name
from tumen.web.deps import get_tumen
from tumen.web.jobs import STAGES, Job, JobBoard, Stage
from tumen.web.upload_limit import BoundedBodyRoute
from tumen.web.workflow_forms import TumenDep, cross_site, has_control, render

DOCUMENT_TYPES = sorted(ext for ext, media in EXTENSIONS.items() if media not in BATCH_TYPES)
METADATA_FIELDS = ("title", "outlet", "author", "url", "published", "language", "translated_from")
SOURCE_TYPES = {
    "": "not said",
    "news": "news report",
    "testimony": "testimony",
    "ngo_report": "NGO report",
    "official": "official statement",
    "court": "court document",
    "other": "other",
}
MAX_FIELD = 2_000  # characters of one metadata value
_CHUNK = 1024 * 1024
_BOARD_LOCK = threading.Lock()
_UNSAFE_NAME = re.compile(r"[^\w.\- ()\[\]]+")
MAX_NAME_BYTES = 120  # of the file name kept (UTF-8): far below the 255 bytes a file system allows
MAX_SUFFIX = 10  # characters of an extension kept when a long name is shortened


class Refused(ValueError):
    """An upload that cannot become a document: the HTTP status and a message naming the field and why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def job_board(request: Request) -> JobBoard:
    """The application's jobs (and their worker thread), made on first use."""
    state = request.app.state
    with _BOARD_LOCK:
        board: JobBoard | None = getattr(state, "upload_jobs", None)
        if board is None:
            board = JobBoard(get_tumen(request))
            state.upload_jobs = board
    return board


def _form_page(request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    base: dict[str, Any] = {
        "message": None,
        "existing": None,
        "values": {},
        "types": DOCUMENT_TYPES,
        "source_types": SOURCE_TYPES,
        "size_limit": _size_text(Limits.from_settings().max_bytes),
    }
    return render(request, "upload.html", base | context, status)


def _size_text(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} bytes"


class UploadRoute(BoundedBodyRoute):
    """The upload routes: a body over the size limit stops being read there (even one sent in chunks, without
    ``Content-Length``) and is answered by the upload form with the reason (:mod:`tumen.web.upload_limit`)."""

    def refused(self, request: Request, max_bytes: int) -> Response:
        message = f"file: over the size limit of {_size_text(max_bytes)} (TUMEN_MAX_SIZE raises it)"
        return _form_page(request, 413, message=message)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def unreadable_form_as_page(request: Request) -> Response:
            """A form the parser cannot read (broken multipart, a part header over its limit), wherever it is
            read (the CSRF check or the route), is answered by the upload page with the parser's reason."""
            try:
                return await handler(request)
            except HTTPException as exc:
                if exc.status_code != 400 or request.method != "POST":
                    raise
                return _form_page(request, 400, message=f"file: the form could not be read ({exc.detail})")

        return unreadable_form_as_page


router = APIRouter(route_class=UploadRoute)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    return _form_page(request)


def _file_name(raw: str | None) -> str:
    """The uploaded file's own name, without any folder, safe to write in a private temporary folder.

    Only letters, digits and ``.-_ ()[]`` stay (slashes, NUL, control and bidirectional-override characters
    become ``_``); a long name is shortened to :data:`MAX_NAME_BYTES` bytes of UTF-8 keeping its extension, so
    a Hangul name of 200 characters is not refused by the file system nor a long ``….pdf`` read as no type."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    suffix = f".{extension}" if dot and stem and len(extension) <= MAX_SUFFIX else ""
    stem = stem if suffix else name
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .") + suffix


def _metadata(values: dict[str, str]) -> Metadata:
    for field, value in values.items():
        if len(value) > MAX_FIELD:
            raise Refused(400, f"{field}: longer than {MAX_FIELD:,} characters")
        if "\x00" in value:
            raise Refused(400, f"{field}: contains a NUL character")
    try:
        meta, _rest = from_fields({k: v.strip() for k, v in values.items() if v.strip()})
    except MetadataError as exc:
        raise Refused(400, f"{exc.field.replace('_', ' ')}: {exc.reason} ({str(exc.value)[:80]!r})") from None
    return meta


async def _read(upload: UploadFile, max_bytes: int) -> bytes:
    """The file's bytes, refused as soon as they pass ``max_bytes`` (never read beyond that)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise Refused(413, f"file: over the size limit of {_size_text(max_bytes)} (TUMEN_MAX_SIZE raises it)")
        chunks.append(chunk)
    return b"".join(chunks)


def _ingest(
    tumen: Tumen, name: str, data: bytes, meta: Metadata, source_type: str, by: str | None
) -> tuple[int, str | None]:
    """Store the file through tumen's ingestion (as ``tumen ingest`` would read it); the new document's id."""
    with tempfile.TemporaryDirectory(prefix="tumen-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        if source_type:  # a sidecar's extra field lands in the document's extra facts
            sidecar = path.with_name(path.name + ".meta.json")
            sidecar.write_text(json.dumps({"source_type": source_type}), encoding="utf-8")
        report = tumen.ingest([str(path)], meta=meta, ingested_by=by)  # by the signed-in analyst
    results = [r for r in report.results if r.status is not Status.SKIPPED]
    if not results:
        raise Refused(400, "file: nothing could be read from it")
    result = results[0]
    if result.status is Status.DUPLICATE and result.document_id is not None:
        raise Refused(409, f"file: this document is already in the store as document {result.document_id}")
    if result.status is not Status.INGESTED or result.document_id is None:
        raise Refused(422, f"file: {result.reason or 'could not be ingested'}")
    return result.document_id, tumen.document(result.document_id).meta.title


@router.post("/upload", response_model=None)
async def upload(request: Request, tumen: TumenDep) -> Response:
    """Ingest the uploaded document, queue its processing, and go to its progress page (303)."""
    values: dict[str, str] = {}
    try:
        refused = cross_site(request)
        if refused:
            raise Refused(403, refused)
        max_bytes = Limits.from_settings().max_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes + _CHUNK:
            raise Refused(413, f"file: over the size limit of {_size_text(max_bytes)} (TUMEN_MAX_SIZE raises it)")
        form = await request.form(max_files=1, max_fields=len(METADATA_FIELDS) + 4)
        values = {k: v for k in (*METADATA_FIELDS, "source_type") if isinstance(v := form.get(k, ""), str)}
        source_type = values.pop("source_type", "")
        values["source_type"] = source_type if source_type in SOURCE_TYPES else ""
        if source_type not in SOURCE_TYPES:
            raise Refused(400, f"source type: {source_type[:40]!r} is not one of the listed kinds")
        meta = _metadata({k: v for k, v in values.items() if k != "source_type"})
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise Refused(400, "file: choose a document to upload")
        name = _file_name(upload.filename)
        suffix = Path(name).suffix.lower()
        if EXTENSIONS.get(suffix) in BATCH_TYPES:
            raise Refused(415, f"file: {suffix} is a batch of documents; ingest batches with `tumen ingest`")
        if not name or has_control(name) or suffix not in DOCUMENT_TYPES:
            kinds = ", ".join(DOCUMENT_TYPES)
            raise Refused(415, f"file: unsupported type {suffix or '(no extension)'!r} (accepted: {kinds})")
        data = await _read(upload, max_bytes)
        if not data:
            raise Refused(400, "file: the file is empty")
        document_id, title = await run_in_threadpool(_ingest, tumen, name, data, meta, source_type, user_name(request))
    except Refused as exc:
        existing = None
        found = re.search(r"as document (\d+)$", str(exc))
        if exc.status == 409 and found:
            existing = int(found.group(1))
        return _form_page(request, exc.status, message=str(exc), existing=existing, values=values)
    except TumenError as exc:
        return _form_page(request, 422, message=f"file: {exc}", values=values)
    job = job_board(request).submit(document_id, title)
    return RedirectResponse(f"/upload/{job.id}", status_code=303)


def _job(request: Request, job_id: str) -> Job | None:
    if not re.fullmatch(r"[0-9a-f]{16}", job_id):
        return None
    return job_board(request).get(job_id)


@router.get("/upload/{job_id}", response_class=HTMLResponse)
def upload_job(request: Request, job_id: str) -> HTMLResponse:
    """An upload's progress: queued → extracting → updating the case base → done (or failed, with why)."""
    job = _job(request, job_id)
    if job is None:
        message = "No such upload job (jobs are kept in memory until the workbench restarts)."
        return render(request, "upload_job.html", {"job": None, "message": message}, 404)
    reached = STAGES.index(job.stage) if job.stage in STAGES else -1
    steps = [
        (stage.value, i < reached or job.stage is Stage.DONE, stage is job.stage) for i, stage in enumerate(STAGES)
    ]
    return render(request, "upload_job.html", {"job": job, "steps": steps, "message": None})


@router.get("/upload/{job_id}/status")
def upload_job_status(request: Request, job_id: str) -> JSONResponse:
    """The job's stage as JSON, for the progress page's polling script."""
    job = _job(request, job_id)
    if job is None:
        return JSONResponse({"error": "no such upload job"}, status_code=404)
    return JSONResponse(job.as_dict())
