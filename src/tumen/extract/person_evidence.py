"""A name the document itself shows to be a person's is a person's in all its mentions, whatever the name finder
tagged it (docs/extraction.md, "Places and routes").

spaCy's small model tags a rare name an organisation or a place ("Vanuzi was abducted" with Vanuzi a place). A
reader knows a person by what the sentence says of the name: a person's role in apposition or before it ("Tomas
Vanuzi, a blogger", "blogger Tomas Vanuzi"), an age ("Vanuzi, 34,", "34-year-old Vanuzi"), a kinship noun it
possesses ("Vanuzi's wife"), a courtesy title ("Mr Vanuzi") or a verb whose passive befalls only a person
("Vanuzi was abducted", data/kinship.yaml ``person_only_passives``). One such mention makes every mention of the
same surface form a person's, and a name of two or three words that ends with such a one-word form.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import organisations, places, role_words
from tumen.extract.capital_nouns import english_index
from tumen.extract.given_name_persons import NAME_WORD
from tumen.extract.organisation_evidence import organisation_nouns
from tumen.extract.vocab import load

# mentions found by a pattern or a list, not by spaCy's guess: their kind is never changed
FIXED_LABELS = (
    "KOREAN_NAME",
    "OUTLET",
    "CAMP",
    "STATE",
    "FACILITY",
    "NAMED_FACILITY",
    "AGENT",
    "GAZETTEER",
    "DATELINE",
)
_AGE = re.compile(r"\d{1,2}")
_YEARS_OLD = re.compile(r"\d{1,2}-years?-old")


@cache
def _passives() -> frozenset[str]:
    return frozenset(load("kinship.yaml")["person_only_passives"])


@cache
def _kin() -> frozenset[str]:
    kinship = load("kinship.yaml")
    return frozenset(kinship["kin"]) | frozenset(kinship["person_possessions"])


@cache
def _courtesy_titles() -> frozenset[str]:
    titles: dict[str, dict[str, str]] = load("kinship.yaml")["titles"]
    return frozenset(t for t, info in titles.items() if (info or {}).get("gender"))


def persons_by_evidence(doc: Any, mentions: list[Any]) -> None:
    """Make a person of every organisation or place mention whose surface form has a person's evidence (in place)."""
    doubted = {m.text for m in mentions if _doubted(m)}
    forms = set()
    for m in mentions:
        if (m.text in doubted or m.text.split()[-1] in doubted) and m.label not in FIXED_LABELS:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and has_person_evidence(span):
                forms.add(m.text)
    surnames = {f for f in forms if " " not in f}
    for m in mentions:
        if (m.text in forms or _ends_with_a_surname(m.text, surnames)) and _doubted(m):
            m.kind, m.label, m.place_kind = "person", "PERSON", None


def _doubted(mention: Any) -> bool:
    """A mention spaCy tagged an organisation or a place, in no capitals only ("SABC", a dateline's "MANILA"), and
    no place the gazetteer knows ("… from Nantes, who has been missing": the parser may hang a person's clause on
    a place)."""
    if mention.label in FIXED_LABELS or mention.kind not in ("organization", "place"):
        return False
    return not mention.text.isupper() and places.lookup(mention.text) is None


def _ends_with_a_surname(form: str, surnames: set[str]) -> bool:
    """A name of two or three capitalised words that ends with a one-word form shown to be a person's ("Tomas Vanuzi"
    after "Vanuzi's wife") and has no word of an organisation's name ("Vanuzi Foundation")."""
    words = form.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in surnames
        and all(NAME_WORD.fullmatch(w) for w in words)
        and not any(w in organisations.name_words() for w in words)
    )


def has_person_evidence(span: Any) -> bool:
    """A courtesy title, a role or an age beside the name, a kinsman's possessive or a passive only persons undergo
    ("Mr Vanuzi", "Vanuzi, a blogger", "Vanuzi's wife", "Vanuzi was abducted")."""
    root = span.root
    doc = span.doc
    titled = span[0].text in _courtesy_titles() and len(span) > 1  # not a lone title spaCy took for a name
    if titled or (span.start > 0 and doc[span.start - 1].text in _courtesy_titles()):
        return True  # "Mr Vanuzi"
    if described_as_person(span):
        return True  # "Vanuzi, a blogger", "the lawyer Vanuzi"
    if root.dep_ == "poss" and root.head.lower_ in _kin():
        return True  # "Vanuzi's wife"
    return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in _passives()  # "Vanuzi was abducted"


def described_as_person(span: Any) -> bool:
    """A role or an age in apposition to the name or a role before it ("Lesk, a union leader", "Tamm, 34,", "union
    leader Ivo Lesk", "the lawyer Kadri Tamm"): what shows an unknown name a person's."""
    if any(not span.start <= c.i < span.end and _describes_a_person(c, span) for c in span.root.children):
        return True
    return _after_its_role(span) or _who_described(span)


def _who_described(span: Any) -> bool:
    """A name of two or three capitalised words that a relative clause opened by "who" right after its comma describes
    ("Tomas Varga, who was detained in 2019, said …"): "who" is a person's, an organisation takes "which" ("Amnesty,
    which …"). Not a name with a word of an organisation's name or a common English word in it ("Global Witness, who
    …"), nor one after a preposition of a person's noun or a plural ("the director of Tarvik Kessa, who …", "residents
    of Varno Kessa, who …": they may be the ones)."""
    doc, root = span.doc, span.root
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "who":
        return False
    clause = doc[span.end + 1].head
    if clause.dep_ != "relcl" or clause.head.i != root.i or not 2 <= len(span) <= 3:
        return False
    owner = root.head.head if root.dep_ == "pobj" else None  # "the director of X, who", "residents of X, who"
    if owner is not None and (owner.tag_ in ("NNS", "NNPS") or role_words.is_person_noun(owner)):
        return False
    english = _english_words()
    return all(
        NAME_WORD.fullmatch(t.text) and t.text not in organisations.name_words() and t.lower_ not in english
        for t in span
    )


@cache
def _english_words() -> frozenset[str]:
    """The common English words of the parser's lemmatizer index, of any open part of speech (built once)."""
    return english_index("noun") | english_index("adj") | english_index("verb") | english_index("adv")


def _after_its_role(span: Any) -> bool:
    """The name in apposition to a person's role right before it: "the lawyer Kadri Tamm" (the parser hangs the name
    on "lawyer")."""
    root, doc = span.root, span.doc
    if root.dep_ != "appos" or span.start == 0 or root.head.i != span.start - 1:
        return False
    role = doc[span.start - 1]
    return role.tag_ == "NN" and role_words.is_role_word(role) and role.lower_ not in organisation_nouns()


def _describes_a_person(child: Any, span: Any) -> bool:
    """A dependent of the name outside it that only a person has: a role or an age in apposition ("Vanuzi, a
    blogger", "Vanuzi, 34,") or before it ("blogger Tomas Vanuzi", "34-year-old Vanuzi"); a role an organisation may
    have too ("the broadcaster SABC") is none, nor is a plural role beside one name (the parser hangs "the National
    Union of Dockworkers (NUD) stewards" as an apposition: the union's stewards; "A and B, both bloggers" is two)."""
    if child.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in span.root.children):
        return False
    if child.dep_ == "appos" or (child.dep_ in ("compound", "amod", "nmod") and child.i < span.start):
        return _is_age(child) or (role_words.is_role_word(child) and child.lower_ not in organisation_nouns())
    return False


def _is_age(token: Any) -> bool:
    """ "34-year-old" before the name, or "34" in apposition between commas ("Vanuzi, 34, was …"; not a date:
    "Vanuzi, 11 November 1934")."""
    if token.dep_ in ("amod", "compound"):
        return bool(_YEARS_OLD.fullmatch("".join(t.text for t in token.subtree)))
    doc = token.doc
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else "."
    return bool(_AGE.fullmatch(token.text)) and doc[token.i - 1].text == "," and after in (",", ".", ";", ")")


def shown_persons(doc: Any, mentions: list[Any], names: set[str]) -> set[str]:
    """Those of ``names`` that a person mention of the document shows to be a person's (:func:`has_person_evidence`;
    a mention whose span cannot be found counts as shown): "Mr Kessel" keeps the Kessel of "the Kessel warehouse",
    "Ana Berg, its founder" the Ana Berg of "Ana Berg Ltd" a person."""
    shown = set()
    for m in mentions:
        if m.text in names and m.kind == "person":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span) or has_person_evidence(span):
                shown.add(m.text)
    return shown
