"""Grouping a document's name mentions into entities: one person however often named.

"Kang Mi-rae", later "Kang" and "Ms Kang" are one person; "Min-soo" after "Choi Min-soo" too. A single surname
that spaCy took for a place or group ("Park", "Han") becomes a person mention when a person of that name is in
the document."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from typing import Any

from tumen.extract import name_variants, places
from tumen.extract.gender import name_gender
from tumen.extract.kin_family_names import family_named
from tumen.extract.korean_syllables import reads_as_korean
from tumen.extract.mentions import RawMention
from tumen.extract.name_forms import alias_after, title_in_name, without_trailing
from tumen.extract.names import Name, fold_given, parse
from tumen.extract.names import letters as _letters
from tumen.extract.nicknames import called_by, split_nickname
from tumen.extract.outlet_names import initials
from tumen.extract.role_words import office_title
from tumen.extract.surnames import introduced_as_relative, is_bare, main_bearers
from tumen.extract.titled_names import title_modifiers
from tumen.extract.token_entities import entity_table
from tumen.extract.types import Entity, Span
from tumen.extract.vocab import load


@dataclass
class Grouping:
    """Entities of one document, and which entity each character span belongs to."""

    entities: list[Entity] = field(default_factory=list)
    names: dict[str, Name] = field(default_factory=dict)  # person id -> best name
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, entity id), sorted
    counters: dict[str, int] = field(default_factory=dict)
    relatives: set[str] = field(default_factory=set)  # persons named in apposition to a kin noun ("his father X")
    nicknames: dict[str, str] = field(default_factory=dict)  # person id -> nickname quoted in the name ("Pepe")
    _index: list[tuple[int, int, int, str]] | None = field(default=None, repr=False)
    _indexed: int = field(default=0, repr=False)
    _longest: int = field(default=0, repr=False)
    _ids: dict[str, Entity] = field(default_factory=dict, repr=False)
    _found: dict[tuple[int, int], str | None] = field(default_factory=dict, repr=False)  # entity_at's answers
    _tokens: tuple[Any, list[str | None]] | None = field(default=None, repr=False)  # token_entity's (doc, table)

    def new(self, kind: str, name: str | None, **fields: object) -> Entity:
        prefix = {"person": "p", "organization": "o", "place": "l", "group": "g"}[kind]
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        entity = Entity(id=f"{prefix}{self.counters[prefix]}", kind=kind, name=name, **fields)  # type: ignore[arg-type]
        self.entities.append(entity)
        return entity

    def add_span(self, entity: Entity, start: int, end: int, text: str, alias: bool = True) -> None:
        entity.mentions.append(Span(start, end, text))
        if alias and entity.name and text != entity.name and text not in entity.aliases:
            entity.aliases.append(text)
        self.spans.append((start, end, entity.id))
        self._forget()
        if self._index is not None and self._indexed == len(self.spans) - 1:
            insort(self._index, (start, end, len(self.spans) - 1, entity.id))
            self._indexed += 1
            self._longest = max(self._longest, end - start)

    def sort_spans(self) -> None:
        self.spans.sort()
        self._index = None
        self._forget()

    def entity_at(self, start: int, end: int) -> str | None:
        """The entity of the first span (in list order) overlapping ``[start, end)``: an index sorted by start
        keeps each look-up logarithmic, so long documents cost linear time; the answers are kept until the spans
        change (the same tokens are asked about by many steps)."""
        index = self._refresh()
        key = (start, end)
        if key in self._found:
            return self._found[key]
        low = bisect_left(index, (start - self._longest,))
        high = bisect_left(index, (end,))
        found = [(n, i) for s, e, n, i in index[low:high] if s < end and start < e]
        answer = self._found[key] = min(found)[1] if found else None
        return answer

    def token_entity(self, token: Any) -> str | None:
        """``entity_at`` of the token's characters, read from a table of the document's tokens built once while the
        spans stay the same (:mod:`tumen.extract.token_entities`)."""
        doc = token.doc
        index = self._refresh()  # rebuilt, forgetting the table (``_forget``), only when spans were added or removed
        tokens = self._tokens
        if tokens is None or tokens[0] is not doc or len(tokens[1]) != len(doc):
            tokens = self._tokens = (doc, entity_table(doc, index))
        table: list[str | None] = tokens[1]
        return table[int(token.i)]

    def _refresh(self) -> list[tuple[int, int, int, str]]:
        """The index of the spans, rebuilt when spans were added or removed without it."""
        if self._index is None or self._indexed != len(self.spans):
            self._index = sorted((s, e, n, i) for n, (s, e, i) in enumerate(self.spans))
            self._indexed = len(self.spans)
            self._longest = max((e - s for s, e, _i in self.spans), default=0)
            self._forget()
        return self._index

    def _forget(self) -> None:
        self._found.clear()
        self._tokens = None

    def by_id(self, entity_id: str) -> Entity:
        found = self._ids.get(entity_id)
        if found is None or found.id != entity_id:
            found = next(e for e in self.entities if e.id == entity_id)
            self._ids[entity_id] = found
        return found

    def replace(self, gone: str, into: str) -> None:
        """Entity ``gone`` is ``into`` after all: its mentions and spans move to ``into`` and it is dropped."""
        old, target = self.by_id(gone), self.by_id(into)
        target.mentions = sorted(target.mentions + old.mentions, key=lambda m: m.start)
        self.spans = [(s, e, into if i == gone else i) for s, e, i in self.spans]
        self._index = None
        self._forget()
        self.entities.remove(old)
        self._ids.pop(gone, None)

    def last_of_kind(self, kind: str, start: int, end: int) -> str | None:
        """The entity of ``kind`` named last from character ``start`` up to ``end``."""
        found = [
            (s, entity_id) for s, _e, entity_id in self.spans if start <= s < end and self.by_id(entity_id).kind == kind
        ]
        return max(found)[1] if found else None


def _title_before(text: str, start: int) -> str | None:
    titles = load("kinship.yaml")["titles"]
    match = re.search(r"(?:\b([A-Za-z]+)[\s-]+)?([A-Z][A-Za-z]*\.?)\s+$", text[max(0, start - 40) : start])
    if match and match.group(2) in titles and not office_title(match.group(2), match.group(1)):
        return str(match.group(2))  # not "General" after "Secretary": an office, no rank
    return None


def _leading_title(name: str) -> str:
    """ "Ms Gang" -> "Ms ", "Senior Trooper Ivo Halden" -> "Senior Trooper ": a title spaCy took into the name,
    with the capitalised words of ``title_modifiers`` (data/organisations.yaml) before it."""
    if title_in_name(name):
        return ""  # "Lady Ann Selma": the title is part of the full name
    words = name.split(" ")
    titles = load("kinship.yaml")["titles"]
    modifiers = title_modifiers()
    k = 0
    while k < len(words) - 2 and words[k][:1].isupper() and words[k].lower() in modifiers and words[k] not in titles:
        k += 1  # "Senior", "Acting"
    if len(words) > k + 1 and words[k] in titles:
        return " ".join(words[: k + 1]) + " "
    return ""


# "journalists Anna Berg and Ivo Holm": a plural description, then capitalised names joined by commas or "and"
PLURAL_ROLE_BEFORE_NAMES = re.compile(r"\b([a-z]+)s((?:\s+[A-Z][\w.'’-]*)+(?:\s*,|\s+and))*\s+$")


def _role_before(text: str, start: int, plural: bool = True) -> str | None:
    """ "pastor Park Jin-ho": a lower-case description before a name; a ``plural`` one describes each of the names
    it introduces ("journalists Anna Berg and Ivo Holm": both journalists)."""
    descriptors = load("kinship.yaml")["descriptors"]
    match = re.search(r"([a-z]+)\s+$", text[max(0, start - 20) : start])
    if match and match.group(1) in descriptors:
        return str(match.group(1))
    listed = PLURAL_ROLE_BEFORE_NAMES.search(text[max(0, start - 120) : start]) if plural else None
    if listed and listed.group(1) in descriptors:
        return str(listed.group(1))
    return None


def _is_byline(text: str, start: int, end: int | None = None) -> bool:
    """ "By Mira Castellanos", and a transcript's reporter label "MIRA CASTELLANOS, BYLINE: …"."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip().lower() in ("by", "by:", "written by", "reporting by"):
        return True
    return end is not None and BYLINE_LABEL.match(text, end) is not None


BYLINE_LABEL = re.compile(r",?[ \t]*BYLINE\b")


def _norm(text: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(text.lower().split())).rstrip("'’s")


def title_gender(title: str | None) -> str | None:
    """The gender a title before a name says ("Mrs" female, "Mr" male, "Dr" none)."""
    gender = load("kinship.yaml")["titles"].get(title or "", {}).get("gender")
    return str(gender) if gender else None


def _other_gender(entity: Entity, gender: str | None) -> bool:
    """Whether what the document has said of this person so far — a title, or the given name of a name of two
    words or more — gives the gender other than ``gender``: "Mrs Holm" is not "Paul Holm" but his wife."""
    if gender is None:
        return False
    said = {title_gender(t) for t in entity.titles} | {name_gender(entity.name)}
    return bool(said - {None, gender})


def _match_person(grouping: Grouping, name: Name, before: int, gender: str | None = None) -> Entity | None:
    """The person this name refers to: an exact full-name match, else the most recently
    mentioned compatible person (a surname alone refers to the last person so named, though
    not to a relative sharing the family name of another person: tumen.extract.surnames), never one of the
    other gender than the name's title (``gender``) says."""
    called = [i for i, nick in grouping.nicknames.items() if called_by(nick, grouping.names[i].surname, name.text)]
    if len(called) == 1:
        return grouping.by_id(called[0])  # "Pepe" or "Pepe Ruiz" after "Jose 'Pepe' Ruiz"
    found: list[tuple[int, Entity]] = []
    whole = _letters(name.text)
    for entity in grouping.entities:
        if entity.kind != "person" or entity.id not in grouping.names or _other_gender(entity, gender):
            continue
        known = grouping.names[entity.id]
        earlier = [m.start for m in entity.mentions if m.start < before]
        if known.korean and known.given and _letters(known.given) == whole and not reads_as_korean(known.given):
            found.append((max(earlier) if earlier else -1, entity))  # "Castro" of "Jun Castro": maybe its surname
            continue
        if (known.surname and known.given and _letters(known.given) == whole) or (
            name.surname and name.given and _letters(name.given) == _letters(known.text)
        ):
            return entity  # "Jong Suk" and "Ri Jong Suk": the given name, whatever its first syllable looks like
        if _middle_name_apart(known, name):
            return entity  # "Anna Marie Berg" and "Anna Berg": one person, the middle name left out
        if not known.compatible(name):
            continue
        if known.given_key and name.given_key and known.surname and name.surname:
            return entity  # full names agree
        found.append((max(earlier) if earlier else -1, entity))
    if not found:
        found = _fuller_names(grouping, name, before)
    if not found:
        found = _first_given_name_of(grouping, name, before)
    found = [(p, e) for p, e in found if not _other_gender(e, gender)]  # "Mrs Holm" is not "Paul Erik Holm"
    if not found:
        found = _variant_of(grouping, name, gender)
    if is_bare(name):
        found = main_bearers(found, [e.id for _p, e in found], grouping.relatives)
    best: Entity | None = None
    best_position = -1
    for position, entity in found:
        if best is None or position > best_position:
            best, best_position = entity, position
    return best


def _given_name_alone(grouping: Grouping, entity: Entity, name: Name) -> bool:
    """Whether a one-word name is the given name of the person it refers to, not their surname ("Ingrid" of
    "Ingrid Brandt")."""
    known = grouping.names.get(entity.id)
    return len(name.text.split()) == 1 and known is not None and _letters(known.surname or "") != _letters(name.text)


def _variant_of(grouping: Grouping, name: Name, gender: str | None) -> list[tuple[int, Entity]]:
    """The one person whose name this is another spelling of (tumen.extract.name_variants): "Sam Little" after
    "Samuel Little", "Hamadi" after "Omar Hammadi"; none when two persons fit."""
    found = [
        (-1, entity)
        for entity in grouping.entities
        if entity.kind == "person"
        and entity.id in grouping.names
        and not _other_gender(entity, gender)
        and name_variants.variant(grouping.names[entity.id], name)
    ]
    return found if len(found) == 1 else []


def _middle_name_apart(one: Name, other: Name) -> bool:
    """Two full names, not Korean, with one surname, whose given names differ only by one middle name the shorter
    leaves out: "Anna Marie Berg" and "Anna Berg" (not "Anna Berg" and "Marie Berg", nor "Anna Berg" and "Anna Lise
    Marie Berg", nor a nickname in quotes: "Anna “Ani” Berg")."""
    if one.korean or other.korean or not (one.surname and other.surname and one.given and other.given):
        return False
    if not one.surname_key & other.surname_key:
        return False
    short, long = sorted((one.given.lower().split(), other.given.lower().split()), key=len)
    if len(long) != len(short) + 1 or long[: len(short)] != short:
        return False
    return long[-1].replace("-", "").isalpha()  # a quoted nickname ("Natalia “Nat” Berg") is no middle name


def _first_given_name_of(grouping: Grouping, name: Name, before: int) -> list[tuple[int, Entity]]:
    """The one person whose name of three words or more (not Korean) opens with this lone word, when no other name
    fits it: "Liban" after "Liban Abdi Omar" (names with no family name are often shortened to the first)."""
    words = name.text.split()
    if len(words) != 1 or name.korean:
        return []
    found = []
    for entity in grouping.entities:
        known = grouping.names.get(entity.id)
        if entity.kind != "person" or known is None or known.korean or len(known.text.split()) < 3:
            continue
        if _letters(known.text.split()[0]) == _letters(words[0]):
            earlier = [m.start for m in entity.mentions if m.start < before]
            found.append((max(earlier) if earlier else -1, entity))
    return found if len(found) == 1 else []


def _fuller_names(grouping: Grouping, name: Name, before: int) -> list[tuple[int, Entity]]:
    """Persons whose name of three words or more holds this one's words in a row, neither the whole name nor
    its first word(s): "Mya Oo" or "Oo" after "Khin Mya Oo", "Vidal" after "Ana Vidal Soto". Names whose
    family name is not the last word, or is two words, are so shortened ("Aung San Suu Kyi" is "Suu Kyi");
    a name's first words stand for another person as often ("Aung San", her father)."""
    words = name.text.split()
    size = len(words)
    found = []
    for entity in grouping.entities:
        known = grouping.names.get(entity.id)
        if entity.kind != "person" or known is None or len(known.text.split()) < 3:
            continue
        full = known.text.split()
        if any(full[i : i + size] == words for i in range(1, len(full) - size + 1)):
            earlier = [m.start for m in entity.mentions if m.start < before]
            found.append((max(earlier) if earlier else -1, entity))
    return found


def _upgrade(grouping: Grouping, entity: Entity, name: Name) -> None:
    """A fuller name for a person first met by surname or given name only."""
    known = grouping.names[entity.id]
    richer = (name.surname is not None) + (name.given is not None) > (known.surname is not None) + (
        known.given is not None
    )
    if richer:
        if entity.name and entity.name not in entity.aliases:
            entity.aliases.append(entity.name)
        entity.name = name.text
        grouping.names[entity.id] = name
        if name.text in entity.aliases:
            entity.aliases.remove(name.text)


def group(text: str, mentions: list[RawMention], speakers: frozenset[int] = frozenset()) -> Grouping:
    """The entities of the mentions; no plural noun before describes ``speakers`` (:mod:`.speaker_lists`)."""
    grouping = Grouping()
    by_key: dict[tuple[str, str], Entity] = {}
    # The reporter is the document's author, not a person of its story: every mention of a byline's name.
    reporters = {_norm(m.text) for m in mentions if m.kind == "person" and _is_byline(text, m.start, m.end)}
    persons_first = [m for m in mentions if m.kind == "person" and _norm(m.text) not in reporters]
    for mention in sorted(persons_first, key=lambda m: (-len(m.text.split()), m.start)):
        leading_title = _leading_title(mention.text)
        written, nickname = split_nickname(without_trailing(mention.text[len(leading_title) :].strip()))
        name = parse(written)  # "Jose 'Pepe' Ruiz" is Jose Ruiz, called Pepe
        nickname = nickname or alias_after(text, mention.end)  # "Tomas Vrell, also known as Koba"
        title = leading_title.split()[-1] if leading_title else _title_before(text, mention.start)
        title = mention.text.split()[0] if title_in_name(mention.text) else title  # "Lady Ann Selma": a woman
        entity = _match_person(grouping, name, mention.start, title_gender(title))
        if entity is None:
            entity = grouping.new("person", name.text)
            grouping.names[entity.id] = name
            if name.surname and name.given and introduced_as_relative(text, mention.start, mention.end):
                grouping.relatives.add(entity.id)  # introduced as someone's relative: "his father, Ahn Gil-su"
        else:
            _upgrade(grouping, entity, name)
            if _given_name_alone(grouping, entity, name) and introduced_as_relative(text, mention.start, mention.end):
                grouping.relatives.add(entity.id)  # "his daughter, Ingrid" before "Ingrid Brandt": a relative
        if nickname:
            grouping.nicknames.setdefault(entity.id, nickname)
        if title and title not in entity.titles:
            entity.titles.append(title)
        role = _role_before(text, mention.start, plural=mention.start not in speakers)
        if role and entity.descriptor is None:
            entity.descriptor = role
        grouping.add_span(entity, mention.start, mention.end, mention.text)
    _named_as_first_written(grouping)
    _promote_name_parts(text, mentions, grouping)
    persons = [(e, grouping.names[e.id]) for e in grouping.entities if e.kind == "person" and e.id in grouping.names]
    for entity_id, full in family_named(text, persons).items():  # "Talek's sons, Ian and Jon": Ian Talek
        _upgrade(grouping, grouping.by_id(entity_id), parse(full))
    for mention in mentions:
        if mention.kind == "person" or grouping.entity_at(mention.start, mention.end):
            continue
        label = mention.canonical or mention.text  # "Chinese police" stands for China
        unit_written = False  # "North Hwanghae Province": a written form of North Hwanghae (an alias)
        if mention.kind == "place":  # "Liaoning province": the name is "Liaoning"; "the North": North Korea
            unit_written = mention.canonical is None and _without_unit_word(label) != label
            label = _without_unit_word(label)
            short = load("state_agents.yaml")["short_names"].get(label)
            if short and text[max(0, mention.start - 4) : mention.start].lower() == "the ":
                label, mention.place_kind = short, "country"
        key = (mention.kind, _norm(label).removesuffix(" city") if mention.kind == "place" else _norm(label))
        entity = by_key.get(key) or _expanded(grouping, mention)
        if entity is None:
            entity = grouping.new(mention.kind, " ".join(label.split()), place_kind=mention.place_kind)
            by_key[key] = entity
        # "DMZ" for the Demilitarized Zone, "VOA" for the outlet Voice of America, "Jilin Province" for Jilin
        alias = label == mention.text or mention.label in ("FACILITY", "OUTLET") or unit_written
        grouping.add_span(entity, mention.start, mention.end, mention.text, alias=alias)
    for entity in grouping.entities:
        entity.mentions.sort(key=lambda s: s.start)
    grouping.sort_spans()
    return grouping


def _named_as_first_written(grouping: Grouping) -> None:
    """A person known by a nickname in quotes is named as the report first names them in full, without the
    nickname: "Nena Doral" when it comes before "Dr. Ana “Nena” Doral", else "Ana Doral"."""
    for entity_id in grouping.nicknames:
        entity, known = grouping.by_id(entity_id), grouping.names[entity_id]
        for mention in sorted(entity.mentions, key=lambda m: m.start):
            name = parse(split_nickname(mention.text[len(_leading_title(mention.text)) :].strip())[0])
            words = name.text.split()
            if known.surname and len(words) > 1 and _letters(words[-1]) == _letters(known.surname):
                if entity.name and entity.name != name.text and entity.name not in entity.aliases:
                    entity.aliases.append(entity.name)
                entity.name = name.text
                if name.text in entity.aliases:
                    entity.aliases.remove(name.text)
                break


def _without_unit_word(name: str) -> str:
    """A place's name without the word for its unit after it: "Liaoning province" is Liaoning, and so is "Henan
    Province" or "Tarvik City" unless the gazetteer knows the whole name as a place of its own ("Mexico City",
    "Quezon City") or the bare name as a place of another kind ("Tumen City" is no river Tumen)."""
    bare = re.sub(r"(?<=\w) (?:province|city|county)$", "", name)
    if bare != name:
        return bare
    bare = re.sub(r"(?<=\w) (?:Province|City)$", "", name)
    if bare == name or places.lookup(name) is not None:
        return name
    known = places.lookup(bare)  # "Tumen City" is no river Tumen
    return bare if known is None or known.kind == name.rsplit(" ", 1)[1].lower() else name


def _expanded(grouping: Grouping, mention: RawMention) -> Entity | None:
    """An organisation's acronym ("HRW") after its full name ("Human Rights Watch (HRW)")."""
    text = mention.text.strip()
    if mention.kind != "organization" or not re.fullmatch(r"[A-Z][A-Z&]{1,7}", text):
        return None
    earlier = [
        e
        for e in grouping.entities
        if e.kind == "organization"
        and e.name
        and " " in e.name
        and initials(e.name) == text
        and min((m.start for m in e.mentions), default=mention.start) < mention.start
    ]
    return earlier[-1] if earlier else None


def _promote_name_parts(text: str, mentions: list[RawMention], grouping: Grouping) -> None:
    """Surnames and given names of known persons, wherever they stand alone in the text."""
    parts: dict[str, Entity] = {}
    for entity in sorted(grouping.entities, key=lambda e: e.id in grouping.relatives):  # the main bearer first
        name = grouping.names.get(entity.id)
        if name is None:
            continue
        for part in (name.surname, name.given):
            if part and len(part) > 1:
                parts.setdefault(part, entity)
    if not parts:
        return
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) + r")(?![\w-])"
    )
    taken = [(m.start, m.end) for m in mentions if m.kind == "person"]
    # a word inside a longer place name is no mention of a person: "Hong" of "Hong Kong" is not Mr Hong
    taken += [(m.start, m.end) for m in mentions if m.kind == "place" and " " in m.text.strip()]
    for match in pattern.finditer(text):
        start, end = match.span()
        if grouping.entity_at(start, end) or any(s < end and start < e for s, e in taken):
            continue
        if _is_byline(text, start):
            continue
        part = match.group(1)
        # The most recent compatible person before this point, else the first so named.
        name = parse(part) if " " not in part else None
        entity = parts[part]
        if name is not None:
            candidates = [
                e
                for e in grouping.entities
                if e.id in grouping.names
                and e.mentions
                and grouping.names[e.id].compatible(name)
                and min(m.start for m in e.mentions) < start
            ]
            if not candidates and "-" in part:
                candidates = [
                    e
                    for e in grouping.entities
                    if e.id in grouping.names and grouping.names[e.id].given_key == fold_given(part)
                ]
            if candidates and is_bare(name):
                candidates = main_bearers(candidates, [e.id for e in candidates], grouping.relatives)
            if candidates:
                entity = max(
                    candidates, key=lambda e: max((m.start for m in e.mentions if m.start < start), default=-1)
                )
        grouping.add_span(entity, start, end, part)
