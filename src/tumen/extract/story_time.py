"""Story time: every event takes the time its story gives it (rules in docs/extraction.md, "Story time").

1. **Stated**: a time in the event's own sentence that belongs to it (``EventFinder.time_for``).
2. **Chained**: an undated event coordinated with, or governed by, a dated event of its sentence ("was
   caught in May and sent back") takes that event's time.
3. **Narrative reference time**: the last explicit date of the same story thread in the preceding
   sentences ("In 2001 they crossed the river. They were caught."), while the thread holds: a present-tense
   statement ends it, so does a dated telling ("on Friday, police said"), and a new paragraph about other
   people. A date in a clause of saying or of birth ("she said this week", "born in 1990") is no reference
   time, nor one after publication; a date opening a period ("since 1994") dates only what is then told in
   the perfect; a past event needs a past tense.
4. **Sequencing words** order and shift: "then" keeps the reference period; "later", "eventually" place
   the event from the reference time to the next date the story gives (or publication); "after her
   release" starts at the time of the release told before.
5. **Publication**: a state told in the present is dated by its report (set by the event finder).

Each event records how it got its time (``time_basis``: stated | inherited | publication) and the span that
gave it (``time_evidence``). Pure: spaCy tokens and typed events in, events updated in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from tumen.extract import deadlines
from tumen.extract.after_clauses import dated_clause_before
from tumen.extract.age_dates import told_at_an_age
from tumen.extract.announced_quotes import said_in_past, unsaid
from tumen.extract.captions import in_caption
from tumen.extract.chained_times import chained
from tumen.extract.date_lines import on_date_lines, up_to_date_line
from tumen.extract.elapsed_times import shift_elapsed
from tumen.extract.entities import Grouping
from tumen.extract.event_lexicon import lexicon, verbs_of
from tumen.extract.event_times import describes_person
from tumen.extract.headline_time import date_headlines
from tumen.extract.nlp import sentence_at, span_text, text_of, token_at
from tumen.extract.pluperfect import before_reference
from tumen.extract.recent_periods import framing
from tumen.extract.simultaneous import date_simultaneous
from tumen.extract.story_after import opened_after
from tumen.extract.story_basis import INHERITED, PUBLICATION, STATED, cut_off, inherit, next_date, undated
from tumen.extract.story_threads import persons_by_sentence
from tumen.extract.time.calendar import add_years
from tumen.extract.types import Event, Span, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

PRESENT_TAGS = ("VBZ", "VBP")
FINITE = ("VBD", "VBZ", "VBP", "MD")
YEARS = re.compile(r"P(\d+)Y")


@dataclass(frozen=True)
class Words:
    not_reference_verbs: frozenset[str]
    sequence: dict[str, str]
    after_event: frozenset[str]
    vague_shift: dict[str, int]
    period_starts: frozenset[str]
    telling_verbs: frozenset[str]


@cache
def words() -> Words:
    data = load("time_words.yaml")["story"]
    return Words(
        frozenset(str(w) for w in data["not_reference_verbs"]),
        {str(k): str(v) for k, v in data["sequence"].items()},
        frozenset(str(w) for w in data["after_event"]),
        {str(k): int(v) for k, v in data["vague_shift"].items()},
        frozenset(str(w) for w in data["period_starts"]),
        frozenset(str(w) for w in data["telling_verbs"]),
    )


@cache
def _type_lemmas() -> dict[str, frozenset[str]]:
    """Event type -> the verb and noun lemmas that trigger it ("release" -> release), for "after her release"."""
    lex = lexicon()
    found = {t: set(verbs) for t in lex.roles if (verbs := verbs_of(frozenset({t})))}
    for lemma, trigger in lex.nouns.items():
        found.setdefault(trigger.type, set()).add(lemma)
    for lemma, senses in lex.noun_senses.items():
        for trigger in senses:
            found.setdefault(trigger.type, set()).add(lemma)
    return {t: frozenset(lemmas) for t, lemmas in found.items()}


@dataclass
class Reference:
    """The story's reference time: an interval, the span that stated it, and how (``publication``: a
    state lasting up to publication, "has searched for her for 17 years")."""

    interval: Interval
    span: Span
    basis: str = INHERITED
    opens: bool = False  # the start of a period lasting on ("since 1994"): no time of a simple past told after it


def assign(
    doc: Any,
    events: list[Event],
    times: list[TimeMention],
    anchor: date | None,
    grouping: Grouping,
    tokens: dict[int, str],
    durations: Sequence[TimeMention] = (),
) -> None:
    """Give every event the time its story gives it, with its basis and evidence.

    ``tokens`` maps token indices to the entities pronouns and kin words refer to (coreference);
    ``durations`` are the DURATION mentions ("for 17 years")."""
    tokens_of = {id(e): token_at(doc, e.trigger.start, e.trigger.end) for e in events}
    asked_by = deadlines.held(events, tokens_of, times)  # "'Pay me … by Monday,' he said": up to that Monday
    times = [t for t in times if not cut_off(text_of(doc), t)]
    said = said_in_past(events, tokens_of, past, times)  # "He said: 'If you give me …'": asked when said
    for event in events:
        if event.time_basis is not None:
            continue
        if event.time_span is not None:
            event.time_basis, event.time_evidence = STATED, event.time_span
        elif event.time is not None and event.time.precision == "ongoing":
            event.time_basis = PUBLICATION
    chained(events, tokens_of, anchor)
    date_simultaneous(events, tokens_of, times, anchor)  # "beaten as police dispersed the protest on 3 May"
    lasting = [t for t in (_lasting(doc, d, anchor) for d in durations) if t is not None]
    _narrative(doc, events, tokens_of, [*times, *lasting], anchor, grouping, tokens, _type_lemmas(), said)
    unsaid(said)
    deadlines.close(asked_by, anchor)
    if anchor is not None:
        _years_since(doc, events, tokens_of, anchor)
    shift_elapsed(events, tokens_of, durations)  # "After two years in prison, she escaped": two years on
    date_headlines(doc, events, tokens_of, anchor)  # "Journalist killed in Norland": the body's time of it


# -- 3. and 4. the narrative's reference time -------------------------------------------------------------
def _tense_verb(token: Any) -> Any | None:
    """The finite verb that gives a trigger its tense: itself, or the clause it hangs from."""
    node = token
    for _ in range(8):
        speech = node.i != token.i and node.lemma_.lower() in words().not_reference_verbs  # "…, Ms Kim says,"
        finite = [node.tag_] + [c.tag_ for c in node.children if c.dep_ in ("aux", "auxpass")]
        if node.pos_ in ("VERB", "AUX") and not speech and any(t in FINITE for t in finite):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def past(token: Any) -> bool:
    """A past event: "was caught", "had fled", "crossed" — not "is held", "will cross", "has lived"."""
    verb = _tense_verb(token)
    if verb is None:
        return bool(token.tag_ == "VBN")  # "caught and jailed": a participle with no finite verb of its own
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "MD" in tags:
        return False
    return "VBD" in tags


def present_statement(sent: Any) -> bool:
    """A sentence in the present tense only ("China has a strict policy …"): it interrupts the story."""
    root = sent.root
    if root.lemma_.lower() in words().not_reference_verbs:
        return False
    tags = [root.tag_] + [c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")]
    return any(t in PRESENT_TAGS for t in tags) and not any(t.tag_ == "VBD" for t in sent)


def _span(doc: Any, time: TimeMention) -> Any | None:
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _lasting(doc: Any, time: TimeMention, anchor: date | None) -> TimeMention | None:
    """ "has been looking for her for 17 years", "was searching … for as long as 17 years" (told in a report
    of 2023): a state lasting up to publication, begun 17 to 18 years before it — a reference time."""
    match = YEARS.fullmatch(time.value)
    if match is None or anchor is None or time.kind != "DURATION":
        return None
    span = _span(doc, time)
    verb = _clause_verb(doc, time)
    if span is None or verb is None or not any(t.lower_ == "for" for t in doc[max(0, span.start - 4) : span.start]):
        return None  # "for 17 years", "for as long as 17 years"
    verbs = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))][:3]  # the parser may hang it low
    if not any(v.tag_ == "VBG" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children) for v in verbs):
        return None
    years = int(match.group(1))
    try:
        start = add_years(anchor, -(years + 1)) + timedelta(days=1)
        interval = Interval(start, add_years(anchor, -years), "range")
    except (ValueError, OverflowError):
        return None
    return replace(time, interval=interval)


def _present(verb: Any) -> bool:
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t in PRESENT_TAGS for t in tags) and "VBD" not in tags and "VBN" not in tags


def _clause_verb(doc: Any, time: TimeMention) -> Any | None:
    span = _span(doc, time)
    if span is None:
        return None
    return next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)


def references(doc: Any, times: Iterable[TimeMention], anchor: date | None) -> dict[int, list[TimeMention]]:
    """Explicit dates that can set a story's reference time, by the start of their sentence."""
    found: dict[int, list[TimeMention]] = {}
    times = list(times)
    text = text_of(doc)
    line_dates = on_date_lines(doc, text, times)
    for time in times:
        if time.interval is None or time.kind not in ("DATE", "TIME", "DURATION") or framing(time):
            continue  # (not "in the past week": a frame of its own clause, no reference of the story's)
        if in_caption(text, time.start):  # "Protesters march on Nov. 18. (AP Photo/…)": the picture's moment
            continue
        if anchor is not None and time.interval.earliest > anchor:  # the future is no story told
            continue
        verb = _clause_verb(doc, time)
        if verb is not None and (verb.lemma_.lower() in words().not_reference_verbs or _present(verb)):
            continue  # "she said this week", "3,000 yuan is about 540,000 won at today's rate (27 January)"
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not len(span) or describes_person(span.root):
            continue  # "Lena Dorn, one of the stars of the 1960s, …": the time of a person, not of the story
        if time.start in line_dates:
            time = up_to_date_line(time)  # "Updated: 10 June 2013": the report's date; its story of 2013 by then
        found.setdefault(span.sent.start, []).append(time)
    return found


def _opens_period(doc: Any, time: TimeMention) -> bool:
    """A date that begins a period lasting on ("has been in power since 1994")."""
    span, verb = _span(doc, time), _clause_verb(doc, time)
    node = span.root if span is not None else None
    while node is not None and node.head.i != node.i and (verb is None or node.i != verb.i):
        if node.dep_ == "prep" and node.lower_ in words().period_starts:
            return True
        node = node.head
    return False


def _sequence(token: Any) -> tuple[str, int | None] | None:
    """The sequencing word of a trigger's clause ("then", "later") as `same` or `after`, with the most days
    a vague amount shifts it by ("a few months later": under a year; None: unbounded)."""
    verb = _tense_verb(token) or token
    candidates = [token, verb, *(c for c in token.conjuncts if c.i < token.i)]
    for node in candidates:
        for child in node.children:
            if child.dep_ not in ("advmod", "prep", "npadvmod"):
                continue
            phrase = " ".join(t.lower_ for t in child.subtree)
            kind = words().sequence.get(phrase) or words().sequence.get(child.lower_)
            if kind is not None:
                units = [
                    words().vague_shift[t.lemma_.lower()]
                    for t in child.subtree
                    if t.lemma_.lower() in words().vague_shift
                ]
                return kind, max(units) if units else None
    return None


def _after_event(token: Any, earlier: list[Event], triggers: dict[str, frozenset[str]]) -> Event | None:
    """ "after her release": the dated event of that kind told before."""
    verb = _tense_verb(token) or token
    for node in (token, verb):
        for child in node.children:
            if child.dep_ != "prep" or child.lower_ not in words().after_event:
                continue
            for obj in child.children:
                lemma = obj.lemma_.lower()
                types = {t for t, lemmas in triggers.items() if lemma in lemmas}
                dated = [e for e in earlier if e.type in types and e.time is not None]
                if dated:
                    return dated[-1]
    return None


def _narrative(
    doc: Any,
    events: list[Event],
    tokens_of: dict[int, Any],
    times: list[TimeMention],
    anchor: date | None,
    grouping: Grouping,
    tokens: dict[int, str],
    triggers: dict[str, frozenset[str]],
    said: dict[int, Any],
) -> None:
    sents = list(doc.sents)
    dates = references(doc, times, anchor)
    telling = {doc[v.i].sent.start for t in times if (v := _clause_verb(doc, t)) and v.lemma_ in words().telling_verbs}
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        token = tokens_of[id(event)]
        if token is not None:
            by_sentence.setdefault(sentence_at(token, 0).start, []).append(event)
    reference: Reference | None = None
    point: Reference | None = None  # the last date that opens no period ("since 1994"), for a simple past
    thread: set[str] = set()
    told: list[Event] = []
    persons, tellers = persons_by_sentence(sents, grouping, tokens)
    text = text_of(doc)  # spaCy joins its tokens anew on every access
    for k, sent in enumerate(sents):
        people = persons[k]
        new_paragraph = k > 0 and _new_paragraph(text, sents[k - 1], sent)
        if new_paragraph and people and not (people | tellers[k]) & thread:  # a new paragraph about other people
            reference, point, thread = None, None, set()
        if present_statement(sent) or sent.start in telling:  # "In a statement on Friday, police said that …"
            reference = point = None
        stated = dates.get(sent.start, [])
        lasting = [t for t in stated if t.kind == "DURATION"]
        if lasting:  # "was looking for her daughter, taken away 17 years ago …": its own sentence's events too
            reference = _reference(lasting[-1])
        opener = _opening_date(doc, sent, stated)
        for event in sorted(by_sentence.get(sent.start, []), key=lambda e: e.trigger.start):
            token = tokens_of[id(event)]
            if opener is not None and undated(event) and token is not None and _opened_by(event, token):
                inherit(event, opener.interval, opener.span)
            if undated(event) and token is not None and (past(token) or id(event) in said):
                told_from = point if reference is not None and reference.opens and _simple_past(sent) else reference
                beside = dated_clause_before(token, by_sentence[sent.start], tokens_of)  # "after she was sent …"
                _from_story(event, token, told_from, told, sents[k + 1 :], dates, anchor, triggers, beside)
            told.append(event)
        thread |= people | tellers[k]  # a teller named again later is of the thread
        if stated:
            opening = [_opens_period(doc, t) for t in stated]
            points = [t for t, opens in zip(stated, opening, strict=True) if not opens]
            point = _reference(max(points, key=lambda t: t.start)) if points else point
            last = max(range(len(stated)), key=lambda n: stated[n].start)
            reference = _reference(stated[last], opening[last])
        elif (after := opened_after(sent, told, triggers, tokens, words().after_event)) and after.time is not None:
            end = next_date(sents[k + 1 :], dates, anchor, after.time)  # "After the arrest, a broker called her."
            reference = Reference(Interval(after.time.earliest, end, "range"), after.time_evidence or after.trigger)


def _opened_by(event: Event, token: Any) -> bool:
    """A past clause of the sentence, dated neither by an age ("beaten when he was 17") nor describing a participant
    ("jailed blogger Ihar Vok", "men who were arrested")."""
    describes = token.dep_ == "amod" or _describes_participant(token)
    return past(token) and not told_at_an_age(event) and not describes


def _opening_date(doc: Any, sent: Any, stated: list[TimeMention]) -> Reference | None:
    """The only date of its sentence, opening it and set off by a comma ("In the last week of May, the office was
    raided; seven editors were arrested"): it dates every past clause of the sentence, as it dates the sentences
    after it. Not a date of telling ("On March 5, police announced that they had arrested two men")."""
    if len(stated) != 1:
        return None
    for time in stated:
        verb = _clause_verb(doc, time)
        if verb is not None and verb.lemma_.lower() in words().telling_verbs:
            continue
        span = _span(doc, time)
        if span is None or time.interval is None or time.kind not in ("DATE", "TIME") or _opens_period(doc, time):
            continue
        before = doc[sent.start : span.start]
        after = doc[span.end] if span.end < sent.end else None
        if (
            len(before) <= 5
            and after is not None
            and after.text == ","
            and not any(t.pos_ in ("VERB", "AUX", "PROPN", "PRON") for t in before)
        ):
            return _reference(time)
    return None


# "In the 11 years since, she has become …": the time elapsed from the events told just before to the report.
_SINCE = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:past\s+|last\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty)\s+years\s+since\s*[,.;]",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUMBER_WORDS |= {"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def _years_since(doc: Any, events: list[Event], tokens_of: dict[int, Any], anchor: date) -> None:
    """ "In the N years since" (with nothing after "since"): the undated past events of the sentence before
    happened N years before the report — the calendar year N years back, as "N years ago" (relative to
    publication)."""
    sents = list(doc.sents)
    for k, sent in enumerate(sents[1:], start=1):
        found = _SINCE.search(span_text(sent))
        if found is None:
            continue
        n = int(found["n"]) if found["n"].isdigit() else _NUMBER_WORDS[found["n"].lower()]
        year = anchor.year - n
        interval = Interval(date(year, 1, 1), date(year, 12, 31), "year")
        span = Span(sent.start_char + found.start(), sent.start_char + found.end() - 1, found.group(0)[:-1].strip())
        before = sents[k - 1]
        for event in events:
            token = tokens_of[id(event)]
            if undated(event) and token is not None and token.sent.start == before.start and past(token):
                inherit(event, interval, span, PUBLICATION)


def _new_paragraph(text: str, previous: Any, sent: Any) -> bool:
    """A line break between two sentences (after unwrapping, every line break left ends a paragraph)."""
    between = text[previous.start_char : sent.start_char]
    return "\n" in between[len(between.rstrip()) :]


def _reference(time: TimeMention, opens: bool = False) -> Reference:
    assert time.interval is not None
    basis = PUBLICATION if time.kind == "DURATION" else INHERITED
    return Reference(time.interval, Span(time.start, time.end, time.text), basis, opens)


def _simple_past(sent: Any) -> bool:
    """A sentence told in the simple past ("Three people died"), not only in the perfect ("have been held")."""
    return any(t.tag_ == "VBD" for t in sent)


def _from_story(
    event: Event,
    token: Any,
    reference: Reference | None,
    told: list[Event],
    following: list[Any],
    dates: dict[int, list[TimeMention]],
    anchor: date | None,
    triggers: dict[str, frozenset[str]],
    beside: Event | None = None,
) -> None:
    if told_at_an_age(event):  # "beaten when he was 17": dated by the age, not by the story's date
        return
    before = beside or _after_event(token, told, triggers)
    if before is not None and before.time is not None:  # "after her release": from the release on
        end = next_date(following, dates, anchor, before.time)
        inherit(event, Interval(before.time.earliest, end, "range"), before.time_evidence or before.trigger)
        return
    if reference is None or (reference.span.start < token.sent.start_char and _describes_participant(token)):
        return  # "…, who were arrested while fleeing": not dated by a sentence before (its own lasting state may)
    if reference.interval.precision == "day" and before_reference(_tense_verb(token), reference.span):
        return  # "On 3 May he fled. His sister had been arrested": before that day, not on it
    kind, most = _sequence(token) or (None, None)
    if kind == "after":  # "later": from the reference time to the next date the story gives
        end = next_date(following, dates, anchor, reference.interval)
        if most is not None:  # "a few months later": less than a year after it
            end = min(end, reference.interval.latest + timedelta(days=most))
        inherit(
            event, Interval(reference.interval.earliest, max(end, reference.interval.latest), "range"), reference.span
        )
        return
    inherit(event, reference.interval, reference.span, reference.basis)


def _describes_participant(token: Any) -> bool:
    """A clause that describes someone of the sentence ("the 12 citizens, who were arrested while fleeing") tells
    that one's past, not the next step of the story: it takes no reference time of the narrative."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl":
            return True
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return False
        node = node.head
    return False
