"""Events told as the backdrop of another (rules in docs/extraction.md, "Violations").

An event noun that is the object of a preposition of time or cause on another clause — "protests spread after the
killing of Lena Marsh", "in the wake of her arrest", "amid the abductions", "before his capture" — names an event the
sentence presupposes as its time or reason, not the news it tells. So does an event noun named as the topic of a work
of reporting — "jailed for her reporting on the disappearances of activists", "arrested for working on a story about
the massacre of ten farmers", "an article on the abduction of two farmers": the work is the news, the event it is
about is recalled ("including" and coordination reach the events a topic lists). The event is kept (it happened, and
the report says so), with the attribute ``backdrop``: a consumer that wants the events a report is about, not those
it recalls to set the scene, leaves it aside. The prepositions are ``backdrop_prepositions`` in ``events.yaml``; the
topics ``topic_prepositions``, ``topic_works`` and ``topic_lists``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.vocab import load

MAX_WORDS = 4  # the longest preposition: "in the aftermath of"
MAX_STEPS = 3  # "reporting on abuses, including the killings of …": the topic's list reached up to three links


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["backdrop_prepositions"])


@cache
def _topics() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The prepositions of a topic, the works of reporting and the links of a list (``topic_prepositions``,
    ``topic_works``, ``topic_lists``)."""
    data = load("events.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return words("topic_prepositions"), words("topic_works"), words("topic_lists")


def backdrop(trigger: Any) -> bool:
    """Whether the event noun is the object of a preposition of time or cause ("after the killing of …"), or the topic
    of a work of reporting (:func:`topic`)."""
    if trigger.pos_ != "NOUN":
        return False
    if topic(trigger):
        return True
    if trigger.dep_ != "pobj":
        return False
    preposition = trigger.head
    doc = trigger.doc
    for size in range(1, MAX_WORDS + 1):  # "after", "in light of", "in the wake of"
        start = preposition.i - size + 1
        if start >= 0 and " ".join(t.lower_ for t in doc[start : preposition.i + 1]) in _prepositions():
            return True
    return False


def topic(trigger: Any) -> bool:
    """Whether the event noun is the topic of a work of reporting ("her reporting on the disappearances of …", "a story
    about the massacre of …", "wrote about the torture of …"), or one of the events such a topic lists ("reporting on
    abuses, including the killings of …", "a story about the arrest and torture of …")."""
    prepositions, works, lists = _topics()
    node = trigger
    for _ in range(MAX_STEPS):
        if node.dep_ == "conj" and node.head.i != node.i:  # "the arrest and torture of …"
            node = node.head
            continue
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head.i == node.head.i:
            return False
        preposition, head = node.head, node.head.head
        if head.lemma_.lower() in works and head.pos_ in ("NOUN", "VERB"):
            return preposition.lower_ in prepositions or preposition.lower_ in lists
        if preposition.lower_ not in lists:  # "abuses, including the killings": the list's own noun is the topic
            return False
        node = head
    return False
