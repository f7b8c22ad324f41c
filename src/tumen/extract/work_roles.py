"""A role stated as someone's work: "Anna Berg was arrested for her work as a human rights lawyer", "a court
sentenced three men – A, B and C – for their work as journalists".

A noun of ``data/story_roles.yaml`` ``role_work_nouns`` ("work", "job") with a possessor and a phrase "as" + role
noun gives the possessor that role: a name's possessive ("Berg's work as a lawyer") is that person; a singular
possessive pronoun of ``work_possessives`` ("his", "her") the one person named before it in its sentence; a plural
one ("their", with a plural role: "as journalists") the persons named before it in its sentence, when two or more
are, in one list ("A, B and C"). It describes those nothing else has described.

A cause someone works for is their work too: a verb of ``campaign_verbs`` with a preposition of ``campaign_preps``
("for", "against"), in a "who" clause on the name just before it, in any tense, gives the person its role noun:
"Anna Berg, who had campaigned against the mine" is a campaigner ("who campaigned at the rally" is no cause, nor
"who campaigned for the mayor", a person).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Entity
from tumen.extract.vocab import load


def add_work_roles(
    doc: Any,
    person_of: Callable[[Any], Entity | None],
    role_of: Callable[[Any], str | None],
    phrase_of: Callable[[Any, str], str],
) -> None:
    """Gives the possessor of "work as <role>" the role, when they have no descriptor."""
    roles = load("story_roles.yaml")
    nouns = {str(w) for w in roles.get("role_work_nouns") or []}
    possessives: dict[str, str] = roles.get("work_possessives") or {}
    for token in tokens_with(doc, "LOWER", ("as",)):
        if token.lower_ != "as" or token.dep_ != "prep" or token.head.lemma_.lower() not in nouns:
            continue
        role_noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        role = role_of(role_noun) if role_noun is not None else None
        possessor = next((c for c in token.head.children if c.dep_ == "poss"), None)
        if role_noun is None or role is None or possessor is None:
            continue
        plural = role_noun.tag_ in ("NNS", "NNPS")
        for person in _possessors(possessor, possessives, plural, person_of):
            if person.descriptor is None:
                person.descriptor = phrase_of(role_noun, role)
    _campaigners(doc, person_of, role_of)


def _campaigners(doc: Any, person_of: Callable[[Any], Entity | None], role_of: Callable[[Any], str | None]) -> None:
    """ "X, who had campaigned against the mine": X is a campaigner (see the module); not one who campaigned for a
    person ("for the mayor", "for Ivo Holm": an election)."""
    roles = load("story_roles.yaml")
    verbs: dict[str, str] = roles.get("campaign_verbs") or {}
    preps = {str(w) for w in roles.get("campaign_preps") or []}
    for verb in tokens_with(doc, "DEP", ("relcl",)):
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in verbs:
            continue
        who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        causes = [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"
        ]
        if who is None or not causes or any(person_of(o) is not None or role_of(o) is not None for o in causes):
            continue
        before = doc[who.i - 2] if who.i >= 2 and doc[who.i - 1].text == "," else None
        person = person_of(before) if before is not None else None
        if person is not None and person.descriptor is None:
            person.descriptor = verbs[verb.lemma_.lower()]


def _possessors(
    possessor: Any, possessives: dict[str, str], plural: bool, person_of: Callable[[Any], Entity | None]
) -> list[Entity]:
    """The persons a possessor of the work stands for (see the module)."""
    named = person_of(possessor)
    if named is not None:
        return [named]
    number = possessives.get(possessor.lower_)
    if number is None or (number == "plural") != plural:
        return []
    before: list[Entity] = []
    named_at: list[int] = []
    for token in possessor.doc[possessor.sent.start : possessor.i]:
        person = person_of(token)
        if person is not None:
            named_at.append(token.i)
            if person not in before:
                before.append(person)
    if number == "singular":
        return before if len(before) == 1 else []
    between = possessor.doc[named_at[0] : named_at[-1]] if named_at else []
    one_list = all(person_of(t) is not None or t.lower_ in (",", "and") for t in between)
    return before if len(before) >= 2 and one_list else []  # "A, B and C … their work": the list's persons
