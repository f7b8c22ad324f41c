"""Whether a Korean trigger tells the deed (docs/extraction.md, "Korean"): a noun that is also a title ("통일부
고문", "박 고문": an adviser), or followed by the particle of company ("박 고문하고 함께"), names a person; an
active form of ``person_object_actives`` (korean_rules.yaml) needs a person as its object in its clause ("한바다
씨를 고문했다", "자신을 고문했다"; not "통일부 고문을 했다", to be an adviser)."""

from __future__ import annotations

import re
from functools import cache

from .kin_phrases import kin_in
from .mentions import Mentions
from .participants import is_active, marked, persons_in, pronoun_object
from .text import Clause, between
from .vocabulary import rules, surnames

_PLURAL_OBJECT = re.compile(r"들?(?:을|를)(?![가-힣])")  # "활동가들을": a group as the object


_COUNTED_OBJECT = re.compile(r"명(?:을|를)(?![가-힣])")  # "두 명을": people counted as the object


@cache
def _title_before() -> re.Pattern[str]:
    """A surname alone right before the noun: "박 고문"."""
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(surnames())})\s?$")


@cache
def _company() -> re.Pattern[str]:
    words = "|".join(rules()["comitative"])
    return re.compile(rf"\s?(?:{words})(?![가-힣])")


def titled(text: str, mentions: Mentions, match: re.Match[str]) -> bool:
    """Whether the trigger's noun is a title: after an organisation or a surname, or before 하고 함께."""
    noun = next((n for n in rules()["title_triggers"] if match.group(0).startswith(n)), None)
    if noun is None:
        return False
    start = match.start()
    if any(0 <= start - e <= 1 for _s, e, _o in between(mentions.organizations, max(0, start - 24), start)):
        return True  # "통일부 고문"
    if _title_before().search(text[max(0, start - 4) : start]):
        return True  # "박 고문"
    return match.group(0).endswith("하고") and _company().match(text, match.end()) is not None


def with_person_object(text: str, mentions: Mentions, event_type: str, span: tuple[int, int], keyword: str) -> bool:
    """Whether an active trigger of a type that needs one has a person as its object in ``span`` (the clause
    before it); any other trigger passes."""
    if event_type not in rules()["person_object_actives"] or not is_active(keyword):
        return True
    start, end = span
    if pronoun_object().search(text, start, end) or _COUNTED_OBJECT.search(text, start, end):
        return True
    people = between(mentions.persons, start, end) + between(mentions.groups, start, end)
    if any(marked(text, e) == "object" or _PLURAL_OBJECT.match(text, e) for _s, e, _p in people):
        return True
    kin = kin_in(text, start, end)
    return kin is not None and kin[1] in ("을", "를")


def charged_with(text: str, mentions: Mentions, clause: Clause, at: int) -> list[str]:
    """The person a charge befalls after the charge noun ("… 혐의로 김민수 씨를 기소했다"): its first person
    marked as object in the sentence (one marked as subject before it is already the deed's doer)."""
    after = persons_in(mentions, at, clause.sentence_end)
    return [pid for _s, e, pid in after if marked(text, e) == "object"][:1]


def paying_organisations(text: str, mentions: Mentions, clause: Clause, trigger_start: int) -> list[tuple[str, str]]:
    """ "선교회 측은 … 비용으로 … 썼으며": an organisation that is the clause's subject pays."""
    subjects = [
        m for m in between(mentions.organizations, clause.start, trigger_start) if marked(text, m[1]) == "subject"
    ]
    return [(subjects[-1][2], "payer")] if subjects else []
