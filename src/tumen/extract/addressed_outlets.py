"""A one-word name after "the" that is only ever spoken to is an outlet, not a person (docs/extraction.md, "Places
and routes").

spaCy's small model tags a news outlet known by one word a person's ("she told the Kestrel", "in an interview with
the Kestrel", "according to the Kestrel"), and the outlet becomes a person of the story. A name of one word is an
outlet's when every one of its mentions has "the" right before it and is the one told or interviewed
(``addressed`` of data/organisations.yaml: the object of "tell", of "to" after "speak" or "talk", of "with" after
"interview", of "according to"), and the document gives no person by it: it is no listed given name, no word of a
longer person's name, and it has no person's evidence ("Mr Kestrel", "Kestrel, 54,"). Without "the" the name may be
a person's known by the surname alone ("Interrogators told Varnek that he would be executed").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.gender import is_given_name
from tumen.extract.vocab import load


@cache
def _addressed() -> dict[str, frozenset[str]]:
    data: dict[str, list[str]] = load("organisations.yaml")["addressed"]
    return {str(k): frozenset(str(w) for w in v) for k, v in data.items()}


def outlets_by_address(doc: Any, mentions: list[Any]) -> None:
    """Make an organisation of every one-word person name whose every mention, after "the", is one told or
    interviewed (in place)."""
    from tumen.extract.person_evidence import shown_persons  # person_evidence imports organisation_evidence

    persons = [m for m in mentions if m.kind == "person"]
    longer = {w for m in persons if " " in m.text for w in m.text.split()}  # a word of a longer person's name
    forms: dict[str, bool] = {}
    for m in persons:
        if m.label != "PERSON" or " " in m.text or m.text in longer or is_given_name(m.text):
            forms[m.text] = False
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        told = span is not None and len(span) == 1 and _after_the(span[0]) and _addressed_token(span[0])
        forms[m.text] = forms.get(m.text, True) and told
    found = {form for form, told in forms.items() if told}
    found -= shown_persons(doc, mentions, found)
    for m in mentions:
        if m.text in found and m.kind == "person" and m.label == "PERSON":
            m.kind, m.label = "organization", "ORG"


def _after_the(token: Any) -> bool:
    """ "the Kestrel": the word right before the name is "the" (no person's name takes it)."""
    return bool(token.i > 0 and token.doc[token.i - 1].lower_ == "the")


def _addressed_token(token: Any) -> bool:
    """ "told the Kestrel", "speaking to the Kestrel", "in an interview with the Kestrel", "according to the
    Kestrel"."""
    words = _addressed()
    head = token.head
    if token.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in words["verbs"]
    if token.dep_ != "pobj":
        return False
    governor = head.head
    return any(f"{word} {head.lower_}" in words["prepositions"] for word in (governor.lemma_.lower(), governor.lower_))
