"""Specific and generic statements (docs/extraction.md): an event needs a specific participant (a
named or definite person or group, a counted group, an organisation or state), or a specific time,
or a place more specific than a country. Habits ("defectors usually pay brokers"), practices ("a
policy of sending them back"), statements of no one in particular ("almost everyone who tries is
caught", "those who reached China") and statistics ("more than 30,000 have fled in recent decades")
are no events of persons; a statement that counts is kept as an :class:`Aggregate`. A past, perfective
clause told of a bare plural is an episode, not a generic statement, when a state or definite actor does
it, or it counts ("hundreds were injured"), or it has a definite place (:func:`episode`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import event_lists
from tumen.extract import event_syntax as syntax
from tumen.extract.event_args import core_subtree, experiencers
from tumen.extract.event_lexicon import modality_words
from tumen.extract.modality import GENERIC
from tumen.extract.phrasal_particles import qualifier_before
from tumen.extract.recent_periods import framing
from tumen.extract.role_types import PERSON_PRONOUNS, kind_of
from tumen.extract.role_words import is_person_noun
from tumen.extract.types import Aggregate, Evidence
from tumen.extract.undergone import bearers
from tumen.extract.victim_lists import clause_listed, lists_persons
from tumen.extract.vocab import load
from tumen.extract.whose_classes import whose_class

DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "my", "his", "her", "their", "our", "your", "its", "both"]
)
BROAD_PLACES = (None, "country", "region", "other")
DEICTIC = frozenset(["today", "now", "nowadays", "these days", "currently", "at present", "this year"])
NO_ONE = ("place", "facility", "thing")  # "reached China": China is where, not who
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNITS = {w: n for n, w in enumerate([*ONES, *TEENS])} | {w: 10 * n for n, w in enumerate(TENS, start=2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
PERFECTIVE_AUX = frozenset(["was", "were", "had", "has", "have", "'d", "'ve"])
LOCATIVE = frozenset(["in", "at", "near", "outside", "inside", "on"])
CLAUSES = frozenset(["ROOT", "ccomp", "advcl", "relcl", "xcomp"])
KIND_COMPLEMENTS = frozenset(["of", "against", "on"])  # whom an event noun befalls: "arrests of", "raids on"


@cache
def _words() -> dict[str, Any]:
    data = load("events.yaml")["genericity"]
    periods = sorted((str(p).lower() for p in data["statistical_periods"]), key=len, reverse=True)
    actors = [*load("kinship.yaml")["agents"], *load("state_agents.yaml")["agents"]]
    iterative = sorted((str(p).lower() for p in data["iterative"]), key=len, reverse=True)
    return {
        "quantifiers": frozenset(str(w).lower() for w in data["quantifier_heads"]),
        "practice": frozenset(str(w).lower() for w in data["practice_nouns"]),
        "periods": re.compile(r"\b(?:" + "|".join(re.escape(p) for p in periods) + r")(?:[\w ]{0,20}?)(?=[,.;:]|$)"),
        "actors": frozenset(str(w).lower() for w in actors),
        "vague": frozenset(str(w).lower() for w in data["vague_counts"]),
        "universal": frozenset(str(w).lower() for w in data["universal_heads"]),
        "iterative": re.compile(r"\b(?:" + "|".join(re.escape(p) for p in iterative) + r")\b"),
        "broad_places": frozenset(str(w).lower() for w in data["broad_place_nouns"]),
        "records": frozenset(str(w).lower() for w in data["record_nouns"]),
        "record_links": frozenset(str(w).lower() for w in data["record_links"]),
        "kinds": frozenset(str(w).lower() for w in data["kind_nouns"]),
        "instances": frozenset(str(w).lower() for w in data["instance_words"]),
        "tellers": frozenset(str(w).lower() for w in data["undergone_tellers"]),
        "trends": frozenset(str(w).lower() for w in data["trend_nouns"]),
    }


def practice(trigger: Any) -> bool:
    """ "a strict policy of sending defectors back": the trigger names a practice, not an occasion."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("pcomp", "pobj", "prep", "acl", "xcomp") or node.head is node:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _words()["practice"]:
            return True
    return False


def _spelled(token: Any) -> tuple[int, int] | None:
    """ "three hundred and seventeen" -> (317, where the words start): the run of number words the token is
    part of."""
    doc = token.doc

    def part(i: int) -> bool:
        return 0 <= i < len(doc) and (doc[i].lower_ in UNITS or doc[i].lower_ in SCALES)

    def link(i: int) -> bool:  # "twenty-five", "three hundred and seventeen"
        return 0 < i < len(doc) and (doc[i].lower_ == "-" or (doc[i].lower_ == "and" and doc[i - 1].lower_ in SCALES))

    if not part(token.i):
        return None
    low = high = token.i
    while part(low - 1) or (link(low - 1) and part(low - 2)):
        low -= 1 if part(low - 1) else 2
    while part(high + 1) or (link(high + 1) and part(high + 2)):
        high += 1 if part(high + 1) else 2
    total, current = 0.0, 0.0
    figure = doc[low - 1].text.replace(",", "") if low > 0 and doc[low].lower_ in SCALES else ""
    if figure.replace(".", "", 1).isdigit():  # "1.5 million", "2 million"
        current, low = float(figure), low - 1
    for word in (t.lower_ for t in doc[low : high + 1] if t.lower_ in UNITS or t.lower_ in SCALES):
        if word in UNITS:
            current += UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            total, current = total + max(current, 1) * SCALES[word], 0
    value = round(total + current)
    return (value, low) if value else None


def _number(token: Any) -> tuple[int, str | None] | None:
    """A number token's value and how exact the words before it make it ("more than 30,000", "nearly
    two hundred"); "one" alone and "no one" are no count."""
    digits = token.text.replace(",", "")
    value, start = (int(digits), token.i) if digits.isdigit() else (_spelled(token) or (None, token.i))
    if token.lower_ == "one" and token.dep_ != "nummod":  # "one was executed", "no one": no counted group
        return None
    if value is None or any(c.dep_ == "det" and c.lower_ == "no" for c in [*token.children, *token.head.children]):
        return None
    qualifier = qualifier_before(token.doc, start)
    return value, qualifier


def _count(token: Any) -> tuple[int, str | None] | None:
    if token.pos_ == "NUM":  # "more than 30,000 have fled", "seventeen were kidnapped"
        return _number(token)
    found = syntax.count_of(token)
    if found is not None:
        return found
    spelled = [c for c in token.children if c.dep_ == "nummod" and c.pos_ == "NUM"]  # "three people died"
    return _number(spelled[0]) if spelled else None


def specific(finder: Any, token: Any) -> bool:
    """A participant phrase that refers to someone in particular."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if _count(token) is not None:  # "at least 18 people", "seventeen missionaries": a counted group
        return True
    if lower in _words()["quantifiers"] or lemma in _words()["quantifiers"]:
        # "one of her two brothers", "most of the nine": a part of someone in particular
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(specific(finder, o) for o in c.children)
            for c in token.children
        )
    if token.pos_ == "PRON":
        return lower in PERSON_PRONOUNS or lower == "both"  # "both were executed": the two just named
    found = finder.entity_in(token, ("person", "organization"))
    if found is not None:
        return True
    named = (finder.entity(t) for t in core_subtree(token) if t.i != token.i)  # not the phrase's one, but theirs:
    if any(n is not None and finder.g.by_id(n).kind in ("person", "organization") for n in named):
        return True  # "workers at the Tarvik Mill", "Ana Berg's lawyer": people a name makes particular
    if lists_persons(token, finder.person):
        return True  # "prominent figures, including Kim Ok-sun": those the list names
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "predet")}
    if determiners & DEFINITE or (any(c.dep_ == "poss" for c in token.children) and not whose_class(token)):
        return True
    return token.tag_ not in ("NNS", "NNPS")  # a bare plural ("defectors") is no one; "a woman" is someone


def generic(finder: Any, trigger: Any, event_type: str) -> bool:
    """Whether the trigger states no event of persons; a counted generic statement, or a kind of events spoken of,
    is kept in ``finder.aggregates`` (:func:`key`)."""
    found, aggregate = judge(finder, trigger, event_type, finder.mood)
    known = {key(a) for a in finder.aggregates}
    if aggregate is not None and key(aggregate) not in known:
        finder.aggregates.append(aggregate)
    return found


def key(aggregate: Aggregate) -> tuple[int, int | None, str | None]:
    """One aggregate per sentence and count; a kind of events spoken of (no count) once per type."""
    return aggregate.evidence.start, aggregate.count, aggregate.type if aggregate.count is None else None


def judge(finder: Any, trigger: Any, event_type: str, mood: str) -> tuple[bool, Aggregate | None]:
    """(generic?, the aggregate it states); only verbs are judged on their participants."""
    if mood == GENERIC or practice(trigger):
        return True, _aggregate(finder, trigger, event_type, [])
    if trigger.pos_ == "NOUN":
        if of_a_kind(finder, trigger):  # "reports of torture and killings": kinds of events spoken of
            return True, kind(finder, trigger, event_type)
        return counted_records(finder, trigger), None
    if trigger.pos_ != "VERB":
        return False, None
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
    sent = trigger.sent
    period = _words()["periods"].search(sent.text.lower())
    counted = [t for t in tokens if _count(t) is not None]
    repeated = period.group(0).strip() if period is not None else None
    others = [t for t in tokens if t.i not in {c.i for c in counted}]
    if repeated is None and counted and not _perfective(trigger) and not any(specific(finder, t) for t in others):
        repeated = _iterative(trigger)  # "two die every week", not "two men stabbed her brother repeatedly"
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


def of_a_kind(finder: Any, trigger: Any) -> bool:
    """A bare plural event noun names events of a kind, no occasion: "reports about kidnappings and murders",
    "a surge in arrests", "killings, abductions and torture by armed groups" (a noun listed with such plurals
    too). A determiner, possessor or number ("the arrests", "Monday's raids", "two killings"), someone in
    particular it is of or against ("arrests of Kim and Pak", also as the complement of a noun listed with it: "beatings
    and the torture of Kim", ``event_lists.shared_complements``), who makes or undergoes it ("her parents made food
    runs", "he was subjected to beatings"), or a time of its own ("raids on Friday") make it one."""
    head = trigger
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
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
    head = trigger
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    record = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    linking = head.head if head.dep_ == "dobj" and head.head.dep_ == "acl" else None  # "300 cases involving deaths"
    if linking is not None and linking.lemma_.lower() in _words()["record_links"]:
        record = linking.head
    if record is None or record.lemma_.lower() not in _words()["records"] or _count(record) is None:
        return False
    told = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in KIND_COMPLEMENTS for o in p.children]
    told += [o for p, o in event_lists.shared_complements(trigger, finder.is_trigger) if p in KIND_COMPLEMENTS]
    return not any(specific(finder, o) for o in told if o.dep_ == "pobj" or o.pos_ in ("NOUN", "PROPN"))


def _instance_of_a_kind(noun: Any) -> bool:
    """A noun given as an instance of a kind of crime that is spoken of, not done: "the incidence of crimes, including
    kidnappings", "offences such as abductions have declined" (``kind_nouns``, ``instance_words``); not the object
    of a verb ("gunmen committed many crimes, including kidnappings")."""
    words = _words()
    link = noun.head
    if noun.dep_ != "pobj" or link.lower_ not in words["instances"]:
        return False
    kind = link.head.head if link.head.lower_ == "such" else link.head  # "crimes such as kidnappings"
    if kind is link or kind.dep_ == "dobj":  # "gunmen committed many crimes, including kidnappings": done
        return False
    return kind.lemma_.lower() in words["kinds"] or kind.lower_ in words["kinds"]


def _trend(noun: Any) -> bool:
    """A plural event noun whose number a noun of change (``trend_nouns``) tells rising or falling: "a surge in
    apprehensions earlier this year", "an increase in killings since May" — a statistic, whatever time is told."""
    link = noun.head
    return noun.dep_ == "pobj" and link.lower_ == "in" and link.head.lemma_.lower() in _words()["trends"]


def _undergone_or_made(finder: Any, noun: Any) -> bool:
    """An event noun someone in particular undergoes or makes (``event_args.experiencers``: the subject of a verb
    of undergoing or of making a journey, or of "subjected to"): "Mun's parents made several food runs", "he was
    subjected to torture and beatings", or of its marks or recovering from it (``undergone.bearers``) — not "she
    reported on killings"."""
    words = modality_words()
    verbs = words["experiencers"] | words["journey_verbs"]
    undergoers = [*experiencers(noun, verbs), *bearers(noun)]  # ... "he is recovering from gunshot wounds"
    return any(s is not None and specific(finder, s) for s in undergoers)


def episode(finder: Any, trigger: Any, told_of: list[Any], doers: list[Any], statistical: bool) -> bool:
    """Whether a clause told of no one in particular is one occasion: told in the past and perfective
    ("were arrested", "arrested", "have been arrested"; not "are arrested", "were being arrested", "can be
    arrested"), of no one at all ("anyone who", "most", "all") nor over and over ("for years", "every
    week", a statistical period), and done by a state or definite actor ("police arrested protesters",
    "were detained by the security agencies"), or counting ("hundreds were injured"), or at a definite
    place ("in the capital", "the camp where prisoners were tortured"); a holding in the past progressive ("were
    being held") is one captivity lasting then."""
    if statistical or not (_perfective(trigger) or _held_then(trigger)) or _iterative(trigger) is not None:
        return False
    if any(_universal(t) or whose_class(t) for t in told_of):  # "families whose sons were killed": a class
        return False
    doers = doers + [o for v in _conjuncts(trigger) for p, o in finder.preps(v) if p == "by"] + _shared_doer(trigger)
    if any(_actor(finder, t) for t in doers):
        return True
    if any(t.lower_ in _words()["vague"] for t in told_of):
        return True
    if any(_definite_place(finder, o) for v in _conjuncts(trigger) for p, o in finder.preps(v) if p in LOCATIVE):
        return True
    return _at_a_definite_antecedent(_conjuncts(trigger)[0])


def _at_a_definite_antecedent(clause: Any) -> bool:
    """A relative clause of place on a definite noun: "the camp where prisoners were tortured", "the house in which
    migrants were held" — where it was done is that one place ("camps where prisoners were tortured" is none)."""
    if clause.dep_ != "relcl":
        return False
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
    where = where or any(
        c.dep_ == "prep" and c.lower_ in LOCATIVE and any(o.lower_ == "which" for o in c.children)
        for c in clause.children
    )
    antecedent = clause.head
    return where and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in antecedent.children)


def _held_then(verb: Any) -> bool:
    """A holding told in the past progressive ("were being held", "was being kept"): one captivity lasting then, not
    an arrest over and over ("were being arrested")."""
    words = {a.lower_ for a in syntax.auxiliaries(verb)}
    holding = load("events.yaml")["captors"]["holding"]
    return verb.tag_ == "VBN" and "being" in words and bool(words & {"was", "were"}) and verb.lemma_.lower() in holding


def _perfective(verb: Any, depth: int = 0) -> bool:
    """Told as a finished occasion in the past (or a headline's "Three killed")."""
    auxiliaries = syntax.auxiliaries(verb)
    words = {a.lower_ for a in auxiliaries}
    if words == {"being"} and verb.tag_ == "VBN":  # "described being beaten": the telling verb's tense
        teller = _teller(verb)
        return teller is not None and depth < 4 and _perfective(teller, depth + 1)
    if verb.tag_ == "VBG" or words & {"being", "to"} or any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    if auxiliaries:
        return bool(words & PERFECTIVE_AUX)
    if verb.dep_ == "ROOT":
        return True
    node = verb.head  # "were harassed and arrested", "those arrested included": the governing clause's tense
    while depth < 4 and node.head is not node and node.pos_ not in ("VERB", "AUX"):
        node, depth = node.head, depth + 1
    return depth < 4 and node is not verb and node.pos_ in ("VERB", "AUX") and _perfective(node, depth + 1)


def _teller(verb: Any) -> Any | None:
    """The verb of telling or perceiving whose complement a passive gerund is: "described being beaten", "complained
    of being tortured", "the strike saw teachers being detained" (``undergone_tellers``) — not "fled for fear of being
    arrested"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in ("xcomp", "ccomp"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in _words()["tellers"] else None


def _iterative(trigger: Any) -> str | None:
    """ "for years", "every week", "daily" in the trigger's clause (its coordinated verbs included)."""
    clause = _conjuncts(trigger)[0]
    found = _words()["iterative"].search(" ".join(t.lower_ for t in clause.subtree))
    return found.group(0) if found is not None else None


def _universal(token: Any) -> bool:
    """ "anyone who", "most of those abducted", "all those executed": of anyone or everyone."""
    universal = _words()["universal"]
    return token.lower_ in universal or any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in universal for c in token.children
    )


def _conjuncts(verb: Any) -> list[Any]:
    """The verb and those coordinated with it ("were harassed and arrested by …" share the agent)."""
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    found = [head]
    for verb in found:  # the chain of conjuncts only, not the verbs of clauses inside them
        found += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return found


def _shared_doer(verb: Any) -> list[Any]:
    """ "Soldiers tortured and detained villagers": an active conjunct does what its head's subject does."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)
    active = verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ != "conj" or own or not active:
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _actor(finder: Any, token: Any) -> bool:
    """A state or definite actor: "police", "security forces", "the army", "the kidnappers"."""
    words = [*(c.lower_ for c in token.lefts if c.dep_ == "compound"), token.lower_]
    actors = _words()["actors"]
    if token.lemma_.lower() in actors or any(" ".join(words[k:]) in actors for k in range(len(words))):
        return True
    return specific(finder, token) and kind_of(finder, token) not in NO_ONE


def _definite_place(finder: Any, token: Any) -> bool:
    """ "in the capital", "at the border": a place noun made definite, more specific than a country."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.children)
    lemma = token.lemma_.lower()
    return definite and kind_of(finder, token) == "place" and lemma not in _words()["broad_places"]


def _aggregate(
    finder: Any, trigger: Any, event_type: str, counted: list[Any], period: str | None = None
) -> Aggregate | None:
    if not counted:
        return None
    token = counted[0]
    count, qualifier = _count(token) or (None, None)
    head = token.head if token.pos_ == "NUM" and token.dep_ == "nummod" else token
    number = {t.i for c in head.children if c.dep_ == "nummod" for t in c.subtree}
    skipped = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree} | number
    words = [t.text for t in head.subtree if t.i not in skipped and t.pos_ not in ("NUM", "DET")]
    what = " ".join(words[:6]) if head.pos_ != "NUM" else "people"
    sent = trigger.sent
    attribution = finder.attributions.of(trigger)
    evidence = Evidence(sent.start_char, sent.end_char, sent.text.strip(), attribution.witness, attribution.hearsay)
    return Aggregate(what or "people", count, qualifier, period, evidence, event_type)


def kind(finder: Any, trigger: Any, event_type: str) -> Aggregate:
    """A kind of events a sentence speaks of ("extrajudicial killings", "torture" in a list of abuses): an
    aggregate without a count, what it is the noun and the words that modify it before it."""
    modifiers = [t for t in trigger.lefts if t.dep_ in ("amod", "compound")]  # "work place killings"
    start = min((t.left_edge.i for t in modifiers), default=trigger.i)
    words = [t.text for t in trigger.doc[start : trigger.i + 1]]
    sent = trigger.sent
    attribution = finder.attributions.of(trigger)
    evidence = Evidence(sent.start_char, sent.end_char, sent.text.strip(), attribution.witness, attribution.hearsay)
    return Aggregate(" ".join(words[-5:]), None, None, None, evidence, event_type)


def of_people(finder: Any, verb: Any) -> bool:
    """Whether a verb's clause befalls persons described or counted: a noun for persons ("a young man was
    disappeared"), a count of them ("hundreds have been disappeared", "dozens of students") — not a thing. An event
    noun befalls its possessor or its "of": "an imprisoned journalist's whereabouts remain unknown", "the
    disappearance of a young teacher" (not "the whereabouts of the documents")."""
    patient = finder.subjects(verb)[1] if verb.pos_ == "VERB" else _owner(verb)
    if patient is None:
        return False
    counted = patient.lower_ in _words()["vague"] or patient.like_num
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
