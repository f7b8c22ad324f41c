"""A list of names closed by the speaker of a clause of saying (docs/extraction.md, "Who takes part").

In "Police arrested activists Ana Berg and Tom Reller, Mila Oster told reporters" the name after the last comma is
the subject of "told": Mila Oster tells of the arrest; she is neither a third activist nor one arrested. The parser
often hangs her on the list as one more conjunct (or makes the whole list the subject of "told"), and the readers
of lists on the surface (a comma, then a name) take her for one more member.

A name is such a speaker when it stands right after a comma (no "and" or "or" before it), a finite verb of saying
(``modality: reporting_verbs`` of data/events.yaml: "told", "said", "says") follows it at once, and a finite verb
stands earlier in its sentence (the clause the list belongs to: "Ana Berg, Tom Reller, Mila Oster told the court"
with no verb before is one list of three speakers).

:func:`reattach_speakers`, a spaCy component run after the parser, hangs every such name on its verb as its
subject (and the comma before it, as its punctuation); a list the parser had made that verb's subject goes back to
the noun before its comma, as its apposition ("journalists, Ana Berg and Tom Reller, Mila Oster said"). Every reader
of conjuncts then stops before the speaker; :func:`opens_saying` lets the readers of the surface stop there too, and
:func:`speaker_starts` gives the speakers' character offsets to the grouping of names, which reads plural
descriptions on the text alone.
"""

from __future__ import annotations

from functools import cache
from typing import Any

FINITE = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb ("told", "says", "say")
DASHES = frozenset({"-", "‐"})  # inside a name: "Kim Ok - sun"


@cache
def _saying() -> frozenset[str]:
    from tumen.extract.first_person_kin import reporting

    return reporting()


def _name_start(doc: Any, last: int, floor: int) -> int:
    """Where the run of proper nouns that ends at ``last`` begins (not before ``floor``)."""
    k = last
    while k - 1 >= floor and (doc[k - 1].pos_ == "PROPN" or (doc[k - 1].text in DASHES and k - 2 >= floor)):
        k -= 1
    while doc[k].text in DASHES:
        k += 1
    return k


def speaker_name(verb: Any) -> tuple[int, int] | None:
    """(first, last) token positions of the name a finite verb of saying follows at once, when that name is the
    speaker set off by a comma after a clause of its own (see the module); None otherwise."""
    if verb.tag_ not in FINITE or verb.lemma_.lower() not in _saying():
        return None
    doc, sent = verb.doc, verb.sent  # (found anew by spaCy: only for a verb of saying)
    last = verb.i - 1
    if last <= sent.start or doc[last].pos_ != "PROPN":
        return None
    first = _name_start(doc, last, sent.start)
    comma = first - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    if not any(t.tag_ in FINITE | {"MD"} and t.pos_ in ("VERB", "AUX") for t in doc[sent.start : comma]):
        return None  # "Ana Berg, Tom Reller, Mila Oster told the court": one list of speakers
    return first, last


def opens_saying(token: Any) -> bool:
    """Whether the token is the first word of a name that a comma sets off as the speaker of a clause of saying
    ("…, Mila Oster told reporters"): the list before the comma ends there."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return False
    end = token.sent.end
    k = token.i
    while k < end and (doc[k].pos_ == "PROPN" or doc[k].text in DASHES):
        k += 1
    if k == token.i or k >= end:
        return False
    found = speaker_name(doc[k])
    return found is not None and found[0] == token.i


def speaker_starts(doc: Any) -> frozenset[int]:
    """The character offsets where such speakers' names begin."""
    return frozenset(doc[found[0]].idx for verb in doc if (found := speaker_name(verb)) is not None)


def reattach_speakers(doc: Any) -> Any:
    """The spaCy component: each speaker set off by a comma after a list hangs on its verb of saying as its
    subject; a name the parser had made that verb's subject before the comma goes back to its noun."""
    for verb in doc:
        found = speaker_name(verb)
        if found is None:
            continue
        first, last = found
        name = next((t for t in doc[first : last + 1] if not first <= t.head.i <= last), doc[last])
        if name.head.i == verb.i and name.dep_ == "nsubj":
            continue
        for other in [c for c in verb.children if c.dep_ == "nsubj" and c.i < first]:
            start = other.left_edge.i
            noun = doc[start - 2] if start - 2 >= verb.sent.start and doc[start - 1].text == "," else None
            if noun is not None and noun.pos_ == "NOUN" and not any(a.i == other.i for a in noun.ancestors):
                other.head, other.dep_ = noun, "appos"  # "journalists, Ana Berg and Tom Reller, Mila Oster said"
        if not any(a.i == name.i for a in verb.ancestors):
            name.head, name.dep_ = verb, "nsubj"
            comma = doc[first - 1]  # the comma that sets the speaker off: no end of the list's own phrase
            if comma.head.i != verb.i and not any(a.i == comma.i for a in verb.ancestors):
                comma.head, comma.dep_ = verb, "punct"
    return doc
