"""Who undergoes a deed a Korean clause tells by its noun (docs/extraction.md, "Korean"; the triggers with
``noun`` in ``data/korean_events.yaml``): "고문에 못 이겨 자백했다" (overcome by torture), "고문 끝에 숨졌다"
(after it). Not every person of the clause, as for a verb:

- the person (or relative) a verb right after the noun describes: "김민수 씨는 고문 끝에 숨진 한바다 씨의
  아버지다" — 한바다;
- after it (끝에, 후, 뒤), a clause that gets something out of someone (``extracting``: "고문 끝에 한바다 씨의 자백을
  받아냈다") tells of the torturer: its subject is the doer, the persons after the noun the victims; one that does
  something to a person tells of no one surely ("고문 끝에 한바다 씨를 풀어줬다", released him, or "…밀고했다",
  informed on him: either may have been tortured); a noun object keeps the subject the victim ("고문 끝에 허위
  자백을 했다");
- else the person marked as subject nearest before the noun ("김민수 씨는 한바다 씨가 고문에 못 이겨 자백했다고
  말했다" — 한바다, not the one who tells it), or the clause's subject after it ("고문 끝에 한바다 씨가 숨졌다");
  with none, the clause's persons as for a verb."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from tumen.extract.types import Extraction

from .kin_phrases import described_relative, kin_in
from .mentions import Mentions
from .participants import conjoined, marked, participants, persons_in, pronoun_object
from .text import Clause
from .vocabulary import adnominal_ending, korean_events

_VERB_END = re.compile(r"[다고며서]\s")  # a predicate ending between the noun and a person: another clause's


@cache
def _describing() -> re.Pattern[str]:
    """A verb right after the noun in an adnominal ending ("고문 끝에| 숨진 "), describing the noun after it."""
    return re.compile(rf"\s[가-힣]*(?:{adnominal_ending()})\s")


@cache
def _extracting() -> re.Pattern[str]:
    return re.compile("|".join(korean_events()["extracting"]))


def undergoers(
    text: str,
    result: Extraction,
    found: Mentions,
    clause: Clause,
    trigger: tuple[int, int, str],
    roles: tuple[str, str],
    context: tuple[str | None, bool, bool],
) -> list[tuple[str, str]]:
    """(entity id, role) of a deed told by its noun; ``context`` is (the passage's person, whether the clause
    counts people, whether the noun tells what came after it: 끝에, 후, 뒤)."""
    start, end, keyword = trigger
    topic, counted, after = context
    doer_role, victim_role = roles
    describing = _describing().match(text, end)
    if describing is not None and _describes(text, found, describing.end(), clause.end):
        told = (start, describing.end(), keyword)  # "고문 끝에 숨진 한바다 씨": as an adnominal trigger
        return participants(text, result, found, clause, told, roles, (topic, counted, True))
    before = [m for m in persons_in(found, clause.start, start) if marked(text, m[1]) == "subject"]
    later = persons_in(found, end, clause.end)
    if after and _extracting().search(text, end, clause.end):
        # "보위원 김민수는 고문 끝에 한바다 씨의 자백을 받아냈다": the subject tortured, the others were tortured
        doer = [(before[-1][2], doer_role)] if before else []
        return doer + [(pid, victim_role) for _s, e, pid in later if marked(text, e) != "subject"]
    if after and _person_object(text, found, end, clause.end):
        return []  # "…고문 끝에 한바다 씨를 풀어줬다" (released him) or "…밀고했다" (informed on him): who is not told
    if before:  # the clause read from its subject nearest before the noun: not the one who tells it
        narrowed = replace(clause, start=before[-1][0])
        return participants(text, result, found, narrowed, trigger, roles, (topic, counted, False))
    subjects = [m for m in later if marked(text, m[1]) == "subject"][:1]
    if subjects and not _VERB_END.search(text, end, subjects[0][0]):
        return [(pid, victim_role) for _s, _e, pid in conjoined(text, found, subjects, clause.end)]
    return participants(text, result, found, clause, trigger, roles, (topic, counted, False))


def _describes(text: str, found: Mentions, at: int, limit: int) -> bool:
    """Whether a person or a relative follows the describing verb ending at ``at``, before any other verb."""
    head = persons_in(found, at, min(at + 16, limit))[:1]
    if head and not _VERB_END.search(text, at, head[0][0]):
        return True
    return described_relative(text, at, limit) is not None


def _person_object(text: str, found: Mentions, start: int, end: int) -> bool:
    """Whether a person, a relative or a pronoun is the object (을/를) in start..end: "…한바다 씨를 풀어줬다"."""
    if any(marked(text, e) == "object" for _s, e, _p in persons_in(found, start, end)):
        return True
    kin = kin_in(text, start, end)
    return (kin is not None and kin[1] in ("을", "를")) or pronoun_object().search(text, start, end) is not None
