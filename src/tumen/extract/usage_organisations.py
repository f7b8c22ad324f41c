"""What a sentence does with a name shows an organisation, not a person (docs/extraction.md, "Places and routes").

spaCy's small model tags a firm known by a short name a person's ("Tarvo's chairman said …", "Tarvo, which makes
…"), and the firm becomes a person of the story. A name the name finder tagged a person's is an organisation's
when it possesses, or stands right before as its modifier, what a company has and no person has
(``business_possessions`` of data/organisations.yaml: "Tarvo's chairman", "Tarvo's founder", "Tarvo Chairman Ivo
Reck"); when it is the object of owning or taking over a company (``business_objects``, ``business_modified``,
``acquiring_verbs``: "shares of Tarvo", "a stake in Tarvo", "Tarvo shares fell", "agreed to acquire Tarvo") or has
its own shares outstanding (``issued_words``: "Tarvo has 3 million shares outstanding"); when a
relative clause opened by "which" describes it as a subject ("Tarvo, which makes pumps, said …"); and when, as a
subject, the object of its own clause is "its" something ("Tarvo strengthened its defences"; not a name opened by a
listed given name, nor with a proper or an organisation's noun between the name and "its": "Ivo Reck accused the
party of abusing its power"). Every mention of the name is then the organisation's, unless one of them shows a
person's evidence ("Mr Tarvo", "Tarvo, 54,"). A name before "'s Day" or "'s Eve" is a holiday's ("on Valentine's
Day"): no one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.gender import is_given_name
from tumen.extract.vocab import load

PROPER = ("NNP", "NNPS")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("organisations.yaml")[key])


@cache
def _objects() -> dict[str, str]:
    return {str(k): str(v) for k, v in load("organisations.yaml")["business_objects"].items()}


@cache
def _holiday_words() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_kinds.yaml")["holiday_words"])


def organisations_by_usage(doc: Any, mentions: list[Any]) -> None:
    """Make an organisation of every person mention whose name a sentence uses as a company's, and drop the names
    of holidays (in place)."""
    from tumen.extract.person_evidence import shown_persons  # person_evidence imports organisation_evidence

    forms: set[str] = set()
    kept = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "person" else None
        if span is None or not len(span) or m.label != "PERSON":
            kept.append(m)
            continue
        if _holiday(span):
            continue  # "on Valentine's Day"
        kept.append(m)
        if _used_as_a_company(span) or (not is_given_name(m.text.split()[0]) and _described_as_an_it(span)):
            forms.add(m.text)
    mentions[:] = kept
    forms -= shown_persons(doc, mentions, forms)
    for m in mentions:
        if m.text in forms and m.kind == "person" and m.label == "PERSON":
            m.kind, m.label = "organization", "ORG"


def _holiday(span: Any) -> bool:
    """ "on Valentine's Day": the name, "'s" and a holiday's word (``holiday_words``)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s") and doc[span.end + 1].text in _holiday_words()


def _used_as_a_company(span: Any) -> bool:
    """ "Tarvo's chairman", "Tarvo Chairman Ivo Reck", "Tarvo shares", "shares of Tarvo", "Tarvo has 3 million
    shares outstanding", "acquire Tarvo"."""
    doc, root = span.doc, span.root
    head = root.head
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "poss" and head.lower_ in _words("business_possessions"):
        return True  # "Tarvo's chairman"
    if after is not None and root.dep_ in ("compound", "nmod") and head.i == after.i:
        if after.lower_ in _words("business_modified") and after.tag_ == "NNS":
            return True  # "Tarvo shares fell"
        holder = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if after.lower_ in _words("business_possessions") and _holder(holder):
            return True  # "Tarvo Chairman Ivo Reck"; not a signature's "IVO RECK President The Tarvo Fund"
    if root.dep_ == "pobj" and _objects().get(head.head.lower_) == head.lower_:
        return True  # "shares of Tarvo", "a stake in Tarvo"
    if root.dep_ == "nsubj" and head.lemma_ == "have" and any(_issued(c) for c in head.children if c.dep_ == "dobj"):
        return True  # "Tarvo has 3 million shares outstanding"
    return root.dep_ == "dobj" and head.lemma_.lower() in _words("acquiring_verbs")  # "agreed to acquire Tarvo"


def _issued(noun: Any) -> bool:
    """ "3 million shares outstanding": shares with a word only their issuer's count has (``issued_words``)."""
    return noun.lower_ in _words("business_modified") and any(c.lower_ in _words("issued_words") for c in noun.children)


def _holder(token: Any) -> bool:
    """The first word of a name after a title: a proper noun, no article ("President The Tarvo Fund")."""
    return token is not None and token.tag_ in PROPER and token.lower_ not in ("the", "a", "an")


def _described_as_an_it(span: Any) -> bool:
    """ "Tarvo, which makes pumps, said", "Tarvo strengthened its defences": what is said of a thing."""
    return _which_subject(span) or _subject_of_its(span)


def _which_subject(span: Any) -> bool:
    """ "Tarvo, which makes pumps, said": a subject described by a relative clause opened by "which" right after it
    (not "Ivo Reck of the Tarvo Group, which is working for …")."""
    doc, root = span.doc, span.root
    which = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "," else None
    if which is None or which.lower_ != "which" or root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return which.dep_ in ("nsubj", "nsubjpass") and which.head.dep_ == "relcl" and which.head.head.i == root.i


def _subject_of_its(span: Any) -> bool:
    """ "Tarvo strengthened its defences", "Tarvo plans to close its plant", "Tarvo released an update for its
    browser": the name the subject of a verb (or of the verbs it governs by "to") whose object, or the object of
    whose preposition, "its" possesses; no proper noun or noun for an organisation between the name and "its"."""
    from tumen.extract.organisation_evidence import organisation_nouns  # organisation_evidence imports this module

    doc, root = span.doc, span.root
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head]
    while len(verbs) < 4 and (governed := [c for c in verbs[-1].children if c.dep_ == "xcomp"]):
        verbs.append(governed[0])  # "Tarvo plans to close its plant"
    nouns = []
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += objects + [
            n for o in [verb, *objects] for p in o.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
        ]
    for noun in nouns:
        its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if its is not None and its.i > span.end and not _noun_between(doc, span.end, its.i, organisation_nouns()):
            return True
    return False


def _noun_between(doc: Any, start: int, end: int, organisation_nouns: frozenset[str]) -> bool:
    """A proper noun or a noun for an organisation among the tokens from ``start`` to ``end``."""
    return any(t.tag_ in PROPER or t.lower_ in organisation_nouns for t in doc[start:end])
