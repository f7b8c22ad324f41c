"""A Korean event's age at the event (docs/extraction.md, "Korean"): "열세 살 때 … 고문을 당했다" (victim_age),
an age corrected ("13살이 아닌 20살 때") or retold, and an age that is another's ("제가 열두 살 때 외삼촌이
끌려갔다": the teller's, dating the event but no victim's age, and the teller no participant)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from . import details
from .kin_phrases import kin_in
from .mentions import Mentions
from .participants import own_subject, persons_in, subject_or_topic_end, topic_marked
from .text import Clause, next_clause
from .vocabulary import rules


@cache
def _owned_age() -> re.Pattern[str]:
    """A word marked as its own subject right before an age ("제가 열두 살 때", "어머니가 마흔 살 때", "김모(30) 씨가
    …"): the age is that one's (``anonymised_honorifics``)."""
    honorifics = "|".join(map(re.escape, rules()["anonymised_honorifics"]))
    return re.compile(rf"[가-힣](?:\(\d+\))?(?:\s?(?:{honorifics}))?(?:\(\d+\))?(?:이|가)\s$")


class Aged(NamedTuple):
    """The owner of an age that is another's than the event's participants: the named person, or None when
    unnamed ("제가", "어머니가")."""

    person: str | None


def age_of_another(text: str, found: Mentions, age: tuple[int, int], trigger_start: int) -> Aged | None:
    """When an age at an event ("N살 때") is the age of a subject of its own told before it, while another person
    is the subject between it and the trigger — "제가 열두 살 때 외삼촌 한기석 씨가 끌려갔다" (the teller was
    twelve, not the uncle), "어머니가 마흔 살 때 아버지가 체포됐다", "… 때 한바다 씨는 탈북했다" — its owner, named
    or not."""
    # the owner: a person marked as subject or topic right before it ("한바다(30) 씨는 열두 살 때"), or a word
    # marked as subject ("제가", "어머니가")
    owners = [
        (s, pid)
        for s, e, pid in persons_in(found, max(0, age[0] - 24), age[0])
        if subject_or_topic_end(text, e, age[0])
    ]
    owner = _owned_age().search(text, max(0, age[0] - 12), age[0])
    if not owners and owner is None:
        return None
    kin = kin_in(text, age[1], trigger_start)
    after = persons_in(found, age[1], trigger_start)  # a subject or a topic: "… 때 한바다 씨는 탈북했다"
    if not any(own_subject(text, e) or topic_marked(text, e) for _s, e, _pid in after) and (
        kin is None or kin[1] not in rules()["kin_subject_particles"]
    ):
        return None
    if owners:
        return Aged(owners[-1][1])
    assert owner is not None
    named = [pid for _s, e, pid in persons_in(found, owner.start() - 12, age[0]) if e >= owner.start()]
    return Aged(named[-1] if named else None)


def aged_others(text: str, found: Mentions, clause: Clause, trigger_start: int) -> set[str]:
    """The persons whose age a "when" clause before the trigger tells while another is its subject ("어머니가 마흔
    살 때 아버지가 체포됐다": the mother, no participant of the arrest; :func:`age_of_another`)."""
    aged = set()
    for a in details.ages(text, clause.start, trigger_start):
        if a.at_event and a.end <= trigger_start:
            other = age_of_another(text, found, (a.start, a.end), trigger_start)
            if other is not None and other.person is not None:
                aged.add(other.person)
    return aged


def victim_age(text: str, clause: Clause, trigger: tuple[int, Mentions], attributes: dict[str, Any]) -> None:
    """ "열세 살 때 … 고문을 당했다": victim_age; "13살이 아닌 20살 때": the age and the earlier account;
    "13살 때 … 당했다고 했지만 그 사건은 20살 때의 일": the same, told in two clauses; not another's age ("제가 열두
    살 때 외삼촌이 끌려갔다": :func:`age_of_another`)."""
    trigger_start, mentions = trigger
    ages = []
    for a in details.ages(text, clause.start, clause.reach):
        other = age_of_another(text, mentions, (a.start, a.end), trigger_start) if a.end <= trigger_start else None
        if other is None:
            ages.append(a)
        elif a.at_event:  # no victim's age, but the event is dated by it all the same (no story time)
            attributes["age_of"] = {"person": other.person, "age": a.age}
    for a_end, b_start in details.corrections(text, clause.start, clause.reach):
        before = [a for a in ages if a.end == a_end]
        after = [a for a in ages if a.start >= b_start]
        if before and after:
            attributes["victim_age"] = after[0].age
            attributes["earlier_account"] = {**attributes.get("earlier_account", {}), "victim_age": before[-1].age}
            return
    at_event = [a for a in ages if a.at_event]
    if at_event:
        attributes["victim_age"] = at_event[-1].age
    rest = next_clause(text, clause)
    if rest is None:
        return
    retold = details.retraction(text, rest[0], clause.sentence_end)
    if retold is None:
        return
    later = [a for a in details.ages(text, retold, min(clause.sentence_end, retold + 16)) if a.at_event]
    if later and later[0].age != attributes.get("victim_age"):
        if "victim_age" in attributes:
            earlier = {**attributes.get("earlier_account", {}), "victim_age": attributes["victim_age"]}
            attributes["earlier_account"] = earlier
        attributes["victim_age"] = later[0].age
