"""One who escaped the harm the others suffered is not its victim: "They were executed by firing squad, though the boy
was able to escape execution" — the boy is not executed, whoever "they" stands for (docs/extraction.md, "Who 'they'
are"). A person who is the subject of a verb of ``lists.escaping`` in data/events.yaml (escape, evade, avoid …) whose
object is a noun of the same event type, in the event's sentence, is no participant of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.event_lexicon import lexicon
from tumen.extract.nlp import sentence_at
from tumen.extract.victim_lists import list_words


def escapers(trigger: Any, event_type: str, entity_of: Callable[[Any], str | None]) -> set[str]:
    """The entities that escaped an event of ``event_type`` in the trigger's sentence ("the boy escaped execution")."""
    escaping = list_words("escaping")
    nouns = lexicon().nouns
    found: set[str] = set()
    for verb in sentence_at(trigger, 0):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in escaping:
            continue
        harms = [
            c for c in verb.children if c.dep_ == "dobj" and (t := nouns.get(c.lemma_.lower())) and t.type == event_type
        ]
        if not harms:
            continue
        for subject in _subjects(verb):
            if (entity := entity_of(subject)) is not None:
                found.add(entity)
    return found


def _subjects(verb: Any) -> list[Any]:
    """The verb's subject, or the subject of what it completes ("the boy was able to escape": the boy)."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
            return []
        node = node.head
    return []
