"""Several roles listed before a name: "Lindish blogger and human rights activist Karel Dovik", "poet, editor and
activist Mara Tull" — every role of the list is the person's, not only the one right before the name.

The list is read on the surface (the parser often takes the first roles for objects of the verb or for other
nouns): going left from the name, phrases of lower-case nouns and adjectives ending in a singular role noun,
separated by a joining word of ``data/story_roles.yaml`` ``listed_role_joiners`` ("and") right before the last
phrase and by commas before the others. A phrase that is not a role ("blogger, coder, and free speech activist")
is passed over; a determiner, a capitalised word or another name ends the list. So is a list in apposition to a
name, ending in the apposed role noun: "Anna Berg, a reporter and human rights activist" (the parser may take
"reporter" for a modifier of "activist").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.added_roles import with_roles
from tumen.extract.types import Entity
from tumen.extract.vocab import load

PHRASE_PARTS = frozenset({"NOUN", "PROPN", "ADJ"})


def add_listed_roles(doc: Any, person_of: Callable[[Any], Entity | None], role_of: Callable[[Any], str | None]) -> None:
    """Gives each name preceded by a list of two roles or more, or with one in apposition, all of them as descriptor
    ("blogger and free speech activist"), when what describes the person so far is one of those roles (or nothing)."""
    joiners = {str(w) for w in load("story_roles.yaml").get("listed_role_joiners") or []}
    for token in doc:
        apposed = token.dep_ == "appos" and role_of(token) is not None  # "X, a reporter and rights activist"
        person = person_of(token.head if apposed else token)
        if person is None or (not apposed and token.i > 0 and person_of(doc[token.i - 1]) is person):
            continue
        roles = _roles_before(doc, token.i + 1 if apposed else token.i, joiners, role_of)
        if len(roles) < 2:
            continue
        known = [r for r in (person.descriptor or "").split(" and ") if r]
        if all(any(r == k or r.endswith(" " + k) for r in roles) for k in known):
            person.descriptor = " and ".join(roles)
        elif (more := with_roles(" and ".join(known), " and ".join(roles))) is not None:
            person.descriptor = more  # "businessman and blogger X, a teacher": the roles of both
        _vote_gender(person, roles)


def _vote_gender(person: Entity, roles: list[str]) -> None:
    """A listed role that says a gender ("stage actress and former radio presenter Qorvo Tull": a woman) is an explicit
    cue, as it is right before the name; once, when no such cue says it already, and only when the roles agree."""
    kinship = load("kinship.yaml")
    genders = {str(w): str(g) for w, g in (load("story_roles.yaml").get("occupation_genders") or {}).items()}
    genders |= {str(w): str(i["gender"]) for w, i in kinship["descriptors"].items() if (i or {}).get("gender")}
    said = {genders[r.split()[-1]] for r in roles if r.split()[-1] in genders}
    if len(said) == 1 and (gender := next(iter(said))) not in person.gender_votes:
        person.gender_votes[gender] = float(kinship["strong_gender_weight"])


def _roles_before(doc: Any, start: int, joiners: set[str], role_of: Callable[[Any], str | None]) -> list[str]:
    """The roles listed right before the token at ``start``, in text order."""
    found: list[str] = []
    end = start
    while True:
        begin = end
        while begin > 0 and _phrase_part(doc[begin - 1], joiners):
            begin -= 1
        phrase = list(doc[begin:end])
        if not phrase:
            break
        role = role_of(phrase[-1])
        if role is not None and phrase[-1].tag_ not in ("NNS", "NNPS"):
            found.insert(0, _phrase(phrase, role))
        elif not found:  # the phrase right before the name must be a role
            return []
        separator = _separator_start(doc, begin, joiners, first=len(found) == 1 and end == start)
        if separator is None:
            break
        end = separator
    return found


def _phrase_part(token: Any, joiners: set[str]) -> bool:
    """A lower-case word of a role phrase ("free", "speech", "activist"; "coder", which the parser may tag a
    verb's base form)."""
    return bool(
        token.text.isalpha()
        and token.text.islower()
        and token.lower_ not in joiners
        and (token.pos_ in PHRASE_PARTS or token.tag_ == "VB")
    )


def _separator_start(doc: Any, begin: int, joiners: set[str], first: bool) -> int | None:
    """Where the separator before a phrase starting at ``begin`` starts: a joining word (", and" too) before the
    phrase nearest the name, a comma before the others; None when there is none."""
    k = begin
    if k > 0 and doc[k - 1].lower_ in joiners:
        if not first:
            return None
        k -= 1
        if k > 0 and doc[k - 1].text == ",":
            k -= 1
        return k
    if not first and k > 0 and doc[k - 1].text == ",":
        return k - 1
    return None


def _phrase(words: list[Any], role: str) -> str:
    """The role with the lower-case nouns that qualify it and the adjectives of those: "free speech activist",
    "human rights activist"; an adjective of the role itself or of another adjective ("prominent blogger",
    "prominent human rights defender") is dropped."""
    qualifiers = words[:-1]
    kept = [
        w.lower_
        for i, w in enumerate(qualifiers)
        if w.pos_ != "ADJ" or (i + 1 < len(qualifiers) and qualifiers[i + 1].pos_ != "ADJ")
    ]
    return " ".join([*kept, role])
