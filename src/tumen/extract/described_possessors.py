"""A possessive pronoun on the noun that describes a person never means that person.

"Qorvin Bastek, her lawyer, said …", "Qorvin Bastek (one of her former bosses) said …", "Qorvin Bastek was her
lawyer", "Qorvin Bastek, who became his deputy, …": the lawyer, boss or deputy is Bastek, and *her* / *his* is
whoever Bastek is the lawyer, boss or deputy of — someone else. The described noun is the pronoun's own head noun,
or the noun a partitive stands on ("one of her bosses": one); it describes a person as an apposition to the name,
or as the complement of a linking verb whose subject is the person, or the relative pronoun of a clause on the
person. A name in apposition to the noun after the pronoun ("His father, Ike Holm, …") is left to the ordinary
choice: the name is not yet met, and a surname it shares may group it with someone who is. Only the pronoun's own
noun counts: in "Qorvin Bastek, a woman in her 30s" or "a leader in his village" the pronoun sits in a modifier of
the noun and may well be Bastek's; nor does "her own lawyer", a noun for a name ("Vera Tallin (her maiden name)")
or the complement in "Tallin, as was her habit, …", whose subject is the "as" (words in ``data/kinship.yaml``,
``described_possessors``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.vocab import load

RELATIVES = frozenset({"who", "that"})


@cache
def _words(field: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("kinship.yaml")["described_possessors"][field])


def described_person(token: Any, person_of: Callable[[Any], str | None]) -> str | None:
    """The person the noun that the possessive pronoun ``token`` is on describes (whom the pronoun cannot mean),
    or None. ``person_of`` gives the person a token refers to, if any."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return None
    noun = token.head
    if any(c.lower_ in _words("reflexive_modifiers") for c in noun.children) or _names(noun):
        return None  # "her own lawyer"; "Vera Tallin (her maiden name)"
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" and _partitive(of.head):
        noun = of.head  # "one of her bosses": one
    if noun.dep_ == "appos":
        return person_of(noun.head)
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in _words("linking_verbs"):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children):
        return None  # "Tallin, as was her habit, …": the subject is the "as", not Tallin
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in RELATIVES:  # "Bastek, who was her lawyer": the name the clause is on
        return person_of(verb.head) if verb.dep_ == "relcl" else None
    return person_of(subject)


def _names(noun: Any) -> bool:
    """Whether the noun is one for a name ("her maiden name", "his nickname"): it describes the name, not the person."""
    return bool(noun.lemma_.lower() in _words("name_nouns"))


def _partitive(word: Any) -> bool:
    """ "one", "two", "some", "each" … standing for members of the group after "of"."""
    return bool(word.pos_ == "NUM" or word.lower_ in _words("partitives"))
