"""Gender from a state or act of the body that only one gender has (``bodily_states`` and ``bodily_acts`` of
data/kinship.yaml): a named person the text calls pregnant or says gave birth is a woman, with the weight of an
explicit cue ("X, who was seven months pregnant", "the pregnant activist X", "X was pregnant when …", "X, who gave
birth in prison"). The state or act must be the person's in the parse: an adjective on their name or on a role noun
in apposition to it, or the complement or verb of a clause whose subject is the name (or "who" on it); a negated
one says nothing ("X, who was not pregnant"), nor does a "who" clause on a name after "of" under a noun ("the wife
of X, who was pregnant": the parse may hang it on X, but it is as often the wife's), nor an act with a "to" phrase
whose object is no person ("X, who gave birth to the student movement"; ``bodily_act_persons``). Pronoun subjects
are left to the pronouns' own votes."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Entity
from tumen.extract.vocab import load

RELATIVES = ("who", "that")


def vote_bodily_cues(doc: Any, person_of: Callable[[Any], Entity | None]) -> None:
    data = load("kinship.yaml")
    states: dict[str, str] = data.get("bodily_states") or {}
    acts: dict[str, str] = data.get("bodily_acts") or {}
    strong = float(data["strong_gender_weight"])
    act_starts = _act_starts(tuple(acts))
    for token in tokens_with(doc, "POS", ("ADJ", "VERB")):
        gender, person = None, None
        pos = token.pos_
        if pos not in ("ADJ", "VERB"):
            continue
        lemma = str(token.lemma_).lower()
        if pos == "VERB" and lemma not in act_starts:
            continue  # no act begins with its lemma ("give" of "give birth")
        if pos == "ADJ" and lemma in states:
            gender = states[lemma]
            if token.dep_ == "amod":
                person = _named(token.head, person_of)
            elif token.dep_ in ("acomp", "attr") and not _negated(token.head):
                person = _subject(token.head, person_of)
        elif pos == "VERB" and not _negated(token):
            gender = acts.get(_act(token))
            if gender is not None and not _to_a_person(token, data, person_of):
                gender = None
            person = _subject(token, person_of) if gender else None
        if gender is not None and person is not None:
            person.gender_votes[gender] = person.gender_votes.get(gender, 0.0) + strong


@lru_cache(maxsize=4)
def _act_starts(acts: tuple[str, ...]) -> frozenset[str]:
    """Each act and each of its beginnings that ends before a space: the lemmas a verb telling one may have."""
    return frozenset({*acts, *(act[:i] for act in acts for i, ch in enumerate(act) if ch == " ")})


def _act(verb: Any) -> str:
    """The act a verb tells: its lemma, or its lemma and object ("give birth")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = str(verb.lemma_).lower()
    return f"{lemma} {str(objects[0].lemma_).lower()}" if objects else lemma


def _to_a_person(verb: Any, data: dict[str, Any], person_of: Callable[[Any], Entity | None]) -> bool:
    """An act with no "to" phrase, or whose "to" phrase (on the verb or on its object: "gave birth to twins") has a
    person as its object: a kinship word, a word of ``bodily_act_persons``, or a named person."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    if not preps:
        return True
    words = set(data.get("bodily_act_persons") or ()) | set(data.get("kin") or {})
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(str(o.lemma_).lower() in words or o.lower_ in words or person_of(o) is not None for o in objects)


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _named(noun: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """The person a noun names: a name, or a role noun in apposition with one ("the pregnant activist X", "X, a
    pregnant mother of two")."""
    if (person := person_of(noun)) is not None:
        return person
    if noun.dep_ == "appos" and (person := person_of(noun.head)) is not None:
        return person
    return next((p for c in noun.children if c.dep_ == "appos" and (p := person_of(c)) is not None), None)


def _subject(verb: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """The named subject of a verb, or the name a relative clause of "who" stands on."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in RELATIVES:
            return person_of(verb.head) if verb.dep_ == "relcl" and not _of_a_noun(verb.head) else None
        if child.pos_ == "PROPN":
            return person_of(child)
    return None


def _of_a_noun(name: Any) -> bool:
    """A name after "of" under a noun ("the wife of X", "the lawyer of X"): a "who" clause after it may be the
    noun's as well as the name's, so it says nothing of the name."""
    return bool(name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.pos_ in ("NOUN", "PROPN"))
