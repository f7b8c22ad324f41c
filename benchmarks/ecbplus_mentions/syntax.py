"""What the dependency parse of one sentence says about its mentions: which entity mentions are the same
thing (appositions, "actress Esther Williams", relative pronouns, "X is a Y"), and which entity mentions
are the arguments of an event trigger (doer, undergoer, prepositional, time and place)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .pronouns import RELATIVE_PRONOUNS
from .records import Mention, Span

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})


def entity_tokens(entities: Sequence[Span], heads: Mapping[str, int]) -> dict[int, str]:
    """Word position -> the smallest entity mention covering it (a mention's head is its own)."""
    covering: dict[int, tuple[int, str]] = {}
    for span in entities:
        for i in span.tokens:
            if i not in covering or len(span.tokens) < covering[i][0]:
                covering[i] = (len(span.tokens), span.key)
    result = {i: key for i, (_size, key) in covering.items()}
    for span in entities:
        result[heads[span.key]] = span.key
    return result


def identity_links(
    doc: Any, head: int, span: Span, entity_at: Mapping[int, str], records: Mapping[str, Mention]
) -> tuple[tuple[str, str], ...]:
    """Mentions of the same sentence that the syntax says are the same as this one."""
    token = doc[head]
    found: list[tuple[str, str]] = []

    def other(i: int) -> str | None:
        key = entity_at.get(i)
        return key if key is not None and key != span.key else None

    me = records[span.key]
    if token.dep_ == "appos":  # "Alice McMeekin, his mother"
        key = other(token.head.i)
        if key:
            found.append((key, "apposition"))
    if token.dep_ in ("compound", "nmod") and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
        key = other(token.head.i)  # "actress Esther Williams"
        if key and records[key].type == me.type:
            found.append((key, "title before a name"))
    if token.dep_ == "attr" and token.head.lemma_ in ("be", "become", "remain"):  # "Williams was a swimmer"
        for child in token.head.children:
            if child.dep_ == "nsubj":
                key = other(child.i)
                if key:
                    found.append((key, "X is Y"))
    if token.lower_ in RELATIVE_PRONOUNS:  # "Williams, who ..."
        verb = token.head
        while verb.dep_ not in ("relcl", "ROOT") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl":
            key = other(verb.head.i)
            if key:
                found.append((key, "relative pronoun"))
    return tuple(found)


def event_arguments(
    doc: Any, head: int, entity_at: Mapping[int, str], entities: Sequence[Span], records: Mapping[str, Mention]
) -> tuple[tuple[str, str], ...]:
    """(role, entity key) of the entity mentions attached to an event trigger: A0 the doer, A1 what is
    done to, P a prepositional argument, TIME and LOC the sentence's times and places (nearest first)."""
    found: list[tuple[str, str]] = []
    trigger = doc[head]

    def add(role: str, token: Any) -> None:
        key = entity_at.get(token.i)
        if key is None:
            key = next((entity_at[t.i] for t in token.subtree if t.i in entity_at), None)
        if key is not None and records[key].type not in ("time", "location") and (role, key) not in found:
            found.append((role, key))
        for conj in token.conjuncts:
            if conj.i in entity_at and (role, entity_at[conj.i]) not in found:
                found.append((role, entity_at[conj.i]))

    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            add("A0", child)
        elif child.dep_ in OBJECT_DEPS:
            add("A1", child)
        elif child.dep_ == "agent":
            for grandchild in child.children:
                add("A0", grandchild)
        elif child.dep_ == "poss":
            add("A1" if trigger.pos_ == "NOUN" else "A0", child)
        elif child.dep_ in ("compound", "nmod") and trigger.pos_ == "NOUN":
            add("A1", child)
        elif child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    add("A1" if child.lower_ == "of" and trigger.pos_ == "NOUN" else "P", grandchild)
    if trigger.dep_ in ("relcl", "acl") and trigger.head.i in entity_at:
        add("A0" if trigger.dep_ == "relcl" else "A1", trigger.head)
    if trigger.dep_ in ("xcomp", "conj", "advcl") and not any(r == "A0" for r, _ in found):
        for child in trigger.head.children:
            if child.dep_ in SUBJECT_DEPS:
                add("A0", child)
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):  # "was found dead"
        for child in trigger.head.children:
            if child.dep_ in SUBJECT_DEPS or child.dep_ in ("nsubjpass", "dobj"):
                add("A1", child)
    if trigger.pos_ == "ADJ" and trigger.dep_ == "amod":  # "the dead man"
        add("A1", trigger.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "attr") and not any(r == "A0" for r, _ in found):
        for child in trigger.head.children:  # "carried out the attack", "was a suicide"
            if child.dep_ in SUBJECT_DEPS:
                add("A0" if trigger.dep_ == "dobj" else "A1", child)
    for role, wanted in (("TIME", "time"), ("LOC", "location")):
        near = sorted((abs(s.tokens[0] - head), s.key) for s in entities if records[s.key].type == wanted)
        found.extend((role, key) for _distance, key in near)
    return tuple(found)
