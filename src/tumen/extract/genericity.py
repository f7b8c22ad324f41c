"""Specific and generic statements (docs/extraction.md): an event needs a specific participant (a
named or definite person or group, a counted group, an organisation or state), or a specific time,
or a place more specific than a country. Habits ("defectors usually pay brokers"), practices ("a
policy of sending them back"), statements of no one in particular ("almost everyone who tries is
caught", "those who reached China") and statistics ("more than 30,000 have fled in recent decades")
are no events of persons; a statement that counts is kept as an :class:`Aggregate`, and so is a running tally
("at least 40 activists have been arrested since January", "the number of journalists killed this year":
:mod:`tumen.extract.tallies`). A past, perfective clause told of a bare plural is an episode, not a generic
statement, when a state or definite actor does it, or it counts ("hundreds were injured"), or it has a definite
place (:func:`episode`).
"""

from __future__ import annotations

from typing import Any

from tumen.extract import announced_quotes, described_convicts, event_lists, tallies
from tumen.extract.episodes import (
    LOCATIVE,
    at_a_definite_place,
    conjuncts,
    done_by_actor,
    episode,
    iterative,
    perfective,
)
from tumen.extract.event_args import experiencers
from tumen.extract.event_lexicon import modality_words
from tumen.extract.list_heads import list_head
from tumen.extract.modality import GENERIC
from tumen.extract.nlp import sentence_at, span_text
from tumen.extract.qualified_acts import qualified
from tumen.extract.recent_periods import framing
from tumen.extract.role_types import kind_of
from tumen.extract.role_words import is_person_noun
from tumen.extract.specific_phrases import NO_ONE, genericity_words, phrase_count, specific
from tumen.extract.threats import receivers
from tumen.extract.types import Aggregate, Evidence
from tumen.extract.undergone import bearers
from tumen.extract.victim_lists import clause_listed

BROAD_PLACES = (None, "country", "region", "other")
DEICTIC = frozenset(["today", "now", "nowadays", "these days", "currently", "at present", "this year"])
CLAUSES = frozenset(["ROOT", "ccomp", "advcl", "relcl", "xcomp"])
KIND_COMPLEMENTS = frozenset(["of", "against", "on"])  # whom an event noun befalls: "arrests of", "raids on"


def practice(trigger: Any) -> bool:
    """ "a strict policy of sending defectors back": the trigger names a practice, not an occasion."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("pcomp", "pobj", "prep", "acl", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in genericity_words()["practice"]:
            return True
    return False


def generic(finder: Any, trigger: Any, event_type: str) -> bool:
    """Whether the trigger states no event of persons; a counted generic statement, or a kind of events spoken of,
    is kept in ``finder.aggregates`` (:func:`key`)."""
    found, aggregate = judge(finder, trigger, event_type, finder.mood)
    for told in (aggregate, ranked(finder, trigger, event_type)):
        if told is not None and key(told) not in {key(a) for a in finder.aggregates}:
            finder.aggregates.append(told)
    return found


def key(aggregate: Aggregate) -> tuple[int, int | None, str | None]:
    """One aggregate per sentence and count; a kind of events spoken of (no count) once per type."""
    return aggregate.evidence.start, aggregate.count, aggregate.type if aggregate.count is None else None


def judge(finder: Any, trigger: Any, event_type: str, mood: str) -> tuple[bool, Aggregate | None]:
    """(generic?, the aggregate it states); only verbs are judged on their participants."""
    if mood == GENERIC or practice(trigger):
        return True, _aggregate(finder, trigger, event_type, [])
    if trigger.pos_ == "NOUN":
        if qualified(trigger):  # "the persecution amounted to torture": what an act is called, no event
            return True, None
        if of_a_kind(finder, trigger):  # "reports of torture and killings": kinds of events spoken of
            return True, kind(finder, trigger, event_type)
        return counted_records(finder, trigger), None
    if trigger.pos_ != "VERB":
        return False, None
    if described_convicts.generic_clause(trigger, event_type):  # "a man who is convicted of treason faces …"
        return True, None
    if event_type == "payment" and announced_quotes.addressed(trigger)[1] is not None:
        return False, None  # "He said: 'Pay me …'": asked of the one he spoke to, then
    number = tallies.numbered(trigger)
    if number is not None:  # "brings to 12 the number of journalists killed this year": a statistic
        return True, _numbered(finder, trigger, event_type, number)
    subject, patient, agent = finder.subjects(trigger)
    acting = finder.lex.roles[event_type][0] == "perpetrator"  # "China sent them back": a state acts
    if any(t is not None and finder.entity_in(t, ("person", "organization")) for t in (subject, patient, agent)):
        return False, None  # someone named in it: "Shin's story of fleeing North Korea"
    if any(t is not None and any(map(finder.person, clause_listed(t, trigger))) for t in (subject, patient)):
        return False, None  # "a dozen writers have been detained repeatedly, including Kim": those it names
    tokens = [t for t in (patient, agent) if t is not None and kind_of(finder, t) not in NO_ONE]
    if subject is not None and (kind_of(finder, subject) not in NO_ONE or acting):
        tokens.append(subject)
    elif subject is not None:  # "a farmer in the city of X who paid": "who" is someone, wherever it hangs
        tokens += [c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in ("who", "whom")]
    if not tokens and trigger.dep_ == "acl":  # "defectors arriving today": the noun it describes
        tokens.append(trigger.head)
    sent = sentence_at(trigger, 0)
    period = genericity_words()["periods"].search(span_text(sent).lower())
    counted = [t for t in tokens if phrase_count(t) is not None]
    closed = tallies.closed_period(trigger, finder.times, counted) if period is None else None  # "in 2023 alone"
    repeated = period.group(0).strip() if period is not None else closed
    others = [t for t in tokens if t.i not in {c.i for c in counted}]
    if repeated is None and counted and not perfective(trigger) and not any(specific(finder, t) for t in others):
        repeated = iterative(trigger)  # "two die every week", not "two men stabbed her brother repeatedly"
    tallied = [t for t in tokens if tallies.open_count(t)] if repeated is None else []
    befalls = not acting and not any(c.dep_ in ("dobj", "obj") for c in trigger.children)
    counts = {t.i for t in tallied} if befalls else set()  # "more than 800 defectors have fled since 2005": the
    # counted one it befalls does no deed (not "more than 30 soldiers have killed civilians since January")
    doers = [t for t in (subject, agent) if t is not None and t.i not in counts]
    tally = tallied and not done_by_actor(finder, trigger, doers) and not at_a_definite_place(finder, trigger)
    if tally and not tallies.one_occasion(trigger):  # "at least 40 activists have been arrested since January": a
        repeated = tallies.period(trigger, tallied)  # tally (not "China has returned at least 406 since …", "held
        counted = (counted or tallied) if repeated is not None else counted  # since Monday in Tarvik prison")
    if tally and repeated is None:
        persons = [t for t in tallied if _persons(finder, t)]  # not "a $5 million reward has been offered"
        if tallies.undated(trigger, persons) and _undated(finder, trigger, event_type):
            return True, _aggregate(finder, trigger, event_type, tallied)  # "Over 30,000 people have been arrested"
    if counted and repeated is not None:  # "more than 30,000 have fled in recent decades"
        return True, _aggregate(finder, trigger, event_type, counted, repeated)
    if any(specific(finder, t) for t in tokens):
        return False, None
    time = finder.time_for(trigger)
    if time is not None and period is None and not _no_occasion(time):  # "today" is no occasion
        return False, None
    place = finder.place_for(trigger, event_type)
    if place is not None and finder.g.by_id(place).place_kind not in BROAD_PLACES:
        return False, None
    doers = [t for t in (subject, agent) if t is not None and acting]
    return not episode(finder, trigger, tokens, doers, period is not None), None


def _persons(finder: Any, token: Any) -> bool:
    """A count of persons: a noun for persons ("200 activists", "30,000 people"), a bare number or vague count ("more
    than 200", "thousands") or one of persons ("thousands of students")."""
    if token.pos_ == "NUM" or token.lower_ in genericity_words()["vague"]:
        members = [o for p, o in finder.preps(token) if p == "of"]
        return not members or any(_person_word(m) for m in members)
    return _person_word(token)


def _person_word(token: Any) -> bool:
    return bool(is_person_noun(token)) or token.lower_ in genericity_words()["quantifiers"]  # "people"


def _undated(finder: Any, trigger: Any, event_type: str) -> bool:
    """No time, place nor occasion of one for a tally with no period: no time but the present or a period up to now
    (``undated_times``; not "today": one day), no place more specific than a region (nor a place noun "in", "at" or
    "on" names: "on campus", "at the border crossing"), and no event or occasion told before it in the story that it
    can be the toll of (:func:`_told_before`)."""
    time = finder.time_for(trigger)
    if time is not None and not (time.text.lower() in tallies.tally_words()["undated_times"] or framing(time)):
        return False
    place = finder.place_for(trigger, event_type)
    if place is not None and finder.g.by_id(place).place_kind not in ("country", "region"):
        return False
    if any(_a_site(finder, o) for v in conjuncts(trigger) for p, o in finder.preps(v) if p in LOCATIVE):
        return False
    return not _told_before(finder, trigger)


def _a_site(finder: Any, token: Any) -> bool:
    """A noun a locative names that is a place more specific than a region: a named place that is no country or
    region ("in Aleppo", "in Tarvik"), or a common noun that is no broad place ("on campus", "at the border
    crossing"; not "in the country") nor a time."""
    if token.ent_type_ in ("DATE", "TIME") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    found = finder.entity(token)
    if found is not None and finder.g.by_id(found).kind == "place":
        return finder.g.by_id(found).place_kind not in ("country", "region")
    return token.lemma_.lower() not in genericity_words()["broad_places"]


def _told_before(finder: Any, trigger: Any) -> bool:
    """Whether a sentence before the trigger's in the story tells an event or an occasion the toll can be of: a
    trigger or a word of one (:func:`tallies.occasion_word`) — "Soldiers stormed the village of Holm on Tuesday. More
    than 200 people have been killed." is the toll of that storming."""
    start = sentence_at(trigger, 0).start
    return any(finder.is_trigger(t) or tallies.occasion_word(t) for t in trigger.doc[:start])


def ranked(finder: Any, trigger: Any, event_type: str) -> Aggregate | None:
    """The tally an ordinal ranks one in ("Ana Berg is the fifth journalist killed this year": journalist, 5, "this
    year"; :func:`tallies.ranked`); her killing is judged as any."""
    found = tallies.ranked(trigger)
    if found is None:
        return None
    ordinal, rank, period = found
    noun = ordinal.head
    skipped = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "prep", "det", "poss") for t in c.subtree}
    skipped |= {t.i for t in ordinal.subtree}  # "twenty-first"
    words = [t.text for t in noun.subtree if t.i not in skipped and not t.is_punct]
    return Aggregate(" ".join(words[:6]) or noun.text, rank, None, period, _evidence(finder, trigger), event_type)


def of_a_kind(finder: Any, trigger: Any) -> bool:
    """A bare plural event noun names events of a kind, no occasion: "reports about kidnappings and murders",
    "a surge in arrests", "killings, abductions and torture by armed groups" (a noun listed with such plurals
    too). A determiner, possessor or number ("the arrests", "Monday's raids", "two killings"), someone in
    particular it is of or against ("arrests of Kim and Pak", also as the complement of a noun listed with it: "beatings
    and the torture of Kim", ``event_lists.shared_complements``), who makes or undergoes it ("her parents made food
    runs", "he was subjected to beatings"), or a time of its own ("raids on Friday") make it one."""
    head = list_head(trigger)
    if "NNS" not in (trigger.tag_, head.tag_):
        return False
    for noun in {trigger, head}:
        if noun.dep_ in CLAUSES or any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
            return False  # a verb the tagger took for a plural: 'that Israel "tortures and abuses" prisoners'
        if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
            return False
        if _undergone_or_made(finder, noun):
            return False
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in KIND_COMPLEMENTS):
            if any(specific(finder, o) for o in prep.children if o.dep_ == "pobj"):
                return False
    shared = event_lists.shared_complements(trigger, finder.is_trigger)  # "arrests and torture of Kim and Pak"
    if any(p in KIND_COMPLEMENTS and specific(finder, o) for p, o in shared):
        return False
    if _instance_of_a_kind(head) or _trend(head):
        return True  # "many crimes, including kidnappings, have declined since 2018": whatever time is told
    time = finder.time_for(trigger)
    return time is None or _no_occasion(time)


def _no_occasion(time: Any) -> bool:
    """A time that tells no occasion: the present ("today", "these days") or a past period up to the report ("in
    recent months", "over the last seven years": :mod:`tumen.extract.recent_periods`)."""
    return time.text.lower() in DEICTIC or framing(time)


def counted_records(finder: Any, trigger: Any) -> bool:
    """An event noun counted by the records of it is a statistic, no occasion: "the commission received 90 complaints
    of torture", "the group registered 404 cases of torture", "about 300 cases involving deaths and disappearances
    of activists" (a number on a noun of ``record_nouns`` whose "of" the event noun is, or the object of a verb of
    ``record_links`` that describes it) — unless someone in particular is the one it befalls ("two cases of
    torture of the detainee Karl Vos")."""
    head = list_head(trigger)
    record = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    linking = head.head if head.dep_ == "dobj" and head.head.dep_ == "acl" else None  # "300 cases involving deaths"
    if linking is not None and linking.lemma_.lower() in genericity_words()["record_links"]:
        record = linking.head
    if record is None or record.lemma_.lower() not in genericity_words()["records"] or phrase_count(record) is None:
        return False
    told = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in KIND_COMPLEMENTS for o in p.children]
    told += [o for p, o in event_lists.shared_complements(trigger, finder.is_trigger) if p in KIND_COMPLEMENTS]
    return not any(specific(finder, o) for o in told if o.dep_ == "pobj" or o.pos_ in ("NOUN", "PROPN"))


def _instance_of_a_kind(noun: Any) -> bool:
    """A noun given as an instance of a kind of crime that is spoken of, not done: "the incidence of crimes, including
    kidnappings", "offences such as abductions have declined" (``kind_nouns``, ``instance_words``); not the object
    of a verb ("gunmen committed many crimes, including kidnappings")."""
    words = genericity_words()
    link = noun.head
    if noun.dep_ != "pobj" or link.lower_ not in words["instances"]:
        return False
    kind = link.head.head if link.head.lower_ == "such" else link.head  # "crimes such as kidnappings"
    if kind.i == link.i or kind.dep_ == "dobj":  # "gunmen committed many crimes, including kidnappings": done
        return False
    return kind.lemma_.lower() in words["kinds"] or kind.lower_ in words["kinds"]


def _trend(noun: Any) -> bool:
    """A plural event noun whose number a noun of change (``trend_nouns``) tells rising or falling: "a surge in
    apprehensions earlier this year", "an increase in killings since May" — a statistic, whatever time is told."""
    link = noun.head
    return noun.dep_ == "pobj" and link.lower_ == "in" and link.head.lemma_.lower() in genericity_words()["trends"]


def _undergone_or_made(finder: Any, noun: Any) -> bool:
    """An event noun someone in particular undergoes or makes (``event_args.experiencers``: the subject of a verb
    of undergoing or of making a journey, or of "subjected to"): "Mun's parents made several food runs", "he was
    subjected to torture and beatings", or of its marks or recovering from it (``undergone.bearers``) — not "she
    reported on killings"."""
    words = modality_words()
    verbs = words["experiencers"] | words["journey_verbs"]
    undergoers = [*experiencers(noun, verbs), *bearers(noun)]  # ... "he is recovering from gunshot wounds"
    undergoers += receivers(noun)  # "Ana Berg received death threats"
    return any(s is not None and specific(finder, s) for s in undergoers)


def _aggregate(
    finder: Any, trigger: Any, event_type: str, counted: list[Any], period: str | None = None
) -> Aggregate | None:
    if not counted:
        return None
    token = counted[0]
    count, qualifier = phrase_count(token) or (None, None)
    head = token.head if token.pos_ == "NUM" and token.dep_ == "nummod" else token
    members = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    head = members[0] if head.lower_ in genericity_words()["vague"] and members else head  # "dozens of students"
    number = {t.i for c in head.children if c.dep_ == "nummod" for t in c.subtree}
    skipped = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree} | number
    first = min(number, default=-1)  # "an estimated 2,000 defectors": what comes before the count qualifies it
    kept = [t for t in head.subtree if t.i not in skipped and t.i > first and t.pos_ not in ("NUM", "DET", "PUNCT")]
    what = " ".join(t.text for t in kept[:6]) if head.pos_ != "NUM" else "people"
    evidence = _evidence(finder, trigger)
    return Aggregate(what or "people", count, qualifier, period, evidence, event_type)


def _numbered(finder: Any, trigger: Any, event_type: str, number: Any) -> Aggregate:
    """The aggregate of a participle a number noun counts: what (the noun the participle describes, or the number
    noun's "of" when it describes the number noun: "the number of journalists killed"), how many (what the number
    is brought to or is), the period of the participle ("this year", "since 2016")."""
    head = trigger.head
    if head.i == number.i:
        members = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        head = members[0] if members else head
    skipped = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep", "det") for t in c.subtree}
    words = [t.text for t in head.subtree if t.i not in skipped and not t.is_punct]
    what = " ".join(words[:6]) if head.i != number.i else "people"
    count, qualifier = tallies.number_count(number, trigger) or (None, None)
    period = tallies.own_period([trigger])
    return Aggregate(what, count, qualifier, period, _evidence(finder, trigger), event_type)


def _evidence(finder: Any, trigger: Any) -> Evidence:
    """The sentence of a statistic, with who tells it."""
    sent = sentence_at(trigger, 0)
    attribution = finder.attributions.of(trigger)
    quote = span_text(sent).strip()
    return Evidence(sent.start_char, sent.end_char, quote, attribution.witness, attribution.hearsay)


def kind(finder: Any, trigger: Any, event_type: str) -> Aggregate:
    """A kind of events a sentence speaks of ("extrajudicial killings", "torture" in a list of abuses): an
    aggregate without a count, what it is the noun and the words that modify it before it."""
    modifiers = [t for t in trigger.lefts if t.dep_ in ("amod", "compound")]  # "work place killings"
    start = min((t.left_edge.i for t in modifiers), default=trigger.i)
    words = [t.text for t in trigger.doc[start : trigger.i + 1]]
    evidence = _evidence(finder, trigger)
    return Aggregate(" ".join(words[-5:]), None, None, None, evidence, event_type)


def of_people(finder: Any, verb: Any) -> bool:
    """Whether a verb's clause befalls persons described or counted: a noun for persons ("a young man was
    disappeared"), a count of them ("hundreds have been disappeared", "dozens of students") — not a thing. An event
    noun befalls its possessor or its "of": "an imprisoned journalist's whereabouts remain unknown", "the
    disappearance of a young teacher" (not "the whereabouts of the documents")."""
    patient = finder.subjects(verb)[1] if verb.pos_ == "VERB" else _owner(verb)
    if patient is None:
        return False
    counted = patient.lower_ in genericity_words()["vague"] or patient.like_num
    members = [o for p, o in finder.preps(patient) if p == "of"]
    return is_person_noun(patient) or (counted and (not members or any(map(is_person_noun, members))))


def _owner(noun: Any) -> Any | None:
    """Whom an event noun is of: its possessor ("the journalist's whereabouts", also when the parse of a headline
    takes it for the noun's subject), else the object of its "of"."""
    owners = [
        c
        for c in noun.children
        if c.dep_ == "poss" or (c.dep_ == "nsubj" and any(g.dep_ == "case" for g in c.children))
    ]
    of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    owners += [o for p in of for o in p.children if o.dep_ == "pobj"]
    return owners[0] if owners else None
