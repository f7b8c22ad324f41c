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
"he" or "she" (it stands for several) unless the noun names one ("a relative": ``one``), and a second mention of the
same kind for the same person is the same party. Persons joined by "and" ("the families of Ana Berg and Karl Vos")
have a party each; a name beside the person's noun names the person ("the family of her husband Karl Vos"). A family
noun before a noun of ``kin_places`` ("his family home") names no party, and a party that takes part in nothing the
text tells is dropped at the end (:func:`without_idle`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract import kin_counts
from tumen.extract import story_people as people
from tumen.extract.gender_votes import vote
from tumen.extract.prep_objects import of_object
from tumen.extract.types import Entity
from tumen.extract.unnamed_in_view import common_noun
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver
    from tumen.extract.types import Event, Relation


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


def possessor(noun: Any) -> Any | None:
    """The possessor before the noun ("her family", "Ana Berg's parents": her, Berg), or None; not a plural one
    ("the kidnappers and their families": no one person's), nor one of a noun the noun only modifies ("his family
    home": a home)."""
    if people.plural_possessor(noun) is not None:
        return None
    if noun.dep_ == "compound":  # "drove her family home" read as a noun "family home": the possessor is on "home"
        home = moved_home(noun)
        holder = home if home is not None and home.i == noun.head.i else None
        owners = [*holder.children, *noun.children] if holder is not None else []  # "her" on "home" or on "family"
        return next((c for c in owners if c.dep_ == "poss" and c.i < noun.i), None)
    return next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)


def relatives_of(r: Resolver, noun: Any) -> bool:
    """Makes a noun of relatives told "of" a person or with a person's possessive (see the module) the party it
    names; whether it did. Told "of" persons joined by "and" ("the families of Ana Berg and Ivo Lesk"), it names a
    party of each, both meant wherever the phrase is (``Coref.groups``)."""
    entry = head_entry(noun)
    if entry is None or of_place(noun):  # "his family home": a home
        return False
    owner = of_object(noun) or possessor(noun)
    if owner is None:
        return False
    first = _anchor(r, noun, owner)
    if first is None:
        return False
    anchors = [first, *(a for o in owner.conjuncts if o.i > owner.i and (a := _anchor(r, noun, o)) is not None)]
    left = [t for t in noun.subtree if t.i == noun.i or (t.i < noun.i and t.dep_ in ("det", "amod", "poss", "case"))]
    start, end = min(t.idx for t in left), noun.idx + len(noun.text)
    parties = [_party(r, noun, entry, anchor) for anchor in dict.fromkeys(anchors)]
    for party in parties:
        r.g.add_span(party, start, end, r.text[start:end])
    if len(parties) > 1:
        for party in parties:
            r.coref.groups[party.id] = tuple(p.id for p in parties)
    r.coref.tokens[noun.i] = parties[0].id  # not seen: no "she" or "he" means a party of relatives
    if entry.get("one") and noun.tag_ == "NN":  # "a relative of Ana Berg said he …": one person, whom "he" means
        r.see(parties[0].id, noun)
    home = moved_home(noun) if noun.dep_ == "compound" else None
    if home is not None and home.i not in r.coref.tokens:
        r.coref.tokens[home.i] = parties[0].id  # "drove her family home", the parser's object "home": the family
    whole = _whole_of(noun)
    if whole is not None and whole.i not in r.coref.tokens:
        r.coref.tokens[whole.i] = parties[0].id  # "members of her family": the family
    return True


def _anchor(r: Resolver, noun: Any, owner: Any) -> str | None:
    """The person ``owner`` means, read first ("the relatives of the wife of Ana Berg": the wife, before her
    relatives), or the one a name beside it names ("the family of her husband Karl Vos": Vos)."""
    r.read_ahead(noun, owner)
    anchor = r.person_of(owner) or r.named_apposition(owner)
    return anchor if anchor is not None and r.g.by_id(anchor).kind == "person" else None


def _party(r: Resolver, noun: Any, entry: dict[str, Any], anchor: str) -> Entity:
    """The party of relatives of ``anchor`` the noun names: one told before for the same person and noun, else
    new."""
    relation, word = str(entry["relation"]), noun.lower_
    known = r.kin_index.setdefault((relation, anchor, word), [])
    if known:
        return r.g.by_id(known[0])
    party = r.g.new("person", None, anchor=(relation, anchor), descriptor=word)
    known.append(party.id)
    r.coref.parties.add(party.id)
    vote(party, entry.get("gender"), r.vocab["strong_gender_weight"])  # "the sons of Ana Berg"
    return party


def of_place(noun: Any) -> bool:
    """Whether the noun only tells whose a place or a thing is: followed by a noun of ``kin_places`` in
    data/kinship.yaml ("his family home", "her family farm", "his family's home"), however the parser took it."""
    doc = noun.doc
    at = noun.i + 1
    if moved_home(noun) is not None:
        return False  # "they drove her family home": the family taken home
    if at < len(doc) and doc[at].tag_ == "POS":  # "his family's home"
        at += 1
    if at >= len(doc):
        return False
    after = doc[at]
    words = {str(w).lower() for w in load("kinship.yaml")["kin_places"]}
    return after.lower_ in words or (after.pos_ == "NOUN" and after.lemma_.lower() in words)


@cache
def _home_movers() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of taking someone home and the particles they may take ("brought her family back home")."""
    data = load("kinship.yaml")
    return frozenset(str(w).lower() for w in data["home_movers"]), frozenset(
        str(w).lower() for w in data["home_particles"]
    )


def moved_home(noun: Any) -> Any | None:
    """The "home" right after a family noun that is the object of a verb of taking someone somewhere (``home_movers``
    in data/kinship.yaml), "home" the place they are taken to ("they drove her family home", "sent his relatives
    home"), however the parser took it (the noun the object and "home" an adverb, or "family home" one object); else
    None: "they attacked his family home", "took over her family home" name a home."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "home":
        return None
    home = doc[noun.i + 1]
    if noun.dep_ == "dobj" and home.head.i == noun.head.i:
        verb = noun.head
    elif noun.dep_ == "compound" and noun.head.i == home.i and home.dep_ == "dobj":
        verb = home.head
    else:
        return None
    movers, particles = _home_movers()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in movers:
        return None
    return None if any(c.dep_ == "prt" and c.lower_ not in particles for c in verb.children) else home


def without_idle(parties: set[str], entities: list[Entity], events: list[Event], relations: list[Relation]) -> None:
    """Drops from ``entities`` each party of relatives (:func:`relatives_of`) that fills no role of an event and is
    no side of a relation the text tells, nor the anchor of another: "her family's privacy", "his relatives said"
    tell of no party of the story."""
    told = {p.entity for e in events for p in e.participants} | {x for r in relations for x in (r.subject, r.object)}
    told |= {e.anchor[1] for e in entities if e.anchor}
    entities[:] = [e for e in entities if e.id not in parties or e.id in told]


def _whole_of(noun: Any) -> Any | None:
    """The noun for members of the party ``noun`` names, "of" which it is told ("members of her family"), else None:
    a word of ``party_members`` in data/kinship.yaml."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.head.i == of.i:
        return None
    members = of.head
    words = {str(w).lower() for w in load("kinship.yaml")["party_members"]}
    return members if common_noun(members) and members.lemma_.lower() in words else None
