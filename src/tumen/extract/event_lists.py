"""What event nouns told together share (rules in docs/extraction.md, "Violations").

"the abduction and murder of the lawyer Ana Cruz": the parser hangs "of the lawyer" on one noun of the list only
(the first or the last), yet each noun of it names an event of hers. Event nouns joined by "and", "or" or commas
share the complements that say whom and by whom (``shared_complements``: "of", "against", "by") and the possessor
("Kim's arrest and torture"), where a noun has none of its own. An event noun that modifies a noun of
occurrence ("the kidnapping case of Omar Haddad", "an intimidation campaign against the reporter") shares that
noun's complements the same way: the case or campaign is the event's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.vocab import load

# The prepositions that say whom an event noun befalls or who does it.
COMPLEMENTS = frozenset(["of", "against", "by"])


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")[key])


def coordination(noun: Any) -> list[Any]:
    """The nouns joined in one list with this one, its head first ("arrests, beatings and killings")."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head
    found = [head]
    for member in found:
        found += [c for c in member.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c not in found]
    return found


def sharers(noun: Any, is_event: Callable[[Any], bool]) -> list[tuple[Any, frozenset[str]]]:
    """The nouns whose complements an event noun shares, with the prepositions shared: the other event nouns of
    its list, and the noun of occurrence it modifies ("the kidnapping case"), but for the "against" of a
    proceeding ("an arrest case against the police" names whom the case is brought against)."""
    found = [(n, COMPLEMENTS) for n in coordination(noun) if n.i != noun.i and is_event(n)]
    head = noun.head.lemma_.lower()
    if noun.dep_ == "compound" and head in _words("occurrence_heads"):
        found.append((noun.head, COMPLEMENTS - {"against"} if head in _words("proceeding_heads") else COMPLEMENTS))
    return found


def shared_complements(noun: Any, is_event: Callable[[Any], bool]) -> list[tuple[str, Any]]:
    """(preposition, object) of the complements an event noun shares and lacks itself: in "the arrest and
    torture of Kim by police", "torture" has "of Kim" and "by police" (hung on "arrest"). A noun with a
    possessor is that one's: in "his death and the deaths of other civilians" his death is his alone."""
    if any(c.dep_ == "poss" for c in noun.children):
        return []  # "his death and the deaths of other civilians": his own
    own = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    found: list[tuple[str, Any]] = []
    for other, prepositions in sharers(noun, is_event):
        for prep in other.children:
            if prep.dep_ == "prep" and prep.lower_ in prepositions and prep.lower_ not in own:
                found += [(prep.lower_, o) for o in prep.children if o.dep_ == "pobj"]
    return found


def shared_owners(noun: Any, is_event: Callable[[Any], bool]) -> list[Any]:
    """The possessors an event noun shares when it has none: "Kim's arrest and torture" — her torture too."""
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in COMPLEMENTS) for c in noun.children):
        return []
    return [c for other, _ in sharers(noun, is_event) for c in other.children if c.dep_ == "poss"]
