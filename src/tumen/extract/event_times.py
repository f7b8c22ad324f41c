"""The time an event's own sentence states (``EventFinder.time_for``): a time in the trigger's phrase that
belongs to it, else one of a clause that governs the trigger, shifted by a duration between them
(:mod:`tumen.extract.time_shift`). Times the story gives undated events are :mod:`tumen.extract.story_time`'s."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract import event_syntax as syntax
from tumen.extract import time_shift
from tumen.extract.event_lexicon import modality_words
from tumen.extract.nlp import sentence_at
from tumen.extract.story_basis import cut_off
from tumen.extract.types import TimeMention

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder


def time_for(finder: EventFinder, trigger: Any, own_only: bool = False) -> TimeMention | None:
    """The time in the trigger's own phrase (not one of another event in it: "tortured … after an
    attempt to flee … until an escape in 2005"), else (unless ``own_only``) one of a clause that governs the
    trigger. A crime a charge names ("arrested on 3 May for killing his neighbour") takes only its own: the
    charge's time is not the crime's."""
    sent = sentence_at(trigger, 0)  # the document's sentences listed once (nlp.sentence_at)
    inside = [t for t in finder.times if sent.start_char <= t.start and t.end <= sent.end_char]
    inside = [t for t in inside if not cut_off(finder.doc.text, t)]
    own = [t for t in inside if syntax.span_in_subtree(t.start, t.end, trigger) and _owns(finder, trigger, t)]
    if own:  # not a dateline in the subject ("SEOUL, Oct. 19 — The government has …")
        subject = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        dash = next((t.idx for t in sent[:10] if t.text in ("—", "--", "–")), -1)
        pool = [
            t for t in own if t.start > dash and not any(syntax.span_in_subtree(t.start, t.end, c) for c in subject)
        ] or own
        return syntax.since_period(trigger, min(pool, key=lambda t: abs(t.start - trigger.idx)), finder.anchor)
    if own_only or trigger.dep_ == "amod":  # "108 repatriated workers were sent to camps in January": returned before
        return None
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else None
    clause = clause or next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    lineage = {clause.i, *(a.i for a in clause.ancestors)} if clause is not None else set()
    outer = [t for t in inside if _clause_of(finder, t) in lineage or _clause_of(finder, t) is None]
    telling = modality_words()["reporting_verbs"]  # "Laos has sent them back, an official said Tuesday": not then
    outer = [t for t in outer if (c := _clause_of(finder, t)) is None or finder.doc[c].lemma_.lower() not in telling]
    if not outer:
        return None  # "came five weeks after a soldier was shot": five weeks before
    time = _since_outer(finder, trigger, min(outer, key=lambda t: abs(t.start - trigger.idx)))
    return time_shift.shifted(trigger, time, finder.durations)


def _since_outer(finder: EventFinder, trigger: Any, time: TimeMention) -> TimeMention:
    """A governing clause's period opened by "since" is the event's period too ("have detained 900 people since
    the May 3 coup and killed 40": the killings fill it); not when the event tells the date ("since March 13,
    when police raided her home": the raid on that day), nor when it is of the clause "since" is in."""
    root = syntax.root_of(finder.doc, time.start, time.end)
    clause = (
        trigger
        if trigger.pos_ in ("VERB", "AUX")
        else next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    if root is None or root.is_ancestor(trigger) or clause is None or syntax.clause_of(root) == clause.i:
        return time  # its own clause's ("have been in custody since October 23"): the state's rule
    return syntax.since_period(trigger, time, finder.anchor)


def _owns(finder: EventFinder, trigger: Any, time: TimeMention) -> bool:
    return syntax.owns(trigger, syntax.root_of(finder.doc, time.start, time.end), finder.trigger_tokens)


def _clause_of(finder: EventFinder, time: TimeMention) -> int | None:
    return syntax.clause_of(syntax.root_of(finder.doc, time.start, time.end))
