"""Who a Korean clause with no subject of its own is about (docs/extraction.md, "Korean"): the passage's topic,
a kinship topic continued ("한바다 씨의 아들은 …. 중국에서 붙잡혔다": the son), "이들" (these people: the persons
listed together last), the subject before it in its sentence, and who heard what a sentence tells."""

from __future__ import annotations

import re

from .event_context import Found
from .kin_phrases import kin_in
from .morph import subject_marked
from .participants import marked, persons_in
from .text import Clause
from .vocabulary import rules

# "이들은", "이들 부부와", "그들이", "체포된 이들은": these people — a plural pronoun, not one person; "일가족이"
# (a whole family) likewise stands for the persons the story lists
_THESE = re.compile(r"(?<![가-힣])(?:이들|그들|일가족)(?=\s|은|는|이|의|을|과|와|도)")


def these_people(
    text: str,
    found: Found,
    clause: Clause,
    trigger: tuple[int, int, str | None],
    who: list[tuple[str, str]],
    role: str,
) -> list[tuple[str, str]]:
    """An event whose subject is "이들" ("these people") — in its sentence before it, or right after an
    adnominal trigger — and that fell back on the passage's last person is told of the persons listed together
    last ("50대 부부와 10대의 미성년 학생 … 이들은 … 체포되었다": all three)."""
    start, end, topic = trigger
    if who and (len(who) != 1 or who[0][0] != topic):  # only what found no one or fell back on the passage's
        return who
    if kin_in(text, start, min(end + 6, clause.sentence_end)) is not None:
        return who  # "아들을 남겨두고", "탈출한 동생의": a relative the trigger names is its own participant
    before = _THESE.search(text, clause.sentence_start, start)  # "이들은 … 탈출하려다 체포되었다": a clause back
    after = _THESE.match(text, end + 1) or _THESE.match(text, end + 2)  # "체포된 이들은"
    if before is None and after is None:
        return who
    earlier = [ids for at, ids in found.parties if at <= clause.start]
    # "주민 일가족이 … 이들은 …", then "… 50대 부부와 10대의 미성년 학생 등 세명": the family the next
    # sentence lists (a party not yet listed is listed right after)
    later = [ids for at, ids in found.parties if clause.start < at and at - clause.sentence_end <= 3]
    party = earlier[-1] if earlier else (later[0] if later else [])
    if not party:
        return who
    partners = found.mentions.partners
    members = list(dict.fromkeys(q for pid in party for q in (pid, *partners.get(pid, ()))))
    return [(pid, who[0][1] if who else role) for pid in members]


def continued_topic(
    text: str,
    found: Found,
    clause: Clause,
    topics: tuple[str | None, tuple[str, ...]],
    who: list[tuple[str, str]],
    role: str,
) -> list[tuple[str, str]]:
    """An event that found no one in its clause, or fell back on the passage's person ``topics[0]``, befalls the
    relatives a kinship topic names (``topics[1]``): the subject left out continues the topic, the whole phrase
    ("한바다 씨의 아들은 2015년 탈북했다. 중국에서 붙잡혔다": the son arrested, not 한바다; "한바다 씨의 아들과 딸은
    …": both)."""
    topic, heads = topics
    if who and (len(who) != 1 or who[0][0] != topic):
        return who
    if persons_in(found.mentions, clause.start, clause.end) or kin_in(text, clause.start, clause.end):
        return who  # someone named or a relative in the clause is its own participant
    if subject_marked(text, clause.start, clause.end):
        return who  # "마을 사람들이 모두 붙잡혔다": a subject of its own, no subject left out
    return [(head, who[0][1] if who else role) for head in heads]


def kin_of_continued(text: str, found: Found, clause: Clause, continued: tuple[str, ...] | None) -> bool:
    """Whether the clause names a relative, not as its own subject ("어머니와", "딸을"; a bare "딸은" is still the
    owner's), and no one else while a subject left out continues a kinship topic of one relative (``continued``):
    the relative is that one's."""
    kin = kin_in(text, clause.start, clause.end)
    if continued is None or len(continued) != 1 or kin is None or kin[1] in rules()["kin_subject_particles"]:
        return False
    return not persons_in(found.mentions, clause.start, clause.end)


def subject_before(text: str, found: Found, start: int, end: int) -> str | None:
    """The last person marked as subject in start..end, outside quotations."""
    subjects = [
        pid
        for s, e, pid in persons_in(found.mentions, start, end)
        if s not in found.quoted and marked(text, e) == "subject"
    ]
    return subjects[-1] if subjects else None


def hearer(text: str, found: Found, sentence: tuple[int, int]) -> str | None:
    """Who heard what the sentence tells: its first person marked as subject outside quotations."""
    for start, end, pid in persons_in(found.mentions, *sentence):
        if start not in found.quoted and marked(text, end) == "subject":
            return pid
    return None
