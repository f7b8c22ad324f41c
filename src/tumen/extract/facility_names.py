"""A name that modifies a noun for a building, a works or a business is the facility's or the company's, no
person's (docs/extraction.md, "Places and routes").

spaCy's small model tags the short name of a dairy, a warehouse or a firm a person's ("the old Tarvo Maid dairy
building", "the Kessel warehouse burned"), who then becomes the victim of the fire or the owner of a family. A name
tagged a person's whose head word is a compound of a noun for a building or a business right after it
(``facility_nouns`` of data/name_kinds.yaml) names a facility, and so does every other mention of that name in the
document — unless it opens with a listed given name ("the Ana Vale building") or one of its mentions shows a
person's evidence ("Mr Kessel", "Kessel was abducted"): a building may be named after a person mentioned too. A
place the gazetteer knows ("the Tarvik hotel") is where the facility stands, and stays what it was found to be.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.gender import is_given_name
from tumen.extract.places import lookup
from tumen.extract.vocab import load


@cache
def facility_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_kinds.yaml")["facility_nouns"])


def facilities_by_modified_nouns(doc: Any, mentions: list[Any]) -> None:
    """Make a facility of every person mention of a name, opened by no listed given name and no known place, that
    modifies a noun for a building or a business in one of them, unless a mention of it shows a person's evidence
    (in place)."""
    from tumen.extract.person_evidence import shown_persons  # person_evidence imports organisation_evidence

    forms: set[str] = set()
    for m in mentions:
        if m.kind == "person" and m.label == "PERSON" and not is_given_name(m.text.split()[0]) and not lookup(m.text):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and _modifies_a_facility_noun(span):
                forms.add(m.text)
    shown = shown_persons(doc, mentions, forms)
    for m in mentions:
        if m.text in forms - shown and m.kind == "person" and m.label == "PERSON":
            m.kind, m.label, m.place_kind = "place", "FAC", "facility"


def _modifies_a_facility_noun(span: Any) -> bool:
    """ "the Kessel warehouse", "the old Tarvo Maid dairy building": the name's head word is a compound of a
    lower-case noun for a building or a business right after the name (or after one such noun)."""
    doc, root = span.doc, span.root
    if span.end >= len(doc) or root.dep_ != "compound":
        return False
    head = root.head
    after = doc[span.end]
    nouns = facility_nouns()
    if after.tag_ not in ("NN", "NNS") or after.lower_ not in nouns or not after.text.islower():
        return False
    return head.i == after.i or (head.lower_ in nouns and head.i == after.i + 1)
