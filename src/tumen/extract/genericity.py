"""Specific and generic statements (docs/extraction.md): an event needs a specific participant (a
named or definite person or group, a counted group, an organisation or state), or a specific time,
or a place more specific than a country. Habits ("defectors usually pay brokers"), practices ("a
policy of sending them back"), statements of no one in particular ("almost everyone who tries is
caught", "those who reached China") and statistics ("more than 30,000 have fled in recent decades")
are no events of persons; a statement that counts is kept as an :class:`Aggregate`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract.modality import GENERIC
from tumen.extract.role_types import PERSON_PRONOUNS, kind_of
from tumen.extract.types import Aggregate, Evidence
from tumen.extract.vocab import load

DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "my", "his", "her", "their", "our", "your", "its", "both"]
)
BROAD_PLACES = (None, "country", "region", "other")
DEICTIC = frozenset(["today", "now", "nowadays", "these days", "currently", "at present", "this year"])
NO_ONE = ("place", "facility", "thing")  # "reached China": China is where, not who


@cache
def _words() -> dict[str, Any]:
    data = load("events.yaml")["genericity"]
    periods = sorted((str(p).lower() for p in data["statistical_periods"]), key=len, reverse=True)
    return {
        "quantifiers": frozenset(str(w).lower() for w in data["quantifier_heads"]),
        "practice": frozenset(str(w).lower() for w in data["practice_nouns"]),
        "periods": re.compile(r"\b(?:" + "|".join(re.escape(p) for p in periods) + r")(?:[\w ]{0,20}?)(?=[,.;:]|$)"),
    }


def practice(trigger: Any) -> bool:
    """ "a strict policy of sending defectors back": the trigger names a practice, not an occasion."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("pcomp", "pobj", "prep", "acl", "xcomp") or node.head is node:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _words()["practice"]:
            return True
    return False


def _count(token: Any) -> tuple[int, str | None] | None:
    if token.pos_ == "NUM":  # "more than 30,000 have fled"
        digits = token.text.replace(",", "")
        if not digits.isdigit():
            return None
        before = " ".join(t.lower_ for t in token.doc[max(0, token.i - 3) : token.i])
        qualifier = next((q for words, q in syntax.count_qualifiers().items() if before.endswith(words)), None)
        return int(digits), qualifier
    return syntax.count_of(token)


def specific(finder: Any, token: Any) -> bool:
    """A participant phrase that refers to someone in particular."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in _words()["quantifiers"] or lemma in _words()["quantifiers"]:
        # "one of her two brothers", "most of the nine": a part of someone in particular
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(specific(finder, o) for o in c.children)
            for c in token.children
        )
    if token.pos_ == "PRON":
        return lower in PERSON_PRONOUNS or lower == "both"  # "both were executed": the two just named
    if _count(token) is not None:
        return True
    found = finder.entity_in(token, ("person", "organization"))
    if found is not None:
        return True
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "predet")}
    if determiners & DEFINITE or any(c.dep_ == "poss" for c in token.children):
        return True
    return token.tag_ not in ("NNS", "NNPS")  # a bare plural ("defectors") is no one; "a woman" is someone


def generic(finder: Any, trigger: Any, event_type: str) -> bool:
    """Whether the trigger states no event of persons; a counted generic statement is kept in
    ``finder.aggregates`` (once per sentence and count)."""
    found, aggregate = judge(finder, trigger, event_type, finder.mood)
    known = {(a.evidence.start, a.count) for a in finder.aggregates}
    if aggregate is not None and (aggregate.evidence.start, aggregate.count) not in known:
        finder.aggregates.append(aggregate)
    return found


def judge(finder: Any, trigger: Any, event_type: str, mood: str) -> tuple[bool, Aggregate | None]:
    """(generic?, the aggregate it states); only verbs are judged on their participants."""
    if mood == GENERIC or practice(trigger):
        return True, _aggregate(finder, trigger, event_type, [])
    if trigger.pos_ != "VERB":
        return False, None
    subject, patient, agent = finder.subjects(trigger)
    acting = finder.lex.roles[event_type][0] == "perpetrator"  # "China sent them back": a state acts
    if any(t is not None and finder.entity_in(t, ("person", "organization")) for t in (subject, patient, agent)):
        return False, None  # someone named in it: "Shin's story of fleeing North Korea"
    tokens = [t for t in (patient, agent) if t is not None and kind_of(finder, t) not in NO_ONE]
    if subject is not None and (kind_of(finder, subject) not in NO_ONE or acting):
        tokens.append(subject)
    elif subject is not None:  # "a farmer in the city of X who paid": "who" is someone, wherever it hangs
        tokens += [c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in ("who", "whom")]
    if not tokens and trigger.dep_ == "acl":  # "defectors arriving today": the noun it describes
        tokens.append(trigger.head)
    sent = trigger.sent
    period = _words()["periods"].search(sent.text.lower())
    counted = [t for t in tokens if _count(t) is not None]
    if counted and period is not None:  # "more than 30,000 have fled in recent decades"
        return True, _aggregate(finder, trigger, event_type, counted, period.group(0).strip())
    if any(specific(finder, t) for t in tokens):
        return False, None
    time = finder.time_for(trigger)
    if time is not None and period is None and time.text.lower() not in DEICTIC:  # "today" is no occasion
        return False, None
    place = finder.place_for(trigger, event_type)
    if place is not None and finder.g.by_id(place).place_kind not in BROAD_PLACES:
        return False, None
    return True, None


def _aggregate(
    finder: Any, trigger: Any, event_type: str, counted: list[Any], period: str | None = None
) -> Aggregate | None:
    if not counted:
        return None
    token = counted[0]
    count, qualifier = _count(token) or (None, None)
    head = token.head if token.pos_ == "NUM" and token.dep_ == "nummod" else token
    number = {t.i for c in head.children if c.dep_ == "nummod" for t in c.subtree}
    skipped = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree} | number
    words = [t.text for t in head.subtree if t.i not in skipped and t.pos_ not in ("NUM", "DET")]
    what = " ".join(words[:6]) if head.pos_ != "NUM" else "people"
    sent = trigger.sent
    attribution = finder.attributions.of(trigger)
    evidence = Evidence(sent.start_char, sent.end_char, sent.text.strip(), attribution.witness, attribution.hearsay)
    return Aggregate(what or "people", count, qualifier, period, evidence, event_type)
