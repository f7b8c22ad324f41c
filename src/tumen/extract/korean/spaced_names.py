"""Whether a word before a spaced 양 is a girl's full name ("이하늘 양은") or a word Kiwi knows before 양, an
amount ("하루 양은", "상당한 양", "고기라 양이 많았다": meat, so a large amount) — docs/extraction.md, "Korean"."""

from __future__ import annotations

import re
from functools import cache

from .morph import one_common_noun, word_tags
from .vocabulary import kin_words, rules

_KIN_REACH = 12  # characters before the name a kinship word is looked for in
_AMOUNT_REACH = 1  # words (adverbs: 너무, 좀) between 양's particle and the amount verb ("양이 너무 많았다")


def full_name(text: str, name: str, at: tuple[int, int]) -> bool:
    """Whether ``name`` (``at``: its start and the end of the spaced 양) is a full name, not a word Kiwi knows: no
    verb form ("상당한 양") and, of two syllables, no common noun ("하루 양은", "전체 양의": an amount). A copula
    Kiwi reads into the last syllable of three, with no 이 of its own ("변소라" as 변소+(이)라, "최하라"), is a given
    name's end — only when the text vouches for it (:func:`_vouched`): else a noun and "(이)라", so ("고기라 양이")."""
    tags = word_tags(name)
    kinds = "".join(t[:1] if t != "VCP" else "C" for _e, t in tags)
    elided = len(name) == 3 and kinds == "NCE" and tags[0][0] == tags[1][0] == 2
    if elided:
        return _vouched(text, name, at)
    if any(tag[:1] in ("V", "E", "X", "J") for _end, tag in tags):
        return False
    return not (len(name) == 2 and one_common_noun(name, 2))


def _vouched(text: str, name: str, at: tuple[int, int]) -> bool:
    """Whether the text makes ``name`` a name: a kinship word right before it ("큰언니 변소라 양"), the name said
    elsewhere with 씨 or an age in brackets ("변소라(17)", "변소라 씨"), or 양 the subject or topic of something
    other than an amount (``amount_words``: "변소라 양이 먼저 강을 건넜다"; not "고기라 양이 많았다")."""
    start, end = at
    before = text[max(0, start - _KIN_REACH) : start].rstrip()
    if text[start - 1 : start].isspace() and any(before.endswith(kin) for kin in kin_words()):
        return True
    if re.search(rf"(?<![가-힣]){re.escape(name)}(?:\(\d+\)|\s?씨)", text):
        return True
    return _amount_after().match(text, end) is None and _subject_after().match(text, end) is not None


@cache
def _subject_after() -> re.Pattern[str]:
    particles = "|".join(map(re.escape, [*rules()["topic_particles"], "이", "가"]))
    return re.compile(rf"(?:{particles})\s")


@cache
def _amount_after() -> re.Pattern[str]:
    amounts = "|".join(map(re.escape, rules()["amount_words"]))
    return re.compile(rf"[가-힣]*\s(?:[^\s.]+\s){{0,{_AMOUNT_REACH}}}?(?:{amounts})")
