"""Background processing of uploaded documents, one job at a time, with a stage anyone may poll.

An upload is ingested in its request (so a bad file is refused at once) and becomes a :class:`Job`; one worker
thread per application then runs ``tumen process`` for each job in turn: queued → extracting → updating the case
base → done (or failed, with the reason). Jobs run one after the other, and ``tumen process`` takes every pending
document, so two uploads at once lose nothing: the second job finds its document already processed by the first,
or processes it itself. The store's lock serialises these updates with any ``tumen process`` run elsewhere.

Jobs live in memory: after a restart their pages are gone, but their documents are stored and the next
``tumen process`` (or upload) processes whatever was left.
"""

from __future__ import annotations

import logging
import queue
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from tumen.api import Tumen

log = logging.getLogger(__name__)
KEEP_JOBS = 1000  # finished jobs remembered (their pages), oldest forgotten first


class Stage(StrEnum):
    QUEUED = "queued"
    EXTRACTING = "extracting"
    UPDATING = "updating the case base"
    DONE = "done"
    FAILED = "failed"

    @property
    def finished(self) -> bool:
        return self in (Stage.DONE, Stage.FAILED)


STAGES = (Stage.QUEUED, Stage.EXTRACTING, Stage.UPDATING, Stage.DONE)


@dataclass
class Job:
    """One uploaded document on its way into the case base."""

    id: str
    document_id: int
    title: str | None
    stage: Stage = Stage.QUEUED
    reason: str | None = None
    created: datetime = field(default_factory=lambda: datetime.now(UTC))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "document_id": self.document_id,
            "stage": self.stage.value,
            "finished": self.stage.finished,
            "reason": self.reason,
        }


class JobBoard:
    """The jobs of one application and the worker thread that runs them in order."""

    def __init__(self, tumen: Tumen) -> None:
        self.tumen = tumen
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job] = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="tumen-upload-jobs", daemon=True)
        self._worker.start()

    def submit(self, document_id: int, title: str | None) -> Job:
        """A new queued job for a stored document."""
        job = Job(id=secrets.token_hex(8), document_id=document_id, title=title)
        with self._lock:
            self._jobs[job.id] = job
            finished = [j.id for j in self._jobs.values() if j.stage.finished]
            for old in finished[: max(0, len(self._jobs) - KEEP_JOBS)]:
                del self._jobs[old]
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _set(self, job: Job, stage: Stage, reason: str | None = None) -> None:
        with self._lock:
            job.stage, job.reason = stage, reason

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                self._process(job)
            except Exception as exc:  # a failed job must not stop the ones after it
                log.warning("upload job %s (document %s) failed: %s", job.id, job.document_id, type(exc).__name__)
                self._set(job, Stage.FAILED, _first_line(exc))
            finally:
                self._queue.task_done()

    def _process(self, job: Job) -> None:
        self._set(job, Stage.EXTRACTING)

        def extracted(_done: int, _total: int) -> None:
            self._set(job, Stage.UPDATING)

        report = self.tumen.process(workers=1, on_progress=extracted)
        failure = next((reason for doc, reason in report.failed if doc == job.document_id), None)
        if failure is not None:
            self._set(job, Stage.FAILED, f"extraction failed: {_first_line(failure)}")
            return
        with self.tumen.store.reading() as tables:
            waiting = job.document_id in tables.pending()
        if self.tumen.extraction(job.document_id) is None or waiting:
            self._set(job, Stage.FAILED, "the document was not processed (see the server log), try again later")
            return
        self._set(job, Stage.DONE)


def _first_line(error: object) -> str:
    text = str(error).strip().splitlines()
    return text[0][:300] if text else type(error).__name__
