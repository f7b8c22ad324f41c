"""The reader role sees the public view: the one switch, and what pages and API answers pass through.

:func:`public_redactor` is a dependency of every route that shows names: for a signed-in ``reader`` it returns the
redaction of every at-risk person (:meth:`tumen.api.Tumen.public_redactor`: it reads every person and their
protection; kept by the app while the persons and the pseudonym key stay the same, see :func:`kept_redactor`),
for an analyst or an admin ``None`` — they see everything, as before. A route asks
for ``public: PublicDep`` and, when it is not None, passes what it shows through the functions below, which are
thin adapters over :mod:`tumen.protect.public` (the same filter as ``tumen export --public`` and
``tumen report --public``): at-risk persons under their pseudonym, every other string with their names replaced.

Outside a signed-in request (no user: nothing but /login and /static/ gets there) the view is the public one too:
the switch fails closed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request

from tumen.api import Tumen
from tumen.cases.casefile import CaseFile
from tumen.corroborate.facts import Fact, Support
from tumen.model import DocumentInfo
from tumen.protect.pseudonyms import PseudonymKeyError, key_for
from tumen.protect.public import RedactorCache, public_case_file, public_item, public_report, redact_value
from tumen.protect.redact import Redactor
from tumen.resolve.persons import Person
from tumen.store.facets import FacetedResult
from tumen.store.overview import RecentDocument
from tumen.store.patterns import PatternContext
from tumen.store.versions import persons_version
from tumen.web.api_support import ApiProblem
from tumen.web.auth import Refusal, is_api
from tumen.web.public_text import redacted_parts, redacted_snippet

log = logging.getLogger(__name__)

Info = TypeVar("Info", bound=DocumentInfo)

# The roles that see names; everyone else (the reader) sees the public view.
NAMED_ROLE = "analyst"


def public_redactor(request: Request) -> Redactor | None:
    """Dependency: the redactor when the signed-in user is a reader, None when they may see names (analyst,
    admin). Built at most once per request (kept in ``request.state``)."""
    user = getattr(request.state, "user", None)
    if user is not None and user.may(NAMED_ROLE):
        return None
    cached: Redactor | None = getattr(request.state, "public_redactor", None)
    if cached is None:
        try:
            cached = kept_redactor(request.app)
        except PseudonymKeyError as exc:  # no page without the public view: refused, saying what is missing
            log.error("the reader's view cannot be built: %s", exc)
            message = "the reader's view needs the pseudonym key (TUMEN_PSEUDONYM_KEY): see the server log"
            raise (ApiProblem(503, message) if is_api(request.url.path) else Refusal(503, message)) from None
        request.state.public_redactor = cached
    return cached


PublicDep = Annotated[Redactor | None, Depends(public_redactor)]


def kept_redactor(app: Any) -> Redactor:
    """The app's redactor (``Tumen.public_redactor``), built again only when its version changed: the persons'
    change counter (:func:`tumen.store.versions.persons_version`, bumped by the database on every change of a
    person, their names, mentions or at-risk flag) and the pseudonym key, both read before it is built."""
    tumen: Tumen = app.state.tumen
    cache: RedactorCache | None = getattr(app.state, "redactor_cache", None)
    if cache is None:
        cache = app.state.redactor_cache = RedactorCache()
    url = tumen.store.engine.url
    key = hashlib.sha256(key_for(url.get_backend_name(), url.database)).hexdigest()
    return cache.get((persons_version(tumen.store.engine), key), tumen.public_redactor)


# --- strings ---------------------------------------------------------------------------------------------------


def text(value: str | None, redactor: Redactor, document: int | None = None, url: bool = False) -> str | None:
    """A string as the public may see it (None stays None)."""
    return redactor.text(value, document, url=url) if value else value


def names(found: Mapping[str, str], redactor: Redactor) -> dict[str, str]:
    """Entity id -> name: an at-risk person's name becomes their pseudonym, every other name is redacted."""
    return {key: redactor.name(str(value), key) for key, value in found.items()}


# --- persons and case files ------------------------------------------------------------------------------------


def person(found: Person, redactor: Redactor) -> Person:
    """A person as listed: an at-risk person under their pseudonym, without aliases, titles or mention text."""
    if redactor.is_protected(found.id):
        pseudonym = redactor.pseudonym(found.id)
        mentions = [dataclasses.replace(m, quote=f"[{pseudonym}]") for m in found.mentions]
        return dataclasses.replace(found, name=pseudonym, aliases=[], titles=[], mentions=mentions, at_risk=True)
    return dataclasses.replace(
        found,
        name=redactor.text(found.name),
        aliases=[redactor.text(a) for a in found.aliases],
        titles=[redactor.text(t) for t in found.titles],
        mentions=[dataclasses.replace(m, quote=redactor.text(m.quote, m.document)) for m in found.mentions],
    )


def persons(found: Iterable[Person], redactor: Redactor) -> list[Person]:
    return [person(p, redactor) for p in found]


@dataclasses.dataclass
class _CasePage:
    """What the case-file page is built from, in the shape :func:`public_report` redacts (its ``person``)."""

    person: Person
    file: CaseFile


def case_file(file: CaseFile, redactor: Redactor) -> CaseFile:
    """A case file as the page builds on it (its person, facts, quotes, relations, names), through the same filter
    as a public case report: the page's entries, timeline, relations and matrix are all derived from it."""
    done = public_report(_CasePage(file.person, file), redactor)
    facts = [_relinked(old, new) for old, new in zip(file.facts, done.file.facts, strict=True)]
    return dataclasses.replace(
        done.file, person=person(file.person, redactor), names=names(file.names, redactor), facts=facts
    )


def _relinked(old: Fact, new: Fact) -> Fact:
    """A redacted fact whose groups, conflicts and dependencies hold its own redacted statements again (the
    corroboration matrix finds a statement's group and conflicts by identity)."""
    same = {id(o): n for o, n in zip(old.supports, new.supports, strict=True)}

    def mine(old_support: Support, new_support: Support) -> Support:
        return same.get(id(old_support), new_support)

    return dataclasses.replace(
        new,
        groups=[
            [mine(o, n) for o, n in zip(og, ng, strict=True)] for og, ng in zip(old.groups, new.groups, strict=True)
        ],
        conflicts=[
            dataclasses.replace(nc, left=mine(oc.left, nc.left), right=mine(oc.right, nc.right))
            for oc, nc in zip(old.conflicts, new.conflicts, strict=True)
        ],
        dependencies=[(mine(o, n), why) for (o, _w), (n, why) in zip(old.dependencies, new.dependencies, strict=True)],
    )


def patterns(context: list[PatternContext], redactor: Redactor) -> list[PatternContext]:
    """Pattern context: places redacted, the other persons at the same place under their pseudonyms."""
    return [
        dataclasses.replace(
            item,
            place_name=redactor.text(item.place_name),
            others=[dataclasses.replace(o, name=redactor.name(o.name, o.person_id)) for o in item.others],
        )
        for item in context
    ]


# --- documents and search --------------------------------------------------------------------------------------


def document_info(info: Info, redactor: Redactor) -> Info:
    """A document's metadata (title, outlet, author, URL, file name) redacted; a stored text is left to
    :func:`tumen.web.public_text.redacted`, which keeps the highlights' offsets."""
    meta = info.meta
    shown = dataclasses.replace(
        meta,
        title=text(meta.title, redactor, info.id),
        outlet=text(meta.outlet, redactor, info.id),
        author=text(meta.author, redactor, info.id),
        url=text(meta.url, redactor, info.id, url=True),
    )
    return dataclasses.replace(info, meta=shown, filename=text(info.filename, redactor, info.id))


def recent_documents(found: Iterable[RecentDocument], redactor: Redactor) -> list[RecentDocument]:
    """The dashboard's recent documents with their titles and outlets redacted."""
    return [
        dataclasses.replace(d, title=text(d.title, redactor, d.id), outlet=text(d.outlet, redactor, d.id))
        for d in found
    ]


def document_infos(
    found: Mapping[int, tuple[str | None, str | None, date | None]], redactor: Redactor
) -> dict[int, tuple[str | None, str | None, date | None]]:
    """Document id -> (title, outlet, published), as :func:`tumen.store.overview.document_infos` gives them."""
    return {d: (text(t, redactor, d), text(o, redactor, d), p) for d, (t, o, p) in found.items()}


def search_result(result: FacetedResult, redactor: Redactor) -> FacetedResult:
    """Faceted search results: titles, outlets and snippets redacted (a match on a name marks its label), and the
    facets' labels (places, outlets)."""
    hits = [
        dataclasses.replace(
            hit,
            title=text(hit.title, redactor, hit.document_id),
            outlet=text(hit.outlet, redactor, hit.document_id),
            snippet=redacted_parts(hit.snippet, redactor, hit.document_id),
        )
        for hit in result.hits
    ]
    facets = {
        name: [dataclasses.replace(v, label=redactor.text(v.label)) for v in values]
        for name, values in result.facets.items()
    }
    return dataclasses.replace(result, hits=hits, facets=facets)


# --- the REST API ------------------------------------------------------------------------------------------------


def api_page(section: str, page: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    """A page of ``/api/persons`` or ``/api/events`` with each item through :func:`public_item`."""
    return {**page, "items": [public_item(section, item, redactor) for item in page["items"]]}


def api_case_file(item: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    """``/api/persons/{id}``: the case file's JSON through :func:`public_case_file`."""
    return public_case_file(item, redactor)


def api_document(item: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    """``/api/documents/{ref}``: the metadata through :func:`public_item`, the text with the recorded mentions of
    at-risk persons (whatever words they are) replaced too."""
    body = item.get("text")
    done = public_item("documents", {k: v for k, v in item.items() if k != "text"}, redactor)
    if isinstance(body, str):
        done["text"] = redactor.text(body, item.get("id"), offset=0)
    return done


def api_search(page: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    """``/api/search``: each hit's title and outlet redacted, its snippet as one string with its matches kept."""
    items = []
    for hit in page["items"]:
        document = hit.get("document_id")
        done = dict(redact_value({k: v for k, v in hit.items() if k != "snippet"}, redactor, document))
        done["snippet"] = redacted_snippet(str(hit.get("snippet") or ""), redactor, document)
        items.append(done)
    return {**page, "items": items}
