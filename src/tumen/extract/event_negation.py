"""Senses a verb's own negation tells (``negated_verbs`` in ``data/events.yaml``): *her sister went to find
food and never came back* is a disappearance, *her son did not survive the winter* a death, *she has never
seen her daughter since* a separation. Such a sense is tried only where the verb itself is negated ("not",
"never" on it), before the verb's other senses; the event is asserted unless something other than that
negation governs it (*she would not have survived*: hypothetical; :func:`tumen.extract.modality.classify`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.event_lexicon import Trigger, condition_words

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

DESTINATION_PREPOSITIONS = ("to", "into", "toward", "towards")
STAYING_WORDS = ("home", "there", "here")
SEEING_AGAIN = ("since", "again")


def negated(verb: Any) -> bool:
    """The verb itself is negated: "did not survive", "had never come back"."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def sense(finder: EventFinder, verb: Any, lemma: str) -> Trigger | None:
    """The sense the negated ``verb`` tells, with its condition met, or None (also when it is not negated)."""
    if not negated(verb):
        return None
    particles = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "advmod")]
    for key in [*((lemma, p) for p in particles), (lemma, "")]:
        trigger = finder.lex.negated.get(key)
        if trigger is not None and finder.satisfied(verb, trigger.requires):
            return trigger
    return None


def no_destination(verb: Any) -> bool:
    """ "never came back" with nowhere after it, and not after a departure to stay somewhere: *went to find
    food and never returned* tells a fate unknown, *never returned to Hyesan*, *never came home* and *fled to
    Seoul and never returned* tell where one stayed; *decided not to return* (a verb of ``choosing``) and *would not
    return to direct the film* (an infinitive of purpose) tell a choice, not a fate."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd") or child.lower_ in STAYING_WORDS:
            return False
        if child.dep_ == "prep" and child.lower_ in DESTINATION_PREPOSITIONS:
            return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in condition_words()["choosing"]:
        return False  # "decided not to return": a choice of where to stay
    if any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return False  # "would not return to direct the sequel": a role not taken up again
    departure = verb.head if verb.dep_ == "conj" else None
    return departure is None or departure.lemma_.lower() not in condition_words()["staying_departures"]


def seen_since(finder: EventFinder, verb: Any) -> bool:
    """ "has never seen her since", "did not see him again": a person not seen from then on."""
    if not any(c.lower_ in SEEING_AGAIN for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and finder.entity_in(c, ("person",)) for c in verb.children)
