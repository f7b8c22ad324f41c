"""Relatives told "of" a person, for the coreference walk (:class:`tumen.extract.coref.Resolver`): "the family of Ana
Berg", "relatives of Ana Berg", "the parents of Ana Berg", "the sons of Ana Berg" name her relatives — an unnamed party
anchored to her — and not her, so what befalls the phrase ("police detained the family of Ana Berg", "the parents of
Ana Berg were arrested") befalls them. The head is a noun of ``kin_heads`` in data/kinship.yaml (a party of relatives,
or a relative of no kind told) or the plural of a ``kin`` noun not counted ("her two sons" are that many persons:
:mod:`tumen.extract.kin_counts`). The person may be one a kin noun names in turn ("the relatives of the wife of Ana
Berg": the wife's), read first wherever it comes (:meth:`Resolver.read_ahead`). The person's possessive does the same
("her family", "Ana Berg's family", "her parents"), and members of the party ("members of her family": a noun of
``party_members`` in data/kinship.yaml) are the party.

The party is one unnamed person entity, described by the noun, anchored by the noun's relation; it is no antecedent of
a pronoun (it stands for several), and a second mention of the same kind for the same person is the same party.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract import kin_counts
from tumen.extract import story_people as people
from tumen.extract.gender_votes import vote
from tumen.extract.unnamed_in_view import common_noun
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver


@cache
def _heads() -> dict[str, dict[str, Any]]:
    return {str(word).lower(): dict(info or {}) for word, info in load("kinship.yaml")["kin_heads"].items()}


def head_entry(noun: Any) -> dict[str, Any] | None:
    """The relation (and gender) a noun of relatives gives, when it is a head of ``kin_heads`` or the plural of a
    ``kin`` noun that no number counts; else None."""
    if not common_noun(noun):
        return None
    heads, lemma = _heads(), noun.lemma_.lower()
    if noun.lower_ in heads:
        return heads[noun.lower_]
    if lemma in heads and noun.tag_ == "NNS":  # "relatives"
        return heads[lemma]
    kin: dict[str, dict[str, Any]] = load("kinship.yaml")["kin"]
    single = kin.get(lemma)
    if noun.tag_ != "NNS" or (single and not single.get("plural") and kin_counts.count_of(noun)):
        return None  # "two sons of Ana Berg": two persons (kin_relatives)
    entry = kin.get(noun.lower_) or single
    return dict(entry) if entry is not None else None


def of_object(noun: Any) -> Any | None:
    """The word "of" takes after the noun ("the family of Ana Berg": Berg), or None."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def possessor(noun: Any) -> Any | None:
    """The possessor before the noun ("her family", "Ana Berg's parents": her, Berg), or None; not a plural one
    ("the kidnappers and their families": no one person's), nor one of a noun the noun only modifies ("his family
    home": a home)."""
    if people.plural_possessor(noun) is not None or noun.dep_ == "compound":
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)


def relatives_of(r: Resolver, noun: Any) -> bool:
    """Makes a noun of relatives told "of" a person or with a person's possessive (see the module) the party it
    names; whether it did."""
    entry = head_entry(noun)
    owner = (of_object(noun) or possessor(noun)) if entry is not None else None
    if entry is None or owner is None:
        return False
    r.read_ahead(noun, owner)  # "the relatives of the wife of Ana Berg": the wife, before her relatives
    anchor = r.person_of(owner)
    if anchor is None or r.g.by_id(anchor).kind != "person":
        return False
    relation, word = str(entry["relation"]), noun.lower_
    known = r.kin_index.setdefault((relation, anchor, word), [])
    party = r.g.by_id(known[0]) if known else r.g.new("person", None, anchor=(relation, anchor), descriptor=word)
    if not known:
        known.append(party.id)
        vote(party, entry.get("gender"), r.vocab["strong_gender_weight"])  # "the sons of Ana Berg"
    left = [t for t in noun.subtree if t.i == noun.i or (t.i < noun.i and t.dep_ in ("det", "amod", "poss", "case"))]
    start, end = min(t.idx for t in left), noun.idx + len(noun.text)
    r.g.add_span(party, start, end, r.text[start:end])
    r.coref.tokens[noun.i] = party.id  # not seen: no "she" or "he" means a party of relatives
    whole = _whole_of(noun)
    if whole is not None and whole.i not in r.coref.tokens:
        r.coref.tokens[whole.i] = party.id  # "members of her family": the family
    return True


def _whole_of(noun: Any) -> Any | None:
    """The noun for members of the party ``noun`` names, "of" which it is told ("members of her family"), else None:
    a word of ``party_members`` in data/kinship.yaml."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.head.i == of.i:
        return None
    members = of.head
    words = {str(w).lower() for w in load("kinship.yaml")["party_members"]}
    return members if common_noun(members) and members.lemma_.lower() in words else None
