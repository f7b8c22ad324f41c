"""A child's birth told by the parent's giving birth: "Ana Berg gave birth to a daughter in 2005", "she bore a son in
2005" — the daughter (or son: the kin noun coreference made a relative of the subject,
:func:`tumen.extract.kin_anchors.owner_by_have`) was born then, the time of the clause (docs/extraction.md,
"Machine-translated and careless text; gender; people known by kinship, age or role")."""

from __future__ import annotations

from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.kin_anchors import birth_verb
from tumen.extract.nlp import token_at
from tumen.extract.types import TimeMention
from tumen.extract.vocab import load


def date_births_given(doc: Any, times: list[TimeMention], tokens: dict[int, str], grouping: Grouping) -> None:
    """The child of each clause of giving birth (``birth_phrase``, or a verb of ``bearing_verbs``) with a time of
    its own, and no birth known yet, is born at that time."""
    words = load("kinship.yaml")
    for time in times:
        token = token_at(doc, time.start)
        if time.interval is None or time.kind != "DATE" or token is None:
            continue
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for child in _born(verb, words):
            entity_id = tokens.get(child.i)
            entity = grouping.by_id(entity_id) if entity_id is not None else None
            if entity is not None and entity.kind == "person" and entity.birth is None:
                entity.birth = time.interval


def _born(verb: Any, words: dict[str, Any]) -> list[Any]:
    """The kin nouns a clause of giving birth brings into the world."""
    if verb.lemma_.lower() in words["bearing_verbs"]:
        return [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "to" on the verb or on "birth"
    objects = [o for h in heads for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [o for o in objects if (found := birth_verb(o, words["birth_phrase"])) is not None and found.i == verb.i]
