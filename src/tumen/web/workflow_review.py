"""/review: the "same person?" queue (:meth:`tumen.api.Tumen.review`), each pair with its evidence for and against
and two buttons, Merge and Distinct, that record the analyst's decision (:meth:`tumen.api.Tumen.judge`).

A decision redoes the part of the case base it touches before the page answers; the pair then leaves the queue
and the page confirms what happened. A pair that was already decided, or that is not in the queue, gets a message
saying so (409 / 404), never a second decision by accident (a reloaded form, say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tumen.api import Tumen
from tumen.protect.redact import Redactor
from tumen.web.auth import user_name
from tumen.web.public import PublicDep
from tumen.web.workflow_forms import TumenDep, cross_site, has_control, render

router = APIRouter()

SHOWN = 200  # pairs on the page, strongest first; deciding them brings the next ones up
DECISIONS = {"merge": "positive", "distinct": "negative"}
_RECORD = re.compile(r"^\d{1,12}:[A-Za-z0-9_.-]{1,64}$")
_NEGATIVE_WEIGHT = re.compile(r"\s-\d+(?:\.\d+)?$")
_AGAINST_WORDS = ("kept apart", "merged although", "disjoint", "differ", "conflict")


@dataclass(frozen=True)
class Side:
    """One record of a pair: the person it belongs to now and the document that tells of them."""

    record: str
    person_id: str | None
    person_name: str
    document_id: int | None
    document_title: str


@dataclass(frozen=True)
class QueuedPair:
    left: Side
    right: Side
    score: float
    merged: bool
    evidence_for: list[str]
    evidence_against: list[str]


def _speaks_against(reason: str) -> bool:
    return bool(_NEGATIVE_WEIGHT.search(reason)) or any(word in reason for word in _AGAINST_WORDS)


def _queue(tumen: Tumen, public: Redactor | None = None) -> tuple[list[QueuedPair], int]:
    """The first SHOWN pairs of the queue, ready to show, and how many pairs the queue holds (for a reader,
    ``public``: names, titles and reasons redacted)."""
    every = tumen.review()
    pairs = every[:SHOWN]
    records = tumen.persons_of_records([r for pair in pairs for r in (pair.left, pair.right)])
    names = tumen.entity_names(set(records.values()))
    wanted = {
        int(r.split(":", 1)[0]) for pair in pairs for r in (pair.left, pair.right) if r.split(":", 1)[0].isdigit()
    }
    with tumen.store.reading() as tables:
        titles = {i: info.meta.title or f"document {i}" for i, info in tables.infos(wanted).items()}

    def side(record: str) -> Side:
        person = records.get(record)
        doc = record.split(":", 1)[0]
        document_id = int(doc) if doc.isdigit() else None
        title = titles.get(document_id, "(document gone)") if document_id is not None else "(unknown document)"
        name = names.get(person or "", person or "(no person)")
        if public is not None:
            name, title = public.name(name, person, document_id), public.text(title, document_id)
        return Side(record, person, name, document_id, title)

    queued = []
    for pair in pairs:
        reasons = list(pair.score.reasons) if public is None else [public.text(r) for r in pair.score.reasons]
        left, right = side(pair.left), side(pair.right)
        queued.append(
            QueuedPair(
                left=left,
                right=right,
                score=round(pair.score.total, 2),
                merged=left.person_id is not None and left.person_id == right.person_id,
                evidence_for=[r for r in reasons if not _speaks_against(r)],
                evidence_against=[r for r in reasons if _speaks_against(r)],
            )
        )
    return queued, len(every)


def _page(
    request: Request, tumen: Tumen, status: int = 200, public: Redactor | None = None, **context: Any
) -> HTMLResponse:
    pairs, total = _queue(tumen, public)
    base = {"pairs": pairs, "total": total, "done": None, "message": None}
    return render(request, "review.html", base | context, status)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, tumen: TumenDep, public: PublicDep) -> HTMLResponse:
    """The queue, strongest pair first; after a decision, with its confirmation."""
    params = request.query_params
    decided, left, right = params.get("decided"), params.get("left", ""), params.get("right", "")
    done = None
    if decided in DECISIONS and _RECORD.match(left) and _RECORD.match(right):
        person_left, person_right = tumen.person_of_record(left), tumen.person_of_record(right)
        names = tumen.entity_names({p for p in (person_left, person_right) if p})
        names = {k: public.name(v, k) for k, v in names.items()} if public is not None else names
        done = {
            "decision": decided,
            "left": left,
            "right": right,
            "persons": [(p, names.get(p, p)) for p in dict.fromkeys((person_left, person_right)) if p],
        }
    return _page(request, tumen, public=public, done=done)


def _already_decided(tumen: Tumen, left: str, right: str) -> str | None:
    a, b = sorted((left, right))
    for l_rec, r_rec, judgement, by in reversed(tumen.store.judgements()):
        if (l_rec, r_rec) == (a, b):
            word = "same person (merged)" if judgement == "positive" else "different people (distinct)"
            return f"{left} and {right} were already decided: {word}, by {by}."
    return None


@router.post("/review/decide", response_model=None)
async def decide(request: Request, tumen: TumenDep) -> Response:
    """Merge or Distinct for one queued pair, then back to the queue with a confirmation (303)."""
    refused = cross_site(request)
    if refused:
        return _page(request, tumen, 403, message=refused)
    form = await request.form(max_files=0, max_fields=10)
    values = {key: form.get(key) for key in ("left", "right", "decision")}
    left, right, decision = (v if isinstance(v, str) else "" for v in values.values())
    if decision not in DECISIONS:
        return _page(request, tumen, 400, message="decision: choose Merge or Distinct")
    for field, record in (("left", left), ("right", right)):
        if has_control(record) or not _RECORD.match(record):
            return _page(request, tumen, 400, message=f"{field}: not a person record (expected DOC:pN, e.g. 12:p1)")
    return await run_in_threadpool(_decide, request, tumen, left, right, decision)


def _decide(request: Request, tumen: Tumen, left: str, right: str, decision: str) -> Response:
    queued = {(p.left, p.right) for p in tumen.review()}
    if (left, right) not in queued and (right, left) not in queued:
        already = _already_decided(tumen, left, right)
        if already:
            return _page(request, tumen, 409, message=already)
        return _page(request, tumen, 404, message=f"{left} and {right} are not a pair in the review queue.")
    tumen.judge(left, right, DECISIONS[decision], by=user_name(request))  # the signed-in analyst decided
    query = urlencode({"decided": decision, "left": left, "right": right})
    return RedirectResponse(f"/review?{query}", status_code=303)
