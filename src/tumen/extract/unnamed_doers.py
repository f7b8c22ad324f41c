"""Doers the report does not name (rules in docs/extraction.md, "An unnamed doer of a harm").

*A soldier shot Ana Berg*, *Ana Berg was beaten by a prison guard*: no name is told, yet the sentence tells of a
person of the story, the one who did the harm. A singular noun of one person by a role that does harm
(``doer_nouns`` in data/kinship.yaml: soldier, gunman, officer, guard …; not "man" or "driver", which anyone may be
called) with an indefinite determiner ("a", "an", "one", "another") that is the doer of a harm verb (``harms`` in
data/events.yaml, with no condition or one of ``doer_conditions``) — the subject of the active verb or of a verb
joined to it ("a gunman broke into the office and shot her"), or the object of "by" after the passive — is a new
unnamed person, its descriptor the noun ("soldier"), its gender the noun's where it has one ("policewoman"). "The
<noun>" later in the report is that person again, unless another "a <noun>" came between. Not a noun the report
names ("a soldier, Tom Reller, shot …"), not a plural (a group: "soldiers shot …"), not one who undergoes the harm
("a soldier was arrested"). A pronoun never means such a doer (tumen.extract.coref).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.anonymous_sources import DEFINITE, INDEFINITE, determiner
from tumen.extract.event_lexicon import lexicon, verbs_of
from tumen.extract.event_syntax import (
    calling_read_as_naming,
    main_verb_read_as_participle,
    misread_dative,
    sum_of,
    sum_payees,
)
from tumen.extract.unnamed_in_view import gendered_nouns
from tumen.extract.vocab import load


@cache
def _nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("kinship.yaml")["doer_nouns"]) | _trade_nouns()


@cache
def _trade_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("kinship.yaml")["trade_nouns"])


@cache
def _trade_verbs() -> frozenset[str]:
    """Verbs of the events a broker or smuggler takes part in (``trade_events``)."""
    return verbs_of(frozenset(load("kinship.yaml")["trade_events"]))


def takes_part(noun: Any) -> bool:
    """A trade noun that takes part in a trade event: the subject, object or dative of its verb, or what "to", "by"
    or "from" names under it or under its object ("paid a broker", "a smuggler demanded", "sold by a trafficker",
    "paid 3 million won to a broker")."""
    words = load("kinship.yaml")
    node = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in words["trade_prepositions"] else noun
    node = (sum_of(node) or node) if misread_dative(node) else node  # "paid a broker 8,000 euros"
    if node.i != noun.i and node.head.dep_ == "dobj" and any(o.i == noun.i for o in sum_payees(node.head.head)):
        node = node.head  # "paid 3 million won to a broker": the parser hangs the "to" on the sum
    arguments = ("nsubj", "nsubjpass", "dobj", "dative", "prep", "agent")
    verb = node.head
    if node.dep_ not in arguments or verb.pos_ != "VERB" or verb.lemma_.lower() not in _trade_verbs():
        return False
    return not _untold(verb)


def acts(noun: Any) -> bool:
    """A trade noun with an indefinite determiner that is the subject of a verb told in the simple past and not
    negated: "a broker called her", "a different smuggler contacted him" — someone who did something in the story,
    whatever the deed."""
    verb = noun.head
    if _determiner(noun) in INDEFINITE and any(calling_read_as_naming(c) for c in noun.children):
        return True  # "A broker called Mira Tenzin.", Mira Tenzin told of before: he phoned her
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ != "VBD" or _determiner(noun) not in INDEFINITE:
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def _untold(verb: Any) -> bool:
    """A trade event no one did: negated ("did not pay a broker"), what was done without it ("crossed without paying
    a broker") or a habit in the simple present ("most defectors pay a broker")."""
    without = verb.dep_ == "pcomp" and verb.head.lower_ == "without"
    return without or verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "neg" for c in verb.children)


# The senses of crossing a noun's verb must have for its subject to be a crosser: a crossing by itself ("defected",
# "fled") or over a border ("crossed the river"). Not a sense whose subject takes someone else across ("a smuggler
# took them across": a police officer who "took their names" crossed nothing), nor one whose condition the verb
# alone does not tell ("returned the documents", "left the room").
CROSSING_SENSES = frozenset({None, "border"})


@cache
def _crossing_verbs() -> frozenset[str]:
    """Verbs of the events whose subject crosses (``crossing_events``): "defect", "flee", "cross" …"""
    lex, kinds = lexicon(), frozenset(load("kinship.yaml")["crossing_events"])
    return frozenset(
        lemma
        for lemma, triggers in lex.verbs.items()
        if any(t.type in kinds and t.requires in CROSSING_SENSES for t in triggers)
    )


@cache
def _crossed_nouns() -> frozenset[str]:
    """Common nouns one crosses, escapes or flees as a crossing: a place (``place_nouns``) or a border word."""
    data = load("events.yaml")
    return frozenset(str(w).lower() for w in [*data["place_nouns"], *data["places"]["border_words"]])


def crosses(noun: Any) -> bool:
    """The noun is the subject of a crossing told as done: "a soldier defected", "a guard fled across the river";
    not "a soldier escaped injury", "crossed the room": a direct object that is a common noun of no place."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _crossing_verbs():
        return False
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _crossed_nouns() for c in verb.children):
        return False
    return not _untold(verb)


@cache
def _harm_verbs() -> frozenset[str]:
    """Verbs with a sense of harm whose subject does it: with no condition, or a condition of ``doer_conditions``."""
    lex, conditions = lexicon(), frozenset(load("kinship.yaml")["doer_conditions"])
    return frozenset(
        lemma
        for lemma, triggers in lex.verbs.items()
        if any(t.type in lex.harms and (t.requires is None or t.requires in conditions) for t in triggers)
    )


def _harm_verb(verb: Any) -> bool:
    """A harm verb, or a verb with its particle that is one ("gunned down")."""
    if verb.lemma_.lower() in _harm_verbs():
        return True
    lex = lexicon()
    return any(
        c.dep_ == "prt"
        and (trigger := lex.phrases.get((verb.lemma_.lower(), c.lower_))) is not None
        and trigger.type in lex.harms
        for c in verb.children
    )


def _determiner(noun: Any) -> str | None:
    if misread_dative(noun) and (sum_ := sum_of(noun)) is not None:  # "paid a broker 8,000 euros": the sum has "a"
        return next((c.lower_ for c in sum_.subtree if c.dep_ == "det" and c.i < noun.i), None)
    return determiner(noun, ("det", "nummod"))  # "one soldier" too


def _harmful(verb: Any) -> bool:
    """A harm verb, or a verb joined to one ("broke into her home and stabbed her")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(map(_harm_verb, joined))


def does_harm(noun: Any) -> bool:
    """The noun is the doer of a harm verb: its active subject, or what "by" names after its passive."""
    if any(main_verb_read_as_participle(c) and _harm_verb(c) for c in noun.children):
        return True  # "A policeman arrested Vos.", parsed "a policeman (who was) arrested Vos"
    if noun.dep_ == "nsubj":
        return _harmful(noun.head)
    by = noun.head if noun.dep_ == "pobj" else None
    return bool(by is not None and by.lower_ == "by" and by.dep_ == "agent" and _harmful(by.head))


def is_doer_noun(noun: Any) -> bool:
    """A singular common noun of one person that does a harm (see the module)."""
    return bool(
        noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in _nouns() and _determiner(noun) is not None
    )


def gender_of(noun: Any) -> str | None:
    return gendered_nouns().get(noun.lemma_.lower())


class Doers:
    """The unnamed doers of one document: a new one for "a <noun>" that does harm, "the <noun>" the doer the last
    "a <noun>" introduced (none when that one did no harm)."""

    def __init__(self) -> None:
        self.latest: dict[str, str | None] = {}  # noun lemma -> the doer the last "a <noun>" introduced
        self.ids: set[str] = set()  # every unnamed doer's entity id
        # those of them who did no harm (a broker, a soldier who fled): a later "he" may mean one
        self.harmless: set[str] = set()

    def introduces(self, noun: Any) -> bool:
        """ "a soldier shot …": a new doer. Any other "a soldier" makes "the soldier" after it not this one. A
        broker or smuggler of a trade event is one too, even as "the broker" the first time — not when a broker came
        before who took no part ("Park Min-su, a broker … The broker had paid the guards": Park's)."""
        lemma = noun.lemma_.lower()
        if lemma in _trade_nouns() and _determiner(noun) in INDEFINITE and (acts(noun) or takes_part(noun)):
            return True  # "a (different) broker contacted her": a new one, whoever came before
        if lemma in _trade_nouns() and lemma not in self.latest:
            if takes_part(noun) or acts(noun):
                return True
            self.latest[lemma] = None  # "Park Min-su, a broker, … The broker had paid": not a new person
            return False
        if _determiner(noun) not in INDEFINITE:
            return False
        if not does_harm(noun) and not crosses(noun):
            self.latest[noun.lemma_.lower()] = None
            return False
        return True

    def named(self, noun: Any) -> None:
        """A noun of the kind describing someone named: "the <noun>" after it is no new person."""
        self.latest.setdefault(noun.lemma_.lower(), None)

    def again(self, noun: Any) -> str | None:
        """The doer "the <noun>" means again, if one was introduced with that noun."""
        if _determiner(noun) not in DEFINITE:
            return None
        return self.latest.get(noun.lemma_.lower())

    def add(self, noun: Any, entity_id: str) -> None:
        self.latest[noun.lemma_.lower()] = entity_id
        self.ids.add(entity_id)
        if noun.lemma_.lower() in _trade_nouns() or not does_harm(noun):
            self.harmless.add(entity_id)

    def unmeant(
        self,
        pronoun: Any,
        seen: dict[str, int],
        person_of: Callable[[Any], str | None],
        may_mean: Callable[[str], bool],
        reach: int,
    ) -> set[str]:
        """The doers a pronoun cannot mean: every doer of a harm ("a policeman shot Vos as he left": Vos); one who did
        none (a broker or smuggler, a soldier who fled) last told of (``seen``) in the pronoun's own sentence, before
        the first word it can reach (``reach``), or in a sentence that tells of someone else the pronoun may mean
        (``person_of`` a word, ``may_mean``), other than as a possessive, since then: "Ms Gang says a broker offered
        help. She …", "A broker called Ana. She …": Gang, Ana; not "A broker offered to buy the boy's way out. He
        …": the broker. One told of in a sentence before may be meant ("A broker called her. He said …": the broker;
        "A soldier fled across the border. He was shot": the soldier)."""
        doc = pronoun.doc

        def meant(doer: str) -> bool:
            at = seen.get(doer, len(doc))
            if doer not in self.harmless or not reach <= at < pronoun.sent.start:
                return False
            words = doc[doc[at].sent.start : pronoun.i]
            others = (person_of(w) for w in words if w.dep_ != "poss")
            return not any(other not in (doer, None) and may_mean(other) for other in others if other is not None)

        return {doer for doer in self.ids if not meant(doer)}
