"""Several events in one sentence (rules in docs/extraction.md, "Several events in one sentence").

"In 2006 she tried to cross, was caught and sentenced to two years in a labour camp" tells an attempted
crossing, an arrest and a sentencing — each found by its own trigger, the subject and time shared along
the coordination (``EventFinder.subjects``, ``story_time``) — and a detention the sentence implies: it
begins when the sentence is passed and lasts the sentence's duration. This module adds that detention.

Each person dies their own death: "Her grandmother and two younger brothers died of hunger" tells three
deaths, one of each (:func:`one_death_each`), so that another report's account of one brother's death is
the same fact as his death here, not of a party of three.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.event_syntax import span_in_subtree
from tumen.extract.prep_objects import objects_of
from tumen.extract.quotation_marks import MARK_TOKENS
from tumen.extract.story_basis import INHERITED
from tumen.extract.time.calendar import add_years
from tumen.extract.types import Event, Participant, Span, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

DURATION = re.compile(r"P(\d+)([YMWD])")
CUSTODY = ("detention", "forced_labour", "imprisonment")
LIFE = "life"  # the duration of a life sentence: a term without an end


def after(start: date, value: str) -> date | None:
    """The last day of a period of ``value`` (ISO 8601: P2Y, P18M, P3W, P10D) that starts on ``start``."""
    match = DURATION.fullmatch(value)
    if match is None:
        return None
    count, unit = int(match.group(1)), match.group(2)
    try:
        if unit == "Y":
            end = add_years(start, count)
        elif unit == "M":
            months = start.month - 1 + count
            year, month = start.year + months // 12, months % 12 + 1
            end = date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
        else:
            end = start + timedelta(days=count * (7 if unit == "W" else 1))
    except (ValueError, OverflowError):
        return None
    return end - timedelta(days=1)


def term_of(trigger: Any, durations: list[TimeMention]) -> str | None:
    """The term a sentencing imposes: the first duration in its subtree ("sentenced to two years"), else
    :data:`LIFE` for a life term ("sentenced to life in prison": a term without an end), else None."""
    duration = next((d for d in durations if span_in_subtree(d.start, d.end, trigger)), None)
    if duration is not None:
        return duration.value
    return LIFE if life_term(trigger) else None


@cache
def _life_terms() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``accused: life_terms`` in data/events.yaml: its words, nouns of custody and prepositions."""
    words = load("events.yaml")["accused"]["life_terms"]
    lives, custody, preps = (frozenset(str(w) for w in words[k]) for k in ("words", "custody", "prepositions"))
    return lives, custody, preps


def life_term(trigger: Any) -> bool:
    """Whether a sentencing is to a term for the rest of one's life (``accused: life_terms`` in data/events.yaml):
    "life" as the object of the trigger's "to"/"for" ("sentenced to life in prison", "condemned for life"), or before
    a noun of custody there or on the trigger itself ("sentenced to life imprisonment", "a life sentence")."""
    lives, custody, preps = _life_terms()
    objects = objects_of(trigger, preps)
    heads = [trigger, *(o for o in objects if o.lemma_.lower() in custody)]
    if any(o.lower_ in lives for o in objects):
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lives for h in heads for c in h.children)


def detentions(events: list[Event], durations: list[TimeMention], anchor: date | None = None, doc: Any = None) -> None:
    """A sentencing to a term ("sentenced to two years in a labour camp") implies the victim's detention
    for that term, from the sentencing's time on, told as the sentencing is ("could be sentenced to two years":
    hypothetical; "did not sentence her to life": negated). A life term has no end: its detention is known only from
    the sentence up to the report (``anchor``, the publication day), and the duration ``life`` says the rest. A
    release, death, execution or killing of everyone held told after the sentence ends the detention there
    (:func:`_ended`; with the parsed ``doc``, not one told as earlier or temporary: :func:`_ends`). When the
    sentence already tells a detention ("sentenced to five years' imprisonment"), that one is the term's: a noun of
    custody with no one held gets the victim, the term and its time (:func:`_the_term`); one with its own
    participants stands — but never one this rule inferred from another sentencing, nor a negated one ("did not
    sentence her to life; it sentenced her to 20 years": two terms, each its own)."""
    for sentencing in [e for e in events if e.type == "sentencing"]:
        value = sentencing.attributes.get("duration")
        victims = [Participant(p.entity, "victim") for p in sentencing.participants if p.role == "victim"]
        if not isinstance(value, str) or not victims:
            continue
        told = sentencing.evidence[0]
        time = None
        if sentencing.time is not None and value == LIFE:  # held from the sentence on, at least up to the report
            latest = max(sentencing.time.latest, anchor) if anchor is not None else sentencing.time.latest
            time = Interval(sentencing.time.earliest, latest, "range")
        elif sentencing.time is not None:
            end = after(sentencing.time.earliest, value)
            if end is not None:
                time = Interval(sentencing.time.earliest, max(end, sentencing.time.latest), "range")
        ended = None
        if time is not None and sentencing.time is not None:
            ends = _ends(events, victims, doc)
            time, ended = _ended(ends, sentencing.time.latest, time)
            if ended is None and value == LIFE and anchor is not None:
                ended = _end_undated(ends, sentencing, anchor)
        dated = sentencing.time_evidence or sentencing.time_span
        same = [
            e
            for e in events
            if e.type in CUSTODY
            and e.evidence
            and e.evidence[0].start == told.start
            and not e.attributes.get("from_sentencing")
            and e.modality != "negated"  # "did not jail her; it sentenced her to 20 years"
        ]
        term = _the_term(same)
        if term is not None:  # "sentenced to five years' imprisonment": the imprisonment is the term
            term.participants[:] = victims
            term.attributes["duration"] = value
            if ended:
                term.attributes["ended_by"] = ended
            if time is not None:
                term.time, term.time_basis, term.time_evidence = time, INHERITED, dated
            continue
        if same:
            continue
        said = next((d for d in durations if d.value == value and told.start <= d.start < told.end), None)
        detention = Event(
            id="",
            type="detention",
            trigger=Span(said.start, said.end, said.text) if said is not None else sentencing.trigger,
            participants=victims,
            time=time,
            place=sentencing.place,
            attributes={"duration": value, "from_sentencing": True},
            evidence=list(sentencing.evidence),
            time_basis=INHERITED if time is not None else None,
            time_evidence=dated if time is not None else None,
            modality=sentencing.modality,  # "he could be sentenced to life", "was not sentenced": no one held
        )
        if ended:
            detention.attributes["ended_by"] = ended
        events.insert(events.index(sentencing) + 1, detention)


def _the_term(told: list[Event]) -> Event | None:
    """The detention a sentence tells by a noun of its term ("five years' imprisonment", "life imprisonment";
    ``accused: life_terms: custody`` in data/events.yaml) with no one held of its own."""
    nouns = [e for e in told if not e.participants and e.trigger.text.lower() in _life_terms()[1]]
    return nouns[0] if len(nouns) == 1 and len(told) == 1 else None


@cache
def _term_ends() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``accused: term_ends`` in data/events.yaml: the types of event that end a term, words of before, of a
    temporary release."""
    words = load("events.yaml")["accused"]["term_ends"]
    types, before, temporary = (frozenset(str(w) for w in words[k]) for k in ("types", "before", "temporary"))
    return types, before, temporary


def _ends(events: list[Event], held: list[Participant], doc: Any = None) -> list[Event]:
    """The releases, deaths, executions and killings (``accused: term_ends: types``) told as done ("demanding his
    release": none) of every one of ``held`` ("Ivo Vos was later released" ends no term he shares with Karl Vos),
    and, with the parsed ``doc``, neither earlier than told nor temporary (:func:`_earlier_or_temporary`)."""
    persons = {p.entity for p in held}
    types = _term_ends()[0]
    return [
        e
        for e in events
        if e.type in types
        and e.modality == "asserted"
        and persons <= {p.entity for p in e.participants if p.role == "victim"}
        and not (doc is not None and _earlier_or_temporary(e, doc))
    ]


def _earlier_or_temporary(end: Event, doc: Any) -> bool:
    """Whether an end is told as before the story's time — in the past perfect ("had been released") or under a
    word of ``before`` ("released before the trial") — or as temporary by a word of ``temporary`` in its own clause
    ("was briefly released to attend his mother's funeral", "released on bail")."""
    span = doc.char_span(end.trigger.start, end.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    _, before, temporary = _term_ends()
    verb = span.root
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children):
        return True
    if verb.head.i != verb.i and verb.head.lower_ in before:
        return True
    clause, stack = [], [verb]
    while stack:  # the verb's own clause: its subtree without the clauses joined to it
        token = stack.pop()
        clause.append(token)
        stack += [c for c in token.children if c.dep_ not in ("conj", "cc")]
    return any(t.lower_ in temporary or (t.lower_ in before and t.head.i == verb.i) for t in clause)


def _ended(ends: list[Event], sentenced: date, time: Interval) -> tuple[Interval, str | None]:
    """The detention a sentence imposes, ended by the first of its ``ends`` (:func:`_ends`) told after the sentence
    ("sentenced to life in 2010, was released in 2020": held 2010–2020; "died in prison in 2015": up to 2015), and
    the type of the event that ends it (``ended_by``)."""
    dated = sorted((e.time.latest, e.type) for e in ends if e.time is not None and e.time.earliest > sentenced)
    if not dated or dated[0][0] >= time.latest:
        return time, None
    return Interval(time.earliest, max(dated[0][0], time.earliest), "range"), dated[0][1]


def _end_undated(ends: list[Event], sentencing: Event, anchor: date) -> str | None:
    """End a life term by the first of its ``ends`` (:func:`_ends`) told after the sentence with no time of its own
    ("was sentenced to life in 2001 … he was released and now lives in Seoul"), re-dating that end: it is known only
    to lie after the sentence, at most on the report's day (``anchor``), not in the sentence's year its story lent
    it. Not an end with a time of its own, even the sentence's ("sentenced to life, but in December 2005 he was
    released"), nor one told as news of the report's day ("the FBI releases …"). Returns the type of that end, or
    None."""
    if sentencing.time is None:
        return None
    told = sentencing.trigger.start
    for end in ends:
        dated = end.time is not None and end.time_basis not in (None, INHERITED)  # its own time, or told as now
        if end.trigger.start <= told or dated or (end.time is not None and end.time.earliest > sentencing.time.latest):
            continue
        start = sentencing.time.earliest
        end.time = Interval(start, max(anchor, start), "range")
        end.time_basis, end.time_evidence, end.time_span = INHERITED, sentencing.time_evidence, None
        return end.type
    return None


def one_death_each(events: list[Event], persons: set[str]) -> list[Event]:
    """The events with every death of several persons told as one death of each (``persons``: the ids of
    person entities; a group's death stays one event)."""
    found: list[Event] = []
    for event in events:
        victims = [p for p in event.participants if p.role == "victim" and p.entity in persons]
        if event.type != "death" or len(victims) < 2:
            found.append(event)
            continue
        others = [p for p in event.participants if p not in victims]
        found += [
            replace(event, participants=[victim, *others], attributes=dict(event.attributes)) for victim in victims
        ]
    return found


def agents_named(events: list[Event], grouping: Grouping, doc: Any) -> None:
    """Who did it, named by what they did: "the kidnappers" of a report are those who did its kidnapping, so an
    abduction told without its doers ("17 missionaries were kidnapped") has them as perpetrators; likewise
    killers, attackers, torturers (``agent_nouns`` of each type in data/events.yaml). Only asserted events.
    Groups named by different nouns of one type ("the kidnappers" … "their captors") are the one party the report
    names by two words: the one it names first. Only a group the report tells of as doers (:func:`_told_as_known`:
    "the killers", "his captors", "sentenced kidnappers"), not a name it only calls people ("Murderers!", "they call
    these doctors murderers")."""
    types = load("events.yaml")["types"]
    for event in events:
        nouns = {str(n).lower() for n in types.get(event.type, {}).get("agent_nouns") or []}
        if not nouns or event.modality != "asserted" or any(p.role == "perpetrator" for p in event.participants):
            continue
        doers = [
            e
            for e in grouping.entities
            if e.kind == "group"
            and e.name
            and e.name.lower().removeprefix("the ").split()[-1] in nouns
            and _told_as_known(e, doc)
        ]
        if len({e.name.lower().removeprefix("the ").split()[-1] for e in doers if e.name}) < len(doers):
            continue  # two groups by one noun ("the kidnappers" of two gangs kept apart): which did it is not told
        if doers:
            first = min(doers, key=lambda e: min((m.start for m in e.mentions), default=0))
            event.participants.append(Participant(first.id, "perpetrator"))


KNOWN = frozenset({"the", "this", "that", "these", "those"})
# where a bare plural is someone who acts or undergoes: a subject, an object, a possessor, the agent of a passive
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def _told_as_known(entity: Any, doc: Any) -> bool:
    """Whether a mention of the group tells of doers: a definite or possessed noun ("the kidnappers", "Pearl's
    killers", "their captors"), or a bare plural that is a subject, object, possessor or passive agent ("sentenced
    kidnappers to death", "the kidnappers' den", "was rescued by kidnappers"). Not a name the report only calls
    people: a predicate ("they call these doctors murderers"), an exclamation ("Murderers!"), a word quoted alone
    (a banner reads "MURDERERS"), a noun's complement ("the government of murderers")."""
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        if any(c.i < head.i and (c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in KNOWN)) for c in head.children):
            return True
        after = doc[head.i + 1].text if head.i + 1 < len(doc) else ""
        opened = head.i > 0 and doc[head.i - 1].text in MARK_TOKENS
        if after in ("’", "'") and head.lower_.endswith("s") and not opened:
            return True  # "from kidnappers’ den": a possessor the parser took for a modifier
        if opened and after in MARK_TOKENS:
            continue
        agent = head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.pos_ in ("VERB", "AUX")
        if head.dep_ in ARGUMENTS or agent:
            return True
    return False
