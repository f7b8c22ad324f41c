"""Ages to persons, and persons' birth intervals from the time the age was true.

"Kang, 48," is 48 at publication; "the then 17-year-old boy was beaten" is 17 at the
time of the beating; "her 6-year-old son" is 6 when the sentence's event happened, or
at publication when it has none. Several ages of one person intersect.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.coref import Coref
from tumen.extract.entities import Grouping
from tumen.extract.nlp import text_of, token_at
from tumen.extract.story_people import COUPLE_NOUNS
from tumen.extract.time import born_within
from tumen.extract.types import Event
from tumen.extract.vocab import load
from tumen.model import Interval

NOUN_POS = ("NOUN", "PROPN", "PRON")


def _entity(token: Any, coref: Coref, grouping: Grouping) -> str | None:
    found = coref.tokens.get(token.i) or grouping.token_entity(token)
    if found and grouping.by_id(found).kind == "person":
        return found
    return None


def _apposition(text: str, age: Any, grouping: Grouping) -> str | None:
    """ "Kang, 48, says" / "Lee (48)": an age set beside a name, true at publication."""
    before = text[max(0, age.start - 3) : age.start]
    if before.endswith(", ") or before.endswith(","):
        previous = grouping.entity_at(max(0, age.start - 4), age.start - 2)
        if previous and grouping.by_id(previous).kind == "person":
            return previous
    if text[max(0, age.start - 1) : age.start] == "(":
        previous = grouping.entity_at(max(0, age.start - 3), age.start - 1)
        if previous and grouping.by_id(previous).kind == "person":
            return previous
    return None


@cache
def _person_nouns() -> frozenset[str]:
    data = load("kinship.yaml")
    return frozenset(data["kin"]) | frozenset(data["descriptors"])


@cache
def _aged_things() -> tuple[frozenset[str], tuple[str, ...]]:
    story = load("time_words.yaml")["story"]
    return frozenset(story["aged_things"]), tuple(story["aged_thing_endings"])


def _aged_thing(noun: Any) -> bool:
    """Whether the noun an age phrase modifies names a thing ("a six-month-old tweet", "the ten-year-old
    allegation"; ``aged_things``, ``aged_thing_endings`` in ``data/time_words.yaml``), not a person."""
    words, endings = _aged_things()
    lemma = noun.lemma_.lower()
    abstract = any(len(lemma) > len(end) + 2 and lemma.endswith(end) for end in endings)
    return noun.pos_ == "NOUN" and (lemma in words or abstract)


def _target(doc: Any, age: Any, coref: Coref, grouping: Grouping) -> str | None:
    last = token_at(doc, max(age.start, age.end - 1))
    if last is None:
        return None
    head, outside = last, 0
    for _ in range(6):  # "the then 17-year-old boy": follow heads out of the age phrase
        if head.idx >= age.end or head.idx + len(head.text) <= age.start:
            outside += 1
            if head.pos_ in NOUN_POS:
                found = _entity(head, coref, grouping)
                if found or head.lower_ in _person_nouns():
                    return found  # "a 15-year-old son": his age, not his mother's, even when he is unknown
                if outside == 1 and _aged_thing(head):
                    return None  # "over a six-month-old tweet": the tweet's age, no one's
            if head.pos_ in ("AUX", "VERB"):  # "The boy was 15 years old" / "aged 19"
                for child in head.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        found = _entity(child, coref, grouping)
                        if found:
                            return found
        if head.head.i == head.i:
            break
        head = head.head
    sent_start = last.sent.start_char
    nearest = [(s, e, eid) for s, e, eid in grouping.spans if sent_start <= s < age.start]
    for _s, _e, entity_id in reversed(nearest):
        if grouping.by_id(entity_id).kind == "person":
            return entity_id
    # "The then 23-year-old was sent to …": the age is the subject; it means the person last spoken of.
    first = token_at(doc, age.start)
    sentence = first.sent if first is not None else None  # (found anew by spaCy on each access: read once)
    if first is not None and sentence is not None and sentence.start_char <= age.start:
        earlier = [(i, eid) for i, eid in coref.tokens.items() if i < first.i and i >= sentence.start - 60]
        named = [
            (token_at(doc, s, e), eid)
            for s, e, eid in grouping.spans
            if max(0, sentence.start_char - 400) <= s < sentence.start_char
        ]
        earlier += [(token.i, eid) for token, eid in named if token is not None]
        for _i, entity_id in sorted(earlier, reverse=True):
            if grouping.by_id(entity_id).kind == "person":
                return entity_id
    return None


EVENT_AGE = ("in his ", "in her ", "in their ", "at the age of ", "at age ")
# "lost her job at age 24", "by 13", "until age 17": an age naming a moment of the story, not the present
MOMENT_BEFORE = re.compile(r"\b(?:at|by|from|until|till|since|when)\s+$", re.IGNORECASE)


def _moment(doc: Any, age: Any) -> bool:
    """An age naming a moment of the story ("in his early 20s, he crawled …", "at age 24"), not a
    description of a person ("a couple in their 60s", "said to be in their sixties")."""
    text = text_of(doc)
    if MOMENT_BEFORE.search(text[max(0, age.start - 8) : age.start]) or _in_a_clause_of_time(doc, age):
        return True
    return age.text.lower().startswith(EVENT_AGE) and not _describes(doc, age)


CLAUSE_OF_TIME = frozenset({"when", "while", "as"})


def _in_a_clause_of_time(doc: Any, age: Any) -> bool:
    """ "when he was a penniless 12-year-old", "as a 12-year-old, he …": the age is what the person was in a
    clause of time (the complement of "be" in a when/while/as clause) or the opening "as" phrase of the sentence: a
    moment of the story, not the present. "When Pak, 34, was detained" (an apposition) and "identified as
    34-year-old Pak" keep the present age."""
    token = token_at(doc, age.end - 1) or token_at(doc, age.start)
    for _step in range(6):
        if token is None or token.dep_ not in _INSIDE_A_PHRASE or token.head.i == token.i:
            break
        token = token.head
    if token is None:
        return False
    head = token.head
    if token.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        return any(c.lower_ in CLAUSE_OF_TIME and c.dep_ in ("advmod", "mark") for c in head.children)
    if token.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        verb = head.head
        return head.i < verb.i and verb.lemma_.lower() not in _NAMING_VERBS
    return False


_INSIDE_A_PHRASE = frozenset({"amod", "compound", "nummod", "npadvmod", "punct", "quantmod", "hyphen"})
_NAMING_VERBS = frozenset({"identify", "name", "describe", "list", "know", "see", "regard", "consider", "refer"})


def _describes(doc: Any, age: Any) -> bool:
    """ "in their 60s" modifying a noun ("a couple in their 60s") or said of the subject with "be"
    ("the couple, said to be in their sixties"): a description, true at the story's time."""
    first = token_at(doc, age.start)
    if first is None or first.lower_ != "in":
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and _person_word(before):  # "stopped a couple in their 60s"
        return True
    return _person_word(first.head) or first.head.lemma_ == "be"  # not "moved to Seoul in his 30s"


def _person_word(token: Any) -> bool:
    return token.lemma_.lower() in _person_nouns() or token.lemma_.lower() in COUPLE_NOUNS


def _reference(
    doc: Any,
    age: Any,
    target: str,
    events: list[Event],
    anchor: date | None,
    at_event: bool,
    then: bool,
    times: Sequence[Any] = (),
) -> Interval | None:
    """When the age was true: the dated event of its sentence (its person's first); for a "then" age
    without one, the person's last dated event before it — never the publication ("then aged seven"
    is not seven today); an age in a phrase of the past ("at age 27") without a dated event is
    dated nowhere; any other age is true at publication."""
    events = [e for e in events if e.time_basis != "inherited"]  # a story's reference time is too vague for a birth
    token = token_at(doc, age.start)
    sentence = (token.sent.start_char, token.sent.end_char) if token is not None else (age.start, age.end)
    same_sentence = [e for e in events if e.time and sentence[0] <= e.trigger.start < sentence[1]]
    with_target = [e for e in same_sentence if any(p.entity == target for p in e.participants)]
    chosen = (with_target or same_sentence)[:1] if at_event else []
    if then and not chosen and (dated := _sentence_date(sentence, times)) is not None:
        return dated  # "In 1998 Ana Berg went to China with her son, then aged 10": no event, but its date
    if then and not chosen:  # "the then 17-year-old" in a sentence with no date: the last dated event
        earlier = [
            e
            for e in events
            if e.time and e.trigger.start < age.start and any(p.entity == target for p in e.participants)
        ]
        chosen = earlier[-1:]
    if chosen and chosen[0].time is not None:
        return chosen[0].time
    if then or anchor is None or _moment(doc, age):  # "then aged seven", "at age 27": not today
        return None  # "in his early 20s, he crawled under the fence": an undated moment, not the publication
    return Interval(anchor, anchor, "day")


def _sentence_date(sentence: tuple[int, int], times: Sequence[Any]) -> Interval | None:
    """The one date a sentence states (a point of the calendar, not a duration), or None."""
    dates = [t.interval for t in times if t.kind == "DATE" and t.interval and sentence[0] <= t.start < sentence[1]]
    return dates[0] if len(dates) == 1 else None


def link_ages(
    doc: Any,
    ages: list[Any],
    coref: Coref,
    grouping: Grouping,
    events: list[Event],
    anchor: date | None,
    times: Sequence[Any] = (),
) -> None:
    text = text_of(doc)  # built anew by spaCy on every access
    for age in ages:
        if _displayed(text, age):
            continue
        beside = _apposition(text, age, grouping)
        target = beside or _target(doc, age, coref, grouping)
        if target is None:
            continue
        then = age.then or _then_sentence(doc, age, ages)
        at = _reference(doc, age, target, events, anchor, at_event=then or beside is None, then=then, times=times)
        if at is None:
            continue
        born = born_within(age, at)
        for member in _described_together(doc, age, target, coref):
            entity = grouping.by_id(member)
            if entity.birth is None:
                entity.birth = born
            else:
                entity.birth = entity.birth.intersect(born) or entity.birth


def _described_together(doc: Any, age: Any, target: str, coref: Coref) -> tuple[str, ...]:
    """Whom an age describes: "a couple in their 60s" (the age of the plural noun the couple
    stands for, "in their …") gives both members the age; any other age its one person."""
    members = coref.groups.get(target)
    if not members or not age.text.lower().startswith("in their "):
        return (target,)
    return members


def _then_sentence(doc: Any, age: Any, ages: list[Any]) -> bool:
    """ "Ms Ahn, then aged six, and her cousin, Mi-rim, 9, hid in a truck": every age of a
    sentence that has a "then" age is true at that same past moment."""
    token = token_at(doc, age.start)
    if token is None:
        return False
    start, end = token.sent.start_char, token.sent.end_char
    return any(other.then and start <= other.start < end for other in ages if other is not age)


def _displayed(text: str, age: Any) -> bool:
    """ "Born 1992 or 1993 (age 30–31)": an age computed for the day a page was rendered,
    shown beside a stated birth; the birth says more."""
    if not age.text.lower().startswith("age") or text[max(0, age.start - 1) : age.start] != "(":
        return False
    line_start = text.rfind("\n", 0, age.start) + 1
    return BORN_WORD.search(text[max(line_start, age.start - 80) : age.start]) is not None


BORN_WORD = re.compile(r"\b[Bb]orn\b")
# "born in 1982", "born on 19 November 1982", "(born Shin In Geun, 19 November 1982)", "Born 1992", and with the
# place before the date: "born in Tarvik in 1985", "born at Holm General Hospital on 3 May 1990"
BORN = re.compile(
    r"\b[Bb]orn\s+(?:(?:in|at)\s+(?:the\s+)?(?=[A-Z]))?(?:[A-Z][\w-]*,?\s+){0,4}(?:in|on|around|about)?\s*(?:the\s+)?$"
)
# "born 19 November 1982 or 1980", "Born 1992 or 1993": either date
EITHER = re.compile(r"\s*(?:,\s*)?(?:or|/)\s*$")


def _stated_birth(text: str, times: list[Any], index: int) -> tuple[Interval, list[Interval]]:
    """The birth interval a stated date gives, joined with an alternative ("1982 or 1980"), and
    the alternatives as stated."""
    time = times[index]
    born = Interval(time.interval.earliest, time.interval.latest, "range")
    following = times[index + 1] if index + 1 < len(times) else None
    if following is None or following.interval is None or not EITHER.fullmatch(text[time.end : following.start]):
        return born, []
    other = following.interval
    if re.fullmatch(r"\d{4}", following.text.strip()) and time.interval.precision == "day":
        try:  # "19 November 1982 or 1980": the same day of the other year
            day = time.interval.earliest.replace(year=int(following.text.strip()))
            other = Interval(day, day, "day")
        except ValueError:
            pass
    either = Interval(min(born.earliest, other.earliest), max(born.latest, other.latest), "range")
    return either, [born, Interval(other.earliest, other.latest, "range")]


def _born_person(token: Any, start: int, coref: Coref, grouping: Grouping) -> str | None:
    for child in token.sent.root.children:  # the sentence's subject first
        if child.dep_ in ("nsubj", "nsubjpass"):
            found = _entity(child, coref, grouping)
            if found:
                return found
    # the last person named before, in the sentence or in the lines just above (an infobox under a name)
    window = min(token.sent.start_char, max(0, start - 200))
    return grouping.last_of_kind("person", window, start)


def link_births(doc: Any, times: list[Any], coref: Coref, grouping: Grouping) -> None:
    """ "Shin was born in 1982", "born on 19 November 1982", "Born 1992 or 1993": a stated birth."""
    text = text_of(doc)
    for index, time in enumerate(times):
        if time.interval is None or not BORN.search(text[max(0, time.start - 45) : time.start]):
            continue
        token = token_at(doc, time.start)
        if token is None:
            continue
        target = _born_person(token, time.start, coref, grouping)
        if target is None:
            continue
        entity = grouping.by_id(target)
        born, alternatives = _stated_birth(text, times, index)
        entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)
        entity.birth_alternatives = alternatives or entity.birth_alternatives
