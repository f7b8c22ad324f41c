"""A list of names closed by the speaker of a clause of saying (docs/extraction.md, "Who takes part").

In "Police arrested activists Ana Berg and Tom Reller, Mila Oster told reporters" the name after the last comma is
the subject of "told": Mila Oster tells of the arrest; she is neither a third activist nor one arrested. The parser
often hangs her on the list as one more conjunct (or makes the whole list the subject of "told"), and the readers
of lists on the surface (a comma, then a name) take her for one more member.

A name is such a speaker when it stands right after a comma (no "and" or "or" before it), a finite verb of saying
(``modality: reporting_verbs`` of data/events.yaml: "told", "said", "says") follows it at once, and a finite verb
stands earlier in its sentence (the clause the list belongs to: "Ana Berg, Tom Reller, Mila Oster told the court"
with no verb before is one list of three speakers). The speaker may be two names joined by "and" ("…, Mila Oster
and Ivo Holm told reporters"), and an apposition set off by commas may stand between the speaker and the verb ("…,
Mila Oster, a lawyer for the family, said"; "…, Mila Oster, who represents the family, said").

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

from tumen.extract.token_filter import tokens_with

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


APPOSED = frozenset({"DT", "PRP$", "JJ", "JJS", "NN", "NNS", "CD"})  # "a lawyer", "the group's", "lawyer for"
APPOSITION = 12  # the most tokens of an apposition between the speaker and the verb ("…, a lawyer for the family,")


def _apposition_start(doc: Any, comma: int, floor: int) -> int | None:
    """Where the apposition ending right before ``comma`` begins (its own comma before), when one stands there: a
    noun phrase without a finite verb ("Mila Oster, a lawyer for the family, said") or a clause of "who"."""
    k = comma - 1
    while k > floor and comma - k <= APPOSITION and doc[k].text != ",":
        k -= 1
    if k <= floor or doc[k].text != "," or k + 1 >= comma:
        return None
    opener = doc[k + 1]
    if opener.tag_ == "WP" and opener.lower_ == "who":
        return k + 1
    if opener.tag_ not in APPOSED or any(t.tag_ in FINITE | {"MD"} for t in doc[k + 1 : comma]):
        return None
    return k + 1


def speaker_names(verb: Any) -> list[tuple[int, int]]:
    """The (first, last) token positions of the names that are the speakers set off by a comma after a clause of
    their own (see the module) when the finite verb of saying follows them: one name ("…, Mila Oster told"), two
    joined by "and" ("…, Mila Oster and Ivo Holm told"), either with an apposition set off by commas before the verb
    ("…, Mila Oster, a lawyer for the family, said"); none otherwise."""
    if verb.tag_ not in FINITE or verb.lemma_.lower() not in _saying():
        return []
    doc, sent = verb.doc, verb.sent  # (found anew by spaCy: only for a verb of saying)
    last = verb.i - 1
    if last > sent.start and doc[last].text == ",":
        opened = _apposition_start(doc, last, sent.start)  # "…, Mila Oster, a lawyer for the family, said"
        if opened is None:
            return []
        last = opened - 2
    if last <= sent.start or doc[last].pos_ != "PROPN":
        return []
    names = [(_name_start(doc, last, sent.start), last)]
    before = names[0][0] - 1
    if before - 1 > sent.start and doc[before].lower_ == "and" and doc[before - 1].pos_ == "PROPN":
        names.insert(0, (_name_start(doc, before - 1, sent.start), before - 1))  # "Mila Oster and Ivo Holm told"
    comma = names[0][0] - 1
    if comma <= sent.start or doc[comma].text != ",":
        return []
    if not any(t.tag_ in FINITE | {"MD"} and t.pos_ in ("VERB", "AUX") for t in doc[sent.start : comma]):
        return []  # "Ana Berg, Tom Reller, Mila Oster told the court": one list of speakers
    return names


def opens_saying(token: Any) -> bool:
    """Whether the token is the first word of a name that a comma sets off as (the first of) the speakers of a clause
    of saying ("…, Mila Oster told reporters"; "…, Mila Oster and Ivo Holm told"; "…, Mila Oster, a lawyer, said"):
    the list before the comma ends there."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "," or token.pos_ != "PROPN":
        return False
    end = min(token.sent.end, token.i + 2 * APPOSITION)
    # the first verb of saying: not "represents" in "…, Mila Oster, who represents the family, said"
    verb = next((t for t in doc[token.i + 1 : end] if t.tag_ in FINITE and t.lemma_.lower() in _saying()), None)
    found = speaker_names(verb) if verb is not None else []
    return bool(found) and found[0][0] == token.i


def speaker_starts(doc: Any) -> frozenset[int]:
    """The character offsets where such speakers' names begin. (Found anew, not kept by the component: a long text
    is parsed in parts that spaCy joins without their user data; the test of each verb is cheap.)"""
    verbs = tokens_with(doc, "TAG", FINITE)  # no other word is a finite verb of saying (:func:`speaker_names`)
    return frozenset(doc[first].idx for verb in verbs for first, _ in speaker_names(verb))


def _root(doc: Any, first: int, last: int) -> Any:
    """The token of the span the rest hangs on (its head outside the span)."""
    return next((t for t in doc[first : last + 1] if not first <= t.head.i <= last), doc[last])


def reattach_speakers(doc: Any) -> Any:
    """The spaCy component: each speaker set off by a comma after a list hangs on its verb of saying as its
    subject; a name the parser had made that verb's subject before the comma goes back to its noun."""
    for verb in tokens_with(doc, "TAG", FINITE):  # ``speaker_names`` finds none for another word
        found = speaker_names(verb)
        if not found:
            continue
        first = found[0][0]
        name = _root(doc, *found[0])
        if len(found) == 2:  # "Mila Oster and Ivo Holm told": the second joined to the first
            second = _root(doc, *found[1])
            if second.head.i != name.i and not any(a.i == second.i for a in name.ancestors):
                second.head, second.dep_ = name, "conj"
                conj = doc[found[1][0] - 1]
                if not any(a.i == conj.i for a in name.ancestors):
                    conj.head, conj.dep_ = name, "cc"
        if doc[verb.i - 1].text == "," and found[-1][1] + 2 < verb.i - 1:  # "Mila Oster, who represents her, said"
            apposed = _root(doc, found[-1][1] + 2, verb.i - 2)
            last = _root(doc, *found[-1])
            if not any(a.i == apposed.i for a in last.ancestors) and not any(a.i == last.i for a in apposed.ancestors):
                apposed.head, apposed.dep_ = last, "relcl" if doc[found[-1][1] + 2].lower_ == "who" else "appos"
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
