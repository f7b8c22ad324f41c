"""Captivity outside the law is an abduction (rules in docs/extraction.md, "Violations").

Arrest and detention are deprivations of liberty by agents of a state. The same verbs told of doers outside any
legal procedure — "the reporters were seized by unidentified men", "the aid workers are still held by gunmen",
"captured by bandits" — tell an abduction: the event is typed so. Who such doers are is data (``captors`` in
``data/events.yaml``): words for armed groups and criminals, and a man or a group described as unknown, masked or
armed.

Ill-treatment of a person in custody is torture: a beating "in custody", "during interrogation", "while being
held", or of a victim the same sentence tells held, is pain inflicted by those who hold them (``custody_harm``); so
is ill-treatment told to the loss of consciousness ("beaten until he lost consciousness", "beaten into a coma":
``custody_harm: severe``), wherever it was done.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import parallel_takings, sold_takings
from tumen.extract.custody_phrases import holders_of
from tumen.extract.entities import Grouping
from tumen.extract.nlp import token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load

DEPRIVATIONS = ("arrest", "detention")


@cache
def _captors() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = load("events.yaml")["captors"]
    words = frozenset(str(w).lower() for w in data["words"])
    marks = "|".join(re.escape(str(w).lower()) for w in data["marks"])
    heads = "|".join(re.escape(str(w).lower()) for w in data["heads"])
    groups = "|".join(re.escape(str(w).lower()) for w in data["groups"])
    counts = "|".join(re.escape(str(w).lower()) for w in data["counts"])
    counted = "|".join(re.escape(str(w).lower()) for w in data["counted_heads"])
    described = re.compile(rf"\b(?:{marks})\b(?:\s+\w+)?\s+(?:{heads})\b|\b(?:{counts})\s+(?:{counted})\b")
    return words, described, re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])")


def captor(name: str | None) -> bool:
    """ "unknown gunmen", "the kidnappers", "three masked men", "an armed group", an armed group by its own name
    ("Boko Haram", "the Islamic State"): doers outside the law."""
    if not name:
        return False
    lowered = name.lower()
    words, described, groups = _captors()
    if any(w in words for w in re.findall(r"[\w-]+", lowered)):
        return True
    return described.search(lowered) is not None or groups.search(lowered) is not None


def outside_the_law(verb: Any) -> bool:
    """Whether the doers of a verb, as told, are outside any legal procedure (:func:`captor`): "rebels executed three
    soldiers", "gunmen seized him"."""
    return captor(_doers_as_told(verb))


def _doers_as_told(trigger: Any) -> str:
    """The phrase that names the doers of a verb of holding, up to its head: the agent ("held by the Islamic State
    group's leader"), the active subject ("Boko Haram fighters seized them") or the "of" of a custody one is in
    ("children in the custody of armed groups"); the words before the head say who they are, a relative clause after
    it does not."""
    while trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "agent") for c in trigger.children):
        trigger = trigger.head  # "several men pulled him out of the taxi and took him away": the shared subject
    if keepers := holders_of(trigger):  # "in the custody of armed groups"
        return " ".join(" ".join(t.text for t in h.doc[h.left_edge.i : h.i + 1]) for h in keepers)
    for child in trigger.children:
        if child.dep_ == "agent":
            heads = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "nsubj":
            heads = [child]
        else:
            continue
        return " ".join(" ".join(t.text for t in h.doc[h.left_edge.i : h.i + 1]) for h in heads)
    return ""


def retype(events: list[Event], grouping: Grouping, doc: Any = None) -> None:
    """An arrest or a detention whose doers are captors outside the law — by what they are, or by the group the
    phrase that names them says they belong to — is an abduction; so is a holding told with no doer, against the
    victim's will or in a dwelling not their own (:func:`held_privately`)."""
    for event in events:
        if event.type not in DEPRIVATIONS:
            continue
        doers = [grouping.by_id(p.entity) for p in event.participants if p.role == "perpetrator"]
        trigger = token_at(doc, event.trigger.start, event.trigger.end) if doc is not None else None
        if doers and all(captor(d.name or d.descriptor) for d in doers):
            event.type = "abduction"
        elif trigger is not None and captor(_doers_as_told(trigger)):
            event.type = "abduction"  # "imprisoned by the Islamic State group's leader Abu Bakr": his group's captive
        elif not doers and trigger is not None and held_privately(trigger):
            event.type = "abduction"
    _held_by_abductors(events, doc)
    parallel_takings.retype(events, doc)  # "while some were kidnapped, others were rounded up": the same
    sold_takings.retype(events)  # "traffickers kidnapped her daughter … the girl was sold": that trafficking


ENFORCEMENT = ("arrest", "detention", "trial", "sentencing")


def _held_by_abductors(events: list[Event], doc: Any) -> None:
    """In a report that tells an abduction and no arrest, detention, trial or sentencing by anyone named, a holding
    told with no doer ("our hearts are with the 15 people who are still being held") is the abductors' captivity."""
    if doc is None or not any(e.type == "abduction" and e.modality == "asserted" for e in events):
        return
    by_someone = [e for e in events if e.type in ENFORCEMENT and any(p.role == "perpetrator" for p in e.participants)]
    if by_someone:
        return
    verbs = _captive_holding()
    for event in events:
        if event.type != "detention" or any(p.role == "perpetrator" for p in event.participants):
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is not None and trigger.pos_ == "VERB" and trigger.lemma_.lower() in verbs:
            event.type = "abduction"


@cache
def _captive_holding() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["captors"]["captive_holding"])


@cache
def _private() -> tuple[frozenset[str], frozenset[str]]:
    data = load("events.yaml")["captors"]
    return frozenset(str(w).lower() for w in data["dwellings"]), frozenset(str(w).lower() for w in data["holding"])


def held_privately(trigger: Any) -> bool:
    """ "Held against his will", "kept inside a house", "held in the basement": a verb of holding whose phrase says
    the victim was held against their will, or in a dwelling with no possessor ("held at his home" is house
    arrest)."""
    dwellings, holding = _private()
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in holding:
        return False
    for prep in (c for c in trigger.children if c.dep_ in ("prep", "oprd")):  # "kept inside": oprd at times
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "against" and place.lower_ == "will":
                return True
            owned = any(c.dep_ == "poss" for c in place.children)
            if place.lemma_.lower() in dwellings and not owned and prep.lower_ in ("in", "inside", "at"):
                return True
    return False


@cache
def _custody_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load("events.yaml")["custody_harm"]
    places, verbs, results = (frozenset(str(w).lower() for w in data[key]) for key in ("places", "verbs", "severe"))
    return places, verbs, results


def severe(trigger: Any) -> bool:
    """ "beat him unconscious", "beaten until he lost consciousness", "kicked until she fainted", "beaten into a
    coma": ill-treatment told to the loss of consciousness, by a word of its own phrase or clause."""
    results = _custody_words()[2]
    for child in trigger.children:
        if child.dep_ not in ("oprd", "acomp", "advcl", "prep", "xcomp", "ccomp", "advmod"):
            continue
        if any(t.lemma_.lower() in results or t.lower_ in results for t in child.subtree):
            return True
    return False


@cache
def _death_places() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["custody_harm"]["death_places"])


def _told_in_custody(trigger: Any, places: frozenset[str] | None = None) -> bool:
    """ "beaten in custody", "ill-treated in pre-trial detention", "beaten during interrogation", "beaten while
    being held", "beaten at the police station": a phrase or clause of the harm that puts its victim in custody."""
    own, verbs, _severe = _custody_words()
    places = own if places is None else places
    for child in trigger.children:
        if child.dep_ not in ("prep", "advcl"):
            continue
        for token in child.subtree:
            if token.pos_ == "NOUN" and token.lemma_.lower() in places:
                return True
            if token.pos_ == "VERB" and token.lemma_.lower() in verbs and token.i != trigger.i:
                return True
    return False


def in_custody(doc: Any, events: list[Event]) -> None:
    """Ill-treatment of a person held is torture: told in custody (:func:`_told_in_custody`), or of a victim whom
    the same sentence tells held ("police detained him for five days and beat him"); so is ill-treatment told to
    the loss of consciousness (:func:`severe`). A death told in custody ("died in police custody", "his death in
    detention", "died in his cell") has the attribute ``in_custody``: a death in the hands of those who held him."""
    for event in events:
        if event.type == "death":
            trigger = token_at(doc, event.trigger.start, event.trigger.end)
            if trigger is not None and _told_in_custody(trigger, _death_places()):
                event.attributes["in_custody"] = True
    held = {
        (e.evidence[0].start, p.entity)
        for e in events
        if e.type == "detention" and e.modality == "asserted"
        for p in e.participants
        if p.role == "victim"
    }
    for event in events:
        if event.type != "ill_treatment":
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        victims = [p.entity for p in event.participants if p.role == "victim"]
        if (trigger is not None and (_told_in_custody(trigger) or severe(trigger))) or any(
            (event.evidence[0].start, v) in held for v in victims
        ):
            event.type = "torture"
