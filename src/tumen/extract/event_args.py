"""Details of English events beyond the trigger's own arguments.

- The age of an event's principal participant at the event: "he was tortured when he was 13",
  "tortured at the age of 13", "arrested aged 15", "when she was 16 she was detained" ->
  ``victim_age``. An age set beside a name ("Kim, 34,") is the person's age at publication
  and is left to :mod:`tumen.extract.age_links`.
- "there" as the place most recently named ("moved to Camp 18, and it was there that …").
- Whom someone informed on: "informed on his mother", "informed a guard of a plan by his
  mother and brother to escape".
- Book and film titles ("Escape from Camp 14") are not events.
- The time of day of an event ("crossed at about 6:10 a.m.") -> ``clock`` "06:10" and
  ``clock_approximate``.

A collective word ("both", "they", "the three") standing for persons named before it is
:mod:`tumen.extract.collective_parties`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from tumen.extract.doc_memo import kept_with
from tumen.extract.entities import Grouping
from tumen.extract.event_lexicon import modality_words, person_nouns
from tumen.extract.list_heads import list_head
from tumen.extract.nlp import sentence_at, text_of, token_at
from tumen.extract.prep_objects import objects_of
from tumen.extract.time import words as w
from tumen.extract.types import Event
from tumen.extract.vocab import load

EntityOf = Callable[[Any], str | None]

# Clauses whose material does not describe the phrase they hang on ("workers who were
# deported from Helong": Helong is not a worker).
DETACHED = ("relcl", "acl", "conj", "cc", "advcl", "punct", "parataxis")
MOVEMENTS = {"forced_repatriation", "border_crossing", "resettlement"}
_QUOTES = "\"'“”‘’«»"
_TITLE_SMALL_WORDS = ("a", "an", "the", "of", "from", "to", "in", "on", "and", "for", "with", "at", "by")

# "when he was 13", "while she was only 16 years old", "at the age of 13", "aged 15"
_AGE_AT_EVENT = re.compile(
    rf"\b(?:(?:when|while|as)\s+(?:the\s+)?[\w'’-]+\s+(?:was|were)\s+"
    rf"(?:only\s+|just\s+|still\s+|barely\s+)?(?P<when>{w.NUMBER})(?:\s+years?\s+old)?"
    rf"|at\s+the\s+age\s+of\s+(?P<at>{w.NUMBER})|\baged\s+(?P<aged>{w.NUMBER}))\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s+cent|years?\s+(?:ago|later|earlier|before|after)|[ap]\.?m\b|o'clock|:"
    r"|km\b|kilomet|miles?\b|met(?:er|re)s?\b|minutes|hours|days|weeks|months|times|people|persons))",
    re.IGNORECASE,
)


def core_subtree(token: Any) -> Iterator[Any]:
    """The phrase of ``token`` without its relative clauses, conjuncts and other clauses."""
    yield token
    for child in token.children:
        if child.dep_ not in DETACHED:
            yield from core_subtree(child)


def is_title(token: Any) -> bool:
    """ "Escape from Camp 14", written by …: a capitalised trigger opening a quoted title, or an
    event noun capitalised mid-sentence, names a book or film, not an event."""
    if not token.text[:1].isupper():
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.text and previous.text[-1] in _QUOTES:
        quoted = []
        for following in token.doc[token.i : token.i + 12]:
            if following.text and following.text[0] in _QUOTES:
                break
            quoted.append(following)
        words = [t for t in quoted if t.is_alpha and t.lower_ not in _TITLE_SMALL_WORDS]
        capitalised = [t for t in words if t.text[:1].isupper()]
        return len(capitalised) >= 2 and 2 * len(capitalised) > len(words)
    return token.pos_ == "NOUN" and bool(token.i != token.sent.start)


PARTITIVES = ("one", "some", "all", "many", "most", "none", "each", "several", "two", "three")


def possessor_of_many(candidate: Any, phrase: Any) -> bool:
    """The possessor in a partitive or quantified phrase, one of members or of a relative ("almost all my family
    members", "one of her two brothers", "all her relatives", "my second child"): the phrase names others than
    the possessor. (A plural relative or a family the possessive tells is a party of its own, anchored to the
    possessor: :mod:`tumen.extract.kin_heads`; a list the parser split, "Kim, her son and her parents were
    arrested", keeps Kim by :func:`tumen.extract.victim_lists.owner_set_apart`.)"""
    if candidate.dep_ != "poss":
        return False
    if phrase.lower_ in PARTITIVES or phrase.lemma_.lower() in ("member", "relative"):
        return True  # "one of her two brothers", "my family members"
    if phrase.tag_ == "NN" and phrase.lower_ in load("kinship.yaml")["kin"]:
        return True  # "my second child did not survive": the child, never the speaker
    if phrase.lemma_.lower() in load("kinship.yaml")["counterparts"]:
        return True  # "his client was abducted": the client, never the lawyer
    return any(c.dep_ in ("det", "predet", "nummod") and c.lower_ in PARTITIVES for c in phrase.children)


def _with_conjuncts(token: Any) -> list[Any]:
    return [token, *token.conjuncts]


def is_person(entity_id: str | None, grouping: Grouping) -> bool:
    return entity_id is not None and grouping.by_id(entity_id).kind == "person"


def informed_about(verb: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """Whom "inform" denounces: "informed on his mother" / "informed a guard of a plan by his
    mother and brother" / "informed the police of his neighbour" -> the phrases naming them."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "against")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if is_person(entity_of(pobj), grouping):
                    return _with_conjuncts(pobj)
                if prep.lower_ != "of":
                    continue
                for by in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"):
                    for agent in (c for c in by.children if c.dep_ == "pobj"):
                        if is_person(entity_of(agent), grouping):
                            return _with_conjuncts(agent)
    return []


def place_in_plan(verb: Any, entity_of: EntityOf, grouping: Grouping) -> str | None:
    """ "informed a guard of a plan … to escape Camp 14": the place the plan was made in."""
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        found = entity_of(token)
        if found is not None and grouping.by_id(found).kind == "place":
            return found
    return None


CUSTODY = ("arrest", "detention", "sentencing", "trial")


def state_of(entity_id: str | None, grouping: Grouping) -> str | None:
    """The state a place acting as a perpetrator stands for: a country itself, or the country of
    a capital ("Beijing returned them") when the document names that country."""
    if entity_id is None:
        return None
    place = grouping.by_id(entity_id)
    if place.kind != "place":
        return None
    if place.place_kind == "country":
        return entity_id
    country = load("state_agents.yaml")["capitals"].get(place.name or "")
    found = [e.id for e in grouping.entities if e.kind == "place" and country and e.name == country]
    return found[0] if found else None


def party_members(token: Any, entity_id: str, groups: dict[str, tuple[str, ...]], grouping: Grouping) -> list[str]:
    """Whom a phrase naming a party means: ``entity_id`` and every member of its party (a couple, a counted
    plural: ``Coref.groups``) the phrase itself mentions — "the couple was executed", "her two younger
    brothers died" — but not "the husband" nor "one of her two brothers" (a part of the party)."""
    members = [
        m
        for m in groups.get(entity_id, ())
        if m != entity_id and any(x.start <= token.idx < x.end for x in grouping.by_id(m).mentions)
    ]
    return [entity_id, *members]


def thing_of(token: Any, person: str, entity_of: EntityOf) -> bool:
    """A thing of the person's, not the person: a noun that is no one, whose "of", possessor or a name before it
    names the person ("snatched the bag of X", "sold the house of X", "sold his stake", "sold her paintings", "sold
    the Berg farm", "sold its Vela and Ostra candy brands"; not "sold his daughters", "sold the Berg sisters": a
    noun of kinship or description names people)."""
    if entity_of(token) is not None or token.tag_ not in ("NN", "NNS") or token.lemma_.lower() in person_nouns():
        return False
    owners = [c for c in token.children if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss"]
    owners += [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i]  # "the Berg farm"
    return any(entity_of(t) == person for c in owners for t in c.subtree)  # also "sold his majority stake"


TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "on", "following", "until"})


def own_bare_event(noun: Any) -> list[Any]:
    """ "After resettlement, I wanted to bring my son", "Upon release she went home": an event noun with no
    article, possessor or "of" under a preposition of time is done to or by the subject of the clause it
    hangs on (and its conjuncts)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in TEMPORAL_PREPOSITIONS or noun.tag_ != "NN":
        return []
    if any(c.dep_ in ("det", "poss", "prep", "compound", "amod") for c in noun.children):
        return []
    clause = noun.head.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [subject, *subject.conjuncts] if subject is not None else []


def experiencers(noun: Any, verbs: frozenset[str]) -> list[Any]:
    """ "He endured starvation and torture", "her mother and father made several food runs to China": the
    subject (and its conjuncts) of the verb whose object the event noun is; "they were subjected to torture": the
    subject of a passive (``modality: subjected_to`` in data/events.yaml) the noun is "to"; "she died while
    serving a sentence": a clause in -ing without a subject has its main clause's; "she went through torture": the
    subject of a verb with a preposition of undergoing (``experiencer_phrases``). Not when the noun has its own
    patient: "she lived through the killing of her brother", "survived the arrest of her husband" (he underwent it)."""
    if any(c.dep_ == "poss" for c in noun.children) or own_patient(noun):
        return []
    noun = list_head(noun)
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in modality_words()["attempt_nouns"]:
        noun, verbs = noun.head, verbs | modality_words()["attempt_targets"]  # "she escaped a kidnap attempt"
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in modality_words()["subjected_to"]:
        subject = next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "dobj")), None)  # "subjected
        return [subject, *subject.conjuncts] if subject is not None else []  # him to torture": he underwent it
    phrase = f"{prep.head.lemma_.lower()} {prep.lower_}" if noun.dep_ == "pobj" else ""
    if phrase in modality_words()["experiencer_phrases"] and prep.dep_ == "prep":  # "she went through torture"
        noun = prep
    elif noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs:
        return []
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "died … while serving a sentence"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [subject, *subject.conjuncts] if subject is not None else []


def own_patient(noun: Any) -> bool:
    """Whether an event noun names who underwent it in its "of": "the killing of her brother", "the arrest of Ivo
    Lesk" — not a time or a number ("the famine of the 1990s", "the arrests of 2019")."""
    return any(g.ent_type_ not in TIMELESS and not g.like_num for g in objects_of(noun))


TIMELESS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
HELD_VERBS = frozenset({"be", "remain", "stay", "languish", "spend", "sit"})


def held_in(noun: Any) -> list[Any]:
    """ "Kim remains in detention", "Still in custody are A and B", "she spent two years in detention", "Kim is
    in jail", "Kim remains under house arrest", "Kim is thought to be under arrest": the subject (and its
    conjuncts) of the verb of being or staying that a custody noun is "in" or "under" (an infinitive's subject is
    its governing verb's); every subject, when the parser splits a list in two ("Still in custody are the lawyer
    A and the organisers B, C and D": B a second subject)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under", "behind"):
        return []
    camp = noun.lemma_.lower() == "camp"
    if camp and not held_camp(noun):
        return []  # "in a refugee camp": no one held
    if not camp and any(c.dep_ in ("poss", "det") for c in noun.children):
        return []  # "in the prison's yard"; a camp of custody may have its article: "in a labour camp"
    verb = noun.head.head
    if verb.lemma_.lower() not in HELD_VERBS:
        return []
    if camp and any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" for c in verb.children):
        return []  # "was in a labour camp to treat prisoners": there to do something, not held
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # a list the parser split: each
    if not subjects and verb.dep_ in ("xcomp", "conj"):  # "is thought to be under house arrest"; "… and has been"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return [token for subject in subjects for token in (subject, *subject.conjuncts)]


@cache
def _held_camp_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["places"]["held_camps"])


def held_camp(noun: Any) -> bool:
    """A camp of custody: one a word of ``held_camps`` in data/events.yaml (``places``) modifies ("a labour camp", "a
    political prison camp"), or one a number names ("camp No. 14")."""
    words = _held_camp_words()
    modifiers = [c for c in noun.subtree if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")]
    return any(m.lower_ in words or m.lemma_.lower() in words for m in modifiers) or any(
        c.dep_ == "nummod" and c.i > noun.i for c in noun.children
    )


def apprehended(verb: Any) -> bool:
    """ "was detained by police" / "was detained in May" is an arrest; "were detained in Kunming"
    (held somewhere, by nobody named) is a detention."""
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside")):
        if any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children):
            return False
    return True


def fallback_place(trigger: Any, event_type: str, lemma: str, entity_of: EntityOf, grouping: Grouping) -> str | None:
    """A place the trigger's own phrase does not name: where the plan informed on was made, where the
    court sits ("a court in Dandong sentenced …"), the state whose organs arrested ("Chinese police")."""
    if event_type == "denunciation" and lemma == "inform":  # "of a plan to escape Camp 14"
        return place_in_plan(trigger, entity_of, grouping)
    if event_type not in CUSTODY:
        return None
    actors = [c for c in trigger.children if c.dep_ == "nsubj"]
    actors += [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    for actor in actors:
        for prep in (c for c in actor.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for token in prep.subtree:
                found = entity_of(token)
                if found is not None and grouping.by_id(found).kind == "place":
                    return found
    for actor in actors:
        found = entity_of(actor)
        if found is not None and grouping.by_id(found).place_kind == "country":
            return found
    return None


def conjoined_place(trigger: Any, event_type: str, events: list[Event]) -> str | None:
    """ "informed a guard of a plan to escape Camp 14 and both were executed": the place of the
    event the trigger is conjoined to."""
    if trigger.dep_ != "conj":
        return None
    head = next((e for e in events if e.trigger.start == trigger.head.idx), None)
    if head is None or {head.type, event_type} & MOVEMENTS:  # "caught in Shenyang and sent back": not there
        return None
    return head.place


def there_place(trigger: Any, grouping: Grouping) -> str | None:
    """ "it was there that he betrayed …" / "he was beaten there": the place named last before
    "there", in its own or the previous sentence."""
    holders = [trigger]
    if trigger.dep_ in ("ccomp", "relcl", "advcl") and trigger.head.lemma_ == "be":  # the cleft "it was there that"
        holders.append(trigger.head)
    there = next(
        (c for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ == "there"),
        None,
    )
    if there is None:
        return None
    return grouping.last_of_kind("place", sentence_at(there, -1).start_char, there.idx)


def attach_ages(doc: Any, events: list[Event], person_of: Callable[[Any], str | None] | None = None) -> None:
    """``victim_age`` on the event whose trigger governs an age at the event; with ``person_of`` (the person a
    token stands for), an age a clause gives someone who takes no part in the event is ``age_of`` that person
    instead: "When she was 19, her father was taken away" — she was 19, not her father (her age dates the event,
    :mod:`tumen.extract.age_dates`)."""
    for event, start, _end, age in ages_at_events(doc, events):
        holder = _age_holder(doc, start, person_of) if person_of is not None else None
        if holder is not None and all(p.entity != holder for p in event.participants):
            event.attributes.setdefault("age_of", {"person": holder, "age": age})
        elif "victim_age" not in event.attributes:
            event.attributes["victim_age"] = age


def _age_holder(doc: Any, start: int, person_of: Callable[[Any], str | None]) -> str | None:
    """The person whose age a clause "when X was N" gives: the subject X of its verb "was"."""
    opener = token_at(doc, start)
    if opener is None or opener.lower_ not in ("when", "while", "as"):
        return None
    verb = opener.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.lemma_ == "be" else None
    return person_of(subject) if subject is not None else None


def ages_at_events(doc: Any, events: list[Event]) -> Iterator[tuple[Event, int, int, int]]:
    """Each age at an event ("when he was 17", "aged 7"): the event, the age's span and the age."""
    by_start = {e.trigger.start: e for e in events}
    for start, end, group, age_start, age in _ages_said(doc):
        token = token_at(doc, age_start)
        if token is None:
            continue
        event = _governing_event(token, by_start, apposition_ok=group == "when")
        if event is not None:
            yield event, start, end, w.english_number(age)


def _ages_said(doc: Any) -> tuple[tuple[int, int, str, int, str], ...]:
    """The matches of ``_AGE_AT_EVENT`` in a document's text, read once for the steps that ask (events' ages, told
    intervals) and kept with the document: (start, end, the group that holds the age, where the age starts, the age
    as written)."""
    return kept_with(doc, "tumen_ages_said", lambda: tuple(_age_matches(text_of(doc))))


def _age_matches(text: str) -> Iterator[tuple[int, int, str, int, str]]:
    for match in _AGE_AT_EVENT.finditer(text):
        group = next(g for g in ("when", "at", "aged") if match.group(g) is not None)
        yield match.start(), match.end(), group, match.start(group), match.group(group)


def _governing_event(token: Any, by_start: dict[int, Event], apposition_ok: bool) -> Event | None:
    """The event trigger the age's clause hangs on; not through a noun phrase ("Kim, aged 34,"
    describes Kim at publication), except "the age of"."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        event = by_start.get(node.idx)
        if event is not None:
            return event
        if node.pos_ in ("NOUN", "PROPN", "PRON") and node.lemma_.lower() != "age" and not apposition_ok:
            return None
    return None


CLOCK = re.compile(r"T(\d\d):(\d\d)")
HEDGED_CLOCK = re.compile(
    r"\b(?:about|around|approximately|roughly|some time after|shortly (?:after|before))\s*$", re.I
)


def clock_of(text: str, value: str, start: int) -> tuple[str, bool] | None:
    """ "HH:MM" of a time expression's TimeML value ("2022-06-08T06:10"), and whether it is hedged."""
    found = CLOCK.search(value)
    if found is None:
        return None
    return f"{found.group(1)}:{found.group(2)}", bool(HEDGED_CLOCK.search(text[max(0, start - 25) : start]))
