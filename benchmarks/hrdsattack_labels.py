"""Violation labels of benchmarks/hrdsattack.py that no single violation event gives: the kinds a list of abuses
names, the killing a body found tells and the labour rights a report about workers' unions is about; and the
events recalled from years before a recent attack, which give none (with the custody an old sentence imposes
and the trials filed under an old arrest)."""

from __future__ import annotations

import re
from typing import Any


def listed_kinds(extraction: Any, mapping: Any) -> set[str]:
    """The labels of the kinds of harm a list of abuses names (``violation_rule.listed_kinds``: at least that many
    labels of kinds — tumen's aggregates without a count — in one sentence: "reports of torture, extrajudicial
    killings and enforced disappearances")."""
    least = mapping["violation_rule"].get("listed_kinds")
    if not least:
        return set()
    labels: dict[str, str] = mapping["violations"]
    by_sentence: dict[int, set[str]] = {}
    for aggregate in getattr(extraction, "aggregates", ()):
        if aggregate.count is None and aggregate.type in labels:
            by_sentence.setdefault(aggregate.evidence.start, set()).add(labels[aggregate.type])
    return {label for named in by_sentence.values() if len(named) >= least for label in named}


def found_killings(extraction: Any, mapping: Any) -> set[str]:
    """The label of a death told by its finding (``violation_rule.found_deaths``; tumen's ``found``: "the activist was
    found dead in her flat", "the body of a teenage girl was found in the house"), told as a fact: the annotators file
    a body found as a killing, but not a suicide (tumen's cause ``suicide``). Only the label: where and when the body
    was found is not where and when the killing was done, and no doer is told."""
    label = mapping["violation_rule"].get("found_deaths")
    if not label:
        return set()
    deaths = [e for e in extraction.events if e.type == "death" and e.modality == "asserted"]
    # a death by the person's own hand (tumen's cause ``suicide``: "was found hanging in his cell, having hanged
    # himself") is no killing, nor is the finding of someone whose death the report tells a suicide
    own = {p.entity for e in deaths if e.attributes.get("cause") == "suicide" for p in e.participants}
    found = (
        e.attributes.get("found")
        and e.attributes.get("cause") != "suicide"
        and not {p.entity for p in e.participants} & own
        for e in deaths
    )
    return {str(label)} if any(found) else set()


def past_events(events: list[Any], published: Any, mapping: Any) -> set[int]:
    """The violation events (by ``id``) recalled from years before the report (``violation_rule.past_events``:
    ``older_than`` days before the publication by a date the text states — "in 2015 he had been jailed", "since
    thirty people were killed there in 1977") in a report that also tells a violation of its own days
    (``recent_within`` days before the publication, none after it: "police detained him on Sunday"): the report is
    about the recent attack; the past one is its history or a similar case, which the annotators do not label. With
    ``sentenced_terms``, the custody a sentence to a term imposes (tumen's ``from_sentencing``: "sentenced in 2014 to
    ten years in prison") is as old as that sentence, though the term runs on."""
    spec = mapping["violation_rule"].get("past_events")
    if not spec or published is None:
        return set()
    old = {
        id(e)
        for e in events
        if e.time is not None and e.time_basis == "stated" and (published - e.time.latest).days > spec["older_than"]
    }
    old |= _imposed_by(events, old, spec)  # "sentenced to ten years in 2014": the term is as old as its sentence
    recent = any(
        e.time is not None
        and not e.attributes.get("backdrop")
        and e.time.earliest <= published
        and (published - e.time.latest).days <= spec["recent_within"]
        for e in events
        if id(e) not in old
    )
    return old if recent else set()


def _imposed_by(events: list[Any], old: set[int], spec: dict[str, Any]) -> set[int]:
    """The custody events a sentence of ``old`` imposes (``past_events.sentenced_terms``): tumen's detention
    ``from_sentencing`` told in the sentence of an old sentencing to a term ("Tom Reller was sentenced in 2014 to ten
    years in prison" is a case of 2014, though its ten years reach past the report's day)."""
    if not spec.get("sentenced_terms"):
        return set()
    sentenced = {e.evidence[0].start for e in events if id(e) in old and e.type == "sentencing" and e.evidence}
    return {
        id(e) for e in events if e.attributes.get("from_sentencing") and e.evidence and e.evidence[0].start in sentenced
    }


def filed_under_past(events: list[Any], labels: dict[int, str], past: set[int], mapping: Any) -> set[int]:
    """The trials and sentencings (``violation_rule.custody_proceedings``) filed under the custody of the persons they
    befall (their label that custody's) when every arrest or detention of those persons the report tells is history
    (in ``past``; with ``past_events.proceedings``): "Tom Reller was arrested in 2015 and later convicted … rights
    groups said his trial was unfair" — the trial is filed under an arrest of years before, not the report's attack,
    though tumen dates it by the report's later sentences."""
    spec = mapping["violation_rule"].get("past_events") or {}
    if not past or not spec.get("proceedings"):
        return set()
    kinds = set(mapping["violation_rule"].get("custody_proceedings") or ())
    custody = str(mapping["violations"]["detention"])
    holding = [e for e in events if e.type not in kinds and labels[id(e)] == custody]
    found = set()
    for event in events:
        if event.type not in kinds or labels[id(event)] != custody:
            continue
        befell = {p.entity for p in event.participants if p.role == "victim"}
        held = [e for e in holding if befell & {p.entity for p in e.participants if p.role == "victim"}]
        if held and all(id(e) in past for e in held):
            found.add(id(event))
    return found


def union_report(extraction: Any, mapping: Any) -> str | None:
    """The label of a report that tells no violation but speaks of a workers' union (``violation_rule.union_reports``:
    the label, the words that make an organisation's name a union's and the names that are not: "the Tarvik Dockers
    Union says the port authority ignores the court's ruling"): the annotators file a report about workers and their
    unions under the violation of labour rights it is about ("other"), not as one whose violation cannot be told.
    A state or a bloc called a union ("the Soviet Union", "the European Union") is no workers' union."""
    spec = mapping["violation_rule"].get("union_reports")
    if not spec:
        return None
    words = [re.compile(rf"\b{re.escape(str(w).lower())}\b") for w in spec["words"]]
    others = [str(n).lower() for n in spec.get("not") or ()]
    for entity in extraction.entities:
        name = (entity.name or "").lower() if entity.kind == "organization" else ""
        if any(w.search(name) for w in words) and not any(n in name for n in others):
            return str(spec["label"])
    return None


def lesser_harms(events: list[Any], labels: dict[int, str], entities: dict[str, Any], mapping: Any) -> set[int]:
    """The events (by ``id``) that hurt persons the report tells underwent a graver violation (``violation_rule.
    graver``: harm type -> the labels graver than it): "his captors beat Dara Loman and shot her when she tried to
    flee" in a report of her kidnapping, "Ben Arlo was beaten by masked men … his murder" — the beating and the shot
    are how the kidnapping or killing was done, which the annotators label, not an "other" violation of their own.
    Only the label: the events' victims, places and times stay. Only persons: a group ("15 policemen were injured")
    is not told to be the same people as another group ("policemen were taken hostage")."""
    spec: dict[str, list[str]] = mapping["violation_rule"].get("graver") or {}
    befell: dict[str, set[str]] = {}
    for event in (e for e in events if e.type not in spec):
        befell.setdefault(labels[id(event)], set()).update(p.entity for p in event.participants if p.role == "victim")
    lesser: set[int] = set()
    for event in (e for e in events if e.type in spec):
        victims = {p.entity for p in event.participants if p.role == "victim"}
        graver = set().union(*(befell.get(label, set()) for label in spec[event.type]))
        persons = all(entities[v].kind == "person" for v in victims if v in entities)
        if victims and persons and victims <= graver:
            lesser.add(id(event))
    return lesser
