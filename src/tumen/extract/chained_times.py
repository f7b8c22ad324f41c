"""Story time, rule 2 (docs/extraction.md, "Story time"): an undated event coordinated with, or governed by, a dated
event of its sentence ("was caught in May and sent back") takes that event's time."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from tumen.extract import role_words
from tumen.extract.age_dates import told_at_an_age
from tumen.extract.event_lexicon import modality_words
from tumen.extract.nlp import sentence_at
from tumen.extract.story_basis import STATED, inherit, undated
from tumen.extract.types import Event
from tumen.extract.vocab import load

# A counted shift ("two years later", "a few months afterwards"), not "later that year" (still that year).
SHIFT = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\s+(?:later|afterwards?)\b", re.IGNORECASE)
CHAIN_DEPS = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl", "relcl", "amod")


def _chain(token: Any) -> set[int]:
    """The trigger and the clause heads it hangs from, up to its sentence's root."""
    found = {token.i}
    node = token
    while node.dep_ in CHAIN_DEPS and node.head.i != node.i and len(found) < 8:
        node = node.head
        found.add(node.i)
    return found


def chained(events: list[Event], tokens_of: dict[int, Any], anchor: date | None = None) -> None:
    """ "was caught in May and sent back": the return takes the time of the arrest it is chained to; through an
    attempt's complement ("tried to flee in 2013 but was arrested") never a time after publication (``anchor``)."""
    sentences: dict[int, int] = {}  # token index -> its sentence's start, each found once

    def sentence_start(token: Any) -> int:
        if token.i not in sentences:
            sentences[token.i] = sentence_at(token, 0).start
        return sentences[token.i]

    for event in events:
        token = tokens_of[id(event)]
        if not undated(event) or token is None or told_at_an_age(event):
            continue
        own = _chain(token)
        for other in events:
            other_token = tokens_of[id(other)]
            if other is event or other.time_basis != STATED or other_token is None or other.time is None:
                continue
            if sentence_start(other_token) != sentence_start(token):
                continue
            if other_token.i > token.i and _shifted(other):
                continue  # "bribed the guards but, two years later, they were caught": later than the bribe
            theirs = _chain(other_token)
            if token.i in theirs and _described(other_token, token):
                continue  # "sent nine who fled last month back to China": when they fled, not when they were sent
            span = (other.time_evidence.start, other.time_evidence.end) if other.time_evidence else None
            if other_token.i in own and past_of_a_participant(token, other_token, span):
                continue  # "arrested on 3 May the man who had shot Ana Berg": the shooting is not of 3 May
            if token.i in theirs and sequenced(other_token, token):
                continue  # "was murdered after being detained in November 1981": later than the detention
            linked = other_token.i in own or token.i in theirs
            if not linked and _conjuncts(token, other_token) and not _after(other, anchor):
                linked = True  # "tried to flee in 2013 but was arrested": the arrest is of 2013
            if linked:
                inherit(event, other.time, other.time_evidence)
                break


def sequenced(clause: Any, governor: Any) -> bool:
    """Whether ``clause`` is the anchor of a sequence ``governor`` tells, opened by "after" ("was murdered after
    being detained in November 1981"): its time is not the governor's, which came later by an untold span."""
    node = clause
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in sequence_words():
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sequence_words() for c in node.children):
            return True
        if _later_episode(node):  # "was arrested before she fled to Seoul in 2009": maybe long before 2009
            return True
        node = node.head
    return False


def _later_episode(clause: Any) -> bool:
    """A finite clause with its own subject opened by a word of ``preceding`` ("before she fled"), told as done: not
    one with a modal ("before she could cross the border in March 2009": she was stopped then, not long before)."""
    return bool(
        clause.dep_ == "advcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and any(c.dep_ == "mark" and c.lower_ in earlier() for c in clause.children)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    )


@cache
def earlier() -> frozenset[str]:
    """The words opening a finite clause with its own subject that an event came before (data/time_words.yaml,
    ``story: preceding``)."""
    return frozenset(load("time_words.yaml")["story"]["preceding"])


@cache
def sequence_words() -> frozenset[str]:
    """The words opening a clause an event follows or precedes (data/time_words.yaml, ``story: sequenced_by``)."""
    return frozenset(load("time_words.yaml")["story"]["sequenced_by"])


def _described(clause: Any, governor: Any) -> bool:
    """Whether ``clause`` hangs from ``governor`` through a relative clause describing one of its participants."""
    node = clause
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


CONCURRENT = ("where", "when", "while", "as")


def past_of_a_participant(clause: Any, governor: Any, time: tuple[int, int] | None = None) -> bool:
    """Whether ``clause`` hangs from ``governor`` through a relative clause of a person that tells that person's past
    ("the man who had shot Ana Berg"; not "the bombing that killed three", an event's own effect), not one of place
    or time ("the village where ten people were killed") nor one in the progressive ("three men who were trying to
    cross"), which tell what happened then, nor one in a phrase the ``time`` (character span) dates itself ("the
    1995 shooting of Dr. Hugh Short, who was wounded")."""
    node = clause
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            if not (person_token(node.head) or _apposed_to_person(node.head)) or (
                time is not None and _in(time, _phrase(node.head)) and not _in(time, node)
            ):
                return False  # "the 1995 shooting of Dr. Hugh Short, who was wounded": the shooting's wounding
            return node.tag_ != "VBG" and not any(c.lower_ in CONCURRENT for c in node.children)
        node = node.head
    return False


def person_token(token: Any) -> bool:
    """A person's name, a personal pronoun or a noun for a person ("the singer Lena Dorn": its apposition); not a
    pronoun of things (``thing_pronouns: indefinite``: "called her with something to confess" tells no one's past)."""
    pronoun = token.pos_ == "PRON" and token.lower_ not in _indefinite_things()
    return bool(token.ent_type_ == "PERSON" or pronoun or role_words.is_person_noun(token))


def _apposed_to_person(noun: Any) -> bool:
    """A noun in apposition to a person, which stands for that person whatever it names: "Ana Berg, a democracy
    icon who spent years under house arrest" (the icon is Ana Berg)."""
    return bool(noun.dep_ == "appos" and person_token(noun.head))


@cache
def _indefinite_things() -> frozenset[str]:
    return frozenset(str(w) for w in load("events.yaml")["thing_pronouns"]["indefinite"])


def _phrase(noun: Any) -> Any:
    """The outermost noun phrase a noun lies in, below its clause's verb ("the 1995 shooting of Dr. Hugh Short")."""
    while noun.dep_ in ("pobj", "prep", "appos", "conj", "compound", "nmod", "poss") and noun.head.pos_ not in (
        "VERB",
        "AUX",
    ):
        noun = noun.head
    return noun


def _in(span: tuple[int, int], token: Any) -> bool:
    tokens = list(token.subtree)
    return bool(tokens[0].idx <= span[0] and span[1] <= tokens[-1].idx + len(tokens[-1].text))


def _shifted(event: Event) -> bool:
    """A time told as a shift after what came before ("two years later", "a month afterwards")."""
    span = event.time_evidence
    return span is not None and bool(SHIFT.search(span.text))


def _after(event: Event, anchor: date | None) -> bool:
    """Whether the event's time begins after publication: a hope or plan, no time of what was done."""
    return anchor is not None and event.time is not None and event.time.earliest > anchor


def _conjuncts(a: Any, b: Any) -> bool:
    """Two verbs of one coordination ("was caught and sent back"), however the parser hung them; a verb's clause is
    the one of the verb of attempting whose complement it is (``attempt_governors``: "tried to flee in 2013 but was
    arrested": the arrest is of 2013; not "hoped to flee in 2013")."""
    a, b = _clause(a), _clause(b)
    heads_a = {a.i, *(c.i for c in a.conjuncts)}
    return b.i in heads_a


def _clause(verb: Any) -> Any:
    """The verb of attempting whose open complement ``verb`` is ("tried" for "tried to flee"), or ``verb`` itself."""
    if (
        verb.dep_ == "xcomp"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head.lemma_.lower() in modality_words()["attempt_governors"]
    ):
        return verb.head
    return verb
