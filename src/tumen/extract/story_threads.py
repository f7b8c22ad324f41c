"""Whom each sentence of a story speaks of, for the thread that carries its reference time (docs/extraction.md,
"Story time"): a new paragraph about other people ends the thread (:mod:`tumen.extract.story_time`).

The persons are those named, or meant by a pronoun or kin word, with the relatives they are anchored to — not
groups ("police", "North Koreans" are in every story), and not the one who only tells the sentence: a name that is
the subject of a verb of saying (``story: not_reference_verbs`` of data/time_words.yaml), mentioned nowhere else in
its sentence, which tells something past beside the saying ("In May the nine were arrested. ¶ 'They were then sent
back,' said Ivo Holm, a spokesman": Holm tells the story; the sending back is still of May; not "'People will not
buy it,' said Holm": an opinion of his own). One the speaker also names in the clause told ("Holm said he was
beaten") is of the story. A teller still joins the thread and keeps it: a paragraph that names the teller of the
story so far goes on with it, whomever else it names; a paragraph that names no one but its teller never ends it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Entity
from tumen.extract.vocab import load


@cache
def _saying() -> frozenset[str]:
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["not_reference_verbs"])


def persons_by_sentence(
    sents: list[Any], grouping: Grouping, tokens: dict[int, str]
) -> tuple[list[set[str]], list[set[str]]]:
    """The persons each sentence speaks of (see the module), and those who only tell it."""
    people: list[set[str]] = [set() for _ in sents]
    tellers: list[set[str]] = [set() for _ in sents]
    starts = [sent.start_char for sent in sents]
    kinds = {e.id: e for e in grouping.entities if e.kind == "person"}
    doc = sents[0].doc if sents else None
    mentions = [(start, end, entity_id) for start, end, entity_id in grouping.spans]
    mentions += [
        (t.idx, t.idx + len(t), e) for i, e in tokens.items() if doc is not None and i < len(doc) for t in (doc[i],)
    ]
    for start, end, entity_id in mentions:
        k = bisect_right(starts, start) - 1
        entity = kinds.get(entity_id)
        if k < 0 or entity is None:
            continue
        if doc is not None and _tells(doc, start, end):
            tellers[k].update(_family(entity))
        else:
            people[k].update(_family(entity))
    past, back = _past_words(doc), _pointing_words(doc)  # each sentence's are read from these, by position
    for k, sent in enumerate(sents):
        told_on = _tells_past(sent, past) and _points_back(sent, back)
        if not people[k] and not told_on:  # "'People will not buy it,' said Holm": Holm is its person
            people[k], tellers[k] = tellers[k], set()
    return people, [t - p for t, p in zip(tellers, people, strict=True)]


def _past_words(doc: Any) -> list[int]:
    """The positions of the document's verbs in the past of a lemma other than a verb of saying."""
    if doc is None:
        return []
    return [t.i for t in tokens_with(doc, "TAG", ("VBD",)) if t.lemma_.lower() not in _saying()]


def _pointing_words(doc: Any) -> list[int]:
    """The positions of the words :func:`_points_back` reads, in order: the thread's pronouns, the plural nouns."""
    if doc is None:
        return []
    pronouns = {t.i for t in tokens_with(doc, "LOWER", _thread_words()[0]) if t.pos_ == "PRON"}
    return sorted(pronouns | {t.i for t in tokens_with(doc, "TAG", ("NNS", "NNPS"))})


def _within(sent: Any, positions: list[int]) -> slice:
    return slice(bisect_left(positions, sent.start), bisect_left(positions, sent.end))


def _tells_past(sent: Any, past: list[int]) -> bool:
    """Whether the sentence tells something past beside its saying: a verb in the past of another lemma."""
    return bool(past[_within(sent, past)])


def _points_back(sent: Any, words: list[int]) -> bool:
    """Whether the sentence speaks of people told before: a pronoun of the third person, or a plural noun with a
    definite determiner ("the nine defectors"), outside the teller's own words ("said Holm, a spokesman")."""
    pronouns, determiners = _thread_words()
    for token in (sent.doc[i] for i in words[_within(sent, words)]):
        if token.pos_ == "PRON" and token.lower_ in pronouns:
            return True
        if token.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ in determiners for c in token.children):
            return not _tells_word(token)
    return False


def _tells_word(token: Any) -> bool:
    root = token
    while root.dep_ in ("appos", "compound") and root.head.i != root.i:
        root = root.head
    return bool(root.dep_ == "nsubj" and root.head.lemma_.lower() in _saying())


@cache
def _thread_words() -> tuple[frozenset[str], frozenset[str]]:
    story = load("time_words.yaml")["story"]
    return frozenset(story["thread_pronouns"]), frozenset(story["thread_determiners"])


def _tells(doc: Any, start: int, end: int) -> bool:
    """Whether the mention is the subject of a verb of saying, or in apposition to it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _tells_word(span.root)  # "said Ivo Holm, a spokesman": he too


def _family(entity: Entity) -> set[str]:
    return {entity.id, entity.anchor[1]} if entity.anchor else {entity.id}
