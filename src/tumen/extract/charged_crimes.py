"""The crime a charge names is an event of the one charged (rules in docs/extraction.md, "Violations").

"Karl Vos was arrested for kidnapping", "was charged with murder", "convicted of two murders", "arrested on charges
including kidnapping and rape": the report tells of a kidnapping or a murder, and of whom it is alleged. The crime's
noun has no "of" or possessor of its own, so alone it would name no one and make no event; the one the arrest,
charge, trial or sentencing befalls is its alleged doer, and the event has the attribute ``charged`` and the
modality ``alleged`` — told by a charge, not established by the report. So is a crime told by a gerund ("arrested
for beating a neighbour", "accused her of killing him"): the one arrested or accused is its alleged doer, its
object the victim, never the police who arrest or accuse (the arrest itself is law enforcement against a suspect:
:mod:`tumen.extract.accused`). Only crimes of violence (``accused: by_doer``) are read so; "charged with false
imprisonment" tells no detention.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract import captivity, pleas
from tumen.extract.crime_phrases import Words, doubted, plan_of, share_in, words
from tumen.extract.vocab import load

# The links from a crime's noun up to the verb whose charge it is: a list ("robbery and kidnapping"), a
# preposition and its object ("for kidnapping", "on charges of"). ("kidnapping charges" names a kind of charge:
# role_types.names_a_kind.)
LINKS = frozenset(["conj", "pobj", "pcomp", "prep"])
LIST_WORDS = frozenset(["including", "like"])  # "on charges including kidnapping"
PLACED = frozenset(["into", "in", "to", "at"])  # "booked into", "held in", "sent to", "detained at" a place


def enforcement_types() -> frozenset[str]:
    """The event types whose charge names a crime: arrest, detention, trial, sentencing, and the punishments
    (``accused: punishments``: "hanged him for murder and abduction")."""
    return words().events | words().punishments


def crime_types() -> frozenset[str]:
    """The event types a charge may name as crimes of violence (``accused: by_doer``)."""
    return words().by_doer


def charge_of(trigger: Any, event_type: str, enforcing: set[int]) -> Any | None:
    """The verb whose charge or accusation a crime of violence is: one of arrest, detention, trial or sentencing
    (``enforcing``: the token indexes of those events), or a verb of accusing ("accused her of killing him",
    "suspected of kidnapping a boy"); None for anything else."""
    if event_type not in crime_types():
        return None
    accusing = words().accusing
    verb = charging_verb(trigger, lambda t: t.i in enforcing or t.lemma_.lower() in accusing)
    return None if verb is None or captivity.outside_the_law(verb) else verb  # "rebels executed three soldiers for"


def alleged_doer(finder: Any, trigger: Any, event_type: str, add: Callable[[Any, str], None], found: list[Any]) -> bool:
    """Whether the crime ``trigger`` is told only by a charge ("arrested for kidnapping", "accused her of killing
    him"): then it is alleged, its doers the one arrested or accused and those joined to them ("charged A and B with
    murder"; never the police), added to ``found`` with the type's subject role by ``add``. A victim found by a
    pronoun that stands for one of them is not theirs: "Karl Vos was charged with her murder" — "her" is not Vos."""
    charging = charge_of(trigger, event_type, finder.enforcing)
    plea = pleas.plea_of(trigger) if charging is None and event_type in crime_types() else None
    if charging is None and plea is None:
        return False
    finder.charged, finder.pleaded = True, plea is not None and pleas.own(plea[0])
    if plea is not None:  # "pleaded guilty to assaulting a guard": her own; "was found guilty of": held against her
        charging, held = plea
        if not held and _own_subject(trigger):
            return True  # "confessed that his brother had killed her": the clause names its doer
        charged = finder.subjects(charging)[1 if held else 0]
    else:
        charged = finder.subjects(charging)[1]  # "two men were arrested": someone described
    doers = [charged, *charged.conjuncts] if charged is not None else []
    # one charged with kidnapping someone named is not that someone ("They were charged with attempting to kidnap
    # Vos": "they" read as Vos is a misreading; not "abusing his office", whose "his" is the one charged)
    named = [o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts, *c.children)]
    objects = {finder.entity_in(o) for o in named if o.pos_ == "PROPN" and o.dep_ in ("dobj", "conj", "appos")}
    doers = [t for t in doers if (finder.entity_in(t) or finder.group_of(t)) not in objects - {None}]
    ids = {finder.entity_in(t) or finder.group_of(t) for t in doers}
    found[:] = [p for p in found if p.entity not in ids]
    for doer in doers:
        add(doer, finder.lex.roles[event_type][0])
    finder.described_doer = charged is not None and finder.described_someone(charged)
    return True


def _in_retaliation(prep: Any, vocab: Words) -> bool:
    """A "for" of a verb after its "in revenge", "in retaliation" (``retaliation``): the parser may hang it on the
    verb, but it names the grievance avenged, not a charge."""
    return any(
        c.dep_ == "prep"
        and c.i < prep.i
        and any(o.dep_ == "pobj" and o.lemma_.lower() in vocab.retaliation for o in c.children)
        for c in prep.head.children
    )


def _own_subject(trigger: Any) -> bool:
    """A crime told by a clause with a subject of its own ("confessed that she had killed him")."""
    return trigger.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


def charging_verb(noun: Any, enforces: Callable[[Any], bool]) -> Any | None:
    """The verb of arrest, detention, trial or sentencing whose charge this crime noun is ("arrested for
    kidnapping", "charged with kidnapping and rape", "held on charges of kidnapping", "arrested on charges including
    rape"; a crime a plan or an attempt is of, through the plan: "charged in the plot to kidnap", "charged with
    conspiring to kill"), or None."""
    vocab = words()
    node = plan_of(noun, vocab) or noun  # "charged in the plot to kidnap", "with conspiring to kill": the plan's
    gerunds = False  # reached through a list of gerunds ("convicted of kidnapping and murdering him")
    for _ in range(6):
        link, head = node.dep_, node.head
        if link not in LINKS or head.i == node.i or (link == "conj" and not _crime_listed(head)):
            return None
        gerunds = gerunds or (link == "conj" and head.pos_ != "NOUN")
        share = share_in(node, vocab) if link == "prep" else None
        if share is not None:
            node = share  # "accused of participating in the kidnapping": a share in the crime is charged as it
            continue
        if link == "prep" and (head.lemma_.lower() in vocab.retaliation or _in_retaliation(node, vocab)):
            return None  # "executed three soldiers in revenge for the killing of their commander": a grievance
        if link == "prep" and head.pos_ == "VERB":
            if gerunds and head.lemma_.lower() in vocab.accusing:
                return None  # the list of an arrest, charge, trial or conviction, not of "accused of"
            return head if node.lower_ in vocab.prepositions and enforces(head) else None
        if link == "prep" and node.lower_ in vocab.object_prepositions and _object_of(head, enforces):
            return head.head  # "arrested a man for murder", "accused Lena Dorn of kidnapping": hung on the object
        if link == "prep" and node.lower_ in vocab.prepositions and _place_held_in(head, enforces):
            return head.head.head  # "booked him into the county jail for kidnapping": the parser hangs it on the jail
        if link == "prep" and node.lower_ not in vocab.prepositions | LIST_WORDS:
            return None  # "for his reporting on the murder": the crime is what he wrote about
        if link == "prep" and head.lemma_.lower() not in vocab.charges:
            return None  # only through a noun of charges: "on charges of", "in connection with"
        if doubted(head, vocab):
            return None  # "jailed on bogus charges of murder": a charge the report calls made up alleges nothing
        node = head
    return None


def _crime_listed(head: Any) -> bool:
    """Whether a conjunct's head is a crime in a list: a noun ("robbery and kidnapping") or a gerund under a
    preposition joined by "and" or "or" ("convicted of kidnapping and murdering him": both charged; not "shooting
    three people, killing one"). (A list of gerunds after a verb of accusing, "accused of wounding two and killing
    one", is not read so yet: a story dated only through the last one would lose its time.)"""
    if head.pos_ == "NOUN":
        return True
    joined = any(c.dep_ == "cc" for c in head.children)
    return bool(head.tag_ == "VBG" and head.dep_ in ("pobj", "pcomp") and joined)


def _object_of(noun: Any, enforces: Callable[[Any], bool]) -> bool:
    """Whether a noun is the object of a verb of arrest or accusing ("arrested a man", "accused the activist Lena
    Dorn")."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and enforces(noun.head)


def _place_held_in(noun: Any, enforces: Callable[[Any], bool]) -> bool:
    """The place a verb of custody puts or holds one in ("booked him into the county jail", "held in Tarvik
    prison")."""
    into = noun.head
    return noun.dep_ == "pobj" and into.lower_ in PLACED and into.head.pos_ == "VERB" and enforces(into.head)


def disappearances_charged(events: list[Any]) -> None:
    """A disappearance whose victim the report tells someone is charged with abducting ("Lena Marsh went missing in
    May … Karl Vos was charged with her kidnapping") is that crime's, prosecuted by the state against a suspect: it
    gets the attribute ``charged_as`` (the crime's type: ``accused: charged_disappearances`` in data/events.yaml),
    so that it is not read as a disappearance the state enforced."""
    crimes: dict[str, str] = load("events.yaml")["accused"]["charged_disappearances"]
    for kind, charged_kind in crimes.items():
        charged = {
            p.entity
            for e in events
            if e.type == charged_kind and e.attributes.get("charged")
            for p in e.participants
            if p.role == "victim"
        }
        for event in (e for e in events if e.type == kind):
            if any(p.role == "victim" and p.entity in charged for p in event.participants):
                event.attributes["charged_as"] = charged_kind
