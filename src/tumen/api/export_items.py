"""The export's items streamed from the stored tables (:meth:`tumen.api.Tumen.export_items`): every section of
the JSON export, plus the documents' texts and the analysts' corrections, pseudonymised for a public output."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from tumen.cases import codec
from tumen.cases.casebase import named_from
from tumen.config import current_user
from tumen.errors import NotFoundError
from tumen.export import json_export as ex
from tumen.store import Store, audit, corrections
from tumen.store import case_schema as t

if TYPE_CHECKING:
    from tumen.protect.redact import Redactor


def stream_items(
    store: Store, public_redactor: Callable[[], Redactor], fmt: str | None, public: bool, by: str | None
) -> AbstractContextManager[dict[str, Iterable[dict[str, Any]]]]:
    """The items of ``store`` while the block lasts, as :meth:`tumen.api.Tumen.export_items` describes them;
    ``public_redactor`` is called only for a ``public`` output."""

    @contextmanager
    def items() -> Iterator[dict[str, Iterable[dict[str, Any]]]]:
        if fmt is not None:
            details = {"format": fmt, "public": public}
            audit.append(store.engine, current_user(by), audit.EXPORT, "case base", details)
        redactor = public_redactor() if public else None  # at-risk persons pseudonymised
        with store.reading() as r:

            def named(kinds: tuple[str, ...]) -> Iterator[Any]:
                for row in r.every(t.named, t.named.c.id):
                    if row.kind in kinds:
                        yield named_from(row._asdict(), r.named_mention_rows(row.id))

            def texts() -> Iterator[dict[str, Any]]:
                for info in store.documents():
                    try:
                        yield {"document": info.id, "text": store.document(info.id).text}
                    except NotFoundError:  # withdrawn meanwhile
                        continue

            facts = t.facts
            found: dict[str, Iterable[dict[str, Any]]] = {
                "documents": map(ex.document_item, store.documents()),
                "persons": (ex.person_item(codec.to_person(x.data)) for x in r.every(t.persons, t.persons.c.id)),
                "organizations": map(ex.organization_item, named(("organization", "group"))),
                "places": map(ex.place_item, named(("place",))),
                "relations": (
                    ex.relation_item(codec.to_relation(x.data)) for x in r.every(t.relations, t.relations.c.id)
                ),
                "events": (
                    ex.event_item(codec.to_fact(x.data))
                    for x in r.every(facts, facts.c.earliest.is_(None), facts.c.earliest, facts.c.type, facts.c.id)
                ),
                "dependencies": (
                    ex.dependency_item((x.document_id, x.depends_on, x.why))
                    for x in r.every(t.dependencies, t.dependencies.c.document_id, t.dependencies.c.depends_on)
                ),
                "aggregates": ex.aggregate_items(store.extractions()),
                "texts": texts(),
                "corrections": corrections.latest(r.conn),
            }
            if redactor is not None:
                from tumen.protect.public import public_view

                found = dict(public_view(found, redactor))
            yield found

    return items()
