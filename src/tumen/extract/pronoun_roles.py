"""A role told of a person by a pronoun: "Police arrested Ana Cruz on Monday. She is a journalist who has written
about the mine" — the complement of "be" whose subject is a pronoun the coreference walk resolved to a named person
is that person's role, as it is when the name is the subject ("Cruz is a journalist"; docs/extraction.md, "Every
role a person is given"); so is the noun after "as" of a verb of ``working_as_verbs`` ("She worked as a reporter")."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.added_roles import with_roles
from tumen.extract.entities import Grouping
from tumen.extract.gender_votes import PRONOUNS, kinship_vocab, vote
from tumen.extract.nlp import sentence_at
from tumen.extract.prep_objects import objects_of
from tumen.extract.role_words import coordinated, kin_genders, personal, role_phrase, role_word, supposed
from tumen.extract.types import Entity
from tumen.extract.vocab import load

QUOTES = frozenset({'"', "“", "‘", "'"})


def _quoted(noun: Any) -> bool:
    """ "He was an “activist” at best": a role in quotation marks is a word the text reports, not one it gives."""
    return any(t.text in QUOTES for t in noun.doc[noun.left_edge.i : noun.i])


def _named_before(pronoun: Any, person: Entity, grouping: Grouping) -> bool:
    """Whether the text names the person in the pronoun's sentence or the one before ("Peter Holm has covered China
    for years. He was a correspondent": not a person named before Holm). A pronoun in a clause a verb reports ("her
    family said she is a journalist") is read only when the last name before it in its sentence is the person's
    ("Vos told the story of Lind saying he was a professor": Lind's, whatever the walk chose), or, with no name
    there, when the person is the only one named in the sentence before."""
    since = sentence_at(pronoun, -1).start_char
    if not any(since <= m.start < pronoun.idx for m in person.mentions):
        return False
    if not (pronoun.head.dep_ == "ccomp" and pronoun.head.head.pos_ == "VERB"):
        return True
    names = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if t.pos_ == "PROPN"]
    if names:
        return any(m.start <= names[-1].idx < m.end for m in person.mentions)
    persons = (e for e in grouping.entities if e.kind == "person" and e.name is not None)  # not "her family"
    return {e.id for e in persons for m in e.mentions if since <= m.start < pronoun.idx} == {person.id}


@cache
def _working_as_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load("story_roles.yaml").get("working_as_verbs") or [])


def _complement(verb: Any) -> Any:
    """The noun that says the role of the verb's subject: the complement of "be" ("she is a journalist"), or the
    object of "as" after a verb of ``working_as_verbs`` in data/story_roles.yaml ("she worked as a reporter")."""
    if verb.lemma_ == "be":
        return next((c for c in verb.children if c.dep_ == "attr"), None)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _working_as_verbs():
        return None
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    return next((c for c in as_phrase.children if c.dep_ == "pobj"), None) if as_phrase is not None else None


def describe(doc: Any, grouping: Grouping, tokens: dict[int, str], translated: bool = False) -> None:
    """Each named person a resolved pronoun stands for, as the subject of "be" with a role noun as complement (not
    under a condition nor denied: :func:`role_words.supposed`), gets that role (the coordinated roles
    joined: "he is a publisher and journalist"), beside those it has, when the text names the person in the pronoun's
    sentence or the one before (else the walk may have reached too far: the author's "He was a correspondent")."""
    for index, entity_id in tokens.items():
        pronoun = doc[index]
        if pronoun.pos_ != "PRON" or pronoun.dep_ != "nsubj":
            continue
        complement = _complement(pronoun.head)
        if complement is None or complement.pos_ != "NOUN" or supposed(pronoun.head, complement):
            continue
        person = grouping.by_id(entity_id)
        _vote_kin(pronoun, complement, person, grouping, translated)
        found = [(n, w) for n in coordinated(complement) if (w := role_word(n)) and not personal(w)]
        phrase = " and ".join(role_phrase(n, w) for n, w in found)
        if not phrase or person is None or person.kind != "person" or _quoted(complement):
            continue
        if not _named_before(pronoun, person, grouping):
            continue
        if person.descriptor is None:
            person.descriptor = phrase
        elif (more := with_roles(person.descriptor, phrase)) is not None:
            person.descriptor = more


def _vote_kin(pronoun: Any, complement: Any, person: Entity | None, grouping: Grouping, translated: bool) -> None:
    """ "Ana Berg lives in Seoul. He is a mother of two": a kin noun that says a gender, as the complement of "be"
    whose subject is a pronoun resolved to a named person, votes for that gender as an explicit cue does. Against
    the pronoun only where the pronoun is weak: in a machine translation, or the pronoun translations default to
    (``default_pronouns``: "he" for a mother; not "She is a father of two"). Never a figurative kin noun of a
    thing ("She is the father of the movement")."""
    gender = kin_genders().get(complement.lemma_.lower())
    if gender is None or person is None or person.kind != "person" or _quoted(complement):
        return
    said = PRONOUNS.get(pronoun.lower_)
    weak = translated or pronoun.lower_ in _default_pronouns()
    if _figurative(complement) or (said is not None and said != gender and not weak):
        return
    if _named_before(pronoun, person, grouping):
        vote(person, gender, float(kinship_vocab()["strong_gender_weight"]))


@cache
def _default_pronouns() -> frozenset[str]:
    return frozenset(str(w) for w in kinship_vocab()["default_pronouns"])


def _figurative(kin: Any) -> bool:
    """ "the father of the movement", "the mother of modern dance": a kin noun whose "of" names a thing, not persons
    ("a mother of two", "the father of three children", "the mother of a soldier", "the father of Ivo Lesk")."""
    return any(not _person_like(o) for o in objects_of(kin))


def _person_like(token: Any) -> bool:
    if token.pos_ in ("NUM", "PRON", "PROPN") or token.ent_type_ in ("PERSON", "CARDINAL"):
        return True
    lemma = token.lemma_.lower()
    words = kinship_vocab()
    return lemma in kin_genders() or lemma in words["generic_descriptors"] or role_word(token) is not None
