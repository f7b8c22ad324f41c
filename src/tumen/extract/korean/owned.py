"""A passive trigger whose subject is a thing someone owns: "한바다 씨의 집이 압수수색됐다" (her house was searched),
"그의 차량이 구금됐다". The thing fills no role of people (events.yaml ``role_fillers``): the one affected is its
owner when what the type's senses are done to is premises (events.yaml ``requires: premises``: a raid searches a
home, its owner the victim), and no one otherwise — never the passage's person, who is no subject here."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load

from .kin_phrases import kin_in
from .mentions import Mentions
from .morph import subject_marked
from .participants import particles, persons_in
from .text import Clause, between
from .vocabulary import people_word, rules


@cache
def owner_types() -> frozenset[str]:
    """The event types one of whose senses requires premises: what is done to the premises befalls their owner."""
    types = load("events.yaml")["types"]

    def premises(senses: dict[str, object] | None) -> bool:
        return any(isinstance(s, dict) and s.get("requires") == "premises" for s in (senses or {}).values())

    return frozenset(
        name for name, spec in types.items() if premises(spec.get("verbs")) or premises(spec.get("noun_senses"))
    )


_NOUN = re.compile(r"\s?([가-힣]+)(?=\s)")  # the noun after the owner's 의, with its particle


@cache
def _pronoun_owner() -> re.Pattern[str]:
    words = "|".join(map(re.escape, rules()["reflexives"] + rules()["outer_pronouns"]))
    return re.compile(rf"(?<![가-힣])(?:{words})의\s")


@cache
def _body_part() -> re.Pattern[str]:
    words = "|".join(map(re.escape, rules()["body_parts"]))
    return re.compile(rf"(?:{words})(?:이|가|은|는|도)")


@cache
def _own_predicate() -> re.Pattern[str]:
    return re.compile("|".join(rules()["owned_breaks"]))


def owned_subject(
    text: str, found: Mentions, clause: Clause, start: int, topic: str | None
) -> tuple[str | None] | None:
    """(the owner,) when the subject of the passive trigger at ``start`` is a thing owned — a person's ("한바다 씨의
    집이") or a pronoun's, the passage's person ("그의 집이") — with no person, relative or word for people as that
    subject; None when its subject is not such a thing."""
    possessive = particles()[2]
    owners: list[tuple[int, str | None]] = [
        (said.end(), pid)
        for _s, e, pid in persons_in(found, clause.start, start)
        if (said := possessive.match(text, e)) is not None
    ]
    owners += [(m.end() - 1, topic) for m in _pronoun_owner().finditer(text, clause.start, start)]
    if not owners:
        return None
    at, owner = max(owners, key=lambda o: o[0])  # right after the owner's 의
    noun = _NOUN.match(text, at)
    if noun is None or noun.end() > start or not subject_marked(text, at, noun.end()):
        return None
    if people_word().match(text, noun.start(1)) or kin_in(text, at, start) is not None:
        return None  # "한바다 씨의 아들이", "그의 동료 주민들이": people
    if _body_part().fullmatch(noun.group(1)) or _own_predicate().search(text, noun.end(), start):
        return None  # "그의 몸이": the person; "그의 이름이 공개된 뒤": the subject of another predicate
    if persons_in(found, at + 1, start) or between(found.groups, at + 1, start):
        return None
    return (owner,)
