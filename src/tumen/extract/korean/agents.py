"""Who did it, in Korean (docs/extraction.md, "Korean"): the state organ or organisation a clause names as the
doer of its event. "중국 공안에 붙잡혀" (caught by the Chinese police) is done by China — a country before an organ
of a state (``state_agents`` in ``data/korean_rules.yaml``) names the state itself, as "Chinese police" in English
(``data/state_agents.yaml``) — and "국경경비대에 붙잡혔다" by the border guard, an organisation; an organ said
alone ("공안에 붙잡혀") is a group of its own, one per word in a document. The doer is marked by 에 / 에게 / 에
의해 before a passive trigger in its clause (not "경찰에 따르면", according to the police), or is the subject
(은, 는, 이, 가) of an active trigger in its sentence, with no person marked as a subject after it."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Entity, Extraction, Span

from .claims import reported
from .mentions import Mentions, next_id
from .participants import is_active, marked, persons_in
from .text import Clause, between
from .vocabulary import names_of_kind, rules


def _state_agents() -> str:
    return "|".join(map(re.escape, sorted(rules()["state_agents"], key=len, reverse=True)))


@cache
def _agent_noun() -> re.Pattern[str]:
    return re.compile(rf"(?<![가-힣])(?:{_state_agents()})(?:들)?")


@cache
def state_agent_subject() -> re.Pattern[str]:
    """ "경찰이 시위대 30명을 체포했다": an organ of a state, alone or ending a word ("중국공안이"), as a subject."""
    return re.compile(rf"(?<![가-힣])[가-힣]*(?:{_state_agents()})(?:이|가)(?![가-힣])")


@cache
def _particle(kind: str) -> re.Pattern[str]:
    source = "|".join(rules()["not_agent_after"])  # "경찰에 따르면": according to, no doer
    return re.compile(rf"(?:{'|'.join(rules()['agent_particles'][kind])})(?![가-힣])(?!\s?(?:{source})(?![가-힣]))")


def doers(
    text: str, result: Extraction, found: Mentions, clause: Clause, trigger: tuple[int, int, str], floor: int
) -> list[str]:
    """The entities that did the event of ``trigger`` (start, end, its words), as its clause or sentence says;
    a passive's doer is after ``floor`` (what comes before an earlier trigger of the clause is that event's)."""
    start, _end, keyword = trigger
    active = is_active(keyword)
    kind, begin = ("active", clause.sentence_start) if active else ("passive", max(clause.start, floor))
    said: list[tuple[int, int, str | re.Match[str]]] = list(between(found.organizations, begin, start))
    taken = [(s, e) for s, e, _o in said]
    for match in _agent_noun().finditer(text, begin, start):
        if not any(s <= match.start() < e for s, e in taken):
            said.append((match.start(), match.end(), match))
    taken = [(s, e) for s, e, _o in said]
    if active:  # "중국이 탈북민을 강제북송했다": a country that acts is its state
        said += [m for m in _countries(text, found, begin, start) if not any(s <= m[0] < e for s, e in taken)]
    marked_here = sorted((s, e, i) for i, (s, e, _d) in enumerate(said) if _particle(kind).match(text, e))
    if not marked_here:
        return []
    _at, end, index = marked_here[-1]
    if not active and not _next_to(text, _particle(kind).match(text, end), start):
        return []  # "정부에 항의하다 체포됐다": the 에 phrase is another verb's
    if active and any(marked(text, e) == "subject" for _s, e, _p in persons_in(found, end, start)):
        return []  # "공안은 … 한바다 씨가 체포했다": another subject acts
    doer = said[index][2]
    if _claimant(text, found, (end, doer), trigger, clause):
        return []  # "단체는 탈북민을 강제북송했다고 비판했다": the one who says so, not who did it
    return [doer if isinstance(doer, str) else agent(text, result, found, doer)]


def _countries(text: str, found: Mentions, start: int, end: int) -> list[tuple[int, int, str | re.Match[str]]]:
    """The countries named between ``start`` and ``end`` (북한, 중국), as (start, end, place id)."""
    return [(s, e, pid) for s, e, pid in between(found.places, start, end) if text[s:e] in names_of_kind("country")]


def _next_to(text: str, particle: re.Match[str] | None, trigger: int) -> bool:
    """Whether the passive doer's ``particle`` takes the trigger at ``trigger``: 에 의해 anywhere in the clause,
    에 / 에게 only right before it, past adverbs (``passive_doer_between``), times with digits or places (에서) —
    not the object of another verb ("한국 정부에 망명을 신청한 …", "정권에 비판적인 …")."""
    if particle is None or "의해" in particle.group(0):
        return True
    table = rules()["passive_doer_between"]
    words = text[particle.end() : trigger].split()
    return all(w in table["adverbs"] or re.search(r"\d", w) or w.endswith(tuple(table["endings"])) for w in words)


@cache
def _teller_subject() -> re.Pattern[str]:
    """A subject or topic after a reported clause ("…했다고 소식통이 전했다"): the teller after it."""
    marks = "|".join(rules()["agent_particles"]["active"] + rules()["topic_particles"])
    return re.compile(rf"[가-힣A-Za-z)]+(?:{marks})\s")


@cache
def _topic() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(rules()['topic_particles'])})(?![가-힣])")


def _claimant(
    text: str, found: Mentions, doer: tuple[int, str | re.Match[str]], trigger: tuple[int, int, str], clause: Clause
) -> bool:
    """Whether the organisation found as the doer of an active trigger is the topic (은/는) of the verb that
    reports the trigger's clause ("단체는 …했다고 비판했다"), no subject of that verb after the clause: the one who
    says so. A state's organ or a country may say what it did itself ("북한 당국은 …했다고 밝혔다", "노동당은 …
    처형했다고 발표했다"), but not by a verb of accusing (``accusing_verbs``: "미국은 …강제북송했다고 비판했다")."""
    end, who = doer
    organisation = isinstance(who, str) and any(oid == who for _s, _e, oid in found.organizations)
    if not _topic().match(text[end : end + 2]) or not is_active(trigger[2]):
        return False
    after = trigger[0] + len(trigger[2])
    if not reported(text, after, clause.sentence_end):
        return False
    told = re.search(r"[다라]고\s", text[after : clause.sentence_end])
    if told is not None and _teller_subject().search(text, after + told.end(), clause.sentence_end):
        return False
    if organisation:
        return True
    verbs = text[after + told.end() if told else after : clause.sentence_end].split()
    return any(w.startswith(tuple(rules()["accusing_verbs"])) for w in verbs)


def agent(text: str, result: Extraction, found: Mentions, match: re.Match[str]) -> str:
    """The entity an organ of a state stands for: the country right before it, else a group named by the noun."""
    before = [m for m in between(found.places, max(0, match.start() - 12), match.start()) if m[1] <= match.start()]
    if before and not text[before[-1][1] : match.start()].strip():
        name = text[before[-1][0] : before[-1][1]]
        if name in names_of_kind("country"):
            return before[-1][2]
    noun = match.group(0).removesuffix("들")
    group = next((e for e in result.entities if e.kind == "group" and e.name == noun), None)
    if group is None:
        group = Entity(id=next_id(result, "g"), kind="group", name=noun)
        result.entities.append(group)
    if all(m.start != match.start() for m in group.mentions):
        group.mentions.append(Span(match.start(), match.end(), match.group(0)))
    return group.id
