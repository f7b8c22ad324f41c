"""Victims a later sentence names (rules in docs/extraction.md, "Violations").

A report often tells a harm of people it only describes, then names them in a sentence of its own: "Gunmen
abducted four aid workers on Monday. The four abducted were identified as Dara Loman and Petra Venn", "Armed men
took three students from their school. The students are Ivo Holm, 19, and Joel Marsh, 20", "A farmer was shot
dead near Tarvik. The victim has been identified as Karl Vos". The sentence that identifies them (a verb of
naming with "as", or the copula with names) names the victims of that harm, when its subject stands for them:
the described victims themselves (coreference), a noun of victims ("the victim", "the hostages": ``victim_nouns``
in data/events.yaml ``lists``) or the participle of the harm ("the four abducted"). Naming the suspects ("the
attackers were identified as …") names no victim.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import Any

from tumen.extract.event_lexicon import lexicon
from tumen.extract.nlp import token_at
from tumen.extract.token_filter import tokens_where
from tumen.extract.types import Entity, Event, Participant
from tumen.extract.victim_lists import apposition_chain, list_words

# How many sentences back the harm a noun of victims or a participle stands for may be told.
WINDOW_SENTENCES = 3
# How the parser may hang the later names of a list on the verb instead of on the first name.
_STRAY = ("advcl", "npadvmod", "appos", "dobj", "oprd")
_PRONOUNS = {"they": True, "he": False, "she": False}  # whether the pronoun stands for several


def name_identified_victims(
    doc: Any, events: Sequence[Event], entities: Sequence[Entity], referents: Mapping[int, str]
) -> None:
    """Make each person a sentence identifies the victims as a victim of the harm its subject stands for."""
    kinds = {e.id: e.kind for e in entities}
    groups = {e.id: (e.name or "").lower() for e in entities if e.kind == "group"}
    harms = sorted((e for e in events if e.type in lexicon().harms), key=lambda e: e.trigger.start)
    starts = [s.start_char for s in doc.sents]
    naming = list_words("naming_verbs")
    # only a naming verb or the copula identifies anyone (:func:`identified`)
    for verb in tokens_where(doc, "LEMMA", lambda lemma: lemma.lower() == "be" or lemma.lower() in naming):
        subject = _identified_one(verb)
        if subject is None:
            continue
        named = [referents[n.i] for n in identified(verb) if kinds.get(referents.get(n.i, "")) == "person"]
        if not named:
            continue
        for event in _harms_of(subject, harms, referents, starts, groups):
            for person in dict.fromkeys(named):
                if not any(p.entity == person for p in event.participants):
                    event.participants.append(Participant(person, "victim"))


def _identified_one(verb: Any) -> Any | None:
    """Whom a clause identifies: the subject of the copula or of a passive verb of naming ("The victims were named
    as …"), the object of an active one ("Police have identified the victims as …")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() == "be" or (subject is not None and subject.dep_ == "nsubjpass"):
        return subject
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def identified(verb: Any) -> list[Any]:
    """The names a clause identifies its subject as: "were identified as A and B", "was named as A", "are A, 19;
    B, 23; and C" (the copula's names, with the parser's chain of appositions); of an active verb of naming, the
    names it identifies its object as ("identified the victims as A and B"). The caller keeps the persons."""
    naming = verb.lemma_.lower() in list_words("naming_verbs")
    if naming and any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "identified the victims as …": "as" may hang here
        heads = [
            o for w in (verb, *objects) for p in w.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
        ]
        if heads:  # "as A of Chile, B of Peru, C of Kenya": the parser may hang a later name on the verb
            heads += [c for c in verb.children if c.pos_ == "PROPN" and c.dep_ in _STRAY and c.i > heads[0].i]
    elif verb.lemma_.lower() == "be":
        heads = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    else:
        return []
    found: list[Any] = []
    for head in heads:
        if head.dep_ in ("pobj", "attr", *_STRAY):
            found += [m for m in apposition_chain(head) if m not in found]
    return found


def _harms_of(
    subject: Any, harms: Sequence[Event], referents: Mapping[int, str], starts: list[int], groups: Mapping[str, str]
) -> list[Event]:
    """The harms told before the subject's sentence that its subject stands for: those whose victim it refers to;
    else the last harm told in the sentences just before whose victims the subject describes again ("the
    students"), or, for a noun of victims or a participle of harm, the last one (of the participle's own types)."""
    sentence = bisect_right(starts, subject.idx) - 1
    before = [e for e in harms if e.trigger.start < starts[sentence]]
    referent = referents.get(subject.i)
    if referent is not None:
        own = [e for e in before if any(p.entity == referent and p.role == "victim" for p in e.participants)]
        if own:
            return own
    recent = starts[max(0, sentence - WINDOW_SENTENCES)]
    near = [e for e in before if e.trigger.start >= recent]
    again = [
        e for e in before if _described_again(subject, e, groups) and (e in near or _group_again(subject, e, groups))
    ]
    if again:
        return again[-1:]
    if subject.lower_ in _PRONOUNS and sentence > 0:
        previous = [e for e in before if e.trigger.start >= starts[sentence - 1]]
        return [e for e in previous if _described_victims(e, subject.doc, _PRONOUNS[subject.lower_])][-1:]
    types = _types_told(subject)
    if types is None:
        return []
    return [e for e in near if not types or e.type in types][-1:]


def _described_again(subject: Any, event: Event, groups: Mapping[str, str]) -> bool:
    """Whether the subject repeats, with "the", the noun that described the harm's victims: "abducted four
    students … The students are A and B"."""
    if subject.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subject.children):
        return False
    return _group_again(subject, event, groups) or any(
        o.lemma_.lower() == subject.lemma_.lower() for o in _objects(subject.doc, event)
    )


def _group_again(subject: Any, event: Event, groups: Mapping[str, str]) -> bool:
    """Whether the harm befell a group the subject's noun names ("the students": the group "students")."""
    words = {subject.lower_, subject.lemma_.lower()}
    return any(p.role == "victim" and groups.get(p.entity) in words for p in event.participants)


def _described_victims(event: Event, doc: Any, plural: bool) -> bool:
    """Whether the harm befell people it only describes, as many as a pronoun stands for: "arrested two
    journalists … They were identified as A and B"."""
    return any(o.pos_ == "NOUN" and (o.tag_ == "NNS") == plural for o in _objects(doc, event))


def _objects(doc: Any, event: Event) -> list[Any]:
    """The words of the harm's trigger that say whom it befell: its object or passive subject, its "of", or the
    noun a relative clause of it describes ("the students who were abducted")."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return []
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if trigger.dep_ in ("relcl", "acl"):
        objects.append(trigger.head)
    return objects


def _types_told(subject: Any) -> frozenset[str] | None:
    """The harms a subject stands for: any, for a noun of victims ("the victim", "the hostages"); the verb's own, for
    a participle ("the four abducted"); None for anything else."""
    if subject.pos_ in ("NOUN", "ADJ") and subject.lower_ in list_words("victim_nouns"):
        return frozenset()  # "the victims", and the adjective as a noun: "The dead were A and B"
    if subject.tag_ == "VBN":
        harms = lexicon().harms
        types = frozenset(t.type for t in lexicon().verbs.get(subject.lemma_.lower(), []) if t.type in harms)
        return types or None
    return None
