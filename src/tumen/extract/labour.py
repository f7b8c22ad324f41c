"""Reprisals against workers (``requires: reprisal`` and ``requires: wage_earners`` in ``data/events.yaml``; words
under ``conditions:``).

- **reprisal** — a dismissal told as a reprisal: for what the worker did as a member of a union, a striker, a
  protester or a speaker (*fired for joining a union*, *sacked over her posts criticising the mayor*, *dismissed
  after taking part in the strike*, *fired in retaliation for the walkout*), or of union people (*the company sacked
  three union organisers*, *the striking drivers were dismissed*). A layoff, a restructuring or a dismissal for
  anything else (*fired for theft*, *sacked after a string of defeats*) is no reprisal. The one dismissed is a person
  or a group: the object or passive subject of the verb, or what "of" or a possessive names for the noun (*the
  dismissal of two shop stewards*, *her sacking for speaking out*).
- **wage_earners** — wages withheld (``negated_verbs``: *the crew had not been paid since March*, *the company did
  not pay its cleaners*; and **failed_wages**, a payment a verb of failing governs: *failed to pay the crew*): the one
  not paid is a worker and the clause says nothing of how much
  (*workers are not paid enough*, *not paid a living wage* is low pay, no wage withheld).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.event_lexicon import condition_words

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

CAUSE_CLAUSE_MARKS = ("after", "because", "for", "when")
PERSONAL_POSSESSIVES = ("his", "her", "their", "my", "our", "your")
TIME_PREPOSITIONS = ("after", "following")


def reprisal(finder: EventFinder, trigger: Any) -> bool:
    """A dismissal of a person or group in reprisal for their union activity, strike, protest or speech."""
    dismissed = _dismissed(finder, trigger)
    if not dismissed:
        return False
    return _for_activity(finder, trigger) or any(_union_people(phrase) for phrase in dismissed)


def wage_earners(finder: EventFinder, trigger: Any) -> bool:
    """Wages withheld from workers: the one not paid is a worker, and no word says it is only low pay."""
    words = condition_words()
    if any(t.lower_ in words["low_pay"] for t in trigger.subtree):
        return False
    paid = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    paid += [o for p, o in finder.preps(trigger) if p == "to"]
    return any(_worker(phrase, words["wage_earners"]) for phrase in paid)


def failed_wages(finder: EventFinder, trigger: Any) -> bool:
    """ "failed to pay the crew": a payment a verb of failing governs, to workers."""
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and head.lemma_.lower() in condition_words()["failing"]
        and (wage_earners(finder, trigger))
    )


def _dismissed(finder: EventFinder, trigger: Any) -> list[Any]:
    """The phrases naming a person or group the trigger dismisses."""
    if trigger.pos_ == "VERB":
        phrases = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        phrases = [o for p, o in finder.preps(trigger) if p == "of"]
        phrases += [c for c in trigger.children if c.dep_ == "poss"]
    workers = condition_words()["wage_earners"]
    return [
        p
        for p in phrases
        if finder.entity_in(p, ("person", "group")) is not None
        or _union_people(p)
        or _worker(p, workers)  # "fired three workers"
        or (p.dep_ == "poss" and p.lower_ in PERSONAL_POSSESSIVES)  # "her dismissal"
    ]


def _for_activity(finder: EventFinder, trigger: Any) -> bool:
    """A cause after "for", "over", "after" or "in retaliation for" that names union activity, a strike, a protest or
    speech; or a clause of such a cause ("after she spoke out", "because they joined the union")."""
    words = condition_words()
    activities = words["reprisal_activities"]
    for preposition, pobj in _causes(trigger):
        if preposition in words["reprisal_prepositions"] and _names(pobj, activities) and _own(preposition, pobj):
            return True
        if pobj.lemma_.lower() in words["reprisal_nouns"]:  # "in retaliation for the strike", "as punishment"
            return True
    for clause in trigger.children:
        if clause.dep_ != "advcl" or not any(m.lower_ in CAUSE_CLAUSE_MARKS for m in clause.children):
            continue
        if clause.lemma_.lower() in activities or _names(clause, activities):
            return True
    return False


def _causes(trigger: Any) -> list[tuple[str, Any]]:
    """What the trigger's prepositions govern, a noun or a gerund ("for joining a union"), also where the parser
    hung the preposition on the object or the agent ("fired three workers for joining a union", "was sacked by the
    firm over her posts")."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    holders += [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return [
        (prep.lower_, o)
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep"
        for o in prep.children
        if o.dep_ in ("pobj", "pcomp")
    ]


def _own(preposition: Any, cause: Any) -> bool:
    """A cause after "after" or "following" is the dismissed's own only told as their deed ("after taking part in the
    strike", "after their walkout"): "the president sacked the police chief after the protests" tells a time."""
    if preposition not in TIME_PREPOSITIONS:
        return True
    return cause.pos_ == "VERB" or any(c.dep_ == "poss" for c in cause.children)


def _names(phrase: Any, activities: frozenset[str]) -> bool:
    return any(t.lemma_.lower() in activities or t.lower_ in activities for t in phrase.subtree)


def _union_people(phrase: Any) -> bool:
    """ "union members", "three shop stewards", "the striking drivers", "600 supporters of the union"."""
    people = condition_words()["union_people"]
    near = [phrase, *(c for c in phrase.children if c.dep_ in ("compound", "amod"))]
    of = [c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"]
    near += [o for c in of for o in c.children if o.dep_ == "pobj"]  # "600 supporters of the union"
    return any(t.lower_ in people or any(c.dep_ == "compound" and c.lower_ in people for c in t.children) for t in near)


def _worker(phrase: Any, workers: frozenset[str]) -> bool:
    """The phrase's head or a noun before it names workers ("the crew", "15 crew members", "its cleaners")."""
    if phrase.lemma_.lower() in workers or phrase.lower_ in workers:
        return True
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in workers for c in phrase.children)
