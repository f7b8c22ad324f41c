"""People a Korean story knows only by kinship, age or role: "50대 부부" (a couple in their 50s: a husband
and a wife), "14살 조카", "남동생의 아들(14세)", "10대의 미성년 학생", "14살 소년". They are persons of the
story and take part in its events, like named ones.

A couple is always two persons (one couple per document), married to each other, born in the decade
their age gives. A kinship or role word is a person of its own only when the text has named no one it could
belong to before it (else it is that person's relative, :func:`kin_phrases.relatives`); one person per word
in a document, its mention spanning the age and the owner said with it ("14살 조카", "남동생의 아들");
"A의 B" makes B the A's relative, and "A와 B 사이" (an aunt and her nephew) relates the two."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from tumen.extract.time import birth_interval
from tumen.extract.types import Entity, Evidence, Extraction, Relation, Span
from tumen.extract.vocab import load
from tumen.model import Interval

from . import story_kin
from .mentions import Mentions, next_id
from .text import between, sentences
from .vocabulary import kin_inverses, kin_words, unowned_kin_words

_AGE_BEFORE = r"(?:(?P<decade>[1-9]0)대(?:의)?\s?|(?P<years>\d{1,2})\s?(?:살|세)\s?(?:난\s)?)?"
_AGE_AFTER = re.compile(r"\((?P<years>\d{1,2})\s?세\)")
_AFTER = r"(?=\(|\s|[,.]|$|이|가|을|를|은|는|도|의|와|과|에게|에|로|으로|만|사이)"


@dataclass(frozen=True)
class _Word:
    relation: str | None
    gender: str | None
    descriptor: str


@cache
def _table() -> dict[str, _Word]:
    """Story words, longest first: kinship words and role words."""
    kin = kin_words()
    words = {
        w: _Word(kin[w].relation, kin[w].gender, kin[w].descriptor) for w in unowned_kin_words() if not kin[w].ambiguous
    }
    for word, spec in (load("korean_kinship.yaml").get("roles") or {}).items():
        words[word] = _Word(None, spec.get("gender"), spec["descriptor"])
    return dict(sorted(words.items(), key=lambda item: -len(item[0])))


def _lookup(said: str) -> _Word:
    return {re.sub(r"\s", "", w): spec for w, spec in _table().items()}[re.sub(r"\s", "", said)]


@cache
def _word_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in _table())
    return re.compile(rf"(?<![가-힣]){_AGE_BEFORE}(?:(?P<owner>{words})의\s)?(?P<word>{words}){_AFTER}")


@cache
def _couple_pattern() -> re.Pattern[str]:
    word = re.escape(str(load("korean_kinship.yaml")["couple"]))
    return re.compile(rf"(?<![가-힣]){_AGE_BEFORE}{word}(?![가-힣]{{2}})")


def _born(match: re.Match[str], anchor: date | None) -> Interval | None:
    if anchor is None:
        return None
    at = Interval(anchor, anchor, "day")
    if match["decade"]:
        low = int(match["decade"])
        return Interval(birth_interval(low + 9, at).earliest, birth_interval(low, at).latest, "range")
    if match["years"]:
        return birth_interval(int(match["years"]), at)
    return None


class _Story:
    def __init__(self, text: str, result: Extraction, found: Mentions) -> None:
        self.text, self.result, self.found = text, result, found
        self.by_descriptor: dict[str, Entity] = {}
        self.added: list[tuple[int, int, str]] = []

    def person(self, descriptor: str, gender: str | None) -> Entity:
        entity = self.by_descriptor.get(descriptor)
        if entity is None:
            entity = Entity(
                id=next_id(self.result, "p"), kind="person", name=None, gender=gender, descriptor=descriptor
            )
            if gender:
                entity.gender_votes[gender] = 3.0
            self.result.entities.append(entity)
            self.by_descriptor[descriptor] = entity
        return entity

    def said(self, entity: Entity, start: int, end: int, born: Interval | None) -> None:
        entity.mentions.append(Span(start, end, self.text[start:end]))
        self.added.append((start, end, entity.id))
        if born is not None:
            entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)

    def relate(self, relation: str, subject: Entity, object_: Entity, at: int) -> None:
        if subject.id == object_.id or any(
            {r.subject, r.object} == {subject.id, object_.id} for r in self.result.relations
        ):
            return
        sentence = next(((s, e) for s, e in sentences(self.text) if s <= at < e), (at, at))
        quote = self.text[sentence[0] : sentence[1]].strip()
        self.result.relations.append(Relation(relation, subject.id, object_.id, Evidence(*sentence, quote)))


def find_story_persons(text: str, result: Extraction, found: Mentions, anchor: date | None) -> None:
    story = _Story(text, result, found)
    # a source quoted without a name is no one a kinship word could belong to; an anonymised letter is (A씨)
    named = sorted(s for s, _e, pid in found.persons if pid not in found.reporters and pid not in found.sources)
    first_named = named[0] if named else len(text) + 1
    _couples(story, anchor, first_named)
    table = _table()
    inverse = kin_inverses()
    matches = [
        m
        for m in _word_pattern().finditer(text)
        if m.start("word") < first_named and not between(found.persons, m.start(), m.end())
    ]  # (the others are relatives of someone named, found with the events: kin_phrases.relatives)
    sexed = _sexed_words(m["word"] for m in matches)
    for match in matches:
        word = _lookup(sexed.get(match["word"], match["word"]))
        entity = story.person(word.descriptor, word.gender)
        born = _born(match, anchor)
        after = _AGE_AFTER.match(text, match.end())  # "남동생의 아들(14세)"
        if born is None and after is not None and anchor is not None:
            born = birth_interval(int(after["years"]), Interval(anchor, anchor, "day"))
        story.said(entity, match.start(), match.end(), born)
        if match["owner"] and word.relation:
            owner_word = _lookup(match["owner"])
            owner = story.person(owner_word.descriptor, owner_word.gender)
            story.said(owner, match.start("owner"), match.end("owner"), None)
            story.relate(inverse.get(word.relation, word.relation), owner, entity, match.start())
        pair = re.match(rf"(?:와|과)\s?(?P<other>{'|'.join(map(re.escape, table))})\s?사이", text[match.end() :])
        if pair and _lookup(pair["other"]).relation:
            other_word = _lookup(pair["other"])
            other = story.person(other_word.descriptor, other_word.gender)
            start = match.end() + pair.start("other")
            story.said(other, start, start + len(pair["other"]), None)
            relation = other_word.relation or "relative_of"
            story.relate(inverse.get(relation, relation), entity, other, match.start())
    husband, wife = story.by_descriptor.get("husband"), story.by_descriptor.get("wife")
    story_kin.settle(text, result, story.added, (husband.id, wife.id) if husband and wife else None)
    found.persons.extend(story.added)
    found.persons.sort()
    found.story = {pid for _s, _e, pid in story.added}


def _sexed_words(said: Iterable[str]) -> dict[str, str]:
    """Each unsexed word ("동생") that is the one sexed word of its kind the document uses ("남동생")."""
    told = {re.sub(r"\s", "", w) for w in said}
    out = {}
    for word, sexed in (load("korean_kinship.yaml").get("unsexed") or {}).items():
        used = [w for w in sexed if w in told]
        if word in told and len(used) == 1:
            out[word] = used[0]
    return out


def _couples(story: _Story, anchor: date | None, first_named: int) -> None:
    """ "50대 부부", "이들 부부": a husband and a wife, married, born in the decade said."""
    husband = wife = None
    for match in _couple_pattern().finditer(story.text, 0, first_named):
        if husband is None or wife is None:
            husband, wife = story.person("husband", "male"), story.person("wife", "female")
            story.relate("spouse_of", husband, wife, match.start())
            story.found.partners[husband.id] = [wife.id]
            story.found.partners[wife.id] = [husband.id]
        born = _born(match, anchor)
        story.said(husband, match.start(), match.end(), born)
        story.said(wife, match.start(), match.end(), born)
