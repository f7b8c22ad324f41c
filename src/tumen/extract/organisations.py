"""Organisations and how persons stand to them: member_of, leads, founded; organisations that speak.

"Pastor Han of the Riverside Mission" (member_of), "Ms Oh, who founded Open Doors North" (founded),
"Mr Yoon, head of the Border Aid Network", "the Network's director Yoon" and "the head of the Border Aid
Network, Mr Yoon" (leads), "Ms Cho, a member of the Alliance" (member_of). The role words and verbs are
``data/organisations.yaml``. An organisation named after "according to" or "told" is an organisation even
when the parser missed it ("according to Voice of Exiles"). Pure: text and the document's entity spans in,
relations out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol, TypeVar

from tumen.extract import places
from tumen.extract.organisation_links import alternatives as _alternatives
from tumen.extract.organisation_links import anaphoric_role, passive_role
from tumen.extract.types import Evidence, Relation
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.entities import Grouping

M = TypeVar("M")
_WORD = r"[A-Z][\w.&'’-]*"
LISTED = re.compile(r"(?:,[ \t]*|,?[ \t]+and[ \t]+)$")  # between two names of a list, matched to its end
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:of|for|on|and|the|in)[ \t]+)*{_WORD})*"  # on one line


@cache
def _patterns() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]], re.Pattern[str], re.Pattern[str]]:
    data = load("organisations.yaml")
    role_of = {w.lower(): relation for relation, words in data["roles"].items() for w in words}
    verb_of = {w.lower(): relation for relation, words in data["verbs"].items() for w in words}
    roles, verbs = _alternatives(list(role_of)), _alternatives(list(verb_of))
    links = _alternatives(list(data["role_links"]))
    descriptions = _alternatives([*data["descriptor_nouns"], *data["described"]])
    adjectives = r"(?:(?:former|current|then|late|longtime|long-time|senior|deputy|acting|local|regional)\s+)?"
    # what an organisation is, told before its name: "the rights group Y", "the Tarvik-based news website Y"
    described = rf"(?:(?-i:(?:[a-z][\w-]*\s+|[A-Z][\w]*-based\s+){{0,3}}?)(?:{descriptions})\s+)?"
    apposed = rf"(?-i:(?:[a-z][\w-]*\s+|[A-Z][\w]*-based\s+){{0,3}}?)(?:{descriptions}),\s+(?:the\s+)?"
    after = [
        # "X, (the) (former) director of Y", "X, a member of (the rights group) Y", "X is a researcher at Y", "X
        # served as secretary general of Y", "X, who is director of Y" (`role_links`)
        (
            rf"^(?:,|(?:,\s+who)?\s+(?:{links}))\s+(?:(?:a|an|the)\s+)?{adjectives}"
            rf"(?P<role>{roles})(?P<plural>s)?\s+(?:of|at|for|with|in)\s+(?:the\s+)?{described}$",
            "role",
        ),
        # "X, who founded Y", "X founded Y", "X, who heads Y", "X worked for the online news website Y"
        # ... with adverbs between ("X now works for Y", `verb_adverbs`), and a description apposed before the name
        # ("X works for a Tarvik-based NGO, the Y")
        (
            rf"^(?:,\s+who)?\s+(?:(?:has|had|{_alternatives(data['verb_adverbs'])})\s+)*(?P<verb>{verbs})\s+"
            rf"(?:(?:the\s+)?{described}|(?:a|an|the)\s+(?P<apposed>{apposed}))$",
            "verb",
        ),
        # "Pastor X of the Y Mission"
        (r"^\s+of\s+(?:the\s+)?$", "of"),
    ]
    compiled = [(re.compile(p, re.IGNORECASE), how) for p, how in after]
    # "Y's director X", "Y director X", "the Y founder X", "the Y (ACR) leader X"
    # "Y's representative in Tarvik province, X": where the role is held
    held_in = (
        r"(?:\s+(?:in|for)\s+(?:the\s+)?(?-i:(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)"
        rf"(?:\s+(?:{_alternatives(data['held_in_words'])}))?)?"
    )
    before = re.compile(
        rf"(?:\s*\([^()]{{1,20}}\))?(?:['’]s)?\s+{adjectives}(?P<role>{roles}){held_in}\s*,?\s+$", re.IGNORECASE
    )
    speaking = re.compile(
        rf"(?<![\w-])(?:(?:{_alternatives(data['speaking'])})|(?P<described>{_alternatives(data['described'])}))"
        rf"\s+(?:the\s+)?(?P<name>(?-i:{_NAME}))",
        re.IGNORECASE,
    )
    return {**role_of, **{f"verb:{k}": v for k, v in verb_of.items()}}, compiled, before, speaking


@cache
def name_words() -> frozenset[str]:
    """Words of an organisation's name (``name_words`` of data/organisations.yaml: Watch, Foundation, Rights …)."""
    return frozenset(load("organisations.yaml")["name_words"])


def _looks_like_organisation(name: str) -> bool:
    words = name.split()
    if any(w.strip(".,") in name_words() for w in words):
        return True
    if any(re.fullmatch(r"[A-Z]{2,}|(?:[A-Z]\.){2,}", w) for w in words):
        return True
    return len(words) > 2 and any(w in ("of", "for") for w in words)


def speakers(text: str, make: Callable[..., M]) -> list[M]:
    """Organisations that speak: the capitalised name after "according to", "told", "a report by"."""
    _roles, _after, _before, speaking = _patterns()
    found = []
    for match in speaking.finditer(text):
        name = match.group("name")
        if not name[0].isupper():
            continue
        name = re.split(r"(?<=[a-z]{2})\.\s", name)[0]  # a sentence ends ("U.N. Command" goes on)
        name = re.sub(r"(?:\s+(?:of|for|on|and|the|in))+$", "", name)
        name = re.sub(r"(?<=[a-z])\.$|['’]s?$", "", name)  # a sentence's full stop; "HRW's report"
        titled = _title_before_name().search(name)  # "Amnesty International Secretary General Ana Cruz"
        name = name[: titled.start()] if titled is not None and titled.start() > 0 else name
        if not match.group("described") and not _looks_like_organisation(name):
            continue
        start = match.start("name")
        found.append(make(start, start + len(name), name, "organization", "SPEAKER"))
    return found


@cache
def _title_before_name() -> re.Pattern[str]:
    """A role written as a title before a name inside a capitalised run ("… Secretary General Ana Cruz",
    "… High Commissioner Ana Cruz"): where the organisation's name ends and the person's title begins."""
    data = load("organisations.yaml")
    roles = _alternatives([w for words in data["roles"].values() for w in words])
    modifiers = _alternatives(list(data["title_modifiers"]))
    return re.compile(rf"\s+(?:(?:{modifiers})\s+)*(?:{roles})\s+(?-i:(?=[A-Z][a-z]))", re.IGNORECASE)


def _sentence(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= position < end:
            return start, end
    return position, position


@cache
def _role_of_before() -> re.Pattern[str]:
    """ "the director of ", "a member of the ": a role of an organisation named next, the person after it."""
    roles = _alternatives(list(load("organisations.yaml")["roles"]["leads"]))
    members = _alternatives(list(load("organisations.yaml")["roles"]["member_of"]))
    founders = _alternatives(list(load("organisations.yaml")["roles"]["founded"]))
    return re.compile(
        rf"(?<![\w-])(?:(?P<leads>{roles})|(?P<member_of>{members})|(?P<founded>{founders}))s?\s+(?:of|at)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


# between an organisation and the name in apposition to its role: "(ANHRI), ", ", " or, after an acronym, " "
_ROLE_APPOSITION = re.compile(r"^(?:\s*\([^()]{1,20}\)\s*,?|\s*,)\s*$")


def _role_of_organisation_before(text: str, grouping: Grouping, start: int) -> tuple[str, str] | None:
    """ "The director of the Holm Centre, Ana Berg, …": the role of the organisation just before the name."""
    for org_start, org_end, entity_id in grouping.spans:
        if not 0 < start - org_end <= 25 or grouping.by_id(entity_id).kind != "organization":
            continue
        if _ROLE_APPOSITION.match(text[org_end:start]) is None:
            continue
        match = _role_of_before().search(text[max(0, org_start - 60) : org_start])
        if match is not None and match.lastgroup is not None:
            return match.lastgroup, entity_id
    return None


@cache
def _staff_including() -> re.Pattern[str]:
    """ " staff, including Executive Director ": the people of an organisation named just before, then a listing
    word, the names listed before this one ("workers who were identified as Ana Berg, Omar Sayed and ") and up to
    three capitalised words of a title before the name."""
    data = load("organisations.yaml")
    staff, listing = _alternatives(list(data["staff_words"])), _alternatives(list(data["staff_listing"]))
    listed = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    return re.compile(
        rf"\s+(?:{staff})\s*,?\s+(?:{listing})\s+(?:{listed}){{0,12}}(?:(?-i:[A-Z][\w.-]*)\s+){{0,3}}$",
        re.IGNORECASE,
    )


def _staff_of_organisation_before(text: str, grouping: Grouping, start: int) -> str | None:
    """ "Other Tarvik Courier staff, including Editor Ana Berg, were arrested", "five Tarvik Courier workers who
    were identified as Ana Berg, Omar Sayed and Ivo Lenz": the organisation whose people the name is listed among
    (member_of)."""
    window = max(0, start - 300)
    match = _staff_including().search(text[window:start])
    return _organisation_ending(grouping, window + match.start()) if match is not None else None


def _organisation_ending(grouping: Grouping, position: int) -> str | None:
    for start, end, entity_id in grouping.spans:
        if end == position and grouping.by_id(entity_id).kind == "organization" and start < end:
            return entity_id
    return None


def ties_after(
    text: str, end: int, organisations: list[tuple[int, int, str]], of: bool = True, plural: bool = False
) -> list[tuple[str, str]]:
    """The relation the words after a person's mention ending at ``end`` give them to the first organisation named
    within 90 characters: "X, director of Y", "X, who founded Y", "X of the Y" (with ``of``); with ``plural``,
    only a role in the plural ("X, members of Y"), that the names listed before X hold too."""
    role_of, after, _before, _speaking = _patterns()
    # not a name that only qualifies what follows it: "the Tarvik-based newspaper Y"
    following = [(s, e, i) for s, e, i in organisations if end < s <= end + 90 and not text.startswith("-based", e)]
    for org_start, org_end, organisation in following[:1]:
        between = text[end:org_start]
        for pattern, how in after:
            match = pattern.match(between)
            if match is None:
                continue
            if how == "verb" and match.group("apposed") and _speaks_after(text, org_end):
                return []  # "joined an armed group, the Tarvik Alliance said": the source, not the group joined
            if plural and (how != "role" or not match.group("plural")):
                return []
            if how == "role":
                return [(role_of[" ".join(match.group("role").lower().split())], organisation)]
            if how == "verb":
                return [(role_of["verb:" + " ".join(match.group("verb").lower().split())], organisation)]
            return [("member_of", organisation)] if of else []
    return []


def _listed_before_plural(
    text: str, persons: list[tuple[int, int, str]], organisations: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    """The plural role a list of names ends with, for the first of ``persons``: "Ana Berg and Ivo Holm, members of
    the Tarvik Guild" (each is a member)."""
    for (_s, end, _p), (start, next_end, _q) in pairwise(persons):
        if LISTED.match(text, end, start) is None:
            return []
        if ties := ties_after(text, next_end, organisations, plural=True):
            return ties
    return []


def _speaks_after(text: str, end: int) -> bool:
    """Whether a reporting verb follows the organisation's name (``reporting_after`` in data/organisations.yaml)."""
    words = _alternatives(list(load("organisations.yaml")["reporting_after"]))
    return re.match(rf"\s+(?:{words})\b", text[end : end + 40]) is not None


def relations(text: str, grouping: Grouping, sentences: list[tuple[int, int]]) -> list[Relation]:
    """member_of / leads / founded between the document's persons and organisations."""
    role_of, _after, before, _speaking = _patterns()
    found: dict[tuple[str, str, str], Relation] = {}
    persons = [(s, e, i) for s, e, i in grouping.spans if grouping.by_id(i).kind == "person"]
    organisations = [(s, e, i) for s, e, i in grouping.spans if grouping.by_id(i).kind == "organization"]
    for n, (start, end, person) in enumerate(persons):
        candidates = ties_after(text, end, organisations) or _listed_before_plural(text, persons[n:], organisations)
        if not candidates:
            match = before.search(text[max(0, start - 60) : start])
            ending = _organisation_ending(grouping, max(0, start - 60) + match.start()) if match else None
            if match is not None and ending is not None:
                candidates.append((role_of[" ".join(match.group("role").lower().split())], ending))
        if not candidates and (role_before := _role_of_organisation_before(text, grouping, start)) is not None:
            candidates.append(role_before)
        if not candidates and (staff_of := _staff_of_organisation_before(text, grouping, start)) is not None:
            candidates.append(("member_of", staff_of))
        if not candidates and (told_before := anaphoric_role(text, grouping, start)) is not None:
            candidates.append(told_before)
        if not candidates and (passive := passive_role(text, grouping, _sentence(sentences, start), start)):
            candidates.append(passive)
        for relation, organisation in candidates:
            s, e = _sentence(sentences, start)
            found.setdefault(
                (relation, person, organisation),
                Relation(relation, person, organisation, Evidence(s, e, text[s:e].strip())),
            )
    return list(found.values())


class NameMention(Protocol):
    start: int
    end: int
    text: str
    kind: str


_CONTINUATION = re.compile(rf"\.?[ \t]+(?P<rest>{_NAME})")


def extend_names(text: str, mentions: Sequence[NameMention]) -> None:
    """An organisation name the parser cut short runs on through the capitalised title that follows it when
    that title names an institution: "the U.N. High Commissioner for Human Rights" is one organisation,
    not "U.N." (the mentions are changed in place)."""
    for mention in mentions:
        match = _CONTINUATION.match(text, mention.end) if mention.kind == "organization" else None
        if match is None:
            continue
        rest = re.split(r"(?<=[a-z]{2})\.\s", match.group("rest"))[0]
        rest = re.sub(r"(?:\s+(?:of|for|on|and|the|in))+$", "", rest)
        at_city = re.search(r"\s+in\s+([A-Z][\w-]*)", rest)  # "… Human Rights in Geneva": where it sits
        if at_city and (place := places.lookup(at_city.group(1))) is not None and place.kind == "city":
            rest = rest[: at_city.start()]
        if not any(w in name_words() for w in rest.split()[:3]):
            continue
        mention.end = match.start("rest") + len(rest)
        mention.text = text[mention.start : mention.end]


@cache
def _ministry_pattern() -> re.Pattern[str]:
    demonyms = sorted(load("state_agents.yaml")["demonyms"], key=len, reverse=True)
    portfolios = sorted(load("organisations.yaml")["ministry_portfolios"], key=len, reverse=True)
    return re.compile(
        r"(?<![\w.])(?:"
        + "|".join(re.escape(d) for d in demonyms)
        + r")\s+(?:"
        + "|".join(re.escape(p) for p in portfolios)
        + r")\s+ministry\b"
    )


def ministries(text: str, make: Callable[..., M]) -> list[M]:
    """ "A South Korean defense ministry official said …": a people's adjective, a portfolio and "ministry" in lower
    case name that state's ministry, an organisation the parser leaves unnamed."""
    return [
        make(m.start(), m.end(), m.group(0), "organization", "MINISTRY") for m in _ministry_pattern().finditer(text)
    ]
