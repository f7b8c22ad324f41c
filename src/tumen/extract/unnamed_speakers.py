"""A pronoun that tells what an unnamed person saw, heard, feared, knew or did is that person (rules in
docs/extraction.md, "Machine-translated and careless text; gender; …").

"A witness said he saw the gunman fire twice": he is the witness, not the gunman nor anyone named before. A
perception, cognition or feeling (``first_hand_verbs`` in data/kinship.yaml: saw, heard, feared, knew …) is
told by the one who had it, so the subject of such a verb in what a person says is that person. The rule
holds for an unnamed speaker:

- a singular noun of a person (``person_nouns`` in data/kinship.yaml, with the kin, descriptive, counterpart,
  source, occupation and organisation-role nouns), not coordinated ("a witness and a warrant"), the subject of
  a reporting verb (``reporting_verbs`` in data/events.yaml) before the pronoun, with no quotation between them
  (in “He saw it,” a neighbour said, he is someone else);
- introduced as new ("a witness", "one neighbour", "another officer"), or definite and either introduced so
  earlier in the text ("the witness") or marked by a relative clause of its own ("the officer who fired");
- of no possessor: "his lawyer said he feared …", "a friend of Ana Berg said she knew …" speak of the
  possessor (the pronoun goes to the possessor, as before), and neither does a noun of the other gender
  ("a spokeswoman said he feared") nor a person named between the verb and the pronoun take part;
- the pronoun the active subject of the said clause ("A spokesman said he was detained": someone else).

A speaker described by a deed of its own — a restrictive relative clause whose subject it is, with no other
person in it ("the officer who fired the shot", "the man who found the body") — tells its own acts too: "The
officer who fired says he shot at the tyres" is the officer, whatever the verb, except a state (was, had,
became …). Not "the officer who arrested him said he resisted" (he may be the one arrested).

The subject pronoun of an adverbial clause ("when", "as", "after" …, also one the parser took for a complement)
means likewise the unnamed subject of the clause it hangs on — "A gang member was convicted of killing a woman
when he fired from a roof" is the member, not the woman — when no person is named between them ("a guard beat Ivo
Holm until he fainted" may be Holm); a possessed subject is meant too ("his lawyer was beaten when he …").
So is, as the active subject, the pronoun of the clause an adverbial clause put first hangs on ("After a guard
unlocked the cell, he shouted": the guard) and of a clause coordinated after one ("A guard unlocked the cell, and he
shouted"), when the unnamed subject is not possessed and its clause tells of no other person ("When a guard hit a
prisoner, he fell" may be the prisoner).

An unnamed speaker goes on speaking: the subject pronoun of a reporting verb in the sentence right after one
whose speaker is unnamed, with no one named in the two before it, is that speaker ("“We saw nothing,” said a
prison guard. “It was quiet,” he said": the guard).

The pronoun means the person's own entity when it has one (an anonymous source, "a witness, Ana Berg,"), else no
named person.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.nlp import sentence_at
from tumen.extract.unnamed_in_view import common_noun, gendered_nouns
from tumen.extract.vocab import load

INDEFINITE = frozenset({"a", "an", "another", "one"})
DEFINITE = frozenset({"the", "this", "that"})
QUOTES = frozenset({'"', "“", "”", "‘", "’", "``", "''"})
POSSESSING = frozenset({"of", "for"})
STATES = frozenset({"be", "have", "become", "seem", "remain", "get"})
SUBORDINATORS = frozenset({"when", "as", "after", "before", "while", "because", "until", "since"})
PERSONAL = frozenset({"he", "him", "his", "she", "her"})


@cache
def _first_hand() -> frozenset[str]:
    return frozenset(str(v) for v in load("kinship.yaml")["first_hand_verbs"])


@cache
def person_words() -> frozenset[str]:
    """Nouns of a person: kin, descriptions, counterparts, sources, occupations and roles ("man", "teacher")."""
    kinship, roles = load("kinship.yaml"), load("story_roles.yaml")
    lists = (kinship["person_nouns"], kinship["counterparts"], kinship["anonymous_sources"], roles["occupations"])
    words = {str(w) for words in lists for w in words} | set(gendered_nouns())
    words |= {str(w) for w in kinship["kin"]} | {str(w) for w in kinship["descriptors"]}
    words |= {str(w) for role in load("organisations.yaml")["roles"].values() for w in role if " " not in str(w)}
    return frozenset(words)


@cache
def _reporting() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load("events.yaml")["modality"]["reporting_verbs"])


def speaker(pronoun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The noun of the unnamed speaker the subject pronoun ``pronoun`` means (see the module), or None.
    ``named(token)`` is the person a token names, if any."""
    verb = pronoun.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or passive:
        return None
    saying = verb.head
    noun = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if noun is None or saying.lemma_.lower() not in _reporting() or not _unnamed_person(noun, gender, named):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _first_hand() and (lemma in STATES or _own_act(noun, gender, named) is None):
        return None
    between = pronoun.doc[saying.i + 1 : pronoun.i]
    if noun.i > pronoun.i or any(t.text in QUOTES or named(t) is not None for t in between):
        return None
    return noun if _new_or_again(noun) else None


def subject_above(pronoun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The noun of the unnamed person the subject pronoun of an adverbial clause means as the subject of the clause
    it hangs on ("A gang member was convicted when he …": the member), or None."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or not _adverbial(verb):
        return None
    noun, above = None, verb.head
    for _step in range(3):  # "was convicted for killing a woman when he fired": up through "killing"
        noun = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is not None or above.dep_ not in ("pcomp", "xcomp", "advcl") or above.head.i == above.i:
            break
        above = above.head.head if above.head.pos_ == "ADP" else above.head
    if noun is None or noun.i > pronoun.i or not _unnamed_person(noun, gender, named, possessed=True):
        return None
    if any(named(t) is not None for t in pronoun.doc[noun.i + 1 : pronoun.i]):
        return None  # "a policeman shot Ivo Holm as he ran": perhaps Holm
    return noun if _new_or_again(noun) else None


def fronted_subject(pronoun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The noun of the unnamed subject of an adverbial clause put before the clause whose active subject the pronoun
    is ("After a guard opened the door, he shouted": the guard), or None: the adverbial clause opened by a
    subordinator and telling of no other person ("When a guard hit a prisoner, he fell" may be the prisoner)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i), None)
    if clause is None or not {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark")} & SUBORDINATORS:
        return None
    noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or not _unnamed_person(noun, gender, named):
        return None  # "After his lawyer visited, he was beaten": the possessor
    if not _alone(noun, clause.subtree, gender, named):
        return None
    if any(named(t) is not None for t in pronoun.doc[clause.right_edge.i + 1 : pronoun.i]):
        return None
    return noun if _new_or_again(noun) else None


def subject_before_and(pronoun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The noun of the unnamed subject of the clause the pronoun's clause is coordinated with, the pronoun its active
    subject ("A guard unlocked the cell, and he shouted": the guard), or None: that clause telling of no other
    person ("A bystander tried to stop a driver, but he drove off" is the driver)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    first, second = verb.head, verb.left_edge.i
    noun = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or first.pos_ not in ("VERB", "AUX") or not _unnamed_person(noun, gender, named):
        return None
    if noun.i > pronoun.i or not _alone(noun, [t for t in first.subtree if t.i < second], gender, named):
        return None
    return noun if _new_or_again(noun) else None


def _alone(noun: Any, clause: Any, gender: str, named: Callable[[Any], str | None]) -> bool:
    """Does a clause of the subject ``noun`` tell of no other person of the pronoun's ``gender``? ("After a driver
    hit a woman, he fled": not the woman.)"""
    persons, own = person_words(), {noun.i} | {t.i for t in noun.lefts}  # "a police officer"
    others = [t for t in clause if t.i not in own and t.lower_ not in ("who", "that")]
    return not any(_may_be(t, gender, persons) or named(t) is not None for t in others)


def _may_be(word: Any, gender: str, persons: frozenset[str]) -> bool:
    if word.lower_ in PERSONAL:
        return word.lower_ in (("he", "him", "his") if gender == "male" else ("she", "her"))
    lemma = word.lemma_.lower()
    return lemma in persons and gendered_nouns().get(lemma, gender) == gender


def _adverbial(verb: Any) -> bool:
    """An adverbial clause, also one the parser took for a complement though a subordinator opens it ("claiming
    the life of a woman when he fired")."""
    if verb.dep_ == "advcl":
        return True
    opener = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "mark") and c.i < verb.i}
    said = verb.head.lemma_.lower() in _reporting() and not any(c.dep_ == "dobj" for c in verb.head.children)
    # not "said when he …", but "claiming the life of a woman when he …"
    return verb.dep_ == "ccomp" and bool(opener & SUBORDINATORS) and not said


def _unnamed_person(noun: Any, gender: str, named: Callable[[Any], str | None], possessed: bool = False) -> bool:
    if not common_noun(noun) or noun.tag_ != "NN" or named(noun) is not None:
        return False
    if noun.lemma_.lower() not in person_words() or any(c.dep_ == "conj" for c in noun.children):
        return False  # "the report said he feared", "a witness and a warrant": someone else
    if gendered_nouns().get(noun.lemma_.lower(), gender) != gender:
        return False  # "a spokeswoman said he feared": not her
    for child in noun.children:
        if possessed:
            break  # "his lawyer was beaten when he …": the lawyer
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in POSSESSING):
            return False  # "his lawyer", "a friend of Ana Berg": the possessor's
    return True


def _new_or_again(noun: Any) -> bool:
    """ "a witness"; "the witness" after "a witness"; "the officer who fired"."""
    determiner = next((c.lower_ for c in noun.children if c.dep_ in ("det", "nummod")), None)
    if determiner in INDEFINITE:
        return True
    if determiner not in DEFINITE:
        return False
    if any(c.dep_ == "relcl" and _restrictive(c) for c in noun.children):
        return True  # "the officer who fired", not "the officer, who was armed,"
    lemma = noun.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in t.children)
        for t in noun.doc[: noun.i]
    )


def _restrictive(clause: Any) -> bool:
    return bool(clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ",")


def _own_act(noun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The restrictive relative clause that tells what the speaker did ("the officer who fired the shot"), none of
    whose persons may be the pronoun ("the officer who arrested him said he resisted": he is the one arrested)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not _restrictive(clause) or clause.pos_ != "VERB":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue  # "the man who was shot", "the man police shot": what befell him
        if not any(t.lower_ in PERSONAL or named(t) is not None for t in clause.subtree):
            return clause
    return None


def speaking_on(pronoun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The noun of the unnamed speaker of the sentence before who goes on speaking in the pronoun's ("“…,” said a
    spokesman. “…,” he said."), or None: the pronoun the subject of a reporting verb, no one named in the sentence
    before nor in its own before it."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in _reporting() or verb.pos_ != "VERB":
        return None
    before = sentence_at(pronoun, -1)
    if before.start == pronoun.sent.start or any(named(t) is not None for t in before.doc[before.start : pronoun.i]):
        return None
    said = [t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in _reporting()]
    noun = next((c for c in said[-1].children if c.dep_ == "nsubj"), None) if said else None
    if noun is None or not _unnamed_person(noun, gender, named):
        return None
    return noun if _new_or_again(noun) else None


def meant(pronoun: Any, gender: str, named: Callable[[Any], str | None]) -> Any | None:
    """The noun of the unnamed person a subject pronoun means (:func:`speaker`, :func:`subject_above`,
    :func:`fronted_subject`, :func:`subject_before_and`, :func:`speaking_on`), or None."""
    return (
        speaker(pronoun, gender, named)
        or subject_above(pronoun, gender, named)
        or fronted_subject(pronoun, gender, named)
        or subject_before_and(pronoun, gender, named)
        or speaking_on(pronoun, gender, named)
    )
