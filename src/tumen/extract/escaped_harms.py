"""One who escaped the harm the others suffered is not its victim: "They were executed by firing squad, though the boy
was able to escape execution" — the boy is not executed, whoever "they" stands for (docs/extraction.md, "Who 'they'
are"). A person who is the subject of a verb of ``lists.escaping`` in data/events.yaml (escape, evade, avoid …) whose
object is a noun of the same event type, told after the event in its sentence, is no participant of it — not when
the escape failed, was only tried, is negated or has a date of its own ("escaped execution in 1998 but was executed
in 2001")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.doc_memo import kept_with
from tumen.extract.event_lexicon import lexicon
from tumen.extract.event_syntax import subjects
from tumen.extract.nlp import sentence_at
from tumen.extract.victim_lists import list_words


def escapers(trigger: Any, event_type: str, entity_of: Callable[[Any], str | None]) -> set[str]:
    """The entities that escaped an event of ``event_type`` in the trigger's sentence ("the boy escaped execution")."""
    candidates = _escape_verbs(trigger.doc)
    if not candidates:  # most documents tell no escape from a harm: no sentence is read
        return set()
    nouns = lexicon().nouns
    found: set[str] = set()
    sentence = sentence_at(trigger, 0)
    for verb in (trigger.doc[i] for i in candidates if trigger.i < i < sentence.end):
        if verb.pos_ != "VERB" or _untold(verb):
            continue  # an exception told after the harm ("executed, though the boy escaped execution")
        harms = [
            c for c in verb.children if c.dep_ == "dobj" and (t := nouns.get(c.lemma_.lower())) and t.type == event_type
        ]
        if not harms:
            continue
        for subject in subjects(verb, clauses=3):  # "the boy was able to escape": the boy
            if (entity := entity_of(subject)) is not None:
                found.add(entity)
    return found


def _escape_verbs(doc: Any) -> list[int]:
    """The document's tokens whose lemma is a verb of ``lists.escaping``, listed once (from its array of lemma
    hashes, no token made) and kept with it."""

    def found() -> list[int]:
        lemmas = {doc.vocab.strings[w] for w in list_words("escaping")}
        return [i for i, lemma in enumerate(doc.to_array(["LEMMA"]).tolist()) if lemma in lemmas]

    return kept_with(doc, "tumen_escapes", found)


def _untold(verb: Any) -> bool:
    """An escape that did not happen or is of another occasion: under a verb of failing or trying ("failed to escape
    execution"), negated, or with a date of its own ("avoided arrest in 1998")."""
    governors = [verb, *verb.ancestors][:3]
    if any(g.lemma_.lower() in list_words("escape_failures") for g in governors[1:]):
        return True
    if any(c.dep_ == "neg" for g in governors for c in g.children):
        return True
    return any(t.ent_type_ == "DATE" for t in verb.subtree)
