"""A named person the text describes by more than one role has each of them ("newspaper editor Lina Sorvik …
Sorvik is one of the country's best-known rights activists": an editor and an activist), and "one of the
<role>s" told of a name by "be" or beside another apposition describes it.

Roles are joined by " and " in the person's descriptor, as a coordination of roles is ("doctor and activist"):
a role whose noun the descriptor already has is no new role (a qualified one refines it: "rights activist" for
"activist"), and a person has at most ``MOST_ROLES`` of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.types import Entity
from tumen.extract.vocab import load

MOST_ROLES = 3


def with_roles(descriptor: str, phrase: str) -> str | None:
    """The descriptor with the roles of ``phrase`` ("activist", "poet and writer") that it lacks added, or a bare
    role refined ("activist" -> "rights activist"); None when nothing changes."""
    roles = [r for r in descriptor.split(" and ") if r]
    changed = False
    for new in (r for r in phrase.split(" and ") if r):
        same = next((i for i, r in enumerate(roles) if r.split()[-1] == new.split()[-1]), None)
        if same is None and len(roles) < MOST_ROLES:
            roles.append(new)
            changed = True
        elif same is not None and new.endswith(" " + roles[same]):
            roles[same] = new
            changed = True
    return " and ".join(roles) if changed else None


def one_of_described(noun: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """The named person "one of the <noun>s" describes when it is the complement of "be" with the name as subject
    ("Sorvik is one of the best-known activists"; not "X is not one of them") or coordinated with an
    apposition of the name ("X, a teacher and one of the finest poets of the region, …"); None otherwise."""
    one = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or one.lower_ != "one":
        return None
    if one.dep_ == "attr" and one.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in one.head.children):
        subject = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
        return person_of(subject) if subject is not None else None
    if one.dep_ == "conj" and one.head.dep_ == "appos":
        return person_of(one.head.head)
    return None


def coordinated_fields(noun: Any, first: int, phrase: str) -> str:
    """ "a rights and development worker", "a human rights and labour activist": a lower-case noun (or a word of
    ``role_fields``) joined by "and" right before the role's qualifiers (from token ``first``) qualifies the same
    role noun, a role of its own: "rights worker and development worker". Not a person noun ("a teacher and union
    leader": two roles already), nor a noun of the role's number it is coordinated with ("a former instructor and
    researcher": the parser's two heads), nor an adjective of no field ("a young and brave activist")."""
    doc, word = noun.doc, phrase.split()[-1]
    if first < 2 or doc[first - 1].lower_ != "and":
        return phrase
    other = doc[first - 2]
    fields = load("story_roles.yaml")["role_fields"]
    if not other.text.islower() or not (other.pos_ == "NOUN" or other.lower_ in fields) or _person_noun(other):
        return phrase
    if noun.dep_ == "conj" and noun.head.i == other.i and noun.tag_ == other.tag_:
        return phrase  # "a former instructor and researcher", "a crime expert and author": two nouns, two things
    own = [other.lower_]
    k = other.i - 1
    while k >= 0 and _qualifier(doc[k]) and doc[k].head.i in (other.i, k + 1):
        own.insert(0, doc[k].lower_)  # "human rights", not "the" nor "the latest"
        k -= 1
    return f"{' '.join([*own, word])} and {phrase}"


def _qualifier(token: Any) -> bool:
    """A lower-case noun or adjective that qualifies a noun; not a superlative or comparative ("the latest")."""
    return bool(token.text.islower() and token.pos_ in ("ADJ", "NOUN") and token.tag_ not in ("JJS", "JJR"))


def _person_noun(token: Any) -> bool:
    from tumen.extract.role_words import is_person_noun  # role_words imports this module

    return is_person_noun(token)
