"""Public outputs: the export's items and the case reports with every at-risk person pseudonymised.

One filter for every format: :func:`public_view` wraps the sections of ``Tumen.export_items()`` (JSON, CSV,
FollowTheMoney and the HTML site all read them), :func:`public_report` a built case report (HTML and PDF).
At-risk persons keep their ids (opaque hashes, so the events still name their participants) but their name
becomes the pseudonym, their aliases and titles go, and every string of every item — quotes, titles, URLs,
document texts, witnesses' labels, explanations, analysts' notes — passes through :class:`Redactor`. The events
themselves stay: a public export has as many documents, persons, events and sources as the full one.

The web app's ``reader`` role calls :func:`public_view` (or :func:`public_item` for one item, :func:`public_case_file`
for a case file's JSON, :func:`public_report` for a report) with ``Tumen.public_redactor()`` the same way, kept in a
:class:`RedactorCache` while the persons it was built from stay the same.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from tumen.protect.redact import Identity, Redactor

# Fields that hold ids, hashes, numbers or vocabulary, never free text: left as they are.
NOT_TEXT = frozenset(
    {
        "id",
        "sha256",
        "entity",
        "subject",
        "object",
        "records",
        "record",
        "place",
        "document",
        "depends_on",
        "role",
        "type",
        "kind",
        "verdict",
        "precision",
        "earliest",
        "latest",
        "published",
        "published_precision",
        "language",
        "status",
        "status_date",
        "last_report",
        "fact_id",
        "gender",
        "modality",
        "basis",
        "field",
    }
)
URL_FIELDS = frozenset({"url"})

T = TypeVar("T")


class RedactorCache:
    """One redactor, kept while its **version** stays the same.

    Building a redactor reads and compiles every person (hundreds of milliseconds in a large case base), so a
    server builds it once per version, not once per request. The caller reads the version — something that changes
    whenever a person, their names or their protection change, and the pseudonym key — *before* the redactor is
    built: the redactor is then at least as new as its version, and a version read later that differs builds a
    new one. Never stale, whatever happens between the two reads. One build at a time: concurrent requests of a
    new version wait for it rather than each building their own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: Hashable | None = None
        self._redactor: Redactor | None = None
        self.builds = 0

    def get(self, version: Hashable, build: Callable[[], Redactor]) -> Redactor:
        """The redactor of ``version``: the kept one when it was built for it, else ``build()`` (then kept)."""
        with self._lock:
            if self._redactor is not None and self._version == version:
                return self._redactor
            redactor = build()
            self._version, self._redactor = version, redactor
            self.builds += 1
            return redactor

    def clear(self) -> None:
        with self._lock:
            self._version, self._redactor = None, None


def identities(persons: Iterable[Any]) -> list[Identity]:
    """Identities of :class:`tumen.resolve.persons.Person` objects (name, aliases, mentions)."""
    return [
        Identity(
            p.id,
            (p.name, *p.aliases),
            frozenset(m.document for m in p.mentions),
            tuple((m.document, m.start, m.end) for m in p.mentions),
        )
        for p in persons
    ]


def redact_value(value: Any, redactor: Redactor, document: int | None = None, key: str | None = None) -> Any:
    """A JSON-like value with every string redacted; a dict with an integer ``document`` (and ``start`` and a
    ``quote`` as long as its span) gives its strings that document (and offset) as context."""
    if isinstance(value, str):
        if key in NOT_TEXT:
            return value
        return redactor.text(value, document, url=key in URL_FIELDS)
    if isinstance(value, list | tuple):
        return [redact_value(v, redactor, document, key) for v in value]
    if isinstance(value, Mapping):
        here = value.get("document")
        context = here if isinstance(here, int) and not isinstance(here, bool) else document
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k == "quote" and isinstance(v, str) and _offset(value, v) is not None:
                out[k] = redactor.text(v, context, offset=_offset(value, v))
            else:
                out[k] = redact_value(v, redactor, context, k)
        return out
    return value


def _offset(item: Mapping[str, Any], quote: str) -> int | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and end - start == len(quote):
        return start
    return None


def public_person(item: Mapping[str, Any], redactor: Redactor) -> dict[str, Any]:
    """A person item: an at-risk person under their pseudonym, with no alias, title or mention text left."""
    if not redactor.is_protected(item.get("id")):
        done = dict(redact_value({k: v for k, v in item.items() if k != "mentions"}, redactor))
        mentions = []
        for m in item.get("mentions") or []:  # the person's own mentions: their name, not someone else's part
            quote = redactor.text(str(m.get("quote") or ""), m.get("document"), offset=m.get("start"), partial=False)
            mentions.append({**m, "quote": quote})
        return {**done, "mentions": mentions} if "mentions" in item else done
    pseudonym = redactor.pseudonym(str(item["id"]))
    mentions = [{**m, "quote": f"[{pseudonym}]"} for m in item.get("mentions") or []]
    done = redact_value({**item, "aliases": [], "titles": [], "mentions": mentions, "name": pseudonym}, redactor)
    return {**done, "name": pseudonym, "at_risk": True}


def public_correction(item: Mapping[str, Any], redactor: Redactor) -> dict[str, Any]:
    """An analyst's correction: a preferred name of an at-risk person becomes their pseudonym."""
    if (
        item.get("subject") == "person"
        and redactor.is_protected(item.get("id"))
        and item.get("field") == "preferred_name"
    ):
        return {**item, "value": redactor.pseudonym(str(item["id"]))}
    return dict(redact_value(item, redactor))


def public_item(section: str, item: Mapping[str, Any], redactor: Redactor) -> dict[str, Any]:
    """One item of a section of ``Tumen.export_items()`` (or of the JSON export) as the public may see it."""
    if section == "persons":
        return public_person(item, redactor)
    if section == "corrections":
        return public_correction(item, redactor)
    if section == "documents":
        return dict(redact_value(item, redactor, document=item.get("id")))
    if section == "texts":
        document = item.get("document")
        return {**item, "text": redactor.text(str(item.get("text") or ""), document, offset=0)}
    return dict(redact_value(item, redactor))


def public_view(
    items: Mapping[str, Iterable[Mapping[str, Any]]], redactor: Redactor
) -> dict[str, Iterator[dict[str, Any]]]:
    """The sections of ``items`` with every item passed through :func:`public_item`, lazily (still streamed)."""
    return {name: _public_section(name, section, redactor) for name, section in items.items()}


def _public_section(name: str, section: Iterable[Mapping[str, Any]], redactor: Redactor) -> Iterator[dict[str, Any]]:
    for item in section:
        yield public_item(name, item, redactor)


def public_case_file(item: Mapping[str, Any], redactor: Redactor) -> dict[str, Any]:
    """A case file as JSON (:func:`tumen.export.json_export.case_file_item`: ``tumen person --json``,
    ``/api/persons/{id}``) as the public may see it: the person, everyone it names, the relations, events and
    the analysts' corrections."""
    person = item.get("person") or {}
    own = dict(item.get("corrections") or {})
    fixes = dict(redact_value(own.get("person") or {}, redactor))
    if redactor.is_protected(person.get("id")) and "preferred_name" in fixes:
        fixes["preferred_name"] = redactor.pseudonym(str(person["id"]))
    return {
        **item,
        "person": public_person(person, redactor),
        "relations": [redact_value(r, redactor) for r in item.get("relations") or []],
        "events": [redact_value(e, redactor) for e in item.get("events") or []],
        "names": {k: redactor.name(str(v), k) for k, v in (item.get("names") or {}).items()},
        "corrections": {**own, "person": fixes, "events": redact_value(own.get("events") or {}, redactor)},
    }


# --- case reports ---------------------------------------------------------------------------------------------


def public_report(report: T, redactor: Redactor) -> T:
    """A built case report (standard or WGEID) with every at-risk person pseudonymised: the report's own person
    when at risk, and every name in every string of it."""
    person = getattr(report, "person", None)
    done: T = _redact_object(report, redactor, None)
    if person is not None and redactor.is_protected(person.id):
        pseudonym = redactor.pseudonym(person.id)
        hidden = dataclasses.replace(
            person,
            name=pseudonym,
            aliases=[],
            titles=[],
            at_risk=True,
            mentions=[dataclasses.replace(m, quote=f"[{pseudonym}]") for m in person.mentions],
        )
        changes: dict[str, Any] = {"person": hidden}
        if hasattr(report, "names"):
            changes["names"] = {"Latin": [pseudonym]}
        done = dataclasses.replace(done, **changes)  # type: ignore[type-var]
    return done


def _redact_object(value: Any, redactor: Redactor, document: int | None, key: str | None = None) -> Any:
    """Dataclasses, lists, tuples and dicts rebuilt with their strings redacted (fields as in :data:`NOT_TEXT`)."""
    if isinstance(value, str):
        return value if key in NOT_TEXT else redactor.text(value, document, url=key in URL_FIELDS)
    if isinstance(value, list):
        return [_redact_object(v, redactor, document, key) for v in value]
    if isinstance(value, tuple):
        return tuple(_redact_object(v, redactor, document, key) for v in value)
    if isinstance(value, dict):
        return {k: _redact_object(v, redactor, document, k if isinstance(k, str) else key) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f for f in dataclasses.fields(value) if f.init]
        here = getattr(value, "document", None)
        context = here if isinstance(here, int) and not isinstance(here, bool) else document
        changes = {}
        for f in fields:
            old = getattr(value, f.name)
            start, end = getattr(value, "start", None), getattr(value, "end", None)
            if f.name == "quote" and isinstance(old, str) and isinstance(start, int) and end == start + len(old):
                new = redactor.text(old, context, offset=start)
            else:
                new = _redact_object(old, redactor, context, f.name)
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
