"""The doer an adnominal active trigger describes (docs/extraction.md, "Korean"): a relative clause that tells its
object before the trigger — a person, a pronoun or a relative with 을/를 ("자신을 고문한 보위원", "아들을 체포한
경찰", "그녀를 납치한 남성들") — leaves out its subject, so the noun it describes is the doer: a person, an
organisation, an organ of a state (``state_agents``) or a word for people (``relative_doers`` in
korean_rules.yaml); the object is the one it befell. One that tells its subject ("중국 당국이 북송한 탈북민")
leaves the noun the undergoer, as before."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Entity, Extraction, Span

from .agents import agent
from .mentions import Mentions, next_id
from .participants import is_active, kin_in, marked, persons_in, pronoun_object
from .text import Clause, between
from .vocabulary import people_word, rules

_PLURAL_OBJECT = re.compile(r"들?(?:을|를)(?![가-힣])")  # "활동가들을": a group as the object
_REACH = 24  # how far before the trigger its object may be: the relative clause, not the sentence's start


@cache
def _agent_noun() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, sorted(rules()["state_agents"], key=len, reverse=True)))
    return re.compile(rf"(?:{nouns})(?:들)?(?![가-힣]{{2}})")


def relative_doer(
    text: str, result: Extraction, found: Mentions, clause: Clause, trigger: tuple[int, int, str], adnominal: bool
) -> str | None:
    """The entity an adnominal active ``trigger`` (start, end, its words) describes as its doer, if its relative
    clause tells its object; else None."""
    start, end, keyword = trigger
    if (
        not adnominal
        or not is_active(keyword)
        or not _object_before(text, found, max(clause.start, start - _REACH), start)
    ):
        return None
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    return _head(text, result, found, at)


def _object_before(text: str, found: Mentions, start: int, end: int) -> bool:
    """Whether a person, a group, a relative or a pronoun is marked as the object (을/를) in start..end."""
    if pronoun_object().search(text, start, end):
        return True
    people = between(found.persons, start, end) + between(found.groups, start, end)
    if any(marked(text, e) == "object" or _PLURAL_OBJECT.match(text, e) for _s, e, _p in people):
        return True
    kin = kin_in(text, start, end)
    return kin is not None and kin[1] in ("을", "를")


def _head(text: str, result: Extraction, found: Mentions, at: int) -> str | None:
    """The entity whose words start at ``at``: a person, an organisation, an organ of a state (after a country:
    "중국 공안"), a word for people."""
    for _s, _e, eid in persons_in(found, at, at + 1) + between(found.organizations, at, at + 1):
        return eid
    places = [m for m in between(found.places, at, at + 1) if text[m[1] : m[1] + 1] == " "]
    for begin in (at, *(m[1] + 1 for m in places)):
        said = _agent_noun().match(text, begin)
        if said is not None:
            return agent(text, result, found, said)
    said = people_word().match(text, at)
    return _group(result, said) if said is not None else None


def _group(result: Extraction, said: re.Match[str]) -> str:
    """The group a word for people names, one per word in a document ("남성들": 남성)."""
    noun = said.group(0).removesuffix("들")
    group = next((e for e in result.entities if e.kind == "group" and e.name == noun), None)
    if group is None:
        group = Entity(id=next_id(result, "g"), kind="group", name=noun)
        result.entities.append(group)
    if all(m.start != said.start() for m in group.mentions):
        group.mentions.append(Span(said.start(), said.end(), said.group(0)))
    return group.id
