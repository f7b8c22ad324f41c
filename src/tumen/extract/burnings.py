"""A person burned to death or alive (rules in docs/extraction.md, "Violations: senses, the described victim and doers
named by the deed"); the words are ``burnt`` of ``conditions`` and ``burnings`` of ``undergoing`` in
``data/events.yaml``.

"Soldiers burned him to death", "she was burnt alive": a killing of the one burned (``requires: burnt``, as "shot
dead" is one: ``fatal``, and "alive" besides). "Dara Loman burned to death", "he burned alive in his car": told with no
one who burned them, the verb tells the death of its subject (``requires: burnt_dead``) — a death, whatever its
cause, until the sentence tells who set the fire: "burned to death after a mob torched his house", "was burnt alive
when soldiers set the hut on fire" — those who set it killed them (:func:`tumen.extract.undergone.fire_setter`).
"""

from __future__ import annotations

from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract.event_lexicon import condition_words

CONDITIONS = frozenset({"burnt", "burnt_dead"})


def _to_death(verb: Any) -> bool:
    """ "burned to death", "burnt alive", "burned dead": a word of ``fatal`` or ``burnt`` in the verb's phrase."""
    words = condition_words()
    near = [*verb.children, *(t for c in verb.children if c.dep_ == "prep" for t in c.children)]
    return any(t.lower_ in words["fatal"] | words["burnt"] for t in near)


def holds(finder: Any, verb: Any, requires: str) -> bool:
    """``burnt``: burned to death or alive, a person its object or passive subject ("burned him alive", "was burnt to
    death"); ``burnt_dead``: burned to death or alive, active and with no object, its subject a person ("Dara Loman
    burned to death")."""
    if not _to_death(verb):
        return False
    if requires == "burnt":
        undergone = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(finder.satisfied(verb, "person_object") or any(map(finder.described_someone, undergone)))
    if syntax.passive(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = finder.subjects(verb)[0]
    return subject is not None and (finder.person(subject) or finder.described_someone(subject))
