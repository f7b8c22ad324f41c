"""Relatives a quoted speaker calls "my …": “My second child was born in a camp,” Ri told the paper.

Inside a quotation "my" is the speaker, so "my second child" is the speaker's second child, a relative
like "her second child" in narration. The speaker is the person a reporting verb outside the quotation
(``reporting_verbs`` in ``data/events.yaml``: say, tell, recall …) has as its subject, in the
quotation's own sentence or the next two sentences of its paragraph (“…,” she said. split by the
parser), or in the sentence before it when that one ends with a colon. No speaker, no relative: a
"my" whose speaker the text does not give is left alone (an author's own "my mother" in a column).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.nlp import sentence_at
from tumen.extract.vocab import load

FIRST_PERSON_POSSESSIVES = frozenset({"my"})
OPENING = '“"'
CLOSING = '”"'


@cache
def _reporting() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load("events.yaml")["modality"]["reporting_verbs"])


def first_person(noun: Any) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVES for c in noun.children)


def in_quotation(text: str, index: int) -> bool:
    """Is character ``index`` inside a quotation of its paragraph (curly or straight quotes)?"""
    start = text.rfind("\n\n", 0, index) + 1
    before = text[start:index]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def speaker(noun: Any, text: str, person_of: Callable[[Any], str | None]) -> str | None:
    """The person who says the quotation holding ``noun`` (see the module), or None."""
    if not in_quotation(text, noun.idx):
        return None
    own = noun.sent
    candidates = [own]
    for step in (1, 2):
        later = sentence_at(noun, step)
        if later.start == candidates[-1].start or "\n\n" in text[candidates[-1].end_char : later.start_char]:
            break
        candidates.append(later)
    previous = sentence_at(noun, -1)
    if previous.start != own.start and previous.text.rstrip().endswith(":"):
        candidates.append(previous)
    for sent in candidates:
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _reporting():
                continue
            if in_quotation(text, token.idx):
                continue
            for child in token.children:
                if child.dep_ == "nsubj":
                    found = person_of(child)
                    if found is not None:
                        return found
    return None
