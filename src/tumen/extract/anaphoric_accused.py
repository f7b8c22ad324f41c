"""A case told on under a description that names no one: "A Tarvik man accused of murdering a nurse has been
arrested in Spain. The 65-year-old was detained on Thursday", "… The two were captured in 2018", "… The other two
members of the gang were also arrested", "… The policeman is being held at the barracks". An arrest, detention,
trial or sentencing that befalls only a definite age ("the 65-year-old"), a definite bare number ("the two"), a
definite noun ("the policeman") or a personal pronoun no one was resolved to ("they") goes on with the report's last
such event, in its own sentence or the one before — the two before for the rest of a set, "the other members": when
that one was law enforcement against a suspect (``accused``), so is this one (rules in docs/extraction.md,
"Violations"). And a lead
that introduces suspects unnamed ("A man and a woman have been charged with kidnapping a nurse") names them in the
next sentence when that sentence's arrest names as many persons: they are the accused (:func:`introduced`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise
from typing import Any

from tumen.extract.nlp import DASHES, token_at
from tumen.extract.types import Entity, Event
from tumen.extract.vocab import load

PATIENTS = ("nsubjpass", "dobj")
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@cache
def _introduced(kind: str) -> frozenset[str]:
    """``accused.introduced`` of data/events.yaml: the verbs that charge ("verbs") and the nouns that describe
    ("descriptions") the suspects a lead introduces unnamed."""
    return frozenset(str(w) for w in load("events.yaml")["accused"]["introduced"][kind])


@cache
def _follow_on(kind: str) -> frozenset[str]:
    """``accused.follow_on`` of data/events.yaml: the personal pronouns ("pronouns") that take up persons told before,
    and the words that make a definite noun the rest of a set told before ("rest": "the other five members")."""
    return frozenset(str(w) for w in load("events.yaml")["accused"]["follow_on"][kind])


def _charging_tokens(doc: Any) -> list[int]:
    """The indices of the tokens whose lemma is one of the charging verbs, in order: read from the document's array
    of lemma hashes (each distinct lemma asked once, no token made), so that the sentences are not walked."""
    strings, verbs = doc.vocab.strings, _introduced("verbs")
    lemmas = doc.to_array("LEMMA").tolist()
    charging = {lemma for lemma in set(lemmas) if strings[lemma].lower() in verbs}
    return [i for i, lemma in enumerate(lemmas) if lemma in charging]


def _patients(trigger: Any) -> list[Any]:
    """The passive subject or object of the verb, or of the verb it is joined to with no subject of its own ("was
    spotted by police and detained")."""
    found = [c for c in trigger.children if c.dep_ in PATIENTS]
    if not found and trigger.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in trigger.children):
        found = [c for c in trigger.head.children if c.dep_ == "nsubjpass"]
    return found


def _definite(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _age(token: Any) -> bool:
    """ "the 65-year-old": "old" with its "year" and number."""
    years = [c for c in token.children if c.lemma_.lower() == "year"]
    return token.lower_ == "old" and any(any(n.like_num for n in y.children) for y in years)


def anaphoric(token: Any) -> bool:
    """A definite age, bare number or noun, or a personal pronoun, standing for persons told before: "the
    65-year-old", "the two", "the policeman", "the other five members", "they"."""
    if token.tag_ == "PRP" and token.lower_ in _follow_on("pronouns"):
        return True
    if token.pos_ == "NOUN" and _definite(token):
        return True  # "the policeman is being held", "the other five members were also arrested"
    return _definite(token) and (_age(token) or (token.pos_ == "NUM" and token.dep_ in (*PATIENTS, "nsubj")))


def _rest(token: Any) -> bool:
    """The rest of a set told before: "the other five members", "the remaining suspects"."""
    return token.pos_ == "NOUN" and _definite(token) and any(c.lower_ in _follow_on("rest") for c in token.children)


def follow_on(doc: Any, enforcement: list[Event], victims: Callable[[Event], bool]) -> None:
    """Mark ``accused`` the events of ``enforcement`` that befall no one named (``victims`` false) but a definite age,
    number or noun or a personal pronoun, when the last event before them, in their sentence or the one before (the
    two before for the rest of a set: "the other five members"), is accused."""
    ordered = sorted(enforcement, key=lambda e: e.trigger.start)
    for before, event in pairwise(ordered):
        if event.attributes.get("accused") or victims(event) or not before.attributes.get("accused"):
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        earlier = token_at(doc, before.trigger.start, before.trigger.end)
        if trigger is None or earlier is None:
            continue
        patients = _patients(trigger)
        if not any(anaphoric(t) for t in patients):
            continue
        back = 2 if any(_rest(t) for t in patients) else 1
        sentences = list(doc.sents)
        here = next(n for n, s in enumerate(sentences) if s.start <= trigger.i < s.end)
        if sentences[max(here - back, 0)].start <= earlier.i:
            event.attributes["accused"] = True


def introduced(
    doc: Any, events: list[Event], entities: Sequence[Entity], charged: Callable[[Any], bool], kinds: frozenset[str]
) -> set[str]:
    """The persons a lead introduces unnamed and names in the very next sentence: "A man and a woman have been
    charged with kidnapping a nurse. Ivo Holm, 51, and Anna Berg, 43, were arrested on Sunday" — a verb of charging
    or arrest whose passive subjects are only counted descriptions (a man, a woman, two men; ``charged`` says its
    phrase names a crime of violence), then an event of ``kinds`` in the next sentence befalling exactly as many
    named persons, and no one else."""
    found: set[str] = set()
    marked = _charging_tokens(doc)
    if not marked:
        return found
    names = {e.id: e.name for e in entities if e.kind == "person"}
    sentences = list(doc.sents)
    for here, sentence in enumerate(sentences[:-1]):
        within = marked[bisect_left(marked, sentence.start) : bisect_left(marked, sentence.end)]
        charging = [doc[i] for i in within if charged(doc[i])]
        count = max((_counted(v) for v in charging), default=0)
        if not count:
            continue
        after = sentences[here + 1]
        for event in events:
            if event.type not in kinds or not after.start_char <= event.trigger.start < after.end_char:
                continue
            victims = {p.entity for p in event.participants if p.role in ("victim", "subject")}
            if len(victims) == count and all(names.get(v) for v in victims):
                found |= victims
    return found


def _counted(verb: Any) -> int:
    """How many persons the verb's passive subjects count when they are only descriptions: "a man and a woman" 2,
    "two men" 2, "three teenagers" 3; 0 when any is a name or a pronoun, or no count is given."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    subjects = [_after_dateline(c) for c in subjects if not _dateline(c, subjects)]
    members = [m for s in subjects for m in (s, *s.conjuncts)]
    total = 0
    for member in members:
        if member.pos_ != "NOUN" or member.lemma_.lower() not in _introduced("descriptions"):
            return 0
        numbers = [c for c in member.children if c.dep_ == "nummod"]
        if numbers:
            value = NUMBERS.get(numbers[0].lower_) or (int(numbers[0].text) if numbers[0].text.isdigit() else 0)
            if not value:
                return 0
            total += value
        elif member.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in member.children):
            total += 1
        else:
            return 0
    return total


def _after_dateline(subject: Any) -> Any:
    """The subject after a dateline the parse took for it: "TARVIK, Sarn — A man and a woman have been charged",
    whose "man" hangs on "TARVIK" as an apposition after the dash."""
    if subject.pos_ != "PROPN":
        return subject
    dashed = [
        a
        for a in subject.children
        if a.dep_ == "appos" and a.pos_ == "NOUN" and any(t.text in DASHES for t in subject.doc[subject.i : a.i])
    ]
    return dashed[0] if dashed else subject


def _dateline(subject: Any, subjects: list[Any]) -> bool:
    """A dateline the parse took for a second subject: "CITY, Sarn — A man and a woman have been charged"."""
    later = [s for s in subjects if s.i > subject.i]
    return subject.pos_ == "PROPN" and any(t.text in DASHES for s in later for t in subject.doc[subject.i : s.i])
