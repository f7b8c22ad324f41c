"""Who a Korean story's kinship words are, when the story's people are a couple and their relatives.

Two rules (invented examples):

- **A statement of relation.** "50대 부부와 10대 학생은 이모와 조카 사이로 …" (the couple and the student are
  aunt and nephew): each person said before "A와 B 사이" is the relative the statement calls them, in order —
  the student is the 조카, and of the couple the member whose gender the word gives (이모: the wife) is the
  이모. The kinship word makes no person of its own.
- **The sibling of the couple's sibling.** "먼저 탈북한 남동생이 누나에게 아들을 데려와 달라고 부탁했다" in a
  story of an unnamed couple: a sibling word said to (or of) the couple's unowned sibling — the dative or the
  object of a clause whose subject that sibling is — is the member of the couple of its gender (누나: the
  wife), and the sibling is that member's. A story tells its family from the couple it is about.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Entity, Evidence, Extraction, Relation
from tumen.extract.vocab import load

from .text import sentences
from .vocabulary import kin_words

_JOIN = re.compile(r"\s?(?:와|과)\s?$")
_TOPIC = re.compile(r"\s?(?:은|는|이|가)\s?$")
_SUBJECT_THEN = r"(?:\([^)]{0,20}\))?(?:이|가|은|는)\s?"
_TO_OR_OBJECT = r"(?=에게|한테|께|를|을)"


@cache
def _role_descriptors() -> frozenset[str]:
    """Descriptors that say only what a person is in the story (boy, minor), not whose relative."""
    roles: dict[str, dict[str, str]] = load("korean_kinship.yaml").get("roles") or {}
    return frozenset(spec["descriptor"] for spec in roles.values())


Said = tuple[int, int, str]  # (start, end, entity id) of a story person's mention


def settle(text: str, result: Extraction, said: list[Said], couple: tuple[str, str] | None) -> dict[str, str]:
    """Apply both rules; returns each folded person's id -> the person it is."""
    folded: dict[str, str] = {}
    if couple is None:
        return folded
    for gone, into in _stated_relations(text, result, said, couple):
        _fold(result, said, gone, into, folded)
    for gone, into, sibling, at in _siblings_of_sibling(text, result, said, couple):
        if _fold(result, said, gone, into, folded):
            _relate(text, result, "sibling_of", into, sibling, at)
    return folded


def _at(said: list[Said], position: int) -> list[str]:
    """The persons of the mentions said at ``position``."""
    return list(dict.fromkeys(pid for s, e, pid in said if s <= position < e))


def _member(result: Extraction, couple: tuple[str, str], ids: list[str], gender: str | None) -> str | None:
    """The person a mention means for a word of ``gender``: of a couple's mention, the member of that gender."""
    if set(ids) >= set(couple):
        return next((pid for pid in couple if result.entity(pid).gender == gender), None) if gender else None
    return ids[0] if len(ids) == 1 else None


def _stated_relations(
    text: str, result: Extraction, said: list[Said], couple: tuple[str, str]
) -> list[tuple[str, str]]:
    words = kin_words()
    pattern = re.compile(rf"(?P<x>{'|'.join(words)})(?:와|과)\s?(?P<y>{'|'.join(words)})\s?사이")
    out: list[tuple[str, str]] = []
    for start, end in sentences(text):
        for match in pattern.finditer(text, start, end):
            before = sorted({(s, e) for s, e, _p in said if start <= s and e <= match.start()})
            if len(before) < 2:
                continue
            (s1, e1), (s2, e2) = before[-2], before[-1]
            if not (_JOIN.search(text[e1:s2]) and _TOPIC.search(text[e2 : match.start()])):
                continue
            for (s, word), said_at in ((("x", match["x"]), s1), (("y", match["y"]), s2)):
                told = _at(said, match.start(s))
                person = _member(result, couple, _at(said, said_at), words[word].gender)
                if len(told) == 1 and person is not None and _compatible(result, told[0], person):
                    out.append((told[0], person))
    return out


def _siblings_of_sibling(
    text: str, result: Extraction, said: list[Said], couple: tuple[str, str]
) -> list[tuple[str, str, str, int]]:
    words = kin_words()
    siblings = "|".join(w for w, k in words.items() if k.relation == "sibling_of" and not k.ambiguous)
    pattern = re.compile(rf"(?<![가-힣])(?P<s>{siblings}){_SUBJECT_THEN}(?P<o>{siblings}){_TO_OR_OBJECT}")
    out: list[tuple[str, str, str, int]] = []
    for match in pattern.finditer(text):
        subject, other = _at(said, match.start("s")), _at(said, match.start("o"))
        if len(subject) != 1 or len(other) != 1 or subject[0] in couple or other[0] in couple:
            continue
        member = _member(result, couple, list(couple), words[match["o"]].gender)
        if member is None or other[0] == subject[0] or _owned_by_other(result, subject[0], member, couple):
            continue
        out.append((other[0], member, subject[0], match.start()))
    return out


def _owned_by_other(result: Extraction, sibling: str, member: str, couple: tuple[str, str]) -> bool:
    """Is the sibling already said to be the other member's ("남편의 남동생")?"""
    other = next(pid for pid in couple if pid != member)
    return any(r.type == "sibling_of" and {r.subject, r.object} == {sibling, other} for r in result.relations)


def _compatible(result: Extraction, gone: str, into: str) -> bool:
    a, b = result.entity(gone).gender, result.entity(into).gender
    return a is None or b is None or a == b


def _fold(result: Extraction, said: list[Said], gone: str, into: str, folded: dict[str, str]) -> bool:
    """The person ``gone`` is ``into``: its mentions and relations become theirs and it goes."""
    while into in folded:
        into = folded[into]
    if gone == into or gone in folded:
        return False
    person: Entity = result.entity(gone)
    target = result.entity(into)
    said_at = {(m.start, m.end): m for m in [*target.mentions, *person.mentions]}
    target.mentions = sorted(said_at.values(), key=lambda m: m.start)
    if target.birth is None:
        target.birth = person.birth
    if target.descriptor in _role_descriptors() and person.descriptor not in _role_descriptors():
        target.descriptor = person.descriptor  # "미성년 학생 … 조카": a nephew, more than a minor
    said[:] = [(s, e, into if pid == gone else pid) for s, e, pid in said]
    kept: list[Relation] = []
    for r in result.relations:
        r = Relation(
            r.type, into if r.subject == gone else r.subject, into if r.object == gone else r.object, r.evidence
        )
        if r.subject != r.object and not any({k.subject, k.object} == {r.subject, r.object} for k in kept):
            kept.append(r)
    result.relations = kept
    result.entities = [e for e in result.entities if e.id != gone]
    folded[gone] = into
    return True


def _relate(text: str, result: Extraction, relation: str, subject: str, object_: str, at: int) -> None:
    if any({r.subject, r.object} == {subject, object_} and r.type == relation for r in result.relations):
        return
    start, end = next(((s, e) for s, e in sentences(text) if s <= at < e), (at, at))
    result.relations.append(Relation(relation, subject, object_, Evidence(start, end, text[start:end].strip())))
