"""Story time, the pluperfect (docs/extraction.md, "Story time"): an event told in the pluperfect ("she had been
arrested", "had fled") happened before the time the story has reached. "On 3 May 2010 Park escaped to Seoul. His
sister had been arrested" — the arrest is before the escape, not on 3 May: an undated event in the pluperfect takes no
reference time of a day from an earlier sentence told in another tense (it stays undated), but does from one told in
the pluperfect too ("On 3 May 1998 she had crossed into China. She had been arrested there": one layer of the story).
A wider reference time (a year, "the late 1990s") still dates it: reports tell what had happened by then within it
("In the late 1990s … her brother had already died of starvation"); the caller (story_time) keeps that test. Nor is a
pluperfect under a verb of saying ("She said officers had beaten her", reported speech shifted back) or timed by a
clause before it ("By the time her lawyer arrived, officers had beaten her") moved out of the story's time."""

from __future__ import annotations

from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.list_heads import list_head
from tumen.extract.nlp import token_at
from tumen.extract.types import Span

PLUPERFECT = ("had", "'d")


def pluperfect(verb: Any) -> bool:
    """ "She had been arrested", "they'd fled": a verb with the auxiliary "had" (not "has been arrested")."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in PLUPERFECT for c in verb.children)


def before_reference(tense_verb: Any, reference: Span) -> bool:
    """Whether the event of ``tense_verb`` is told in the pluperfect after an earlier sentence whose dated clause is
    not: it is before the reference time that sentence gives, not at it."""
    if not pluperfect(tense_verb) or reference.start >= tense_verb.sent.start_char or _backshifted(tense_verb):
        return False
    dated = token_at(tense_verb.doc, reference.start, reference.end)
    if dated is None:
        return True
    clause = next((a for a in dated.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return not pluperfect(clause)


def _backshifted(verb: Any) -> bool:
    """A pluperfect that is only reported speech shifted back ("She said officers had beaten her": the beating
    may be the story's own time) or is timed by a clause of its own ("By the time her lawyer arrived, officers had
    beaten her")."""
    clause = list_head(verb)
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in modality_words()["reporting_verbs"]:
        return True
    before = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_ == "advcl" for c in before):  # "when her lawyer arrived, officers had beaten her"
        return True
    return any(  # "by the time her lawyer arrived": a phrase whose noun a clause of its own describes
        c.dep_ == "prep" and any(o.dep_ == "pobj" and any(r.dep_ == "relcl" for r in o.children) for o in c.children)
        for c in before
    )
