"""The one library object behind the CLI, the web app and the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from tumen.config import current_user, database_url, parse_size
from tumen.ingest import Ingestor, Report, Result
from tumen.ingest.metadata import from_fields
from tumen.model import Document, DocumentInfo, Metadata
from tumen.store import SearchHit, Store

if TYPE_CHECKING:
    from tumen.cases.casebase import CaseBase
    from tumen.extract.runner import ProcessReport
    from tumen.extract.types import Extraction


class Tumen:
    """An evidence store and everything tumen does with it.

    >>> t = Tumen.init("case.db")            # doctest: +SKIP
    >>> t.ingest(["reports/"], outlet="Yle")  # doctest: +SKIP
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, db: str | None = None) -> Tumen:
        """Open an initialised store (``db``: path or URL; default ``TUMEN_DB`` or ``./tumen.db``)."""
        store = Store.open(database_url(db))
        store.ensure_ready()
        return cls(store)

    @classmethod
    def init(cls, db: str | None = None) -> Tumen:
        """Create the store, or upgrade its schema; safe to repeat."""
        store = Store.open(database_url(db))
        store.init()
        return cls(store)

    def ingest(
        self,
        names: Iterable[str],
        *,
        meta: Metadata | dict[str, Any] | None = None,
        max_size: str | int | None = None,
        ingested_by: str | None = None,
        on_result: Callable[[Result], None] | None = None,
        on_input: Callable[[str], None] | None = None,
    ) -> Report:
        """Ingest files, folders (recursively), batches and ``-`` (stdin).

        ``meta`` overrides every other metadata source for every input.
        """
        if meta is None:
            flags = Metadata()
        elif isinstance(meta, Metadata):
            flags = meta
        else:
            flags, _unused = from_fields({k: v for k, v in meta.items() if v is not None})
        ingestor = Ingestor(
            store=self.store,
            ingested_by=current_user(ingested_by),
            flags=flags,
            max_bytes=parse_size(max_size),
            on_result=on_result,
            on_input=on_input,
        )
        return ingestor.run(names)

    def process(
        self,
        workers: int | None = None,
        force: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> ProcessReport:
        """Extract persons, events, times, places and amounts from documents not yet processed
        by this extractor version (all of them with ``force``), in ``workers`` processes."""
        from tumen.extract.runner import process

        return process(self.store, workers=workers, force=force, on_progress=on_progress)

    def extraction(self, ref: str | int) -> Extraction | None:
        """What extraction found in one document, or None when it is not processed yet."""
        from tumen.extract.types import Extraction

        data = self.store.extraction(ref)
        return Extraction.from_json(data) if data is not None else None

    def casebase(self) -> CaseBase:
        """Everything resolved and judged: persons, organisations, places, facts with verdicts."""
        from tumen.cases.casebase import build
        from tumen.extract.types import Extraction

        documents = self.store.documents()
        extractions = {doc_id: Extraction.from_json(data) for doc_id, data in self.store.extractions()}
        texts = {d.id: self.store.document(d.id).text for d in documents}
        return build(documents, texts, extractions, self.store.judgements())

    def judge(self, left: str, right: str, judgement: str, by: str | None = None) -> None:
        """Record an analyst's decision about two person records ("DOC:LOCAL_ID")."""
        from tumen.resolve.judgements import Judgement

        self.store.judge(left, right, Judgement(judgement).value, current_user(by))

    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def document(self, ref: str | int) -> Document:
        return self.store.document(ref)

    def original(self, ref: str | int) -> bytes:
        return self.store.original(ref)

    def check(self) -> list[str]:
        return self.store.check()

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over titles and stored texts: every term must match (a quoted phrase as a
        phrase), case ignored, Korean words found with their particles; best first, with a snippet."""
        return self.store.search(query, limit=limit, offset=offset)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Tumen:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
