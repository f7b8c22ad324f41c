"""An age used as a noun is a person of the story: "Ri Su-ok, a 41-year-old woman from Tanchon, fled in 2015.
The 41-year-old was caught a month later" — "the 41-year-old" is Ri Su-ok, and she is the one caught.

The phrase is "the (then) N-year-old" with no noun after it (with a noun, "the 41-year-old woman", the noun
decides: :mod:`tumen.extract.coref`). It means the person an earlier sentence gave that same age ("a 41-year-old
woman", "Ri, 41,", "Ri (41)"), the nearest such; else the person last spoken of before it.
"""

from __future__ import annotations

import re
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.nlp import text_of
from tumen.extract.token_filter import tokens_with

DETERMINERS = frozenset({"the", "this", "that"})
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos", "poss"})
LOOK_BACK = 1200  # characters before the phrase where the person last spoken of may be


def age_of_noun(token: Any) -> int | None:
    """N when ``token`` is the head ("old") of "the (then) N-year-old" standing for a person."""
    if token.lower_ != "old" or token.dep_ not in NOUN_DEPS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in token.children):
        return None
    year = next((c for c in token.children if c.lemma_ == "year"), None)
    number = next((c for c in year.children if c.like_num and c.text.isdigit()), None) if year is not None else None
    return int(number.text) if number is not None else None


def age_of_modifier(noun: Any) -> int | None:
    """N when ``noun`` is described by its age: "the (then) N-year-old girl"."""
    old = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    year = next((c for c in old.children if c.lemma_ == "year"), None) if old is not None else None
    number = next((c for c in year.children if c.like_num and c.text.isdigit()), None) if year is not None else None
    return int(number.text) if number is not None else None


def _given_age(text: str, age: int) -> list[int]:
    """Where a text gives someone this age: "a 41-year-old", "Ri, 41,", "Ri (41)", "aged 41", "was 15 when", "at
    the age of 15"."""
    pattern = (
        rf"\b{age}(?:-year-old\b|\s+years?\s+old\b)|(?<=, ){age}(?=,\s)|(?<=\(){age}(?=\))|\baged\s+{age}\b"
        rf"|(?<=\bwas ){age}(?=\s+(?:when|at\s+the\s+time)\b)|\bat\s+the\s+age\s+of\s+{age}\b"
    )
    return [m.start() for m in re.finditer(pattern, text)]


def _person_before(grouping: Grouping, start: int, end: int) -> str | None:
    """The last person named between ``start`` and ``end`` (character offsets)."""
    for s, _e, entity_id in reversed(grouping.spans):
        if start <= s < end and grouping.by_id(entity_id).kind == "person":
            return entity_id
    return None


def person_of(token: Any, age: int, grouping: Grouping, mentions: dict[int, str]) -> str | None:
    """The person "the N-year-old" at ``token`` means (``mentions``: token index -> entity, as resolved so far)."""
    doc = token.doc
    sentence = token.sent
    found = given_person(token, age, grouping)
    if found is not None:
        return found
    window = max(0, sentence.start_char - LOOK_BACK)
    earlier = [
        (t.idx, entity_id)
        for i, entity_id in mentions.items()
        if (t := doc[i]).idx >= window and t.i < sentence.start and grouping.by_id(entity_id).kind == "person"
    ]
    earlier += [(s, e) for s, _end, e in grouping.spans if window <= s < sentence.start_char]
    for _at, entity_id in sorted(earlier, reverse=True):
        if grouping.by_id(entity_id).kind == "person":
            return entity_id
    return None


def given_person(token: Any, age: int, grouping: Grouping, beside: bool = False) -> str | None:
    """The person an earlier sentence gave the age ``age`` ("Ri, 15,", "Ri was 15 when …"), the nearest such; with
    ``beside``, only a name the age directly follows ("Ri, 15,", "Ri was 15 when"), not "a girl, 15, … Sam Reyes"."""
    doc = token.doc
    text = text_of(doc)
    for at in reversed(_given_age(text[: token.sent.start_char], age)):  # its sentence names the person
        given = doc.char_span(at, at + 1, alignment_mode="expand")
        if given is None:
            continue
        told = given.sent
        if beside and not text.startswith("at", at):  # "crossed at the age of 15": the clause's person
            found = _person_ending_at(grouping, told.start_char, at, text)
        else:
            found = _person_before(grouping, told.start_char, at) or _person_before(grouping, at, told.end_char)
        if found is not None:
            return found
    return None


_BESIDE = re.compile(r"\s*(?:,|\(|\bwas\b|\bis\b|\baged\b|\bonly\b|\bjust\b|\bthen\b|\s)*$")


def _person_ending_at(grouping: Grouping, start: int, at: int, text: str) -> str | None:
    """The person whose name ends right before the age at ``at`` (only commas, a bracket, "was", "aged" between)."""
    for s, e, entity_id in reversed(grouping.spans):
        if start <= s and e <= at and grouping.by_id(entity_id).kind == "person":
            return entity_id if _BESIDE.fullmatch(text[e:at]) else None
    return None


def link(doc: Any, grouping: Grouping, mentions: dict[int, str]) -> None:
    """Every "the N-year-old" standing for a person becomes a mention of that person."""
    for token in tokens_with(doc, "LOWER", ("old",)):  # ``age_of_noun`` reads no other word
        if token.i in mentions:
            continue
        age = age_of_noun(token)
        if age is None:
            continue
        found = person_of(token, age, grouping, mentions)
        if found is not None:
            mentions[token.i] = found
