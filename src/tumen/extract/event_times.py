"""The time an event's own sentence states (``EventFinder.time_for``): a time in the trigger's phrase that
belongs to it, else one of a clause that governs the trigger, shifted by a duration between them
(:mod:`tumen.extract.time_shift`). Times the story gives undated events are :mod:`tumen.extract.story_time`'s."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract import event_syntax as syntax
from tumen.extract import time_clauses, time_shift
from tumen.extract.chained_times import past_of_a_participant, person_token
from tumen.extract.event_lexicon import modality_words
from tumen.extract.list_heads import list_head
from tumen.extract.nlp import DASHES, sentence_at, text_of
from tumen.extract.story_basis import cut_off
from tumen.extract.told_by import before_complement
from tumen.extract.types import TimeMention
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder


def time_for(finder: EventFinder, trigger: Any, own_only: bool = False, after_only: bool = False) -> TimeMention | None:
    """The time in the trigger's own phrase (not one of another event in it: "tortured … after an
    attempt to flee … until an escape in 2005"), else (unless ``own_only``) one of a clause that governs the
    trigger — with ``after_only``, one told after the trigger (:func:`reacted_to`). A crime a charge names
    ("arrested on 3 May for killing his neighbour") takes only its own: the charge's time is not the crime's."""
    sent = sentence_at(trigger, 0)  # the document's sentences listed once (nlp.sentence_at)
    inside = [t for t in finder.times if sent.start_char <= t.start and t.end <= sent.end_char]
    inside = [t for t in inside if not cut_off(text_of(finder.doc), t) and not compared_since(finder, t, trigger)]
    inside = [t for t in inside if not before_complement(t, trigger)]  # "said on Saturday it executed": the saying's
    own = [t for t in inside if syntax.span_in_subtree(t.start, t.end, trigger) and _owns(finder, trigger, t)]
    if own:  # not a dateline in the subject ("SEOUL, Oct. 19 — The government has …")
        own = [t for t in own if not describes_person(syntax.root_of(finder.doc, t.start, t.end), trigger)]
        own = [t for t in own if not _of_another_person(finder, t, trigger)]
        if not own:
            return None
        subject = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        dash = next((t.idx for t in sent[:10] if t.text in DASHES), -1)
        pool = [
            t for t in own if t.start > dash and not any(syntax.span_in_subtree(t.start, t.end, c) for c in subject)
        ] or own
        return time_clauses.since_period(trigger, min(pool, key=lambda t: abs(t.start - trigger.idx)), finder.anchor)
    if own_only or trigger.dep_ == "amod":  # "108 repatriated workers were sent to camps in January": returned before
        return None
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else None
    clause = clause or next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    lineage = {clause.i, *(a.i for a in clause.ancestors)} if clause is not None else set()
    outer = [t for t in inside if _clause_of(finder, t) in lineage or _clause_of(finder, t) is None]
    outer = [t for t in outer if not after_only or t.start > trigger.idx]
    outer = [t for t in outer if not describes_person(syntax.root_of(finder.doc, t.start, t.end))]
    outer = [t for t in outer if not _of_another_person(finder, t, trigger)]
    outer = [
        t
        for t in outer
        if (c := _clause_of(finder, t)) is None or not past_of_a_participant(trigger, finder.doc[c], (t.start, t.end))
    ]
    telling = modality_words()["reporting_verbs"]  # "Laos has sent them back, an official said Tuesday": not then
    outer = [t for t in outer if (c := _clause_of(finder, t)) is None or finder.doc[c].lemma_.lower() not in telling]
    outer = [t for t in outer if (c := _clause_of(finder, t)) is None or not _shown(clause, finder.doc[c])]
    if not outer:
        return None  # "came five weeks after a soldier was shot": five weeks before
    time = _since_outer(finder, trigger, min(outer, key=lambda t: abs(t.start - trigger.idx)))
    return time_shift.shifted(trigger, time, finder.durations)


def topic_of_clause(trigger: Any, participants: Sequence[Any] = ()) -> bool:
    """Whether an event noun (or one listed with it: "the arrest and detention of") is the object of a preposition
    of topic or sequence (``story: topic_prepositions``; "on" and "into" only under a noun) in another clause:
    "protested on Monday over the killing of a reporter", "an inquiry launched on Friday into the abduction" — that
    clause's date is not the event's. Only for an event with ``participants``: without them its time is all that
    makes it a fact (:func:`tumen.extract.recent_periods.a_fact`), and the event is kept as it was told."""
    if not participants:
        return False
    node = list_head(trigger)
    if trigger.pos_ != "NOUN" or node.dep_ != "pobj" or node.head.head.i == node.head.i:
        return False
    anywhere, under_noun = topic_prepositions()
    word = node.head.lower_
    return word in anywhere or (word in under_noun and node.head.head.pos_ in ("NOUN", "PROPN"))


@cache
def topic_prepositions() -> tuple[frozenset[str], frozenset[str]]:
    """Prepositions whose object an event of another clause is about or came after, and those that are so only
    under a noun (data/time_words.yaml, ``story``)."""
    story = load("time_words.yaml")["story"]
    return frozenset(story["topic_prepositions"]), frozenset(story["noun_topic_prepositions"])


def reacted_to(trigger: Any, participants: Sequence[Any] = ()) -> bool:
    """Whether an event noun with ``participants`` is the object of a verb of reaction (``story: reaction_verbs``):
    "rights groups on Tuesday condemned the killing of a reporter" — a date before it is the condemning's; one after
    it may be its own phrase's, whatever the parser hung it on ("blamed the killing of Ana Berg in May 2019 on
    rebels")."""
    node = list_head(trigger)
    return (
        bool(participants)
        and trigger.pos_ == "NOUN"
        and node.dep_ == "dobj"
        and node.head.lemma_.lower() in (reaction_verbs())
    )


@cache
def reaction_verbs() -> frozenset[str]:
    """Verbs of reaction to an event, of judging or remembering it, whose object it is (data/time_words.yaml,
    ``story: reaction_verbs``)."""
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["reaction_verbs"])


def compared_since(finder: EventFinder, time: TimeMention, trigger: Any) -> bool:
    """Whether a time opened by "since" is the start of a comparison, not an event's period: it hangs from a noun
    ranked by an ordinal or a superlative ("the first deaths since 1991", "the worst violence since 2008", "for
    the first time since 1991"), which tells that nothing like it happened between, not when it happened. Not for
    an event told of that time ("the biggest wave since 2015, when a million crossed": they crossed in 2015)."""
    root = syntax.root_of(finder.doc, time.start, time.end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "since" or root.is_ancestor(trigger):
        return False
    noun = root.head.head
    for _ in range(4):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == noun.i:
            return False
        if any(_ranks(c) for c in noun.children if c.dep_ in ("amod", "advmod", "nummod")):
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head  # "the first deaths during a protest since 1991": the parser hangs it on the protest
    return False


def _ranks(token: Any) -> bool:
    """An ordinal ("first", "second") or a superlative ("worst", "most serious")."""
    return bool(
        token.ent_type_ == "ORDINAL"
        or token.tag_ in ("JJS", "RBS")
        or token.lower_ in ranking_words()
        or any(c.tag_ == "RBS" for c in token.children)
    )


@cache
def ranking_words() -> frozenset[str]:
    """Words ranking a noun besides ordinals and superlatives (data/time_words.yaml, ``story: ranking``)."""
    return frozenset(load("time_words.yaml")["story"]["ranking"])


def _since_outer(finder: EventFinder, trigger: Any, time: TimeMention) -> TimeMention:
    """A governing clause's period opened by "since" is the event's period too ("have detained 900 people since
    the May 3 coup and killed 40": the killings fill it); not when the event tells the date ("since March 13,
    when police raided her home": the raid on that day), nor when it is of the clause "since" is in."""
    root = syntax.root_of(finder.doc, time.start, time.end)
    clause = (
        trigger
        if trigger.pos_ in ("VERB", "AUX")
        else next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    if root is None or root.is_ancestor(trigger) or clause is None or time_clauses.clause_of(root) == clause.i:
        return time  # its own clause's ("have been in custody since October 23"): the state's rule
    return time_clauses.since_period(trigger, time, finder.anchor)


def _owns(finder: EventFinder, trigger: Any, time: TimeMention) -> bool:
    return time_clauses.owns(trigger, syntax.root_of(finder.doc, time.start, time.end), finder.trigger_tokens)


def _shown(clause: Any, dated: Any) -> bool:
    """Whether the trigger's clause is what a recording made public at the time of ``dated`` shows: "Footage was
    aired in May, showing police beating him" (the beating not in May; data/events.yaml ``publishing_verbs`` and
    ``showing_verbs``)."""
    words = modality_words()
    if clause is None or dated.lemma_.lower() not in words["publishing_verbs"]:
        return False
    for node in (clause, *clause.ancestors):
        if node.i == dated.i:
            return False
        if node.lemma_.lower() in words["showing_verbs"]:
            return True
    return False


def _clause_of(finder: EventFinder, time: TimeMention) -> int | None:
    return time_clauses.clause_of(syntax.root_of(finder.doc, time.start, time.end))


DESCRIBING = ("appos", "compound", "nmod", "nummod", "amod", "det")  # "det": "The" of "The 1980s" as its root


def describes_person(node: Any | None, stop: Any | None = None) -> bool:
    """Whether a time (its root ``node``) describes a person, not an event: it lies in an apposition or a modifier of
    a person's phrase, below any verb (and below ``stop``, the trigger it would date): "The singer Lena Dorn, one of
    the biggest stars of the 1960s, died", "the 1980s pop singer Lena Dorn died", "Ana Berg, the 2015 winner of the
    prize, was arrested". A time hung on a person right away stays its clause's ("Police on Monday arrested …"), and
    so does an event noun's own ("An attack on Monday killed three")."""
    if node is not None and model_year(node):
        return True  # "into a black 2017 Velmo": a model, even after a preposition
    if node is None or _after_preposition(node):
        return False  # "In nineteen ninety-one Charles Keating was convicted": a time of the clause, misparsed
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        dated = node.dep_ == "appos" and node.ent_type_ == "DATE" and not _age(node)  # not "Han, now 29, was sold"
        if (stop is not None and node.i == stop.i) or dated:
            return False  # a date in apposition is a dateline's or the clause's, not a description
        if node.dep_ in DESCRIBING and any(person_token(t) for t in (node.head, *_apposed(node.head))):
            return True
        node = node.head
    return False


def _of_another_person(finder: EventFinder, time: TimeMention, trigger: Any) -> bool:
    """Whether a time in the trigger's phrase lies in a relative clause or an age apposed to a
    person other than the trigger ("Han, who is now 29, was sold", "Han, now 29, …": "now" is theirs), below it."""
    node = syntax.root_of(finder.doc, time.start, time.end)
    while node is not None and node.head.i != node.i and node.i != trigger.i:
        describing = node.dep_ == "relcl" or (node.dep_ == "appos" and _age(node))  # "who is now 29", "now 29"
        if describing and node.head.i != trigger.i and (person_token(node.head) or finder.person(node.head)):
            return True
        node = node.head
    return False


def _age(node: Any) -> bool:
    """A bare number of one to three digits with nothing but an adverb on it: an age ("Han Song-mi, now 29,"), not a
    year, a day or a count ("17 on the 4 October protests")."""
    bare = all(c.dep_ in ("advmod", "punct") for c in node.children)
    return bool(node.like_num and node.text.isdigit() and len(node.text) <= 3 and bare)


def model_year(node: Any) -> bool:
    """Whether a time (its root ``node``) is a bare year naming the model of a thing: it counts the name of a thing
    that has a possessor or an indefinite article ("his 2008 Bentley", "her 2015 Velmo Sprint", "a black 2017
    Velmo"), which is not an event."""
    head = node.head
    return bool(
        node.dep_ == "nummod"
        and node.like_num
        and len(node.text) == 4
        and head.tag_ in ("NNP", "NNPS")
        and head.ent_type_ not in ("EVENT", "DATE")
        and any(c.dep_ == "poss" or (c.dep_ == "det" and "Ind" in c.morph.get("Definite")) for c in head.children)
    )


def _after_preposition(node: Any) -> bool:
    """Whether a time's phrase (its root ``node``) follows a preposition other than "of" ("in", "on", "since" …)."""
    first = min(t.i for t in node.subtree)
    before = node.doc[first - 1] if first > 0 else None
    if before is not None and before.dep_ == "det" and first > 1:
        before = node.doc[first - 2]
    return before is not None and before.pos_ == "ADP" and before.lower_ != "of"


def _apposed(token: Any) -> list[Any]:
    return [c for c in token.children if c.dep_ == "appos"]
