"""Placed in custody: who is held and who holds in "X was taken into custody" (rules in docs/extraction.md,
"Violations").

A custody noun ("custody", "arrest", "detention") after "into", "in" or "under", governed by a verb of placing or
keeping (``events.yaml`` ``custody_phrases``), is the custody the verb's passive subject or active object is put
in: "Ana Ruel was taken into custody", "police took Ana Ruel into custody", "he was placed under arrest", "both
were remanded in custody". They are its victims; the verb's active subject or agent ("by the police") holds them.
A custody left ("she was released from custody", "he escaped from detention") held the one who left it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract import event_args as args
from tumen.extract.event_lexicon import condition_words, kin_nouns
from tumen.extract.role_words import is_person_noun
from tumen.extract.vocab import load, word_sets

Subjects = Callable[[Any], tuple[Any | None, Any | None, Any | None]]


@dataclass(frozen=True)
class Words:
    verbs: frozenset[str]
    prepositions: frozenset[str]
    held_by: frozenset[str]
    done_by_owner: frozenset[str]
    befalls_of: frozenset[str]
    left_from: frozenset[str]
    left_by: frozenset[str]


@cache
def words() -> Words:
    data = load("events.yaml")["custody_phrases"]
    return Words(*word_sets(data, Words.__dataclass_fields__))


def _with_conjuncts(token: Any | None) -> list[Any]:
    return [token, *token.conjuncts] if token is not None else []


def held(noun: Any, event_type: str, subjects: Subjects) -> list[tuple[Any, bool]]:
    """Those a custody noun holds (``False``) and those who hold them (``True``): the subject of a verb of being
    in detention ("X remains in detention", ``event_args.held_in``), or the patient and the doer of a verb of
    placing or keeping whose "into", "in" or "under" the noun is ("taken into custody", "placed under arrest");
    nobody otherwise ("the custody of the documents"). ``subjects`` gives a verb's (subject, patient, agent),
    shared subjects included ("were arrested and remanded in custody")."""
    if event_type in ("detention", "arrest") and (staying := args.held_in(noun)):  # "remains under arrest"
        return [(token, False) for token in staying]
    if keepers := holders_of(noun):  # "she remains in the custody of the police"; not "of her aunt": a guardian's
        private = condition_words()["private_recipients"] | kin_nouns()
        keepers = [k for k in keepers if k.lemma_.lower() not in private]
        return [*((token, False) for token in _kept(noun)), *((token, True) for token in keepers)] if keepers else []
    vocab = words()
    if event_type == "detention" and left(noun):  # "she was released from custody", "he escaped from detention"
        subject, patient, agent = subjects(noun.head.head)
        if patient is None:
            return [(token, False) for token in _with_conjuncts(subject)]
        return _placed(subject, patient, agent)  # "police released her from detention"
    if noun.dep_ != "pobj" or noun.head.lower_ not in vocab.prepositions or noun.head.dep_ != "prep":
        return []
    if any(c.dep_ in ("det", "poss") for c in noun.children):  # "kept in the custody of his aunt": a guardian's
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.verbs:
        return []
    subject, patient, agent = subjects(verb)
    if patient is None:  # "the court took the case into custody" has no one placed
        return []
    return _placed(subject, patient, agent)


def _placed(subject: Any, patient: Any, agent: Any) -> list[tuple[Any, bool]]:
    """The patient held (``False``) and the subject and agent holding (``True``), each with its conjuncts."""
    holders = [*_with_conjuncts(subject), *_with_conjuncts(agent)]
    return [*((token, False) for token in _with_conjuncts(patient)), *((token, True) for token in holders)]


def left(noun: Any) -> bool:
    """A custody noun after a preposition of leaving (``left_from``) on a verb of leaving it (``left_by``): "released
    from custody", "freed from detention", "escaped from custody". It tells a detention of the one who left it, and
    of no one else (not "spoke to reporters from detention", "rescued from abuse")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in words().left_from:
        return False
    verb = head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words().left_by


def holders_of(noun: Any) -> list[Any]:
    """Who holds in a custody one is in or under (``held_by``): the noun's "of" — "she remains in the custody of the
    police", "children under the custody of armed groups" (not "the arrest of Kim": who is arrested)."""
    if noun.lemma_.lower() not in words().held_by or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under"):
        return []
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def owner_role(noun: Any, subject_role: str, object_role: str) -> str:
    """The role of an event noun's possessor: its doer for a raid ("the police's raid", ``done_by_owner``), a
    custody one is in, into or under ("in the navy's custody", ``held_by``) or a noun whose "of" names whom it befell
    ("the government's detention of Muslims"), else the one it befalls ("her arrest", "the boy's shooting", "the
    child's custody was shifted")."""
    lemma = noun.lemma_.lower()
    held_in = lemma in words().held_by and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into", "under")
    return subject_role if held_in or lemma in words().done_by_owner or _befalls_another(noun) else object_role


def _befalls_another(noun: Any) -> bool:
    """Whether an event noun's "of" names whom it befell — people ("the government's detention of Muslims", "the army's
    killing of three farmers", ``befalls_of``) — which leaves its possessor the doer; not an "of" of time or of a
    thing ("her detention of two years", "the regime's abuse of the country's resources")."""
    return any(
        o.dep_ == "pobj" and (o.ent_type_ in ("PERSON", "NORP") or is_person_noun(o))
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in words().befalls_of
        for o in c.children
    )


def _kept(noun: Any) -> list[Any]:
    """Who is in a custody: the patient, else the subject, of the verb its "in" or "under" hangs on ("she remains in
    the custody of", "police placed her in the custody of"), or the noun it describes ("children under the custody
    of armed groups")."""
    head = noun.head.head
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _with_conjuncts(head)
    for roles in (("nsubjpass", "dobj"), ("nsubj",)):  # "placed her in the custody of the police": her
        found = [t for c in head.children if c.dep_ in roles for t in _with_conjuncts(c)]
        if found:
            return found
    return []
