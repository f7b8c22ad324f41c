"""The narrator of a first-person account: "I was born in Tarvik in 1985. When I was 19, my father was taken away".

A testimony, a blog post or a memoir told in the first person has someone who tells it, whom the text may never
name. Outside quotations (and outside a transcript's labelled paragraphs, whose "I" is the label's person), "I",
"me", "my" and "myself" are then that person, the narrator: "I was arrested" is the narrator's arrest and "my
father" the narrator's father. A report is such an account when at least ``NARRATIVE_MIN`` first-person words
stand outside quotations, in at least two sentences, the first of them in the account's opening (its first
quarter, or its first 1,500 characters). A reporter's single aside ("I asked her why") makes no narrator, nor do
first-person words only late in a report (a quotation whose marks the text does not close). The narrator is a
person described as "narrator", named by the account's byline when one author signs it ("By Ana Ruiz" on a
line of its own at the top), kept only when the account tells something of them (an event,
a relative): a column's "I think" makes its author no person of the story.
"""

from __future__ import annotations

import re
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.first_person_kin import SPEAKER_LABEL
from tumen.extract.nlp import sentence_at, text_of
from tumen.extract.quotation_marks import in_double, in_other
from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Entity, Event, Relation

NARRATIVE_MIN = 3
OPENING_CHARS, OPENING_SHARE = 1500, 0.25  # a narrator speaks from the opening of the account
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})
DESCRIPTOR = "narrator"
# "By Ana Ruiz" on a line of its own near the top: the one author of a first-person account is its narrator
BYLINE = re.compile(r"^[ \t]*(?:[Bb]y|BY)[ \t]+(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*$", re.M)
BYLINE_REACH = 400  # characters from the top


def narrating_tokens(doc: Any) -> list[Any]:
    """The first-person pronouns outside quotations, if the document is a first-person account (none otherwise)."""
    text = text_of(doc)
    if SPEAKER_LABEL.search(text):  # a transcript: each labelled paragraph's "I" is its speaker's
        return []
    found = [  # «…», ‘…’, '…': quotations all the same
        t
        for t in tokens_with(doc, "LOWER", FIRST_SINGULAR)
        if t.pos_ == "PRON" and not in_double(text, t.idx) and not in_other(text, t.idx)
    ]
    if len(found) < NARRATIVE_MIN or len({sentence_at(t, 0).start for t in found}) < 2:
        return []
    if found[0].idx > max(OPENING_CHARS, len(text) * OPENING_SHARE):
        return []  # first-person words only late in a report: a quotation its marks do not close, not its teller
    return found


def add_narrator(doc: Any, grouping: Grouping, tokens: dict[int, str]) -> str | None:
    """The narrator of a first-person account, a new person; each of its first-person words is recorded in
    ``tokens`` (token index -> entity id). None for any other document."""
    found = narrating_tokens(doc)
    if not found:
        return None
    narrator = grouping.new("person", _byline_name(text_of(doc)), descriptor=DESCRIPTOR)
    first = found[0]
    grouping.add_span(narrator, first.idx, first.idx + len(first.text), first.text, alias=False)
    for token in found:
        tokens[token.i] = narrator.id
    return narrator.id


def _byline_name(text: str) -> str | None:
    """The one author a byline at the top names ("By Ana Ruiz"), or None (no byline, or several authors)."""
    found = BYLINE.search(text, 0, BYLINE_REACH)
    return found.group("name") if found is not None else None


def without_idle(narrator: str | None, entities: list[Entity], events: list[Event], relations: list[Relation]) -> None:
    """Drop the narrator from ``entities`` when no event, relation or relative tells anything of them: a column's
    "I think" makes its author no person of the story."""
    if narrator is None:
        return
    told = {p.entity for e in events for p in e.participants} | {x for r in relations for x in (r.subject, r.object)}
    told |= {e.anchor[1] for e in entities if e.anchor}
    if narrator not in told:
        entities[:] = [e for e in entities if e.id != narrator]
