"""Two clauses of one time (docs/extraction.md, "Story time"): a clause opened by a word of simultaneity
(``story: simultaneity_marks``: "as", "while") and the clause it hangs on happened together, so a date that only one
of them states is the other's too — "Ana Berg was beaten as police dispersed the protest on 3 May" (the beating on
3 May), "As she was being questioned on Monday, officers beat her" (Monday). Not a clause in the perfect or with a
modal ("arrested as he had criticised the army in 2015": a cause, told before), nor one after its main clause and a
comma, which contrasts ("Ivo Lesk was released in May, while Ana Berg was detained")."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from tumen.extract.event_syntax import marked_clause, root_of
from tumen.extract.story_basis import INHERITED, inherit, undated
from tumen.extract.time_clauses import clause_of
from tumen.extract.types import Event, Span, TimeMention
from tumen.extract.vocab import load

CLAUSE_POS = ("VERB", "AUX")
DATED = ("DATE", "TIME")


@cache
def _marks() -> frozenset[str]:
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["simultaneity_marks"])


def _simultaneous(clause: Any) -> bool:
    """An adverbial clause opened by a mark of simultaneity, not in the perfect nor with a modal."""
    if not marked_clause(clause, _marks()):
        return False
    mark = min(t.i for t in clause.subtree)
    if clause.head.i < mark and clause.doc[mark - 1].text in (",", ";"):
        return False  # "Ivo Lesk was released in May, while Ana Berg was detained": a contrast
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return not any(c.lemma_.lower() == "have" or c.tag_ == "MD" for c in helpers)


def partners(verb: Any) -> list[Any]:
    """The clauses that happened together with the clause of ``verb``: its simultaneous clauses, and the clause it
    is one of."""
    found = [c for c in verb.children if c.pos_ in CLAUSE_POS and _simultaneous(c)]
    if _simultaneous(verb) and verb.head.i != verb.i:
        found.append(verb.head)
    return found


def date_simultaneous(
    events: list[Event], tokens_of: dict[int, Any], times: list[TimeMention], anchor: date | None
) -> None:
    """Undated events whose clause happened together with a clause that states a date take that date."""
    for event in events:
        token = tokens_of[id(event)]
        if not undated(event) or token is None:
            continue
        verb = token if token.pos_ in CLAUSE_POS else next((a for a in token.ancestors if a.pos_ in CLAUSE_POS), None)
        if verb is None:
            continue
        for other in partners(verb):
            time = _time_of(other, times, anchor)
            if time is not None and time.interval is not None:
                inherit(event, time.interval, Span(time.start, time.end, time.text), INHERITED)
                break


def _time_of(verb: Any, times: list[TimeMention], anchor: date | None) -> TimeMention | None:
    """The one date of the clause of ``verb`` (its own words, not a clause inside it)."""
    sent = verb.sent
    found = []
    for time in times:
        if time.interval is None or time.kind not in DATED or not sent.start_char <= time.start < sent.end_char:
            continue
        if anchor is not None and time.interval.earliest > anchor:
            continue
        root = root_of(verb.doc, time.start, time.end)
        if root is not None and clause_of(root) == verb.i:
            found.append(time)
    return found[0] if len(found) == 1 else None
