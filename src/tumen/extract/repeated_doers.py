"""An arrest of the doers told before under the same noun (rules in docs/extraction.md, "Violations"): "A man
attacked the reporter Ana Berg in Tarvik. … Police arrested the man on Tuesday", "Two men attacked Ana Berg. … The
two men were detained". The doer of a harm the report tells (the subject of its verb, or its "by" agent) may be no
one named; a later arrest, detention, trial or sentencing whose object or passive subject is a definite noun of the
same word (``accused.repeated_doers``: "the man", "the two men"; not "the other man") takes them up: law
enforcement against the suspects of that harm, as when they are named."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from tumen.extract.vocab import load

Told = dict[tuple[str, bool], list[tuple[int, bool]]]  # (lemma, plural): where it was told, and whether as a doer


@cache
def _words(kind: str) -> frozenset[str]:
    """``accused.repeated_doers`` of data/events.yaml: the determiners of a definite noun ("determiners") and the
    words that make it someone else ("others": "the other man")."""
    return frozenset(str(w) for w in load("events.yaml")["accused"]["repeated_doers"][kind])


def _key(noun: Any) -> tuple[str, bool]:
    return noun.lemma_.lower(), noun.tag_ in ("NNS", "NNPS")  # "the man" takes up "a man", not "two men"


def doer_nouns(triggers: Iterable[Any]) -> Told:
    """The nouns (by lemma and number) that name the doers of the harms whose verbs are ``triggers`` — the active
    subject ("A man stabbed …") or the "by" agent ("was beaten by two men") — and those that name whom the harm
    befell (its object or passive subject: "attacked a man"), each with where it was told; not a name or a pronoun,
    which their entities carry."""
    found: Told = {}
    for verb in triggers:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        told = [(d, True) for t in doers for d in (t, *t.conjuncts)]
        told += [(p, False) for t in patients for p in (t, *t.conjuncts)]
        for noun, doer in told:
            if noun.pos_ == "NOUN":
                found.setdefault(_key(noun), []).append((noun.i, doer))
    return found


def takes_up_a_doer(patients: Iterable[Any], doers: Told) -> bool:
    """Whether one of those an arrest befalls is a definite noun naming doers told before, in the same number, and
    not last told as the one harmed: "the man" after "A man stabbed …", not after "Two men attacked a man"."""
    for noun in patients:
        told = sorted(t for t in doers.get(_key(noun), []) if t[0] < noun.i)
        if noun.pos_ != "NOUN" or not told or not told[-1][1]:
            continue
        if any(c.lower_ in _words("others") for c in noun.children):
            continue  # "the other man arrested with him": someone else
        if any(c.dep_ == "det" and c.lower_ in _words("determiners") for c in noun.children):
            return True
    return False
