"""The case base as a static, self-contained website: a folder to open in any browser, copy to a
USB stick or serve as plain files — no JavaScript, no server, nothing loaded from elsewhere.

``index.html`` lists the persons and the documents; ``persons/P….html`` shows one person with
their relations and every event they take part in, each with its verdict, conflicts and sources
(the quote, who says it, a link to the document); ``documents/N.html`` shows a document's
metadata, the events it is a source of, and its stored text. Links are relative.

Every text is escaped by Jinja's autoescape (quotes, names, titles, document text alike: a
``<script>`` in a document is shown, never run); a URL becomes a link only when it is http(s).

The items come one at a time from ``Tumen.export_items``. Pages need things that arrive in
different sections (a person's events come after all persons), so the items are first spooled
to a temporary SQLite file in the staging folder and each page is then rendered from it alone:
memory does not grow with the case base.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from tumen.errors import ExportError
from tumen.export.csv_export import corrections_index

MARKER = ".tumen-site"
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

_SPOOL = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, data TEXT NOT NULL, text TEXT);
CREATE TABLE persons (id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE names (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE relations (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE cites (owner TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX cites_owner ON cites (owner, kind, seq);
"""


class SiteError(ExportError):
    """The site cannot be written where asked (a folder that is not a tumen site)."""


@cache
def environment() -> jinja2.Environment:
    """Jinja over ``export/templates/site_*.html``, escaping everything it prints."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page_name(entity_id: str) -> str:
    """A file name for an id: the id itself when it is plain letters and digits (as tumen's are)."""
    if _SAFE_ID.match(entity_id):
        return f"{entity_id}.html"
    import hashlib

    return f"x{hashlib.sha256(entity_id.encode()).hexdigest()[:16]}.html"


def web_link(url: Any) -> str | None:
    """The URL when it is safe to link to (http or https), else None (shown as text only)."""
    if isinstance(url, str) and re.match(r"^https?://", url, re.IGNORECASE) and not re.search(r"[\s<>\"']", url):
        return url
    return None


class _Spool:
    """The items on disk, indexed by what each page needs."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript(_SPOOL)

    def fill(self, items: Mapping[str, Iterable[Mapping[str, Any]]]) -> None:
        db = self.db
        corrections = corrections_index(items.get("corrections", ()))
        for document in items.get("documents", ()):
            db.execute("INSERT INTO documents VALUES (?, ?, NULL)", (document["id"], json.dumps(document)))
        for text in items.get("texts", ()):
            db.execute("UPDATE documents SET text = ? WHERE id = ?", (text["text"], text["document"]))
        for person in items.get("persons", ()):
            own = corrections.get(("person", person["id"]), {})
            shown = own.get("preferred_name") or person["name"]
            data = {**person, "corrections": own}
            db.execute("INSERT INTO persons VALUES (?, ?, ?)", (person["id"], shown, json.dumps(data)))
            db.execute("INSERT INTO names VALUES (?, ?)", (person["id"], shown))
        for section in ("organizations", "places"):
            for named in items.get(section, ()):
                db.execute("INSERT OR REPLACE INTO names VALUES (?, ?)", (named["id"], named["name"]))
        for seq, relation in enumerate(items.get("relations", ())):
            db.execute("INSERT INTO relations VALUES (?, ?)", (seq, json.dumps(relation)))
            for owner in {relation["subject"], relation["object"]}:
                db.execute("INSERT INTO cites VALUES (?, 'relation', ?)", (owner, seq))
        for seq, event in enumerate(items.get("events", ())):
            data = {**event, "corrections": corrections.get(("event", event["id"]), {})}
            db.execute("INSERT INTO events VALUES (?, ?, ?)", (seq, event["id"], json.dumps(data)))
            owners = {p["entity"] for p in event.get("participants", [])}
            owners |= {f"D{e['document']}" for e in event.get("evidence", [])}
            for owner in owners:
                db.execute("INSERT INTO cites VALUES (?, 'event', ?)", (owner, seq))
        db.commit()

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(ids))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT id, name FROM names WHERE id IN ({marks})", chunk).fetchall())
        return found

    def persons(self) -> Iterator[dict[str, Any]]:
        for (data,) in self.db.execute("SELECT data FROM persons ORDER BY name, id"):
            yield json.loads(data)

    def documents(self) -> Iterator[tuple[dict[str, Any], str | None]]:
        for data, text in self.db.execute("SELECT data, text FROM documents ORDER BY id"):
            yield json.loads(data), text

    def cited(self, owner: str, kind: str) -> list[dict[str, Any]]:
        table = "events" if kind == "event" else "relations"
        query = (
            f"SELECT t.data FROM cites c JOIN {table} t ON t.seq = c.seq "
            "WHERE c.owner = ? AND c.kind = ? ORDER BY c.seq"
        )
        return [json.loads(d) for (d,) in self.db.execute(query, (owner, kind))]

    def close(self) -> None:
        self.db.close()


def _entities_of(events: list[dict[str, Any]], relations: list[dict[str, Any]]) -> set[str]:
    found = {p["entity"] for e in events for p in e.get("participants", [])}
    found |= {e["place"] for e in events if e.get("place")}
    found |= {x for r in relations for x in (r["subject"], r["object"])}
    found |= {ev["witness"] for e in events for ev in e.get("evidence", []) if ev.get("witness")}
    return found


def _render(path: Path, template: str, **context: Any) -> None:
    environment().get_template(template).stream(**context).dump(str(path), encoding="utf-8")


def _helpers(names: Mapping[str, str], persons: set[str], prefix: str) -> dict[str, Any]:
    """What templates use to name and link entities, relative to the page (``prefix``)."""

    def name(entity_id: str | None) -> str:
        return names.get(entity_id, entity_id) if entity_id else "—"

    def person_href(entity_id: str | None) -> str | None:
        return f"{prefix}persons/{page_name(entity_id)}" if entity_id in persons else None

    def document_href(document: int) -> str:
        return f"{prefix}documents/{int(document)}.html"

    return {"name": name, "person_href": person_href, "document_href": document_href, "web_link": web_link}


def build(folder: Path, items: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, int]:
    """Write the site's files into the empty ``folder``; returns the number of pages per kind."""
    (folder / "persons").mkdir(parents=True)
    (folder / "documents").mkdir()
    spool = _Spool(folder / ".spool.sqlite")
    try:
        spool.fill(items)
        persons_count = documents_count = 0
        person_ids = {row[0] for row in spool.db.execute("SELECT id FROM persons")}
        for person in spool.persons():
            events, relations = spool.cited(person["id"], "event"), spool.cited(person["id"], "relation")
            names = spool.names(_entities_of(events, relations) | {person["id"]})
            _render(
                folder / "persons" / page_name(person["id"]),
                "site_person.html",
                person=person,
                events=events,
                relations=relations,
                **_helpers(names, person_ids, "../"),
            )
            persons_count += 1
        for document, text in spool.documents():
            events = spool.cited(f"D{document['id']}", "event")
            names = spool.names(_entities_of(events, []))
            _render(
                folder / "documents" / f"{int(document['id'])}.html",
                "site_document.html",
                document=document,
                text=text,
                events=events,
                **_helpers(names, person_ids, "../"),
            )
            documents_count += 1
        _render(
            folder / "index.html",
            "site_index.html",
            persons=spool.persons(),
            documents=(d for d, _text in spool.documents()),
            counts={"persons": persons_count, "documents": documents_count},
            **_helpers({}, person_ids, ""),
        )
    finally:
        spool.close()
        (folder / ".spool.sqlite").unlink(missing_ok=True)
    (folder / MARKER).write_text("a static case base written by tumen export --format html\n", encoding="utf-8")
    return {"persons": persons_count, "documents": documents_count}


def write(target: Path, items: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, int]:
    """Write the site to ``target``: built beside it, then moved into place. An existing ``target``
    must be empty or an earlier tumen site (which is replaced); any other folder is left alone."""
    target = target.resolve()
    if target.exists() and any(target.iterdir()) and not (target / MARKER).exists():
        raise SiteError(f"{target} is a folder with other files in it: choose a new or empty folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".tumen-site-", dir=target.parent))
    try:
        counts = build(staging / "site", items)
        if target.exists():
            old = staging / "old"
            os.replace(target, old)
        os.replace(staging / "site", target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return counts
