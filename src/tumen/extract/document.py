"""Extraction of one document, end to end: text + metadata in, :class:`Extraction` out.

English goes through spaCy (batched with ``nlp.pipe`` by :func:`extract_many`), then
tumen's rules: names, coreference and kinship, witnesses, events, times, amounts, ages.
Korean goes through :mod:`tumen.extract.korean`. Pure: no database, no global state but
the loaded pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tumen.extract import kin_heads, nlp
from tumen.extract.accused import settle as settle_accused
from tumen.extract.age_dates import date_by_ages
from tumen.extract.age_links import link_ages, link_births
from tumen.extract.attribution import attribute
from tumen.extract.births_given import date_births_given
from tumen.extract.coref import resolve
from tumen.extract.cross_references import drop_linked
from tumen.extract.during_events import date_during
from tumen.extract.entities import group
from tumen.extract.events import find_events
from tumen.extract.fiction import continue_plots
from tumen.extract.identified_victims import name_identified_victims
from tumen.extract.mentions import find_mentions
from tumen.extract.money import find_money, to_eur
from tumen.extract.narrators import without_idle
from tumen.extract.onward_journeys import continue_journeys
from tumen.extract.organisation_links import describe_organisations
from tumen.extract.organisations import relations as organisation_relations
from tumen.extract.past_dates import past_governed
from tumen.extract.pronoun_ties import pronoun_ties
from tumen.extract.recent_periods import recent_periods
from tumen.extract.repeated_events import (
    merge_repeated,
    merge_retold,
    merge_undated_group_accounts,
    merge_undated_mentions,
    settle_failed_attempts,
)
from tumen.extract.routes import add_routes, most_specific
from tumen.extract.speaker_lists import speaker_starts
from tumen.extract.story_years import story_years
from tumen.extract.time import find_ages, find_times
from tumen.extract.told_intervals import over_the_period, publication_end, told_intervals
from tumen.extract.types import Aggregate, AmountMention, Extraction, TimeMention


@dataclass(frozen=True)
class Source:
    """What extraction needs to know about a document."""

    text: str
    document: int | None = None
    language: str | None = None
    published: date | None = None
    outlet: str | None = None
    translated_from: str | None = None  # a translation: its pronouns are near-worthless evidence of gender
    published_precision: str | None = None  # "month", "year": ``published`` is that period's first day


def is_korean(source: Source) -> bool:
    if source.language:
        return source.language == "ko"
    sample = source.text[:2000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    return hangul > 0.3 * max(1, sum(ch.isalpha() for ch in sample))


def extract_english(doc: Any, source: Source) -> Extraction:
    """Extract from a parsed document; ``doc`` was parsed from ``unwrap(source.text)``."""
    text = source.text
    anchor = source.published
    parsed = nlp.text_of(doc)  # same offsets as ``text``; wrapped lines joined
    times = _read_times(doc, anchor, source.language)
    amounts = [AmountMention(m.start, m.end, m.text, m.money) for m in find_money(parsed, "en", anchor)]
    grouping = group(parsed, find_mentions(doc, source.outlet), speaker_starts(doc))
    coref = resolve(doc, grouping, translated=source.translated_from is not None)
    attributions = attribute(doc, coref, grouping)
    aggregates: list[Aggregate] = []  # generic statements that count (tumen.extract.genericity)
    periods = recent_periods(parsed, times, anchor)  # "in the past week": up to the report, for the events
    events = find_events(doc, grouping, coref, attributions, [*times, *periods], amounts, anchor, aggregates)
    events = drop_linked(parsed, events)  # "Also read: Police arrest two …": another story's headline
    name_identified_victims(doc, events, grouping.entities, coref.tokens)  # "The victim was identified as X"
    settle_accused(doc, events, grouping.entities, coref.tokens)  # "arrested for kidnapping": the suspect, not a victim
    persons = frozenset(e.id for e in grouping.entities if e.kind == "person")
    continue_plots(doc, events, persons)  # "The novel follows Mara, who is raped. Mara is later arrested."
    add_routes(parsed, events, grouping)
    most_specific(parsed, events, grouping)
    continue_journeys(doc, events, grouping)  # "… handed to the embassy. The next day they were flown to Velm"
    settle_failed_attempts(events)  # "tried to flee … were caught and executed": the attempt failed
    events = merge_repeated(events, grouping.entities)  # "the attempt" of the lead is the couple's
    events = merge_retold(events, grouping.entities)  # "… was arrested in January. 'They took him away,' she said."
    events = merge_undated_group_accounts(events, grouping.entities)  # the lead's "sent nine back" is dated later
    events = merge_undated_mentions(events, grouping.entities)  # "prior to his defection": the dated defection
    date_during(doc, events)  # "shot while trying to cross": the crossing told before gives time and place
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    describe_organisations(parsed, grouping)  # "the online news website Daily Lantern"
    relations = coref.relations + organisation_relations(parsed, grouping, sentences)  # member_of, leads, founded
    told = {(r.type, r.subject, r.object) for r in relations}
    relations += [r for r in pronoun_ties(doc, grouping, coref.tokens) if (r.type, r.subject, r.object) not in told]
    link_births(doc, times, coref, grouping)
    date_births_given(doc, times, coref.tokens, grouping)  # "gave birth to a daughter in 2005"
    link_ages(doc, find_ages(parsed), coref, grouping, events, anchor, times)
    date_by_ages(events, grouping.entities)  # "sent to a camp when he was 15" + born in 1990: 2005–06
    _reconvert_amounts(events)
    until = publication_end(anchor, source.published_precision)  # the last day the report may be of
    if until != anchor:  # "earlier this week" in a report of October: any week of October
        times = over_the_period(times, _read_times(doc, until, source.language))
    times = told_intervals(doc, times, events, until)  # "since May 2018": May 2018 to the report
    without_idle(coref.narrator, grouping.entities, events, relations)  # a column's "I think": no one of the story
    kin_heads.without_idle(coref.parties, grouping.entities, events, relations)  # "her family's privacy": no party
    extraction = Extraction(
        document=source.document,
        language=source.language or "en",
        anchor=anchor,
        entities=grouping.entities,
        events=events,
        relations=relations,
        times=times,
        amounts=amounts,
        aggregates=aggregates,
    )
    return _quoted_from(text, extraction) if text != nlp.text_of(doc) else extraction


def _read_times(doc: Any, anchor: date | None, language: str | None) -> list[TimeMention]:
    """The time expressions read from the publication day ``anchor``."""
    parsed = nlp.text_of(doc)
    found = find_times(parsed, anchor, language or "en")  # the language tag says the date order (en-GB: DMY)
    found = past_governed(doc, found, anchor)  # "In February, the group released a report": the February before
    found = story_years(doc, found, anchor)  # "In 2015 she was arrested. On 3 May she was released": 2015
    return [TimeMention(t.start, t.end, t.text, t.kind, t.value, t.interval, t.ambiguous) for t in found]


def _quoted_from(text: str, extraction: Extraction) -> Extraction:
    """Quotes and mention texts as they stand in the stored text (line breaks included; an address the parser saw
    blanked, :mod:`tumen.extract.addresses`, quoted as written): a quote is evidence, byte for byte."""
    for entity in extraction.entities:
        entity.mentions = [replace(m, text=text[m.start : m.end]) for m in entity.mentions]
    for event in extraction.events:
        event.trigger = replace(event.trigger, text=text[event.trigger.start : event.trigger.end])
        event.evidence = [replace(e, quote=text[e.start : e.end].strip()) for e in event.evidence]
        for name in ("time_span", "time_evidence", "amount_span"):
            span = getattr(event, name)
            if span is not None:
                setattr(event, name, replace(span, text=text[span.start : span.end]))
    extraction.aggregates = [
        replace(a, evidence=replace(a.evidence, quote=text[a.evidence.start : a.evidence.end].strip()))
        for a in extraction.aggregates
    ]
    extraction.times = [replace(t, text=text[t.start : t.end]) for t in extraction.times]
    extraction.amounts = [replace(a, text=text[a.start : a.end]) for a in extraction.amounts]
    extraction.relations = [
        replace(r, evidence=replace(r.evidence, quote=text[r.evidence.start : r.evidence.end].strip()))
        for r in extraction.relations
    ]
    return extraction


def _reconvert_amounts(events: list[Any]) -> None:
    """Convert a payment's amount to euros at the payment's own date, not at publication."""
    for event in events:
        if event.amount is not None and event.time is not None:
            value_eur = to_eur(event.amount.value, event.amount.currency, event.time.earliest)
            event.amount = replace(event.amount, value_eur=value_eur)


def _korean(source: Source) -> Extraction:
    from tumen.extract.korean import extract_korean  # its rules are compiled only where Korean is read

    extraction = extract_korean(source.text, source.document, source.published)
    date_by_ages(extraction.events, extraction.entities)  # "제가 열두 살 때" + born in 1998: 2010–11
    settle_failed_attempts(extraction.events)
    extraction.events = merge_repeated(extraction.events, extraction.entities)
    return extraction


def extract(source: Source) -> Extraction:
    """Extract one document (loads the English pipeline on first use)."""
    if is_korean(source):
        return _korean(source)
    return extract_english(next(nlp.parse_many([nlp.unwrap(source.text)])), source)


def extract_many(sources: Iterable[Source], batch_size: int = 16) -> Iterator[Extraction]:
    """Extract documents in order, parsing the English ones in batches with ``nlp.pipe``."""
    pending: list[Source] = []

    def flush() -> Iterator[Extraction]:
        if not pending:
            return
        docs = nlp.parse_many((nlp.unwrap(s.text) for s in pending), batch_size=batch_size)
        for doc, source in zip(docs, pending, strict=True):
            yield extract_english(doc, source)
        pending.clear()

    for source in sources:
        if is_korean(source):
            yield from flush()
            yield _korean(source)
        else:
            pending.append(source)
            if len(pending) >= batch_size:
                yield from flush()
    yield from flush()
