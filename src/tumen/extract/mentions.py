"""Names in an English document: spaCy's entities, corrected by tumen's own patterns.

spaCy's small model splits hyphenated Korean given names ("Choi Min" of "Choi Min-soo"),
takes single surnames for places or groups ("Park" as LOC), runs bylines into datelines
("Mira Castellanos\\nSEOUL") and misses camp names ("Kyohwaso No. 12"). Korean names and
camps are therefore found with regular expressions first, and spaCy fills in the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract import article_places, organisations, places, role_words, word_scan
from tumen.extract.abbreviated_given_names import with_abbreviated_given_names
from tumen.extract.address_places import abbreviated_states, towns_of_addresses
from tumen.extract.consistent_kinds import consistent_kinds
from tumen.extract.gender import is_given_name
from tumen.extract.given_name_persons import opens_with_given_name, untagged_given_names
from tumen.extract.headline_names import without_headline_runs
from tumen.extract.headline_words import without_headline_verbs
from tumen.extract.home_places import is_home_place
from tumen.extract.institution_names import institutions
from tumen.extract.instruments import without_instruments
from tumen.extract.korean_syllables import english_word_not_surname
from tumen.extract.listed_names import listed_with_a_person, untagged_listed_names
from tumen.extract.name_context import (
    SENTENCE_PREPOSITIONS,
    calendar_names,
    given_name_before,
    name_part_before,
    place_after_capital_preposition,
    preposition_before_a_name,
    repeated_name_start,
    starts_a_sentence,
    vietnamese_surname_before,
    without_article_names,
    without_counted_things,
)
from tumen.extract.name_openings import describing, name_start
from tumen.extract.named_facilities import named_facilities
from tumen.extract.names import is_korean_surname, romanised_surnames
from tumen.extract.nicknames import with_quoted_nicknames
from tumen.extract.nlp import text_of
from tumen.extract.organisation_evidence import organisations_by_evidence
from tumen.extract.outlet_names import outlet_mentions
from tumen.extract.person_evidence import described_as_person as described
from tumen.extract.person_evidence import persons_by_evidence
from tumen.extract.title_objects import after_title_object
from tumen.extract.vessels import is_vessel
from tumen.extract.vocab import load

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
ORG_SUFFIXES = tuple(load("organisations.yaml")["name_suffixes"])  # last words only an organisation's name ends in
# Second words that make "Surname Word" not a person ("Han River", "Park Avenue", "Kim Says").
NOT_GIVEN_NAMES = frozenset(
    """
river mountain mountains province street road avenue university group company korea korean koreans
dynasty mission church centre center says said tells told and the of in on at for to from with by is was
were has had who which that this those these after before when while where as than also says recalls adds
explains could would county city district island islands station hotel hall palace square bridge park
lake sea bay valley airport times post daily news wire radio ilbo herald journal party army police court
house government ministry
""".split()  # noqa: SIM905
)


@dataclass
class RawMention:
    start: int
    end: int
    text: str
    kind: str  # person | organization | place | group
    label: str  # where it came from: spaCy label or KOREAN_NAME / CAMP / OUTLET
    place_kind: str | None = None
    title: str | None = None
    canonical: str | None = None  # the entity's name when the text only stands for it ("Chinese police")


@cache
def _korean_name_pattern() -> re.Pattern[str]:
    surnames = sorted({s for s in romanised_surnames() if len(s) > 1}, key=len, reverse=True)
    alternatives = "|".join(re.escape(s.capitalize()) for s in surnames)
    given = r"[A-Z][a-z]{1,6}(?:[-‐‑][A-Za-z][a-z]{0,6}|\s[A-Z][a-z]{1,6}(?![a-z'’-]))?"
    return re.compile(rf"\b(?:{alternatives})\s(?:{given})(?![\w-])")


@cache
def _korean_name_firsts() -> frozenset[str]:
    return word_scan.first_words(s for s in romanised_surnames() if len(s) > 1)


@cache
def _camp_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load("places.yaml")["camp_patterns"]), re.IGNORECASE)


def place_kind(name: str, label: str) -> str:
    return places.place_kind(name, label)


def _korean_names(text: str) -> list[RawMention]:
    found = []
    for match in word_scan.finditer(_korean_name_pattern(), text, _korean_name_firsts()):
        parts = re.split(r"[\s\-‐‑]", match.group(0))
        if any(p.lower() in NOT_GIVEN_NAMES or p.lower() in calendar_names() for p in parts[1:]):
            continue
        if places.is_place_word(re.split(r"\s", match.group(0), maxsplit=1)[1]):  # "Ri Laos": a place, no name
            continue
        if _place_form(match.group(0)) or _place_form(" ".join(parts[:2])) or places.is_demonym(match.group(0)):
            continue  # "Hong Kong", "Hong Kong Speech Therapists", "Hong Kongers": a place's name, or its people
        if preposition_before_a_name(parts) and starts_a_sentence(text, match.start()):
            continue  # "In Kang's trial", "In Aligarh, farmers …": a preposition, not the surname In
        if english_word_not_surname(text, match.start(), match.end(), parts):
            continue  # "An Arizona jury", "In Tilak's trial": an English word, not the surname An or In
        if vietnamese_surname_before(text, match.start()):
            continue  # "Pham Chi Dung", "Ho Chi Minh": one Vietnamese name, not Pham + the Korean "Chi Dung"
        start = given_name_before(text, match.start())  # "Mary Jo Peyton": one name, given name first
        start = match.start() if start is None else start
        found.append(RawMention(start, match.end(), text[start : match.end()], "person", "KOREAN_NAME"))
    return found


@cache
def _agent_pattern() -> re.Pattern[str]:
    words = sorted(load("kinship.yaml")["agents"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _agents(text: str) -> list[RawMention]:
    """Collective perpetrators named by what they are: police, security forces, gunmen."""
    matches = word_scan.finditer(_agent_pattern(), text, _agent_firsts())
    return [RawMention(m.start(), m.end(), m.group(0), "group", "AGENT") for m in matches]


@cache
def _agent_firsts() -> frozenset[str]:
    return word_scan.first_words(load("kinship.yaml")["agents"])


@cache
def _state_agent_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load("state_agents.yaml")
    demonyms: dict[str, str] = {str(k): str(v) for k, v in data["demonyms"].items()}
    words = sorted(data["agents"], key=len, reverse=True)
    nations = sorted(demonyms, key=len, reverse=True)
    states = sorted(set(demonyms.values()), key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w.])(?:(?P<demonym>" + "|".join(re.escape(d) for d in nations) + r")"
        r"|(?P<state>" + "|".join(re.escape(c) for c in states) + r")['’]s)"
        r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    )
    return pattern, demonyms


def _state_agents(text: str) -> list[RawMention]:
    """ "The Chinese government", "Lao authorities", "China's police": the state they act for."""
    pattern, demonyms = _state_agent_pattern()
    found = []
    for match in word_scan.finditer(pattern, text, _state_agent_firsts()):
        country = demonyms[match.group("demonym")] if match.group("demonym") else match.group("state")
        found.append(
            RawMention(
                match.start(), match.end(), match.group(0), "place", "STATE", place_kind="country", canonical=country
            )
        )
    return found


@cache
def _state_agent_firsts() -> frozenset[str]:
    _pattern, demonyms = _state_agent_pattern()
    return word_scan.first_words([*demonyms, *demonyms.values()])


HOMELAND = re.compile(
    r"\b(?:their|his|her)\s+(?:[a-z]+\s+)?(?:home\s?country|homeland|native\s+(?:country|land)|country\s+of\s+origin)\b"
)
HOMELAND_REACH = 200  # characters before the phrase where the people it belongs to are named


def _homelands(text: str) -> list[RawMention]:
    """ "returned 60 North Korean refugees to their home country": the country of the people named
    before it in its sentence (the nearest demonym: North Korean → North Korea)."""
    _pattern, demonyms = _state_agent_pattern()
    people = _people_pattern()
    found = []
    for match in HOMELAND.finditer(text):
        before = text[max(0, match.start() - HOMELAND_REACH) : match.start()]
        before = re.split(r"[.!?]\s", before)[-1]
        named = list(people.finditer(before))
        if named:
            country = demonyms[named[-1].group(1)]
            found.append(
                RawMention(match.start(), match.end(), match.group(0), "place", "HOMELAND", "country", None, country)
            )
    return found


# Every match of the camp patterns holds a camp's word and its number: a text without them has none. The first
# letter is a class written out (with the Kelvin sign that case-insensitive matching folds onto "k"), so that the
# engine skips to it instead of trying the words at every character.
_CAMP_NUMBER = re.compile(r"[cCkK\u212a](?i:amp|yohwaso|wanliso|walliso)\s+(?i:no\.?\s*)?\d")


def _camps(text: str) -> list[RawMention]:
    if _CAMP_NUMBER.search(text) is None:
        return []
    return [
        RawMention(m.start(), m.end(), m.group(0), "place", "CAMP", place_kind="camp")
        for m in _camp_pattern().finditer(text)
    ]


@cache
def _people_pattern() -> re.Pattern[str]:
    """A people named by its adjective or its plural ("North Korean", "Kenyans"), built once."""
    _pattern, demonyms = _state_agent_pattern()
    return re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True)) + r")s?\b"
    )


@cache
def _people_words() -> frozenset[str]:
    """The words of peoples' and their states' names ("North", "Korean", "Kenya"), built once."""
    _pattern, demonyms = _state_agent_pattern()
    return frozenset(w for name in [*demonyms, *demonyms.values()] for w in name.split())


def _named_facilities(text: str) -> list[RawMention]:
    return named_facilities(text, RawMention, _people_words(), places.lookup, calendar_names())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a span at a line break that ends a line of its own (a byline running into a
    dateline, "Mira Castellanos\nSEOUL"), keep wrapped lines; drop a leading "the" and a
    trailing possessive."""
    piece = text[start:end]
    if "\n" in piece:
        after = piece[piece.index("\n") + 1 :].strip()
        if "\n\n" in piece or (after and after.split()[0].isupper()):
            end = start + piece.index("\n")
            piece = text[start:end]
    if piece.lower().startswith("the ") and len(piece) > 4:
        start += 4
    if _MARKUP.search(text, start, end):  # "{ad}Ali Rahimi", "<b>Ali Rahimi</b>": a page's markup left in its text
        start, end = max(
            ((start + m.start(), start + m.end()) for m in _BETWEEN_MARKUP.finditer(text[start:end])),
            key=lambda span: span[1] - span[0],
            default=(start, start),
        )
        while start < end and text[start].isspace():
            start += 1
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    while end > start and text[end - 1] in " ,.;:-–—":  # "Dua Mangi - a young girl": the dash is no part
        end -= 1
    return start, end


_MARKUP = re.compile(r"[{}<>\[\]|]")
_BETWEEN_MARKUP = re.compile(r"[^{}<>\[\]|/]*[^{}<>\[\]|/\s][^{}<>\[\]|/]*")


def _from_spacy(doc: Any) -> list[RawMention]:
    text = text_of(doc)
    found = []
    for ent in doc.ents:
        label = ent.label_
        start, end = _trim(text, _name_start(ent) if label == "PERSON" else ent.start_char, ent.end_char)
        start = repeated_name_start(text, start, end) if label == "PERSON" else start  # "Ana Cruz Ana Cruz's"
        start = after_title_object(text, start, end) if label == "PERSON" else start  # "… of Police Omar Vell"
        start = name_start(text, start, end) if label == "PERSON" else start  # "Unemployed Ivo Reck"
        start, end = without_headline_verbs(text, start, end) if label == "PERSON" else (start, end)  # "Ana Vale Dies"
        if label == "PERSON" and (place_start := place_after_capital_preposition(text, start, end)) is not None:
            start, label = place_start, "GPE"  # "Near Kaesong, …": a preposition and a known place, no one's name
        if end <= start or all(t.pos_ == "PRON" or t.text == "I." for t in ent):
            continue  # "my mother and I." with "I." taken for an initial and a name: a pronoun names no one
        name = text[start:end]
        if label not in KINDS and name.split()[-1] not in ORG_SUFFIXES:
            continue
        kind = KINDS.get(label, "organization")
        if name.split()[-1] in ORG_SUFFIXES and kind != "person":
            kind = "organization"
        if kind == "person" and not re.search(r"[A-Z]", name):
            continue
        if kind in ("place", "person") and places.is_demonym(name):  # "North Koreans": people, not a place or one
            kind = "group"
        if kind == "person" and " " not in name and RESIDENT_OF.search(text, max(0, start - 30), start):
            kind = "place"  # "another resident of Riangang": people reside in places
        if kind == "person" and len(ent) == 1 and ent.root.dep_ == "pobj" and _place_after_preposition(ent.root):
            kind, label = "place", "GPE"  # "In Aligarh, farmers …": a known place after a preposition
        if kind == "organization" and label == "ORG" and _known_place_after_preposition(ent, name):
            kind, label = "place", "GPE"  # "a workplace in Erbil": a place the gazetteer knows, not an organisation
        if kind == "person" and (is_home_place(ent) or article_places.is_article_place(ent, name)):
            kind, label = "place", "GPE"  # "a woman from Sumun": people come from places; "Al Ain": no given name
        if kind == "person" and _place_form(name):
            kind, label = "place", "GPE"  # "Hong Kong media tycoon X", "… in Tarvik State": no one is so named
        if kind in ("person", "organization") and is_vessel(name):
            kind, label = "place", "FAC"  # "MV Kestrel", "INS Korvan": a ship, no one
        if _named_in_a_list(ent, name, kind, label) or opens_with_given_name(
            ent, name, kind, label, NOT_GIVEN_NAMES | calendar_names(), _place_form
        ):
            kind, label = "person", "PERSON"  # "Ana Ruiz and Tomas Vidal were arrested": Vidal is no place
        mention = RawMention(start, end, name, kind, label)
        if kind == "place":
            mention.place_kind = place_kind(name, label)
        found.append(mention)
    return found


def _named_in_a_list(ent: Any, name: str, kind: str, label: str) -> bool:
    """A place, or an organisation whose name begins with a given name ("A, B and Sami Karam"), listed with a
    person (:mod:`tumen.extract.listed_names`)."""
    if kind == "organization" and (label != "ORG" or not is_given_name(name.split()[0])):
        return False
    return kind in ("place", "organization") and listed_with_a_person(ent, name, _place_form)


PLACE_ENDINGS = (" state", " province", " region", " county", " district", " city")


def _place_form(name: str) -> bool:
    """A name of two words or more that only a place bears: a country, province or region the gazetteer knows
    ("Hong Kong", "Sri Lanka"), or one ending in a word for a unit of land ("Tarvik State")."""
    if " " not in name or name.split()[0] in load("kinship.yaml")["titles"]:
        return False
    known = places.lookup(name)
    return (known is not None and known.kind in ("country", "province", "region")) or name.lower().endswith(
        PLACE_ENDINGS
    )


_INITIALLED = re.compile(r"(?:[A-Z]\.)+[A-Z][a-z]+")  # "P.Varavara": an initial written onto the given name


def _name_start(ent: Any) -> int:
    """Where a person's name starts: spaCy may leave out a given name it does not know ("Golrokh" in "Golrokh
    Ebrahimi Iraee", "K.Tomas" in "K.Tomas Reval": an initial written onto it), a capitalised proper noun, no title,
    role or month, that modifies the name it stands before."""
    doc, start = ent.doc, ent.start
    titles = load("kinship.yaml")["titles"]
    before = name_part_before(ent)
    if before is not None:
        start = before.start
    while start > 0:
        word = doc[start - 1]
        if not (
            word.pos_ == "PROPN"
            and not word.ent_type_
            and word.dep_ in ("compound", "nmod")
            and ent.start <= word.head.i < ent.end
            and (_INITIALLED.fullmatch(word.text) or (word.text.istitle() and word.text.isalpha()))
            and word.text not in titles
            and word.lower_ not in calendar_names()
            and word.lower_ not in SENTENCE_PREPOSITIONS
            and not _place_after_preposition(word)
            and not role_words.is_role_word(word)
            and not (ent.end - ent.start > 1 and describing(word.text))  # "All-Star Ivo Reck"; not "Young Kim"
        ):
            break
        start -= 1
    if start == ent.start and ent.end - start >= 3 and _place_after_preposition(doc[start]):
        start += 1  # spaCy took the place into the name: "from Aligarh Brijendra Singh"
    return int(doc[start].idx)


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "inside"})


def _place_after_preposition(word: Any) -> bool:
    """ "from Aligarh Brijendra Singh", "In Aligarh, farmers …": a place the gazetteer knows, right after a
    preposition of place, is no given name — unless the word is a surname or a listed given name as well ("from
    Kim, a defector", "with Rosario Ibarra"), or a possessive ("from Kim's office")."""
    if word.i == 0 or not word.text.isalpha():
        return False
    before, after = word.doc[word.i - 1], word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if before.lower_ not in PLACE_PREPOSITIONS or before.dep_ != "prep":
        return False
    if after is not None and after.lower_ in ("'s", "’s"):
        return False
    if is_korean_surname(word.text) or is_given_name(word.text):
        return False
    return places.lookup(word.text) is not None


# Prepositions of being inside a place: "works at Samsung", "a statement from Samsung" name an organisation the
# gazetteer may know as a town; "in Erbil" a place.
INSIDE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside"})


def _known_place_after_preposition(ent: Any, name: str) -> bool:
    """A name after a preposition of being in a place ("in Erbil", "near Harare") that the gazetteer knows as a
    city, province, region or country — not a possessive ("in Erbil's university")."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in INSIDE_PREPOSITIONS or doc[ent.start - 1].dep_ != "prep":
        return False
    if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s"):
        return False
    known = places.lookup(name)
    return known is not None and known.kind in ("city", "province", "region", "country")


RESIDENT_OF = re.compile(r"\b(?:residents?|natives?|inhabitants?|villagers?) (?:of|in) $", re.IGNORECASE)


def _complete_names(text: str, mentions: list[RawMention]) -> None:
    """A person's name cut short where the document writes it in full elsewhere: "Daw Khin" before "Mya Oo",
    when "Khin Mya Oo" is a name of the document, is "Daw Khin Mya Oo" (spaCy may stop at a word it does not
    know as part of a name). The mention grows to the longest such name its words begin, after a title."""
    titles = load("kinship.yaml")["titles"]
    names = {_untitled(m.text, titles) for m in mentions if m.kind == "person"}
    fulls = sorted((n for n in names if " " in n), key=len, reverse=True)
    for mention in mentions:
        if mention.kind != "person":
            continue
        begin = mention.end - len(_untitled(mention.text, titles))
        for full in fulls:
            end = begin + len(full)
            if end > mention.end and text.startswith(full, begin) and not text[end : end + 1].isalnum():
                mention.end, mention.text = end, text[mention.start : end]
                break


def _untitled(name: str, titles: dict[str, Any]) -> str:
    """A name without the titles before it: "State Counsellor Mya Oo" -> "Mya Oo"."""
    words = name.split(" ")
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return " ".join(words)


def _without_overlaps(mentions: list[RawMention]) -> list[RawMention]:
    """Keep the best of overlapping mentions: pattern-found before spaCy, then longer."""
    priority: dict[str, float] = {
        "CAMP": 0,
        "FACILITY": 0,
        "NAMED_FACILITY": 0.5,  # a listed facility's own name first
        "KOREAN_NAME": 1,
        "OUTLET": 2,
        "STATE": 3,
        "ABBREVIATION": 3,  # "Van Nuys, Calif.": the state California
        "AGENT": 10,  # spaCy's "State Security" wins over the agent word
    }
    priority |= {
        "INSTITUTION": 8.4,
        "SPEAKER": 8.5,
        "DATELINE": 8.6,
        "GAZETTEER": 9.5,
    }  # a speaking organisation, a dateline beat spaCy
    ordered = sorted(mentions, key=lambda m: (priority.get(m.label, 9), -(m.end - m.start), m.start))
    kept: list[RawMention] = []
    taken: list[tuple[int, int]] = []  # disjoint spans kept so far, sorted: a new one meets at most its neighbours
    for mention in ordered:
        at = bisect_left(taken, (mention.start, mention.end))
        if (at > 0 and taken[at - 1][1] > mention.start) or (at < len(taken) and taken[at][0] < mention.end):
            continue
        kept.append(mention)
        taken.insert(at, (mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)


def find_mentions(doc: Any, outlet: str | None = None) -> list[RawMention]:
    """Person, organisation, place and group mentions of a parsed English document."""
    text = text_of(doc)
    from_spacy = without_instruments(_from_spacy(doc))  # "the UN Convention against Torture": the UN, no treaty
    organisations.extend_names(text, from_spacy)  # "U.N." + "High Commissioner for Human Rights"
    mentions = _korean_names(text) + _camps(text) + outlet_mentions(text, outlet, RawMention) + _state_agents(text)
    mentions += from_spacy
    mentions += _homelands(text) + _named_facilities(text) + untagged_listed_names(doc, RawMention, _place_form)
    mentions += untagged_given_names(doc, RawMention, NOT_GIVEN_NAMES | calendar_names(), _place_form, described)
    mentions += _agents(text) + places.facility_mentions(text, RawMention) + organisations.speakers(text, RawMention)
    mentions += organisations.ministries(text, RawMention)
    mentions += institutions(text, RawMention, [(m.start, m.end) for m in from_spacy if m.kind == "organization"])
    mentions += places.gazetteer_mentions(text, RawMention) + abbreviated_states(text, RawMention)
    mentions = with_quoted_nicknames(text, mentions, RawMention)  # "Jose 'Pepe' Ruiz": one name, cut at the quotes
    _complete_names(text, mentions)
    with_abbreviated_given_names(text, mentions)  # "Dr. Ma. Lourdes Tanco": Ma. is Maria, part of the name
    persons_by_evidence(doc, mentions)
    towns_of_addresses(text, mentions)  # "Newton Street, Millom", "Merthyr Tydfil, South Wales"
    organisations_by_evidence(doc, mentions)
    consistent_kinds(mentions, text)
    mentions = without_headline_runs(text, mentions)  # "Otters Beat Falcons To Clinch Playoff Berth": no one
    return _without_overlaps(without_counted_things(doc, without_article_names(text, mentions)))
