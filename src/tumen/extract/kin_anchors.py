"""Whose relative a kin noun names, beyond a possessive: three rules of how reports speak of kin.

- **The protagonist's relatives.** "Ms Ri fled with her mother. … Her grandmother died of
  hunger": a possessive pronoun that would make an unnamed relative's relative ("the mother's
  grandmother") means the named person that relative belongs to, unless the pronoun's gender
  contradicts that person's (never in a translation, whose pronouns say little). Reports tell a family from
  the person they are about.
- **Having a relative.** "Ms Ri had a son of four": the object of *have* with an
  indefinite article is a relative of the subject.
- **Another one.** "another sister", "the other brother": never a relative of that kind already
  known, always one more.
- **The couple's sibling.** "A couple fled with their nephew. … The boy's father told his sister to
  bring his son": the parent of an unnamed couple's nephew or niece is a sibling of one of the couple,
  so his (or her) sibling of a gender is the member of the couple of that gender — the wife — and the
  boy's father is the wife's brother. A story tells its family from the couple it is about.
- **The siblings' parent.** "Ms Ri's mother was sent to a camp while Ri and her sister were put in a home. … Their
  mother was released": with no couple in view, "their" on a parent or grandparent is the family's, the one already
  known of the named person in view who has a sibling known — siblings share their parents.
- **The child's other parent.** "Ms Ri married in 2010; her husband beat her. … She left her son with his father":
  the father of a person's child is that person's one spouse known of that gender — a story tells a child's
  parents as a couple — unless the person has no such spouse or several.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.described_names import apposed_across_verb, own_name
from tumen.extract.entities import Grouping
from tumen.extract.event_syntax import calling_read_as_naming
from tumen.extract.gender import gender_of, given_name_gender
from tumen.extract.kin_ranks import split
from tumen.extract.types import Entity, Relation
from tumen.extract.vocab import load

PRONOUN_GENDER = {"her": "female", "his": "male"}
# Relatives whose "her son", "her husband", "his sister" means the person they are known as the relatives of
# (:func:`spoken_of`); a child's "his father" is not read so: a child of the person is as often one made by a surname
# or pronoun gone to the wrong person of a family ("Tarvo said he would fetch his son", Tarvo the son).
SPEAKING_RELATIVES = frozenset({"parent_of", "spouse_of", "sibling_of"})
# Relatives that siblings share (:func:`siblings_relative`).
SHARED_BY_SIBLINGS = frozenset({"parent_of", "grandparent_of"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "that", "which" as the subject of a relative clause
REFLEXIVES = frozenset({"himself", "herself", "themselves"})  # "a man calling himself Varga"


def protagonist(
    noun: Any,
    anchor: str,
    grouping: Grouping,
    in_view: set[str],
    known_gender: Callable[[Entity], str | None],
    translated: bool,
) -> str:
    """The anchor of a kin noun after the protagonist rule (see the module)."""
    owner = noun.head if noun.dep_ == "compound" else noun  # "her sister Kum-hui Ri": the name's "her"
    pronoun = next((c for c in owner.children if c.dep_ == "poss" and c.lower_ in PRONOUN_GENDER), None)
    if pronoun is None or translated:
        return anchor
    relative = grouping.by_id(anchor)
    if relative.name is not None or relative.anchor is None:
        return anchor
    top = relative.anchor[1]
    if grouping.by_id(top).name is None or top not in in_view:
        return anchor
    return top if known_gender(grouping.by_id(top)) in (None, PRONOUN_GENDER[pronoun.lower_]) else anchor


def spoken_of(
    noun: Any, anchor: str, relation: str, gender: str | None, grouping: Grouping, known: Callable[[Entity], str | None]
) -> str | None:
    """ "Kavu Orsolo was held. His mother said her son was innocent": a relative's possessive pronoun on the kin noun
    of the relation the relative is known by, turned round (the mother's son, the wife's husband, the sister's
    brother), means the person that relative is known as the relative of, when their gender fits — not one more
    relative, nor a parent's child made a parent ("another son", a plural, a translation are left alone); a person
    whom anything, a given name too, gives the other gender is not meant ("Vanka Orsolo … her son": another)."""
    owner = noun.head if noun.dep_ == "compound" else noun
    if not any(c.dep_ == "poss" and c.lower_ in PRONOUN_GENDER for c in owner.children) or another(noun):
        return None
    relative = grouping.by_id(anchor)
    if relative.name is not None or relative.anchor is None:
        return None
    told, top = relative.anchor
    if told not in SPEAKING_RELATIVES or load("kinship.yaml")["relations"].get(relation) != told or top == anchor:
        return None
    person = grouping.by_id(top)  # any cue of the other gender, a given name too, rules the person out
    said = known(person) or gender_of(person.gender_votes)[0] or given_name_gender(person)
    return top if said in (None, gender) else None


def owner_by_have(noun: Any, entity_of: Callable[[Any], str | None]) -> str | None:
    """ "Ri had a daughter", "Ri bore a son", "Ri gave birth to a daughter": the subject of a verb of
    ``having_verbs`` (data/kinship.yaml) whose indefinite object the kin noun is, or of the phrase of
    ``birth_phrase`` ("give birth to") whose object it is."""
    words = load("kinship.yaml")
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in noun.children):
        return None
    verb = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["having_verbs"] else None
    verb = verb or birth_verb(noun, words["birth_phrase"])
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return entity_of(child)
    return None


def birth_verb(noun: Any, phrase: list[str]) -> Any | None:
    """ "gave birth to a daughter": the phrase's verb, when the kin noun is the object of its preposition (hung on the
    verb or on its noun, "birth", the verb's object)."""
    verb, birth, to = phrase
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != to:
        return None
    head = preposition.head
    if head.lemma_.lower() == birth and head.dep_ == "dobj" and head.head.lemma_.lower() == verb:
        return head.head
    if head.lemma_.lower() == verb and any(c.dep_ == "dobj" and c.lemma_.lower() == birth for c in head.children):
        return head
    return None


def another(noun: Any) -> bool:
    """ "another sister", "the other brother": one more relative of that kind."""
    return any(
        (c.dep_ == "det" and c.lower_ == "another") or (c.dep_ == "amod" and c.lower_ == "other") for c in noun.children
    )


def couple_sibling(
    grouping: Grouping, anchor: str, relation: str, gender: str | None, couple: tuple[str, str] | None
) -> Entity | None:
    """The member of the couple a sibling noun of the parent of the couple's nephew or niece means (see
    the module); that parent is then described as the member's sibling. None when the rule does not apply."""
    parent = grouping.by_id(anchor)
    if couple is None or relation != "sibling_of" or gender is None or parent.name is not None:
        return None
    if parent.anchor is None or parent.anchor[0] != "parent_of":
        return None
    child = grouping.by_id(parent.anchor[1])
    if child.name is not None or child.anchor is None or child.anchor[1] not in couple:
        return None
    member = next((grouping.by_id(m) for m in couple if _gender_of(grouping.by_id(m)) == gender), None)
    if member is None or member.id == parent.id:
        return None
    word = _sibling_word(_gender_of(parent))
    if word is not None:
        parent.anchor, parent.descriptor = ("sibling_of", member.id), word
    return member


def _gender_of(entity: Entity) -> str | None:
    """The gender explicit cues gave an entity (a couple's members have theirs from the start)."""
    votes = {g: w for g, w in entity.gender_votes.items() if ":" not in g}
    return max(votes, key=lambda g: votes[g]) if votes else None


def _sibling_word(gender: str | None) -> str | None:
    kin: dict[str, dict[str, str]] = load("kinship.yaml")["kin"]
    return next((w for w, k in kin.items() if k.get("relation") == "sibling_of" and k.get("gender") == gender), None)


def named_apposition(noun: Any, named_person: Callable[[Any], str | None]) -> str | None:
    """The named person a kin noun or description stands beside: "her son, Ri Chol-jin," / "his wife
    Lee So-yeon" / "a boy named Chol-jin" / "Jamal Khashoggi, a journalist,". ``named_person`` gives
    the person a token names, or None."""
    if (own := own_name(noun)) is not None:  # "son Felix, 8, daughter Ilse, 3": the daughter is Ilse
        return named_person(own)
    if noun.dep_ == "compound" or (noun.dep_ == "appos" and not apposed_across_verb(noun)):  # "Ri Kum-hui, her sister"
        named = named_person(noun.head)
        if named:
            return named
    for child in noun.children:
        if child.dep_ in ("appos", "compound", "npadvmod", "acl", "relcl") and not calling_read_as_naming(child):
            naming = not _clause_of_another(child)  # not "A broker called Mira Tenzin." of her told before
            for sub in child.subtree:
                named = named_person(sub)
                if named and (naming or _set_apart(sub)):
                    return named
    doc = noun.doc
    right = noun.i + 1
    while right < len(doc) and doc[right].text in (",", "—", "-"):
        right += 1
    return named_person(doc[right]) if right < len(doc) else None


def _clause_of_another(clause: Any) -> bool:
    """A clause on a description that tells something else than its name ("a woman who had lived with Tomas Varga",
    "a man seen beside Varga"): a name in it is someone else. Only a verb of ``naming_clause_verbs`` in
    ``data/kinship.yaml`` ("a boy named Tomas", "a woman who was identified as Anna Berg", "who is …") names it,
    or a name set apart by a comma at the clause's end (:func:`_set_apart`); so does one its verb is complemented by
    ("a worker who asked to be identified only as Visser")."""
    if clause.dep_ not in ("acl", "relcl"):
        return False
    naming = _naming_clause_verbs()
    verbs = [clause]
    while verbs[-1] is not None and len(verbs) < 4:
        verbs.append(next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None))
    return not any(str(verb.lemma_).lower() in naming and _names_it(verb) for verb in verbs if verb is not None)


def _names_it(verb: Any) -> bool:
    """A verb of naming that gives the described one's name: passive or in a participle ("a boy named Varga", "who
    was identified as Varga", "whom they call Varga"), or the copula ("who is Varga") — not one the described one
    does to another ("a man who knew Varga", "an activist who called for Varga to resign", "a man calling Varga");
    one it does to itself names it ("a man calling himself Varga", "who calls herself Varga")."""
    if verb.lemma_ == "be" or any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return True
    doer = any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in verb.children)
    return not (doer or (verb.dep_ == "acl" and verb.tag_ == "VBG"))


@cache
def _naming_clause_verbs() -> frozenset[str]:
    return frozenset(str(v) for v in load("kinship.yaml").get("naming_clause_verbs") or [])


def _set_apart(name: Any) -> bool:
    """A name set apart by a comma as an apposition ("the man who had founded the shop, Mario Tarvelli"): it may
    be the described person's, wherever the parser hangs it."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    first = min(t.i for t in head.subtree)
    return bool(head.dep_ == "appos" and first > 0 and name.doc[first - 1].text == ",")


def not_itself(grouping: Grouping, anchor: str, relation: str, noun: str) -> str:
    """A kin anchor never resolves to the relative it introduces: "his son" whose "his" went to
    the unnamed son (a translation's wrong pronoun) means that son, anchored to his parent —
    not the son's son. An unnamed relative described by the same kin noun is followed back to
    the person it is the relative of."""
    entity = grouping.by_id(anchor)
    seen = {anchor}
    while (
        entity.name is None
        and entity.anchor is not None
        and entity.anchor[0] == relation
        and split(entity.descriptor)[1] == noun
        and entity.anchor[1] not in seen
    ):
        anchor = entity.anchor[1]
        seen.add(anchor)
        entity = grouping.by_id(anchor)
    return anchor


def whose_owner(poss: Any, name_entity: Callable[[Any], str | None]) -> str | None:
    """The person "whose" stands for: the name the relative clause is on ("Qorvin Tallis, whose husband was
    killed, …": Tallis), or None."""
    if poss.lower_ != "whose":
        return None
    clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
    return name_entity(clause.head) if clause is not None else None


def siblings_relative(
    noun: Any, relation: str, known: dict[tuple[str, str, str], list[str]], relations: list[Relation], in_view: set[str]
) -> str | None:
    """Whose parent or grandparent "their mother" is when no couple is in view (see the module): the one named person
    in view with a relative of that kind already known (``known``: (relation, person, noun) -> relatives) and a
    sibling known; None when there is no such person or more than one."""
    if relation not in SHARED_BY_SIBLINGS:
        return None
    siblings = {p for r in relations if r.type == "sibling_of" for p in (r.subject, r.object)}
    owners = {
        person
        for (told, person, word), relatives in known.items()
        if told == relation and word == noun.lemma_.lower() and relatives and person in in_view and person in siblings
    }
    return owners.pop() if len(owners) == 1 else None


def other_parents(
    grouping: Grouping, relations: list[Relation], known: Callable[[Entity], str | None]
) -> list[tuple[str, str]]:
    """(unnamed parent of a child, the spouse it is) for each parent a kin noun made of a person's child, when that
    person has one spouse known, of the parent's gender and not of the person's own (see the module)."""
    found = []
    for entity in grouping.entities:
        gender = load("kinship.yaml")["kin"].get(entity.descriptor or "", {}).get("gender")
        if entity.kind != "person" or entity.name or not entity.anchor or entity.anchor[0] != "parent_of":
            continue
        child = grouping.by_id(entity.anchor[1]).anchor
        if gender is None or child is None or child[0] != "child_of":
            continue
        parent = child[1]
        spouses = {
            r.subject if r.object == parent else r.object
            for r in relations
            if r.type == "spouse_of" and parent in (r.subject, r.object)
        }
        spouse = grouping.by_id(spouses.pop()) if len(spouses) == 1 else None
        if spouse is not None and known(spouse) == gender != known(grouping.by_id(parent)) and spouse.id != entity.id:
            found.append((entity.id, spouse.id))
    return found
