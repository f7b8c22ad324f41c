"""The doer an adnominal active trigger describes (docs/extraction.md, "Korean"): a relative clause that tells its
object before the trigger — a person, a pronoun or a relative with 을/를 ("자신을 고문한 보위원", "아들을 체포한
경찰", "그녀를 납치한 남성들") — leaves out its subject, so the noun it describes is the doer: a person, an
organisation, an organ of a state (``state_agents``) or a word for people (``relative_doers`` in
korean_rules.yaml); the object is the one it befell. One that tells its subject ("중국 당국이 북송한 탈북민")
leaves the noun the undergoer, as before. A word for people (``described_persons``) a passive or intransitive
adnominal trigger describes is the one it befell ("2019년 체포된 남성은": an unnamed man; "붙잡힌 여성 3명은": a
group), no person before the trigger nor the passage's person."""

from __future__ import annotations

import re
from bisect import insort
from functools import cache

from tumen.extract.time import words as w
from tumen.extract.types import Entity, Evidence, Extraction, Span

from .agents import agent
from .kin_phrases import kin_in, owner_of_same_kind, relatives
from .mentions import Mentions, next_id
from .participants import conjoined, is_active, marked, persons_in, pronoun_object
from .text import Clause, between
from .vocabulary import Kin, kin_words, noun_reader, people_word, rules

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
    return _group(result, said.group(0), Span(said.start(), said.end(), said.group(0))) if said is not None else None


def _described() -> re.Pattern[str]:
    """A word for people, plural or counted, then its particle: "남성은", "여성 3명은", "남성들이"."""
    return noun_reader(
        "described_persons", particles="은|는|이|가|을|를|의|도|에게", end="particle ahead", plural=True, counted=True
    )


def _described_after(text: str, at: int, end: int) -> re.Match[str] | None:
    """The word for people right after an adnominal trigger ending at ``at`` (a space at most between)."""
    at += 1 if text[at : at + 1] == " " else 0
    return _described().match(text, at, end)


def described_undergoers(
    text: str, result: Extraction, found: Mentions, clause: Clause, at: int, topic: str | None
) -> list[str]:
    """Who the word for people at ``at`` — right after an adnominal trigger, a space at most between — names:
    the persons or the relative a copula after it says it is (:func:`_identity`; a pronoun owner is ``topic``'s,
    the passage's person), else an unnamed person, or a group when plural or counted: "체포된 남성은" (a man),
    "붙잡힌 여성 3명은" (a group); none when a person or a group is named there ("체포된 남성 한바다 씨는",
    "북송된 탈북민들은")."""
    said = _described_after(text, at, clause.end)
    if said is None or between(found.persons, at, said.end()) or between(found.groups, at, said.end()):
        return []
    identity = _identity(text, result, found, (said.end(), clause.sentence_end), topic)
    if isinstance(identity, tuple):  # "… 아들이었다": that relative of the owner
        owner, word, kin = identity
        evidence = Evidence(
            clause.sentence_start, clause.sentence_end, text[clause.sentence_start : clause.sentence_end].strip()
        )
        identity = relatives(result, owner, [(word, kin)], evidence)
    if identity is not None and len(identity) == 1:  # the word says that person, for the clauses after it
        result.entity(identity[0]).mentions.append(Span(said.start(), said.end(), said.group(0)))
        insort(found.persons, (said.start(), said.end(), identity[0]))
    return identity or [_unnamed(text, result, found, said)]


def identified_head(text: str, result: Extraction, found: Mentions, at: int, end: int, topic: str | None) -> bool:
    """Whether the word for people right after the trigger ending at ``at`` (a space at most between) is one a
    copula of its sentence (ending at ``end``) identifies: "체포된 사람은 한바다 씨였다", "북송된 사람은 그의
    아들이었다" — a generic word for people (``generic_heads``: 사람은) then tells of that person, not of a kind."""
    said = _described_after(text, at, end)
    return said is not None and _identity(text, result, found, (said.end(), end), topic) is not None


def _copula_endings() -> str:
    """The endings of the copula (``copula_endings`` of korean_rules.yaml: 이었, 였, 이다, …), as alternatives."""
    return "|".join(map(re.escape, rules()["copula_endings"]))


@cache
def _copula() -> re.Pattern[str]:
    """The copula right after the name it identifies: "한바다 씨였다", "… 학생이었다" — not "씨가 아니었다" (was
    not) nor "씨가 신고한 남성이었다" (the name the subject of a verb of its own)."""
    return re.compile(rf"\s?(?:씨)?(?:{_copula_endings()})")


@cache
def _kin_copula() -> re.Pattern[str]:
    words = "|".join(kin_words())
    return re.compile(rf"(?<![가-힣])(?P<kin>{words})(?:{_copula_endings()})")


@cache
def _pronoun_owner() -> re.Pattern[str]:
    """A possessive personal pronoun right before a kinship word (``outer_pronouns`` of korean_rules.yaml: "그의 ",
    "그녀의 ")."""
    words = "|".join(map(re.escape, rules()["outer_pronouns"]))
    return re.compile(rf"(?<![가-힣])(?:{words})의\s?$")


def _identity(
    text: str, result: Extraction, found: Mentions, span: tuple[int, int], topic: str | None
) -> list[str] | tuple[str, Kin, Span] | None:
    """Who the sentence's copula (in ``span``: after the described word for people, to the sentence's end) says
    the word is: the persons it names ("체포된 주민은 40대 부부와 10대 학생이었다"), or the owner and the word of the
    relative its kinship word says — of the person named before it ("체포된 남성은 한바다 씨의 아들이었다": her son)
    or of the passage's person ``topic`` a possessive pronoun points back to ("그의 아들이었다", read as "그의
    아들이 체포됐다" is: :func:`.kin_phrases.owner_of_same_kind`) — in one clause, no verb ending between."""
    after, end = span
    topic_marked = re.match(r"(?:은|는|이|가)\s", text[after : after + 2])
    if topic_marked is None:
        return None
    start = after + 2
    named = [m for m in persons_in(found, start, min(start + 16, end)) if marked(text, m[1]) != "possessive"]
    if named and not re.search(r"[다고며서]\s", text[start : named[0][0]]):
        listed = conjoined(text, found, named[:1], end)
        if _copula().match(text, listed[-1][1]):  # not "한바다 씨가 아니었다", "한바다 씨가 신고한 남성이었다"
            ids = [pid for _s, _e, pid in listed]
            return list(dict.fromkeys(ids + [p for pid in ids for p in found.partners.get(pid, ())]))
    kin = _kin_copula().search(text, start, end)
    if kin is None:
        return None
    word, said = kin_words()[kin["kin"]], Span(kin.start(), kin.end("kin"), kin["kin"])
    owners = [m for m in persons_in(found, start, kin.start()) if marked(text, m[1]) == "possessive"]
    pronoun = _pronoun_owner().search(text, max(start, kin.start() - 6), kin.start())
    if owners and kin.start() - owners[-1][1] <= 6:
        owner, owner_start = owners[-1][2], owners[-1][0]
    elif pronoun is not None and (named or topic is not None):
        # "한바다 씨가 아니라 그의 동생이었다": the pronoun points back to the person named before it, else the topic
        referent = named[-1][2] if named and named[-1][1] <= pronoun.start() else topic
        if referent is None:
            return None
        owner, owner_start = owner_of_same_kind(result, referent, [(word, said)]), pronoun.start()
    else:
        return None
    names = [m[1] for m in persons_in(found, start, owner_start)]  # "한바다 씨가": a name's 다 ends no verb
    if re.search(r"[다고며서]\s", text[max([start, *names]) : owner_start]):
        return None  # a verb of its own ends a clause before the owner
    return owner, word, said


def _unnamed(text: str, result: Extraction, found: Mentions, said: re.Match[str]) -> str:
    """The unnamed person or group of a word for people that no copula identifies."""
    number = w.korean_number(said["n"]) if said["n"] else None
    if said["plural"] or (said["n"] and number != 1):
        group = _group(result, said["noun"], Span(said.start(), said.end(), said.group(0)))
        insort(found.groups, (said.start(), said.end(), group))  # the subject of the clause after it, too
        return group
    descriptor, gender = rules()["described_persons"][said["noun"]]
    person = next(
        (
            e
            for e in result.entities
            if e.kind == "person" and e.name is None and e.anchor is None and e.descriptor == descriptor
        ),
        None,
    )  # one per descriptor in a document, as the unnamed persons of mentions.py
    if person is None:
        person = Entity(id=next_id(result, "p"), kind="person", name=None, descriptor=descriptor, gender=gender)
        person.gender_votes = {gender: 3.0} if gender else {}
        result.entities.append(person)
    if all(m.start != said.start() for m in person.mentions):
        person.mentions.append(Span(said.start(), said.end(), said.group(0)))
        insort(found.persons, (said.start(), said.end(), person.id))
    return person.id


def _group(result: Extraction, noun: str, said: Span) -> str:
    """The group a word for people names, one per word in a document ("남성들": 남성)."""
    noun = noun.removesuffix("들")
    group = next((e for e in result.entities if e.kind == "group" and e.name == noun), None)
    if group is None:
        group = Entity(id=next_id(result, "g"), kind="group", name=noun)
        result.entities.append(group)
    if all(m.start != said.start for m in group.mentions):
        group.mentions.append(said)
    return group.id
