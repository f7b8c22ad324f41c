"""Ties of persons to organisations that the words next to the person do not name: an organisation told by an
anaphor ("Police raided the Kestrel Centre's office and detained the group's leader, Ana Ruiz, its vice-chair, Ivo
Lenz"), by a passive ("the weekly Morning Lantern, which was founded by Tomas Brenner"); and how an organisation is
described ("the online news website Daily Lantern": its descriptor "online news website"). The words are
``data/organisations.yaml`` (``anaphoric_nouns``, ``passive_verbs``, ``descriptor_nouns`` and ``described``).
Pure: text and the document's entity spans in, relations or descriptors out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.entities import Grouping

# lowercase words that may qualify a role or a description ("former", "online", "independent", "country's top")
_FUNCTION_WORDS = r"(?:of|the|a|an|and|or|for|in|on|at|to|by|with|from|its|their|his|her)\s"
_QUALIFIERS = rf"(?-i:(?:(?!{_FUNCTION_WORDS})[a-z][\w-]*(?:['’]s)?\s+){{0,4}}?)"
_ORGANISATION_KINDS = ("organization",)


def alternatives(words: list[str]) -> str:
    """A regex alternation of the words, the longest first, any run of white space between their words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _role_relations() -> dict[str, str]:
    return {w.lower(): relation for relation, words in load("organisations.yaml")["roles"].items() for w in words}


@cache
def _anaphoric_role() -> re.Pattern[str]:
    """ "the group's leader, " or "its vice-chair " right before a name."""
    nouns = load("organisations.yaml")["anaphoric_nouns"]
    adjectives = r"(?:(?:former|current|then|late|longtime|long-time|senior|deputy|acting|national|local|regional)\s+)?"
    return re.compile(
        rf"(?<![\w-])(?:the\s+(?P<noun>{alternatives([*nouns['any'], *nouns['named']])})['’]s?|its)\s+{adjectives}"
        rf"(?P<role>{alternatives(list(_role_relations()))})\s*,?\s+$",
        re.IGNORECASE,
    )


@cache
def _named_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load("organisations.yaml")["anaphoric_nouns"]["named"])


@cache
def _speaking_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(load('organisations.yaml')['speaking'])})\s+(?:the\s+)?$", re.IGNORECASE)


def _told_of_before(text: str, grouping: Grouping, position: int, noun: str | None) -> str | None:
    """The organisation an anaphor at ``position`` stands for: the last one named before it (in about two
    sentences) — not one that only speaks ("told Reuters"), nor one a place or a name the parser left unnamed
    ("Wikileaks and its founder") stands between; for a `named` noun, one whose name or description has it."""
    named = noun is not None and noun.lower() in _named_nouns()
    candidates = sorted(
        ((s, e, i) for s, e, i in grouping.spans if s < e <= position and position - e <= 300),
        key=lambda span: -span[1],
    )
    for start, end, entity_id in candidates:
        entity = grouping.by_id(entity_id)
        if entity.kind == "place" and not _owned_by_organisation(text, grouping, start):
            return None  # "its" after a place is the place's; a place between leaves "the group" unsure
        if entity.kind not in _ORGANISATION_KINDS or _speaking_before().search(text[max(0, start - 30) : start]):
            continue
        if _unnamed_capitalised(text, grouping, end, position):
            return None
        described = f"{entity.name or ''} {entity.descriptor or ''}".lower()
        if named and re.search(rf"\b{re.escape(str(noun).lower())}\b", described) is None:
            continue
        return entity_id
    return None


def _owned_by_organisation(text: str, grouping: Grouping, start: int) -> bool:
    """ "Police raided Vaskra's Lisbon office and detained the group's leader": a place that qualifies a thing an
    organisation's possessive owns right before it stands for no one; the organisation is still the last named."""
    owner = re.search(r"['’]s?\s+$", text[max(0, start - 4) : start])
    end = start - len(owner.group()) if owner is not None else -1
    return any(e == end and grouping.by_id(i).kind in _ORGANISATION_KINDS for _s, e, i in grouping.spans)


def _unnamed_capitalised(text: str, grouping: Grouping, start: int, end: int) -> bool:
    """Whether a capitalised word that no entity covers and that begins no sentence stands between start and end."""
    for word in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]*", text[start:end]):
        position = start + word.start()
        if re.search(r"(?:^|[.!?“\"]\s*)$", text[max(0, position - 3) : position]):
            continue
        if not any(s <= position < e for s, e, _i in grouping.spans):
            return True
    return False


def anaphoric_role(text: str, grouping: Grouping, start: int) -> tuple[str, str] | None:
    """ "… the Kestrel Centre's office … the group's leader, Ana Ruiz, its vice-chair, Ivo Lenz": the relation the
    role gives the name, and the organisation the anaphor stands for."""
    window = max(0, start - 60)
    match = _anaphoric_role().search(text[window:start])
    if match is None:
        return None
    organisation = _told_of_before(text, grouping, window + match.start(), match.group("noun"))
    if organisation is None:
        return None
    return _role_relations()[" ".join(match.group("role").lower().split())], organisation


@cache
def _passive() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    verbs = load("organisations.yaml")["passive_verbs"]
    relation_of = {w.lower(): relation for relation, words in verbs.items() for w in words}
    by = re.compile(
        rf"(?<![\w-])(?:(?:also|originally|jointly)\s+)?(?P<verb>{alternatives(list(relation_of))})\s+by\s+$",
        re.IGNORECASE,
    )
    # between the organisation and the passive: "", ", ", ", which was ", ", which is published by Z and "
    between = re.compile(
        r"^\s*,?\s*(?:(?:which|that)\s+(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:[^,.;()]{0,60}?\s+and\s+)?$"
    )
    return by, relation_of, between


def passive_role(text: str, grouping: Grouping, sentence: tuple[int, int], start: int) -> tuple[str, str] | None:
    """ "The weekly Morning Lantern, which was founded by Tomas Brenner": founded (or leads, for "led by") the
    organisation the passive is said of — the nearest before it in the sentence that is not itself an agent
    ("published by Next Media and founded by X" is said of what was published)."""
    by, relation_of, between = _passive()
    match = by.search(text[max(sentence[0], start - 40) : start])
    if match is None:
        return None
    verb_start = max(sentence[0], start - 40) + match.start()
    before = sorted(
        ((s, e, i) for s, e, i in grouping.spans if sentence[0] <= s and e <= verb_start and s < e),
        key=lambda span: -span[1],
    )
    for org_start, org_end, entity_id in before:
        if grouping.by_id(entity_id).kind not in _ORGANISATION_KINDS:
            continue
        if between.match(text[org_end:verb_start]) is None:
            return None
        if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, org_start - 10) : org_start]):
            continue  # the agent of another passive
        return relation_of[" ".join(match.group("verb").lower().split())], entity_id
    return None


@cache
def _descriptions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A description right before an organisation's name ("the online news website "), and one in apposition
    right after it ("), one of the country's leading human rights groups", ", a local NGO")."""
    data = load("organisations.yaml")
    nouns = alternatives([*data["descriptor_nouns"], *data["described"]])
    before = re.compile(
        rf"(?<![\w-])(?:the|a|an|[\w-]+['’]s)\s+(?P<description>{_QUALIFIERS}(?:{nouns}))\s+$", re.IGNORECASE
    )
    after = re.compile(
        r"^(?:\s*\([^()]{1,20}\)|\))?\s*,\s*(?:(?:which|that)\s+(?:is|was|has\s+been)\s+)?(?:one\s+of\s+(?:the\s+)?|a\s+|an\s+|the\s+)"
        rf"(?:[\w’'-]+['’]s\s+)?(?P<description>{_QUALIFIERS}(?:{nouns})s?)(?![\w-])",
        re.IGNORECASE,
    )
    return before, after


def describe_organisations(text: str, grouping: Grouping) -> None:
    """An organisation named right after a description of it, or before one in apposition, carries the
    description as its descriptor: "the online news website Daily Lantern" → "online news website", "the Kestrel
    Centre, one of the leading human rights groups" → "leading human rights groups" (the first the text gives)."""
    before, after = _descriptions()
    for start, end, entity_id in grouping.spans:
        entity = grouping.by_id(entity_id)
        if entity.kind not in _ORGANISATION_KINDS or entity.descriptor is not None:
            continue
        match = before.search(text[max(0, start - 80) : start]) or after.match(text[end : end + 120])
        if match is not None:
            entity.descriptor = " ".join(match.group("description").lower().split())
