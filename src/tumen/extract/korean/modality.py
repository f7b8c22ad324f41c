"""Modality of a Korean event (docs/extraction.md, "Korean"): what its words say of it being real.

- ``demanded``: a price asked ("500만원을 요구했다", "300만원을 주면 … 데려오겠다"): kept, with its amount; the
  one who asks is the one to be paid.
- ``attempted``: "탈북을 시도했다", "국경을 넘으려다", "탈출하려고", an action broken off by -다(가) ("탈북하다
  발각돼"); ``failed`` when the same sentence tells the attempt was stopped (발각돼 체포됐다, 하려다 실패했다)
  or the words say it (탈북에 실패했다).
- ``planned``: "…할 계획", "…할 예정"; ``demanded`` also an event asked of others ("체포해 달라고 요구했다").
- ``alleged``: a deed a charge names ("한바다 씨를 고문한 혐의로 기소했다"), or one told, done or tried, only in
  the complement of a claim, a suspicion or a rumour ("북한 당국이 그를 고문했다고 주장했다", "…했다는 의혹";
  :mod:`.claims`).
- ``negated`` ("체포되지 않았다", "고문한 적이 없다") and ``hypothetical`` ("보내주겠다", "북송돼선 안 된다",
  "체포되면", "체포해도", "고문했는지 알 수 없다"):
  kept in the extraction (``tumen facts``), never stated as facts (corroboration leaves them out).
- No event at all for what tells of a kind of case rather than one ("북송되는 이들", "탈출을 시도한 자체가",
  "탈북한 경우", "시도하는 자는")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from tumen.extract.types import Event

from .claims import CHARGE, Teller
from .vocabulary import Trigger, korean_events

ASSERTED, ALLEGED = "asserted", "alleged"
_CLAIMABLE = (ASSERTED, "attempted", "failed")  # told as done or tried: alleged inside a claim
_UNREAL = re.compile(r"겠다|면\s|선\s?안|서는\s?안|서도\s?안")
# "북송되는 이들" (those who are sent back), "징역형을 선고해 왔다" (has been sentencing): no one event
_GENERIC = re.compile(r"(?:되|하|당하)는\s|[가-힣]?\s?(?:해|돼|되어|하여)\s?왔|[가-힣]?(?:하|되)고\s?있")
# What stops an attempt: caught, found out, arrested (the types of the same sentence after it; its words are
# `stopped_words` in data/korean_events.yaml).
_STOPPED_TYPES = ("arrest", "forced_repatriation", "detention")


@cache
def _words() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    table = korean_events()
    kinds = [
        (kind, re.compile("|".join(map(re.escape, words)))) for kind, words in (table.get("modality") or {}).items()
    ]
    heads = "|".join(map(re.escape, table["generic_heads"]))
    # "시도한 자체가", "시도하는 자는": the ending of the trigger's verb (one syllable, or 하는/하던/했던), the head
    return kinds, re.compile(rf"(?:[가-힣]|하는|하던|했던)?\s?(?:{heads})(?![가-힣]{{2}})")


def modality_of(
    text: str,
    match: re.Match[str],
    trigger: Trigger,
    limit: int,
    told: Teller | None,
    identified: Callable[[int], bool] | None = None,
) -> str | None:
    """The modality of the event ``match`` names, or None when it tells of no one event (generic); ``told`` is
    the charge or claim its complement is told by (:func:`.claims.teller`); a generic head after it ("사람은")
    makes it a kind of case — unless ``identified`` (asked from the trigger's end, only then) says a copula
    tells who that person was."""
    if trigger.modality:
        return trigger.modality  # "…을 요구했다": the words say it
    after = text[match.end() : min(limit, match.end() + 8)]
    kinds, generic = _words()
    said = next(
        (kind for kind, words in kinds if words.search(match.group(0)) or words.match(after.lstrip("을를 ")[:6])),
        None,
    )
    # "넘어서려다", "탈출하려고": the attempt words follow the verb stem
    if said is None and (
        re.match(r"[가-힣]{0,3}?(?:려다|려고|고자)", after)
        or (match.group(0).endswith("려") and re.match(r"다|고", after))  # the trigger took "탈출하려"
    ):
        said = "attempted"
    # "탈북하다 발각돼", "탈북하다가 붙잡혀": -다(가) joining another clause is an action broken off (an
    # attempt; settle_attempts makes it failed when the sentence says it was stopped)
    if said is None and match.group(0).endswith("하다") and re.match(r"가?\s+[가-힣]", after):
        said = "attempted"
    if _GENERIC.match(text, match.end() - 1) or (
        generic.match(text, match.end()) and not (identified is not None and identified(match.end()))
    ):
        return None  # "북송되는 이들", "탈출을 시도한 자체가"
    if told is not None and told.kind == CHARGE:
        return ALLEGED  # "고문한 혐의로 기소했다": what a charge says was done
    if denied(text, match.start(), min(limit, match.end() + 8)) or _never().match(text, match.end()):
        return "negated"  # "체포되지 않았다", "고문한 적이 없다"
    if _whether(text, match):
        return "hypothetical"  # "고문했는지 알 수 없다": whether
    if _UNREAL.search(text, match.start(), min(limit, match.end() + 8)):
        return "hypothetical"  # "보내주겠다", "북송돼선 안 된다", "체포되면 "
    if match.group(0).endswith(_INFINITIVE) and re.match(r"도(?![가-힣])", after):
        return "hypothetical"  # "체포해도 달라지는 것은 없다": even if they arrest
    if match.group(0).endswith(_INFINITIVE) and _requests().match(after.lstrip()):
        return "demanded"  # "체포해 달라고 요구했다": asked of others, not done
    said = said or ASSERTED
    if told is not None and said in _CLAIMABLE:
        return ALLEGED  # "북한 당국이 그를 고문했다고 주장했다", "…했다는 의혹": a claim, not a deed told
    return said


def denied(text: str, start: int, end: int) -> bool:
    """A word of negation in start..end that is no idiom denying nothing ("고문에 못 이겨": overcome by)."""
    window = _not_negations().sub(lambda m: " " * len(m.group(0)), text[start : end + 4])
    return _negations().search(window, 0, end - start) is not None


@cache
def _negations() -> re.Pattern[str]:
    return re.compile("|".join(korean_events()["negations"]))


@cache
def _not_negations() -> re.Pattern[str]:
    return re.compile("|".join(korean_events()["not_negations"]))


@cache
def _never() -> re.Pattern[str]:
    return re.compile(korean_events()["never"])


def _whether(text: str, match: re.Match[str]) -> bool:
    """ "고문했는지 알 수 없다": an embedded question of whether, not of why or when ("왜 체포됐는지 모른다")."""
    data = korean_events()
    if not any(text.startswith(ending, match.end()) for ending in data["whether"]):
        return False
    clause = re.split(r"[.?!\n]|[다며고서]\s", text[max(0, match.start() - 40) : match.start()])[-1]
    return _question_word().search(clause) is None


@cache
def _question_word() -> re.Pattern[str]:
    questions = "|".join(map(re.escape, korean_events()["question_words"]))
    return re.compile(rf"(?<![가-힣])(?:{questions})(?![가-힣]{{2}})")


_INFINITIVE = ("해", "돼", "되어", "하여")  # the -아/어 form of a verb, before 도 (even if) or 달라 (for me)


@cache
def _requests() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, korean_events()["requests"])))


@cache
def _stopped_words() -> re.Pattern[str]:
    """A word of catching anywhere after the attempt, or a word of failure right after its verb."""
    data = korean_events()
    after, adverbs = "|".join(data["failure_after"]), "|".join(map(re.escape, data["failure_adverbs"]))
    failure = "|".join(map(re.escape, data["failure_words"]))
    return re.compile(
        "|".join(map(re.escape, data["stopped_words"])) + rf"|(?:{after})\s(?:(?:{adverbs})\s)?(?:{failure})"
    )


def settle_attempts(text: str, events: list[Event], sentence: tuple[int, int]) -> None:
    """An attempt the same sentence tells was stopped (발각돼 체포됐다) failed."""
    here: list[Event] = []  # the sentence's events were added last: walk back to its start, not over all
    for event in reversed(events):
        if event.trigger.start < sentence[0]:
            break
        if event.trigger.start < sentence[1]:
            here.append(event)
    here.reverse()
    for event in here:
        if event.modality != "attempted":
            continue
        later = [e for e in here if e.trigger.start > event.trigger.start and e.type in _STOPPED_TYPES]
        if later or _stopped_words().search(text, event.trigger.end, sentence[1]):
            event.modality = "failed"
