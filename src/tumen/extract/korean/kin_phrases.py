"""Relatives a Korean clause names by kinship words ("어머니와 형이", "그의 아들 박철군"): the phrase nearest a
trigger, the relative an adnominal trigger describes, and the unnamed (or already named) relatives of the person
they belong to, with the gender the words give."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Entity, Evidence, Extraction, Relation, Span

from .mentions import next_id
from .vocabulary import Kin, anonymised_honorific, joining_endings, kin_conjunctions, kin_inverses, kin_words, rules

_NOT_KIN_AFTER_AMBIGUOUS = re.compile(r"\s?(?:을|이|은)?\s?(?:선고|확정|집행|받|살|복역|기간)")


@cache
def _kin_group() -> re.Pattern[str]:
    words = "|".join(kin_words())
    joins = "|".join(re.escape(c) for c in kin_conjunctions())
    return re.compile(
        rf"(?<![가-힣])(?P<group>(?:{words})(?:\s?(?:{joins})\s?(?:{words}))*)(?!{anonymised_honorific()})(?P<particle>이|가|을|를|은|는|도|의|와|과)?(?=\s|$|\()"
    )


@cache
def _kin_word() -> re.Pattern[str]:
    return re.compile("|".join(kin_words()))


@cache
def _owner_honorific() -> re.Pattern[str]:
    titles = "|".join(map(re.escape, rules()["possessor_honorifics"]))
    return re.compile(rf"[가-힣]{{2,4}}\s?(?:{titles})\s$")


def _possessive(text: str, at: int) -> bool:
    """Whether an owner is said before ``at``: "한바다 씨의 가족은", "한바다 씨 가족은"."""
    return text[max(0, at - 2) : at].endswith("의 ") or bool(_owner_honorific().search(text, max(0, at - 12), at))


def kin_in(text: str, start: int, end: int, own: bool = False) -> tuple[list[tuple[Kin, Span]], str | None, int] | None:
    """The kinship phrase nearest before ``end`` in start..end: its words, its particle, its start; a family word
    (``possessed``) only after a possessive, or anywhere when ``own`` (the words of a trigger: "가족과 헤어져", the
    subject's own)."""
    best = None
    table = kin_words()
    for match in _kin_group().finditer(text, start, end):
        words = _kin_word().finditer(text, match.start("group"), match.end("group"))
        kin = [(table[w.group(0)], Span(w.start(), w.end(), w.group(0))) for w in words]
        if any(word.possessed for word, _said in kin) and not own and not _possessive(text, match.start()):
            continue  # "가족들은 …": a family of no one named
        if (
            len(kin) == 1
            and kin[0][0].ambiguous
            and (
                _NOT_KIN_AFTER_AMBIGUOUS.match(text, match.end("group"))
                or not (match["particle"] or _possessive(text, match.start()))
            )
        ):
            continue
        best = (kin, match["particle"], match.start())
    return best


@cache
def _before_topic() -> re.Pattern[str]:
    """Before a kinship topic, words that are no topic or subject of their own: up to four words, none ending in a
    topic or subject particle ("한바다 씨의 아들은", "그의 딸은", "2015년 한바다 씨의 아들은"; not "한바다 씨는
    아들은") nor in an ending that joins it to the noun after it (``joining_endings``: not "아들과 딸은", whose
    topic is both)."""
    joined = "|".join(map(re.escape, joining_endings()))
    return re.compile(rf"\s*(?:(?![^\s,.\"“]*(?:{joined})\s)[^\s,.\"“]*[^\s,.\"“은는이가]\s+){{0,4}}")


def kin_topic(text: str, result: Extraction, start: int, end: int) -> tuple[str, ...] | None:
    """The relatives a kinship phrase marked as topic (은/는) at the head of the sentence from ``start`` names —
    the head of the phrase, not its owner ("한바다 씨의 아들은 …": the son; "그의 딸은 …": the daughter; "한바다
    씨의 아들과 딸은 …": both) — when an event of the sentence has found each (one of their mentions is its
    word); none when a person is the topic ("한바다 씨는 아들과 함께 …") or is one of it ("한바다 씨와 아들은")."""
    lead = _before_topic().match(text, start, end)
    match = _kin_group().match(text, lead.end()) if lead is not None else None
    if match is None or match.end() > end or match["particle"] not in ("은", "는"):
        return None
    kin = kin_in(text, match.start(), match.end())
    if kin is None:
        return None
    heads = []
    for _word, said in kin[0]:
        ids = [e.id for e in result.entities if e.kind == "person" and any(m.start == said.start for m in e.mentions)]
        if len(ids) != 1:
            return None
        heads.append(ids[0])
    return tuple(dict.fromkeys(heads))


def described_relative(text: str, end: int, limit: int) -> tuple[list[tuple[Kin, Span]], str | None, int] | None:
    """The relative an adnominal trigger describes: a kinship phrase right after it, before any verb of its own."""
    first = _kin_group().search(text, end, min(end + 16, limit))  # the first one: "남동생(조카의 아버지)이"
    found = kin_in(text, end, first.end()) if first is not None else None
    if found is None or re.search(r"[다고며서]\s", text[end : found[2]]):
        return None
    return found


def relatives(result: Extraction, anchor: str, kin: list[tuple[Kin, Span]], evidence: Evidence) -> list[str]:
    """The unnamed relatives of ``anchor`` the words name, reusing those already found."""
    inverse = kin_inverses()
    found = []
    for word, said in kin:
        entity = next(
            (
                e
                for e in result.entities
                if e.anchor == (word.relation, anchor) and e.descriptor == word.descriptor and e.name is None
            ),
            None,
        ) or _named_relative(result, anchor, word)
        if entity is None:
            entity = Entity(
                id=next_id(result, "p"),
                kind="person",
                name=None,
                gender=word.gender,
                anchor=(word.relation, anchor),
                descriptor=word.descriptor,
                gender_votes={word.gender: 3.0} if word.gender else {},
            )
            result.entities.append(entity)
            relation = inverse.get(word.relation, word.relation)
            result.relations.append(Relation(relation, anchor, entity.id, evidence))
        if said not in entity.mentions[-8:]:  # the same words found again by another trigger of the clause
            entity.mentions.append(said)
        if entity.id not in found:
            found.append(entity.id)
        if word.anchor_gender:
            vote_gender(result.entity(anchor), word.anchor_gender)
    return found


def _named_relative(result: Extraction, anchor: str, word: Kin) -> Entity | None:
    """The one named person known as that relative of ``anchor`` ("그의 아들 박철군" … "아들은"; of a relation both
    ways, the one related of the word's gender: "박 목사의 부인 이소연 씨" … her "남편"): the word says them again."""
    known = [
        e.id
        for e in result.entities
        if e.name is not None and e.anchor == (word.relation, anchor) and (word.gender in (None, e.gender))
    ]
    if kin_inverses().get(word.relation) == word.relation and word.gender:  # a wife's 남편: her husband named
        for r in result.relations:
            other = r.subject if r.object == anchor else r.object if r.subject == anchor else None
            person = result.entity(other) if other is not None and r.type == word.relation else None
            if person is not None and person.name is not None and person.gender == word.gender:
                known.append(person.id)
    known = list(dict.fromkeys(known))
    return result.entity(known[0]) if len(known) == 1 else None


def owner_of_same_kind(result: Extraction, topic: str, kin: list[tuple[Kin, Span]]) -> str:
    """Whose relative an unowned kinship word is when it falls back on the passage's person: a relative of
    the kind the word says, of a gender the word allows, is not a relative of themself ("그의 아들 박철군은 ….
    아들은": the son again, not the son's son) but of the one whose relative they are (a wife's 남편 is still hers)."""
    person = result.entity(topic)
    anchor = person.anchor
    if anchor is not None and all(
        word.relation == anchor[0] and person.gender in (None, word.gender) for word, _said in kin
    ):
        return anchor[1]
    return topic


def vote_gender(entity: Entity, gender: str) -> None:
    entity.gender_votes[gender] = entity.gender_votes.get(gender, 0.0) + 2.0
    ranked = sorted(entity.gender_votes.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        entity.gender = ranked[0][0]


def parted_from(
    text: str, result: Extraction, who: list[tuple[str, str]], roles: tuple[str, str], told: tuple[int, int, int, int]
) -> list[tuple[str, str]]:
    """``who`` of a separation (``separations`` of korean_rules.yaml) with the one each relative it names was parted
    from — the person they are the relative of — in its subject role, as English lists both ("한바다 씨는 아들과
    헤어졌다": she the subject, her son the victim); that person is no victim of it. ``told`` is the trigger's span
    and its sentence's."""
    subject_role, object_role = roles
    who = _relative_of_relative(text, result, who, roles, told)
    parted = [a[1] for p, r in who if r == object_role and (a := result.entity(p).anchor) is not None]
    out = [(p, r) for p, r in who if p not in parted]
    out += [(a, subject_role) for a in dict.fromkeys(parted) if (a, subject_role) not in out]
    return out


_CONJUNCT = re.compile(r"(?:와|과|하고|랑|이랑)\s")  # "어머니와 ": a relative joined to the next


def _relative_of_relative(
    text: str, result: Extraction, who: list[tuple[str, str]], roles: tuple[str, str], told: tuple[int, int, int, int]
) -> list[tuple[str, str]]:
    """A relative the separation's own words name ("아들과 헤어졌다") when its one party is itself someone's relative
    ("한바다 씨의 어머니는 아들과 헤어졌다"): the relative of that party — the one whose relative the party is when the
    words say them back ("한바다 씨의 어머니는" … her son: 한바다, unless 한바다 is a woman), else a relative of theirs
    of their own — is the victim, the party the one parted from them (its subject)."""
    subject_role, object_role = roles
    start, end, s_start, s_end = told
    if len(who) != 1 or who[0][1] != object_role or (party := result.entity(who[0][0])).anchor is None:
        return who
    kin = kin_in(text, start, end, own=True)
    if kin is None or any(m.start == said.start for _word, said in kin[0] for m in party.mentions):
        return who
    evidence = Evidence(s_start, s_end, text[s_start:s_end].strip())
    if any(s_start <= m.start and _CONJUNCT.fullmatch(text, m.end, start) for m in party.mentions):
        # "아들은 … 어머니와 아버지와 헤어졌다": joined relatives are both the same one's (the son's)
        joined = relatives(result, party.anchor[1], kin[0], evidence)
        return [*who, *((p, object_role) for p in joined if p != party.id)]
    ones: list[str] = []
    for word, said in kin[0]:
        back = _said_back(result, party, word)
        ones += [back] if back is not None else relatives(result, party.id, [(word, said)], evidence)
    return [*((p, object_role) for p in dict.fromkeys(ones)), (party.id, subject_role)]


def _said_back(result: Extraction, party: Entity, word: Kin) -> str | None:
    """The person ``party`` is the relative of, when ``word`` (a relative of ``party``) says them back: the inverse
    of the party's relation (``parted_relations``) and a gender the word allows — a parent's "아들" is the child they
    are the parent of unless the child is a woman; a child's "어머니" only a parent known to be a woman."""
    assert party.anchor is not None
    relation, owner = party.anchor
    if relation not in rules()["parted_relations"] or kin_inverses().get(relation) != word.relation:
        return None
    gender = result.entity(owner).gender
    known = gender is not None or relation != "child_of"  # a child's parent of no gender told: either one
    return owner if word.gender is None or (gender in (None, word.gender) and known) else None
