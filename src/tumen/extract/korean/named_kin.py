"""What a name or an unowned parent word says of a Korean person (docs/extraction.md, "Korean"): "박 목사의 부인
이소연 씨" (a kinship word before a name: gender and relation), "탈북민 어머니의 호소" (a parent word with no owner:
the parent's gender)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from tumen.extract.types import Evidence, Extraction, Relation

from .kin_phrases import vote_gender
from .mentions import Mentions
from .participants import marked, persons_in
from .text import between, sentences
from .vocabulary import (
    kin_inverses,
    kin_words,
    possessive_pronouns,
    unowned_kin_words,
    young_gender,
)

_PARENT_ACTING = re.compile(r"(?:를|을|와|과|가|이|께|께서|에게|한테|로부터)(?![가-힣])")


@cache
def _kin_before() -> re.Pattern[str]:
    """A kinship word (not ``possessed``) and a space at the end of a piece of text, after a possessive 의 or not."""
    return re.compile(rf"(?P<owner>의\s)?(?P<kin>{'|'.join(unowned_kin_words())})\s$")


def named_relatives(text: str, result: Extraction, found: Mentions) -> None:
    """ "박 목사의 부인 이소연 씨": the kinship word before a name gives that person's gender and, after a
    possessive, their relation to the owner and the owner's gender (a wife's husband); with no owner, their
    relation to the person last marked as a subject before it in its sentence ("한바다 씨는 아들 서도윤군과": her son;
    not "한바다 씨가 말했다. 딸 이하늘 양은": whose daughter it does not say)."""
    table = kin_words()
    inverse = kin_inverses()
    pattern = _kin_before()
    starts = [start for start, _end in sentences(text)]  # where each sentence begins
    for start, _end, pid in found.persons:
        entity = result.entity(pid)
        if not entity.name or not text.startswith(entity.name, start):
            continue
        said = pattern.search(text, max(0, start - 8), start)
        if said is None or re.match(r"[가-힣]", text[said.start("kin") - 1 : said.start("kin")] or " "):
            continue
        word = table[said["kin"]]
        near = between(found.persons, max(0, said.start() - 40), said.start()) if said["owner"] else []
        owners = [m for m in near if m[1] <= said.start() and said.start() - m[1] <= 3]
        if said["owner"] and not owners and _pronoun_before(text, said.start()):
            owners = _subject_before(text, found, said.start(), pid)  # "그의 아들 박철군은": her son
        if word.ambiguous and not owners:
            continue
        if not said["owner"]:  # "한바다 씨는 아들 서도윤군과": her son
            begins = starts[max(0, bisect_right(starts, said.start()) - 1)] if starts else 0
            owners = [m for m in _subject_before(text, found, said.start(), pid) if m[0] >= begins]
        if word.gender:
            vote_gender(entity, word.gender)
        if not owners or owners[-1][2] == pid:
            continue
        owner = result.entity(owners[-1][2])
        if word.anchor_gender:
            vote_gender(owner, word.anchor_gender)
        relation = inverse.get(word.relation, word.relation)
        if entity.anchor is None:
            entity.anchor = (word.relation, owner.id)
        if not any(r.subject == owner.id and r.object == pid for r in result.relations):
            sentence = text[max(0, text.rfind("\n", 0, start) + 1) : start + len(entity.name)]
            result.relations.append(Relation(relation, owner.id, pid, Evidence(start, start, sentence.strip())))


def young_genders(text: str, result: Extraction, found: Mentions) -> None:
    """ "이하늘(19)양", "서도윤 군은": 양 after a name says a girl, 군 a boy (anonymised_honorifics); not 군 before a
    noun of an army ("A군 부대")."""
    for start, end, pid in found.persons:
        entity = result.entity(pid)
        if not entity.name or text[start:end] != entity.name:
            continue
        if (gender := young_gender(text, end)) is not None:
            vote_gender(entity, gender)


def _pronoun_before(text: str, at: int) -> bool:
    """Whether a possessive pronoun ends at ``at`` + 1 ("그의 " before the kinship word)."""
    word = re.search(r"(?<![가-힣])[가-힣]+$", text[max(0, at - 4) : at + 1])
    return word is not None and word.group() in possessive_pronouns()


def _subject_before(text: str, found: Mentions, at: int, pid: str) -> list[tuple[int, int, str]]:
    """The person last marked as a subject before ``at`` in the text (not ``pid``): whom a pronoun means."""
    before = [m for m in persons_in(found, max(0, at - 400), at) if m[2] != pid and m[1] <= at]
    return [m for m in before if marked(text, m[1]) == "subject"][-1:]


def parents_by_unowned_words(text: str, result: Extraction, found: Mentions) -> None:
    """ "탈북민 어머니의 호소" in a text about one parent (a person whose child it tells of): the parent word
    with no owner gives that parent's gender."""
    parents = {e.anchor[1] for e in result.entities if e.anchor and e.anchor[0] == "child_of"}
    if len(parents) != 1:
        return
    table = kin_words()
    for match in re.finditer("|".join(w for w, k in table.items() if k.relation == "parent_of"), text):
        word = table[match.group(0)]
        before = text[max(0, match.start() - 4) : match.start()]
        near = between(found.persons, max(0, match.start() - 40), match.start())
        owned = before.endswith("의 ") or any(0 <= match.start() - m[1] <= 3 for m in near)
        # "아버지를 따라", "어머니와": a parent who takes part in something, not a word for the person
        acting = _PARENT_ACTING.match(text, match.end())
        if word.gender and not owned and not acting and not re.search(r"[가-힣]$", before):
            vote_gender(result.entity(next(iter(parents))), word.gender)
            return
