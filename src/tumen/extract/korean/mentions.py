"""Who and where a Korean text names: persons, their honorific back-references (신 씨, 오씨), unnamed
persons (북한군 병사 한 명), organisations, places and numbered camps (14호 수용소, and "14호" in a sentence
about a camp)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from tumen.extract.types import Entity, Extraction, Span

from .morph import one_common_noun, proper_nouns
from .spaced_names import full_name
from .text import SpanSet, sentences
from .vocabulary import (
    anonymised_honorific,
    canonical,
    honorifics_pattern,
    kin_words,
    place_kinds,
    rules,
    surname_titles,
    surnames,
    young_end,
    young_gender,
    young_honorific_genders,
)

_CAMP_WORDS = r"(?:정치범\s?)?(?:수용소|관리소|교화소)"
_CAMP = re.compile(rf"(?<![\d])(\d{{1,2}})호\s?{_CAMP_WORDS}")
_CAMP_SHORT = re.compile(r"(?<![\d])(\d{1,2})호(?=[^가-힣\d]|$|가|에|로|으로|의|는|은|이|와|과|도|를|을)")
# A one-syllable place name (북) counts only before a character that is not Hangul: not in 북송, 북측.
_AFTER_SHORT_PLACE = re.compile(r"[^가-힣]|$")


# Particles of two syllables a name may take ("도보위부에서"): the name still ends before them.
_TWO_SYLLABLE_PARTICLE = r"(?=(?:에서|에게|으로|부터|까지|에는|에선|와의|과의)(?![가-힣]))"


@dataclass
class Mentions:
    """Mentions by kind as (start, end, entity id), sorted; ``reporters`` are persons named only as 기자."""

    persons: list[tuple[int, int, str]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    organizations: list[tuple[int, int, str]] = field(default_factory=list)
    groups: list[tuple[int, int, str]] = field(default_factory=list)
    reporters: set[str] = field(default_factory=set)
    story: set[str] = field(default_factory=set)  # persons known only by kinship, age or role (.story)
    partners: dict[str, list[str]] = field(default_factory=dict)  # persons said in one word: 부부
    sources: set[str] = field(default_factory=set)  # persons quoted without a name (.sources): witnesses only


@cache
def _name_pattern() -> re.Pattern[str]:
    """A name before an honorific or a title; before 양 (a young honorific that is no honorific of its own) only
    after an age ("이하늘(19)양": not 태평양) or a space, the group ``spaced``
    ("이하늘 양은", see :func:`.spaced_names.full_name`)."""
    names = "|".join(surnames())
    titles = "|".join(rules()["titles_after_organisation"])
    girl = "|".join(h for h in rules()["young_honorifics"] if h not in rules()["honorifics"])
    young = rf"\(\d+\)\s?(?:{girl}){young_end()}|(?P<spaced>\s(?:{girl}){young_end()})"
    return re.compile(
        rf"(?<![가-힣])((?:{names})[가-힣]{{1,2}})(?=(?:\(\d+\))?{honorifics_pattern()}|{young}|\s[^\s]{{2,20}}\s(?:{titles})(?:[^가-힣]|은|는|이|가|에))"
    )


@cache
def _back_reference() -> re.Pattern[str]:
    """ "신 씨", "신씨", "오씨는", "장 대표는", "김모씨", "서군은", "이양의": a surname and an honorific, or 모씨;
    ``young`` is 군 or 양 when it is one of those, written with no space ("이 양의 식량": this amount)."""
    names = "|".join(surnames())
    young = "|".join(rules()["young_honorifics"])
    return re.compile(
        rf"(?<![가-힣])(?P<surname>{names})(?:(?:\s?모)?\s?(?=씨(?:[^가-힣]|$|는|가|의|도|를|와|에게|은|이|로|부터)|{surname_titles()})|(?=(?P<young>{young}){young_end()}))"
    )


@cache
def _unnamed_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(rules()["unnamed_persons"], key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{words})(?:\s?(?:{words}))*\s?한\s?명")


@cache
def _organization_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(rules()["organizations"], key=len, reverse=True))
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{names})")


@cache
def _place_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(place_kinds(), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{names})")


@cache
def _suffixed_place() -> re.Pattern[str]:
    """A name ending in a place suffix: 인천공항 (an airport)."""
    suffixes = "|".join(map(re.escape, rules()["place_suffixes"]))
    return re.compile(rf"(?<![가-힣A-Za-z])[가-힣]{{2,6}}(?P<suffix>{suffixes})(?![가-힣]{{2}})")


def find_mentions(text: str, result: Extraction) -> Mentions:
    found = Mentions()
    _persons(text, result, found)
    _unnamed(text, result, found)
    _organizations(text, result, found)
    _groups(text, result, found)
    _places(text, result, found)
    found.persons.sort()
    found.places.sort()
    found.organizations.sort()
    found.groups.sort()
    return found


def next_id(result: Extraction, prefix: str) -> str:
    """The next local id of a kind of entity: p3 after p1 and p2, and never an id in use (after p1 and p3,
    once a p2 was found to be one of them, p4)."""
    numbers = (e.id[len(prefix) :] for e in result.entities if e.id.startswith(prefix))
    return f"{prefix}{max((int(n) for n in numbers if n.isdigit()), default=0) + 1}"


def _new(
    result: Extraction,
    prefix: str,
    kind: str,
    name: str | None,
    place_kind: str | None = None,
    descriptor: str | None = None,
    gender: str | None = None,
) -> Entity:
    """A new entity with the next local id of its kind (p1, o1, l1, g1)."""
    entity = Entity(
        id=next_id(result, prefix), kind=kind, name=name, place_kind=place_kind, descriptor=descriptor, gender=gender
    )
    result.entities.append(entity)
    return entity


_WORD_START = re.compile(r"(?<![가-힣])[가-힣]")  # where a Korean name may begin


def _persons(text: str, result: Extraction, found: Mentions) -> None:
    not_names = set(rules()["not_names"]) | set(rules()["army_nouns"])  # "부대 병사": a unit's soldier, no name
    persons: dict[str, Entity] = {}
    for match in _name_pattern().finditer(text):
        name = match.group(1)
        if name in not_names or name[1:2] == "모":  # 김모씨: a back-reference, see below
            continue
        if match["spaced"] and not full_name(text, name, (match.start(1), match.end("spaced"))):  # "하루 양은"
            continue
        if name not in persons:
            persons[name] = _new(result, "p", kind="person", name=name)
    for name in _analysed_names(text):
        if name not in persons and name not in not_names:
            persons[name] = _new(result, "p", kind="person", name=name)
    taken: list[tuple[int, int]] = []
    only_reporter: dict[str, bool] = {}
    young: dict[str, set[str]] = {}  # the genders 군 / 양 after a person's name tell ("김민수 군": a boy)
    by_first: dict[str, list[tuple[str, Entity]]] = {}  # one pass over the text for every name, not one each
    for name, entity in persons.items():
        by_first.setdefault(name[:1], []).append((name, entity))
    for word in _WORD_START.finditer(text):
        start = word.start()
        for name, entity in by_first.get(text[start], ()):
            if not text.startswith(name, start):
                continue
            end = start + len(name)
            entity.mentions.append(Span(start, end, name))
            found.persons.append((start, end, entity.id))
            taken.append((start, end))
            if (gender := young_gender(text, end)) is not None:
                young.setdefault(entity.id, set()).add(gender)
            reporter = bool(re.match(r"\s?기자", text[end : end + 3]))
            only_reporter[entity.id] = only_reporter.get(entity.id, True) and reporter
    found.reporters = {pid for pid, only in only_reporter.items() if only}
    named = SpanSet(taken)
    # surname -> the named mentions (start, id) of persons with that surname, in order: a back-reference
    # takes the latest one before it (bisected, so a long text costs no more per back-reference)
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for start, _end, pid in sorted(found.persons):
        if pid not in found.reporters:
            name = result.entity(pid).name or ""
            for length in (1, 2):
                by_surname.setdefault(name[:length], []).append((start, pid))
    anonymised = {m.start(): m for m in _anonymised().finditer(text) if m.start() not in named}
    references = {m.start(): m for m in _back_reference().finditer(text) if m.start() not in named}
    references = {start: m for start, m in references.items() if not _not_young(m)}  # "장군은": a general
    called: dict[str, set[str]] = {}  # persons a surname has already called, with the honorifics it called them
    for start in sorted(anonymised.keys() | references.keys()):
        match = references.get(start) or anonymised[start]
        candidates = by_surname.setdefault(match["surname"], [])
        before = bisect_left(candidates, (start,))
        if before == 0 and start in anonymised:
            _anonymised_person(result, found, anonymised[start], candidates)
        if before == 0:
            continue
        pid = candidates[before - 1][1]
        if start in references and match["young"]:  # "이양은": the latest girl of the surname, not a man
            contrary = _contrary_gender()[match["young"]]
            told = {p: {result.entity(p).gender} | young.get(p, set()) for _s, p in candidates[:before]}
            fitting = [p for _s, p in candidates[:before] if contrary not in told[p]]
            if not fitting:
                continue
            called_so = [p for p in fitting if young_honorific_genders()[match["young"]] in told[p]]
            pid = (called_so or fitting)[-1]  # "최가람 양과 최민호 씨는 … 최양은": 최가람
        honorific = _honorific(match) if start in references else match["honorific"]
        pid = _called_before(text, result, candidates[:before], pid, (called, honorific))
        called.setdefault(pid, set()).add(honorific)
        said = text[match.end() : match.end() + 1] == "씨" or bool(match["young"])
        end = match.end() + said if start in references else _said(match)
        result.entity(pid).mentions.append(Span(start, end, text[start:end]))
        found.persons.append((start, end, pid))


def _called_before(
    text: str,
    result: Extraction,
    candidates: list[tuple[int, str]],
    pid: str,
    calls: tuple[dict[str, set[str]], str],
) -> str:
    """Whom a surname and an honorific mean when the latest person of that surname is a relative a kinship word
    introduced ("그의 남동생 윤태양 씨") and the surname with the same honorific already called another: that one
    still ("윤소망 씨는 … 윤씨는 … 그의 남동생 윤태양 씨는 … 윤씨는 2018년 한국에 정착했다": 윤소망), as Korean press
    names its main person; not after another honorific ("김씨는 … 그의 딸 김하늘 양은 … 김양은": 김하늘).
    ``calls`` is (the honorifics each person was called with, this reference's honorific)."""
    called, honorific = calls
    if pid in called:
        return pid
    first = result.entity(pid).mentions[0].start
    if not _after_kin().search(text[max(0, first - 6) : first]):
        return pid
    earlier = [p for _s, p in candidates if honorific in called.get(p, set()) and p != pid]
    return earlier[-1] if earlier else pid


@cache
def _after_kin() -> re.Pattern[str]:
    """A kinship word and a space at the end of a piece of text ("그의 남동생 " before a name)."""
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(kin_words())})\s$")


def _honorific(match: re.Match[str]) -> str:
    """The honorific or title of a back-reference: 군 / 양, 씨, or the title (대표)."""
    if match["young"]:
        return str(match["young"])
    title = re.match(rf"씨|{surname_titles()}", match.string[match.end() :])
    return title.group() if title else ""


@cache
def _contrary_gender() -> dict[str, str]:
    """The gender a back-reference with 군 / 양 cannot be of: the one the other tells (양 a girl: no boy)."""
    genders = young_honorific_genders()
    return {h: next(g for g in genders.values() if g != gender) for h, gender in genders.items()}


def _not_young(match: re.Match[str]) -> bool:
    """A surname and 군 / 양 that is a word for no one: listed (장군, 평양, 선양) or one common noun Kiwi knows
    ("공군은", "석양이": 공군, 석양 one noun, not 공 and 군)."""
    if not match["young"]:
        return False
    word = match["surname"] + match["young"]
    if word in rules()["not_young_references"] or word in place_kinds():
        return True
    written = re.match(r"[가-힣]+", match.string[match.start() :])
    return one_common_noun(written.group() if written else word, len(word))


@cache
def _anonymised() -> re.Pattern[str]:
    """ "김모(35)씨", "박모 양", "최모 군은": a surname, 모 (someone) and an honorific, an age between them."""
    names = "|".join(surnames())
    return re.compile(rf"(?<![가-힣])(?P<surname>{names})(?P<mo>\s?모){anonymised_honorific()}")


def _said(match: re.Match[str]) -> int:
    """Where the mention of an anonymised name ends: after its honorific (김모씨, 박모 양), or after 모 when an
    age comes between them (김모(35)씨), so that the age follows the mention as it follows a name."""
    return (
        match.end("mo") if "(" in match.string[match.end("mo") : match.start("honorific")] else match.end("honorific")
    )


def _anonymised_person(
    result: Extraction, found: Mentions, match: re.Match[str], candidates: list[tuple[int, str]]
) -> None:
    """A surname and 모 with no person of that surname named before: a person whose name the report
    withholds, known by the surname (as "a man surnamed Kim" in English)."""
    gender = rules()["anonymised_honorifics"][match["honorific"]]
    entity = _new(result, "p", kind="person", name=match["surname"], gender=gender)
    end = _said(match)
    entity.mentions.append(Span(match.start(), end, match.string[match.start() : end]))
    found.persons.append((match.start(), end, entity.id))
    candidates.insert(0, (match.start(), entity.id))


def _analysed_names(text: str) -> list[str]:
    """Names the morphological analyser finds with no honorific after them ("탈북 방송인 한바다가"): a
    proper noun of a surname and a two-syllable given name (a two-syllable surname and two), once followed
    by a particle of a person, not ending like an institution or a place, not a place or organisation."""
    table = rules()
    endings = set(table["not_name_endings"])
    known = set(place_kinds()) | set(table["organizations"])
    single = set(surnames())
    names: list[str] = []
    # Every word that is a name of 3–4 syllables plus a particle, found in one pass (not a search per name).
    particle_list = table["proper_name_particles"]
    followed: set[str] = set()
    for word in re.finditer(r"(?<![가-힣])[가-힣]{4,}(?![가-힣])", text):
        for particle in particle_list:
            stem = word.group()[: -len(particle)] if word.group().endswith(particle) else ""
            if 3 <= len(stem) <= 4:
                followed.add(stem)
    for _start, _end, form in proper_nouns(text):
        if form in names or form in known or not re.fullmatch(r"[가-힣]{3,4}", form) or form[-1] in endings:
            continue
        if not (form[:1] in single and len(form) == 3) and not (form[:2] in single and len(form) == 4):
            continue
        if form in followed:  # followed by a particle of a person somewhere in the text
            names.append(form)
    return names


def _unnamed(text: str, result: Extraction, found: Mentions) -> None:
    """ "북한군 병사 한 명이": one unnamed person per descriptor in a document."""
    table: dict[str, str] = rules()["unnamed_persons"]
    by_descriptor: dict[str, Entity] = {}
    for match in _unnamed_pattern().finditer(text):
        first = re.match(r"[가-힣]+", match.group(0))
        descriptor = table.get(first.group(0) if first else "", "person")
        words = [w for w in re.findall(r"[가-힣]+", match.group(0)) if w in table]
        if any(table[w] == "soldier" for w in words):
            descriptor = "soldier"
        entity = by_descriptor.get(descriptor)
        if entity is None:
            gender = {"woman": "female", "man": "male"}.get(descriptor)
            entity = by_descriptor[descriptor] = _new(
                result, "p", kind="person", name=None, descriptor=descriptor, gender=gender
            )
        entity.mentions.append(Span(match.start(), match.end(), match.group(0)))
        found.persons.append((match.start(), match.end(), entity.id))


@cache
def _suffixed_organization() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a name ending in an organisation suffix: 한빛일보, 샛별선교회; the suffix alone back to it: 선교회 측)."""
    suffixes = "|".join(map(re.escape, rules()["organization_suffixes"]))
    return (
        re.compile(
            rf"(?<![가-힣A-Za-z])[가-힣]{{1,8}}(?:{suffixes})(?!들)(?:{_TWO_SYLLABLE_PARTICLE}|(?![가-힣]{{2}}))"
        ),
        re.compile(rf"(?<![가-힣A-Za-z])(?P<suffix>{suffixes})(?:\s?측)?(?!들|[가-힣]{{2}})"),
    )


def _organization_names(text: str) -> list[tuple[int, int, str]]:
    """Listed organisations, names made with an organisation suffix (but not generic ones: 인권단체) and
    names an outlet noun introduces ("미국 매체 X는"), as (start, end, name) in text order."""
    generic = set(rules()["not_organizations"]) | set(rules()["organization_suffixes"])
    listed = [(m.start(), m.end(), m.group(0)) for m in _organization_pattern().finditer(text)]
    taken = SpanSet((s, e) for s, e, _n in listed)
    named, _short = _suffixed_organization()
    for match in named.finditer(text):
        if match.group(0) not in generic and match.start() not in taken:
            listed.append((match.start(), match.end(), match.group(0)))
    taken = SpanSet((s, e) for s, e, _n in listed)
    for match in _introduced_organization().finditer(text):
        if match.start("name") not in taken and match["name"] not in generic:
            listed.append((match.start("name"), match.end("name"), match["name"]))
    return sorted(listed)


@cache
def _introduced_organization() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, rules()["outlet_nouns"]))
    return re.compile(
        rf"(?<![가-힣])(?:{nouns})\s(?P<name>[가-힣A-Za-z]{{2,12}}?)(?=(?:은|는|이|가|에|의|를|을|와|과)?(?:\s|[,.]))"
    )


def _organizations(text: str, result: Extraction, found: Mentions) -> None:
    by_name: dict[str, Entity] = {}
    for start, end, name in _organization_names(text):
        key = canonical(name)
        entity = by_name.get(key)
        if entity is None:
            entity = by_name[key] = _new(result, "o", kind="organization", name=name)
        elif name != entity.name and name not in entity.aliases:
            entity.aliases.append(name)
        entity.mentions.append(Span(start, end, name))
        found.organizations.append((start, end, entity.id))
    _short_organizations(text, result, found)


def _short_organizations(text: str, result: Extraction, found: Mentions) -> None:
    """ "선교회 측은", "단체는": the suffix alone is the organisation named with it just before."""
    taken = SpanSet((s, e) for s, e, _o in found.organizations)
    named = sorted((s, oid) for s, _e, oid in found.organizations)
    names = {oid: result.entity(oid).name or "" for _s, oid in named}
    by_suffix: dict[str, list[tuple[int, str]]] = {}
    for match in _suffixed_organization()[1].finditer(text):
        if match.start() in taken:
            continue
        suffix = match["suffix"]
        if suffix not in by_suffix:
            by_suffix[suffix] = [(s, oid) for s, oid in named if names[oid].endswith(suffix)]
        candidates = by_suffix[suffix]
        before = bisect_left(candidates, (match.start(),))
        if before:
            oid = candidates[before - 1][1]
            result.entity(oid).mentions.append(Span(match.start(), match.end(), match.group(0)))
            found.organizations.append((match.start(), match.end(), oid))


@cache
def _group_patterns() -> list[tuple[str, re.Pattern[str]]]:
    table: dict[str, list[str]] = rules()["groups"]
    return [(name, re.compile(rf"(?<![가-힣])(?:{'|'.join(patterns)})")) for name, patterns in table.items()]


def _groups(text: str, result: Extraction, found: Mentions) -> None:
    """ "탈북민", "북한 해외 노동자들": one group entity per group name ("북한": North Koreans)."""
    for name, pattern in _group_patterns():
        entity = None
        for match in pattern.finditer(text):
            if entity is None:
                entity = _new(result, "g", kind="group", name=name)
            if match.group(0) not in entity.aliases:
                entity.aliases.append(match.group(0))
            entity.mentions.append(Span(match.start(), match.end(), match.group(0)))
            found.groups.append((match.start(), match.end(), entity.id))


def _places(text: str, result: Extraction, found: Mentions) -> None:
    by_name: dict[str, Entity] = {}

    def add(start: int, end: int, name: str, kind: str, said: str) -> None:
        key = canonical(name)
        entity = by_name.get(key)
        if entity is None:
            entity = by_name[key] = _new(result, "l", kind="place", name=name, place_kind=kind)
        elif said != entity.name and said not in entity.aliases:
            entity.aliases.append(said)
        entity.mentions.append(Span(start, end, said))
        found.places.append((start, end, entity.id))

    taken: list[tuple[int, int]] = []
    for match in _CAMP.finditer(text):
        add(match.start(), match.end(), f"{int(match.group(1))}호 수용소", "camp", match.group(0))
        taken.append((match.start(), match.end()))
    camps = SpanSet(taken)
    for start, end in sentences(text):
        if not re.search(_CAMP_WORDS, text[start:end]):
            continue
        for match in _CAMP_SHORT.finditer(text, start, end):
            if match.start() not in camps:
                add(match.start(), match.end(), f"{int(match.group(1))}호 수용소", "camp", match.group(0))
    for match in _suffixed_place().finditer(text):
        add(match.start(), match.end(), match.group(0), rules()["place_suffixes"][match["suffix"]], match.group(0))
        taken.append((match.start(), match.end()))
    kinds = place_kinds()
    named = SpanSet(taken)
    for match in _place_pattern().finditer(text):
        name = match.group(0)
        if match.start() in named:
            continue
        if len(name) == 1 and not _AFTER_SHORT_PLACE.match(text, match.end()):
            continue
        add(match.start(), match.end(), name, kinds[name], name)
