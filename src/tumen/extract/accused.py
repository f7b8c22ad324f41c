"""The accused is no victim (rules in docs/extraction.md, "Violations").

A person arrested, held, charged, tried or sentenced *for* a crime of violence is the suspect of that crime, not
the victim of the arrest: "Kim Ok-sun was arrested for kidnapping", "charged with murder", "held on the charge of
beating up a neighbour", "convicted in the murder case". So is a person the report tells did such a harm ("Kim
kidnapped a boy. … Kim was arrested"). Their part in the arrest, detention, trial or sentencing becomes
``subject``: still whom it befell (a principal: their status and timeline keep it), no longer its victim. So are
those the report names as suspects or doers ("police arrested two suspects", "his alleged assailants were
arrested"), and the event gets the attribute ``accused``: law enforcement against a suspect, not a harm.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from tumen.extract.anaphoric_accused import follow_on, introduced
from tumen.extract.crime_phrases import (
    Words,
    crime_after,
    crime_word,
    names_a_crime,
    takes_part,
    told_as_doer,
    words,
)
from tumen.extract.indirect_arguments import among_those
from tumen.extract.nlp import token_at
from tumen.extract.offenders import described_offenders, reported
from tumen.extract.pleas import pleaders
from tumen.extract.repeated_doers import Told, doer_nouns, takes_up_a_doer
from tumen.extract.sentence_recipients import hand_to_accused
from tumen.extract.types import Entity, Event, Participant
from tumen.extract.vocab import load

SUBJECTS = ("nsubj", "nsubjpass")
FOR = frozenset({"for"})
AFTER = frozenset({"after", "following"})  # "arrested 20 years after escaping from prison"
NOUN_PHRASE_LINKS = frozenset({"prep", "pobj", "conj", "appos"})


def _patients(trigger: Any) -> list[Any]:
    """Who an arrest or detention befalls, as the parse gives them: the passive subject or object of the verb, the
    noun a participle describes ("the gang members arrested last week", "a convicted murderer"), the "of" of a noun
    ("the arrest of")."""
    found = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    if trigger.pos_ == "VERB" and trigger.dep_ in ("acl", "relcl", "amod") and trigger.tag_ == "VBN":
        found.append(trigger.head)  # "the gang members arrested last week", "a convicted murderer"
        found.append(among_those(trigger.head))  # "the suspects were among seven people arrested"
    if trigger.pos_ == "NOUN":
        found += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        verb = _placing_verb(trigger)
        if verb is not None:  # "a man who is in prison", "Reller spent a decade in jail"
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            found += [verb.head if s.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else s for s in subjects]
    found += [o for t in found for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    found += [a for t in found for a in t.children if a.dep_ == "appos"]  # "Karl Vos, a suspect in the killing"
    return [member for token in found for member in (token, *token.conjuncts)]  # "two of the suspects"


def _placing_verb(noun: Any) -> Any | None:
    """The verb whose phrase a place of custody stands in: "is in prison", "spent a decade in jail"."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _suspect(token: Any, vocab: Words, marks: bool = True) -> bool:
    """Named as a suspect or a doer of a crime: "two suspects", "the culprits", "suspected bandits", "his alleged
    assailants", "the gang members", "members of the gang", "a man suspected of kidnapping a boy", "a man wanted
    for murder", "the men behind the attack", "those who took part in the kidnapping". Without ``marks``,
    "suspected" or "alleged" before a noun that names no crime or gang ("a suspected opposition supporter") is not
    enough."""
    if token.lemma_.lower() in vocab.suspects or token.lower_ in vocab.suspects:
        return True
    for child in token.children:
        if marks and child.dep_ in ("amod", "compound") and child.lower_ in vocab.suspect_marks:
            return True
        if (child.dep_ == "compound" or (child.dep_ == "amod" and token.pos_ == "PROPN")) and (
            child.lemma_.lower() in vocab.suspects
        ):
            return True  # "the gang members", "two robbery suspects", "convicted terrorist Tomas Vell" (an adjective)
        if child.dep_ == "relcl" and _does_a_crime(child, vocab):
            return True  # "the man who ordered the kidnapping", "the men who kidnapped her"
        if told_as_doer(child, vocab):
            return True  # "three people linked to the killing", "a man believed to have shot the reporter"
        if child.dep_ == "relcl" and takes_part(child, vocab):
            return True  # "the men who took part in the kidnapping", "those who were behind the attack"
        if child.dep_ == "prep" and child.lower_ in vocab.doer_prepositions and _names_a_crime_after(child, vocab):
            return True  # "the men behind the attack", "those behind the killing"
        if child.dep_ == "amod" and child.lemma_.lower() in vocab.answerable and _answers_for(child, vocab):
            return True  # "the men responsible for the kidnapping", "those responsible for her death"
        if token.lemma_.lower() in vocab.doer_nouns and _share_in_crime(child, vocab):
            return True  # "a participant in the hostage-taking", "the ringleader of the gang", "a kidnap kingpin"
        if child.dep_ == "acl" and child.lemma_.lower() in vocab.suspect_participles:
            preps = (p for p in child.children if p.dep_ == "prep" and p.lower_ in vocab.prepositions)
            if crime_after(preps, lambda o: names_a_crime(o, vocab), ("pobj", "pcomp")):
                return True
    return False


def _names_a_crime_after(prep: Any, vocab: Words) -> bool:
    """Whether a preposition's object names a crime ("behind the attack")."""
    return crime_after([prep], lambda o: names_a_crime(o, vocab))


def _answers_for(adjective: Any, vocab: Words) -> bool:
    """An adjective of `answerable` whose "for" names a crime or the harm a case is about: "responsible for the
    kidnapping", "responsible for her death" (not "responsible for the school's security")."""
    preps = (p for p in adjective.children if p.dep_ == "prep" and p.lower_ == "for")
    return crime_after(preps, lambda o: names_a_crime(o, vocab), ("pobj", "pcomp"))


def _share_in_crime(child: Any, vocab: Words) -> bool:
    """What makes a noun of `doer_nouns` a doer: a crime before it ("a kidnap kingpin"), or a crime or a gang after
    "of", "in" or "behind" ("the leader of the gang", "a participant in the murder")."""
    if child.dep_ == "compound":
        return crime_word(child, vocab)
    if child.dep_ != "prep" or child.lower_ not in ("of", "in", "behind"):
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    return any(crime_word(o, vocab) or o.lemma_.lower() in vocab.suspects for o in objects)


def _does_a_crime(verb: Any, vocab: Words) -> bool:
    """A relative clause that tells its subject did a crime: its verb a crime itself ("who kidnapped her"), or a verb
    of doing or directing (`deeds`) whose object is a crime or a plan of one ("who ordered the kidnapping", "who
    carried out the murder", "who masterminded the kidnapping plot"). Exposing, investigating or protesting a crime
    is no deed of it ("the journalist who exposed the murder"); a charge is no crime done ("who is facing kidnapping
    charges"), nor is a crime suffered ("the worker who was kidnapped")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return crime_word(verb, vocab) or _deed(verb, vocab)


def _deed(verb: Any, vocab: Words) -> bool:
    """A verb of doing or directing (`deeds`) whose object is a crime or a plan of one: "ordered the kidnapping",
    "carried out the murder", "masterminded one of the worst sex crime schemes" — not negated, passive or a charge
    faced."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
        return False
    if verb.lemma_.lower() not in vocab.deeds:
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    objects += [g for o in objects if o.pos_ == "NUM" for p in o.children if p.lower_ == "of" for g in p.children]
    if any(o.lemma_.lower() in vocab.accusations for o in objects):
        return False  # "who is facing kidnapping and detention charges": accused, maybe falsely, of no deed told
    return any(crime_word(o, vocab) or names_a_crime(o, vocab, 1) for o in objects)


def _charged_before(trigger: Any, vocab: Words) -> list[Any]:
    """A verb of conviction or charge (``accused.charged_before``) in a clause after which the event came, told of
    the same one — a pronoun or no subject: "sentenced to life after she was convicted of kidnapping a boy", "jailed
    after being charged with murder" (not "jailed after her brother was convicted of murder")."""
    clauses = [c for c in trigger.children if c.dep_ == "advcl" and any(m.lower_ in AFTER for m in c.children)]
    clauses += [c for p in trigger.children if p.dep_ == "prep" and p.lower_ in AFTER for c in p.children]
    return [
        c
        for c in clauses
        if c.lemma_.lower() in vocab.charged_before and all(s.tag_ == "PRP" for s in c.children if s.dep_ in SUBJECTS)
    ]


def for_a_crime(trigger: Any, vocab: Words | None = None) -> bool:
    """Whether the event's own phrase — or that of a verb it is joined to, sharing its subject ("convicted and
    sentenced in the murder case"), or of the verb a place of custody hangs on ("spent a decade in prison for a
    violent crime") — says what crime of violence it is for ("arrested for kidnapping"); also a "for" the parse hangs
    on the place the verb puts them ("booked him into the county jail for suspected kidnapping")."""
    vocab = vocab or words()
    verbs = [trigger, *(c for c in trigger.conjuncts if not any(s.dep_ in SUBJECTS for s in c.children))]
    verbs += _charged_before(trigger, vocab)  # "sentenced to life after she was convicted of kidnapping a boy"
    placing = _placing_verb(trigger) if trigger.pos_ == "NOUN" else None
    if placing is not None:
        verbs.append(placing)  # "spent a decade in prison for a violent crime"
    patients = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    # the parse may hang the phrase on the last of those arrested: "arrested two lecturers of the college and 28
    # others for alleged fraud"
    last = [t for p in patients for t in p.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN", "PRON")]
    holders = [*verbs, *patients, *last]
    # … or on a noun deeper in their phrase, a "for" only: "arrested ten persons, including leaders of the party for
    # their alleged involvement in the murder case" (not through a clause: "the wife of a man wanted for murder")
    deeper = [t for p in patients for t in _phrase_nouns(p) if t not in holders]
    # … or on the place the verb puts them: "booked him into the county jail for suspected kidnapping"
    deeper += [t for o in _prepositional_objects(verbs) for t in _phrase_nouns(o) if t not in holders]
    for holder in [*holders, *deeper]:
        own = holder in holders
        for prep in (
            c for c in holder.children if c.dep_ == "prep" and c.lower_ in (vocab.prepositions if own else FOR)
        ):
            objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp") and (own or _imputed(o, vocab))]
            if any(names_a_crime(o, vocab) for o in objects):
                return True
    return False


def _prepositional_objects(verbs: list[Any]) -> list[Any]:
    """The objects of the verbs' own prepositions ("into the county jail", "at the station")."""
    return [o for v in verbs for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _imputed(noun: Any, vocab: Words) -> bool:
    """A noun told as imputed to someone: with a possessive pronoun or "alleged"/"suspected" ("for their alleged
    involvement", "for suspected fraud"), not a noun of a name ("the committee for the investigation of
    killings")."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ in ("amod", "compound") and c.lower_ in vocab.suspect_marks)
        for c in noun.children
    )


def _phrase_nouns(noun: Any) -> list[Any]:
    """The nouns of a noun's own phrase: through its prepositions, their objects, its conjuncts and appositions, never
    into a clause."""
    found: list[Any] = []
    todo = [noun]
    while todo and len(found) < 40:
        token = todo.pop()
        found.append(token)
        todo += [c for c in token.children if c.dep_ in NOUN_PHRASE_LINKS]
    return [t for t in found if t.pos_ in ("NOUN", "PROPN", "PRON")]


def settle(
    doc: Any, events: list[Event], entities: Sequence[Entity] = (), referents: Mapping[int, str] | None = None
) -> None:
    """Turn the victims of arrests, detentions, trials and sentencings that are for a crime of violence, or
    of a person who did one in the report, into the event's subjects. Whoever one such event names as charged
    with, tried or held for a crime of violence, in the report's own voice, is the accused of the report's other
    arrests, detentions, trials and sentencings of them too ("X was charged with kidnapping. … X was arrested on
    Friday"); a charge a source reports ("police said he was held for robbery") is not the report's. So is whoever
    the report describes as an offender anywhere ("X, a convicted murderer", :mod:`tumen.extract.offenders`; by
    name, or by a pronoun ``referents`` resolves: "She was identified as an accomplice")."""
    vocab = words()
    doers = {
        p.entity
        for e in events
        if e.type in vocab.by_doer and e.modality == "asserted" and not e.attributes.get("charged")  # a deed told
        for p in e.participants
        if p.role == "perpetrator"
    }
    doers |= _alleged_doers(doc, events, vocab)  # "Vos, convicted of murdering a banker": a suspect elsewhere too
    doers |= pleaders(events, vocab.by_doer)  # "Vos admitted killing a banker", told by anyone
    enforcement = [e for e in events if e.type in vocab.events]
    harms = [
        e for e in events if e.type in vocab.by_doer and e.modality == "asserted" and not e.attributes.get("charged")
    ]
    unnamed = doer_nouns(t for e in harms if (t := token_at(doc, e.trigger.start, e.trigger.end)) is not None)
    charged = {id(e) for e in enforcement if _charged(doc, e, vocab, unnamed)}
    described = described_offenders(
        doc,
        entities,
        lambda noun: _suspect(noun, vocab, marks=False),  # the arrest's own "suspected X" is a suspect; elsewhere not
        lambda head: names_a_crime(head, vocab),
        reporting_verbs(),
        referents,
        lambda verb: _deed(verb, vocab),  # "Reller ordered the kidnapping": a doer the report names
    )
    accused = (
        doers
        | described
        | introduced(doc, events, entities, lambda verb: for_a_crime(verb, vocab), vocab.events)
        | {
            p.entity
            for e in enforcement
            if id(e) in charged and e.modality == "asserted" and _narrated(doc, e)
            for p in e.participants
            if p.role == "victim"
        }
    )
    for event in enforcement:
        victims = [p for p in event.participants if p.role == "victim"]
        here = id(event) in charged
        event.participants = [
            Participant(p.entity, "subject") if p.role == "victim" and (here or p.entity in accused) else p
            for p in event.participants
        ]
        if here or (victims and all(p.entity in accused for p in victims)):
            event.attributes["accused"] = True  # law enforcement against a suspect, not a harm done to a victim
    hand_to_accused(doc, enforcement, accused, entities, referents or {})  # "a court gave him a life sentence"
    follow_on(doc, enforcement, lambda e: any(p.role in ("victim", "subject") for p in e.participants))


def _alleged_doers(doc: Any, events: list[Event], vocab: Words) -> set[str]:
    """The alleged doers of the crimes of violence an arrest, charge, trial or conviction tells in the report's own
    voice ("Vos, convicted of murdering a banker", "the sentence of Vos for the kidnapping"): suspects in the
    report's other arrests, detentions, trials and sentencings of them too. Not a crime only a verb of accusing tells
    ("police accused him of attacking officers": an accusation, which may be made up against a critic)."""
    return {
        p.entity
        for e in events
        if e.type in vocab.by_doer
        and e.attributes.get("charged")
        and e.modality == "alleged"
        and _narrated(doc, e)
        and not _by_accusation(doc, e, vocab)
        for p in e.participants
        if p.role == "perpetrator"
    }


def _by_accusation(doc: Any, event: Event, vocab: Words) -> bool:
    """Whether the first verb above the crime's word is one of accusing ("accused him of attacking officers")."""
    token = token_at(doc, event.trigger.start, event.trigger.end)
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ == "VERB":
            return bool(token.lemma_.lower() in vocab.accusing)
    return False


def _narrated(doc: Any, event: Event) -> bool:
    """Told in the report's own voice: not what a source says ("police said he was arrested for robbery" is the
    police's charge, which the report does not make its own)."""
    if any(e.witness is not None or e.hearsay for e in event.evidence):
        return False
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    return trigger is None or not reported(trigger, reporting_verbs())


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load("events.yaml")["modality"]["reporting_verbs"])


def _charged(doc: Any, event: Event, vocab: Words, unnamed: Told) -> bool:
    """Whether the event's own phrase says what crime of violence it is for, or names the ones it befalls as
    suspects, or as the doers of a harm told before under the same noun (``unnamed``, :mod:`repeated_doers`)."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return False
    if for_a_crime(trigger, vocab) or _escapee(trigger):
        return True
    patients = _patients(trigger)
    if any(_suspect(t, vocab) for t in patients) or _behind_after_object(trigger, vocab):
        return True
    return takes_up_a_doer(patients, unnamed)


def _behind_after_object(verb: Any, vocab: Words) -> bool:
    """A "behind" the parse hangs on the verb right after its object, naming a crime: "Police arrested the men behind
    the killing of Ana Berg" — the object's, as "the men behind the attack" (:func:`_suspect`)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in vocab.doer_prepositions and any(o.right_edge.i + 1 == c.i for o in objects)
    ]
    return crime_after(preps, lambda o: names_a_crime(o, vocab))


def _escapee(trigger: Any) -> bool:
    """An arrest of one told as having escaped from custody: "arrested in Spain 20 years after escaping from prison",
    "police caught the man who escaped from jail" — the recapture of a fugitive."""
    if trigger.pos_ != "VERB":
        return False
    after = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in AFTER for o in p.children]
    escapes = [o for o in after if o.dep_ == "pcomp"]
    escapes += [c for t in _patients(trigger) for c in t.children if c.dep_ == "relcl"]
    return any(_escaped_custody(v) for v in escapes)


def _escaped_custody(verb: Any) -> bool:
    """ "escaping from prison", "who broke out of jail": a verb of escaping whose "from" or "out of" is a place of
    custody."""
    escapes, places = _escape_words()
    if verb.lemma_.lower() not in escapes:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")]
    preps += [g for p in preps if p.lower_ == "out" for g in p.children if g.dep_ == "prep"]  # "out of prison"
    return any(o.lemma_.lower() in places for p in preps for o in p.children if o.dep_ == "pobj")


@cache
def _escape_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of escaping (``accused.escapes``) and places of custody (``custody_harm.places``)."""
    data = load("events.yaml")
    return frozenset(str(w) for w in data["accused"]["escapes"]), frozenset(
        str(w) for w in data["custody_harm"]["places"]
    )
