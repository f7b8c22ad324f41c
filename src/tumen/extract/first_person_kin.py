"""Relatives a quoted speaker calls "my …": “My second child was born in a camp,” Ri told the paper.

Inside a quotation "my" is the speaker, so "my second child" is the speaker's second child, a relative
like "her second child" in narration. The speaker is the person a reporting verb outside the quotation
(``reporting_verbs`` in ``data/events.yaml``: say, tell, recall …) has as its subject, in the
quotation's own sentence or the next two sentences of its paragraph (“…,” she said. split by the
parser), or in the sentence before it when that one ends with a colon. No speaker, no relative: a
"my" whose speaker the text does not give is left alone (an author's own "my mother" in a column).

A transcript's paragraph that opens with a speaker's label ("RI: (Through interpreter) My husband …")
is that speaker's words: "my" there is the person the label names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.nlp import sentence_at, token_at
from tumen.extract.quotation_marks import double_bounds, in_double
from tumen.extract.vocab import load

FIRST_PERSON_POSSESSIVES = frozenset({"my"})
FIRST_SINGULAR = frozenset({"i", "me"})


@cache
def reporting() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load("events.yaml")["modality"]["reporting_verbs"])


def first_person(noun: Any) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVES for c in noun.children)


def speaks(token: Any, text: str) -> bool:
    """Is ``token`` the subject of a reporting verb outside quotations ("…,” she added)? Such a pronoun is a
    speaker: one the text has told of outside quotations, never one met only inside them (the "my wife Ana" of
    an earlier quotation)."""
    head = token.head
    return token.dep_ == "nsubj" and head.lemma_.lower() in reporting() and not in_double(text, token.idx)


def names_speaker(token: Any) -> bool:
    """Is ``token`` part of a name a quotation gives its own speaker ("I am Mina Park", "My name is Mina Park",
    "I, Mina Park, …")? Such a person is the one who speaks, as if met outside the quotation."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos":
        return head.head.lower_ in FIRST_SINGULAR
    if head.dep_ != "attr":
        return False
    for subject in (c for c in head.head.children if c.dep_ == "nsubj"):
        if subject.lower_ in FIRST_SINGULAR or (subject.lower_ == "name" and first_person(subject)):
            return True
    return False


def _speaking_sentences(noun: Any, text: str) -> list[Any]:
    """Where the speaker of the quotation holding ``noun`` may be told, nearest first: the noun's own sentence; the
    sentence where the quotation closes and the next two of its paragraph; the sentence where it opens, and the one
    before that when it ends with a colon ("Ri told us: “…”")."""
    opening, closing = double_bounds(text, noun.idx)
    own = sentence_at(noun, 0)
    closes, opens = token_near(noun.doc, closing), token_near(noun.doc, opening)
    found = [own]
    for step in (0, 1, 2):
        later = sentence_at(closes, step)
        if later.start == found[-1].start:
            continue
        if "\n\n" in text[found[-1].end_char : later.start_char]:
            break
        found.append(later)
    first = sentence_at(opens, 0)
    if first.start != own.start:
        found.append(first)
    previous = sentence_at(opens, -1)
    if previous.start != first.start and previous.text.rstrip().endswith(":"):
        found.append(previous)
    return found


def token_near(doc: Any, char: int) -> Any:
    """The token at character ``char``, else the one before the spaces it falls on."""
    while char > 0 and token_at(doc, char) is None:
        char -= 1
    return token_at(doc, char) or doc[0]


def speaker(noun: Any, text: str, person_of: Callable[[Any], str | None], first: bool = False) -> str | None:
    """The person who says the quotation holding ``noun`` (see the module), or None; with ``first``, None as well
    when the first speaker met is one ``person_of`` does not know yet (“…,” she said: a pronoun not resolved)."""
    if not in_double(text, noun.idx):
        return labelled_speaker(noun, text, person_of)
    candidates = _speaking_sentences(noun, text)
    for sent in candidates:
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in reporting():
                continue
            if in_double(text, token.idx):
                continue
            for child in token.children:
                if child.dep_ == "nsubj":
                    found = person_of(child)
                    if found is not None or first:
                        return found
    return None


SPEAKER_LABEL = re.compile(r"(?:^|\n)(?P<label>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3}):[ \t]")


def labelled_speaker(noun: Any, text: str, person_of: Callable[[Any], str | None]) -> str | None:
    """The person a transcript's speaker label at the start of the noun's paragraph names, or None."""
    start = text.rfind("\n", 0, noun.idx) + 1
    label = SPEAKER_LABEL.match(text, max(0, start - 1)) if start else SPEAKER_LABEL.match(text)
    if label is None:
        return None
    said = noun.doc.char_span(label.start("label"), label.end("label"), alignment_mode="expand") or []
    for token in said:
        found = person_of(token)
        if found is not None:
            return found
    words = {t.lower_ for t in said}  # "RI:" where only "Ri" was found a name: the person called so
    for token in noun.doc:
        if token.lower_ in words and (found := person_of(token)) is not None:
            return found
    return None
