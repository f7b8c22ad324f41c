"""Clause structure of English event triggers, read from the dependency parse: auxiliaries, subjects of relative and
reduced relative clauses, purpose infinitives, and how many people a group noun counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.headline_words import headline_participle
from tumen.extract.one_of import one_of
from tumen.extract.participle_doers import participle_doer
from tumen.extract.phrasal_particles import misread_particles, qualifier_before
from tumen.extract.types import TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

CLAUSES = ("relcl", "acl", "ccomp", "advcl")
SUBJECTS = ("nsubj", "nsubjpass")
TEMPORAL = ("after", "before", "since", "until", "following")
# what gives a joined verb a clause of its own, not sharing the "to" of the verb it is joined to
BARE_NOT = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})


def count_of(noun: Any) -> tuple[int, str | None] | None:
    """How many people a group noun counts, and how exactly: "as many as 600 refugees" -> (600, "up to")."""
    numbers = [c for c in noun.children if c.dep_ == "nummod" and c.pos_ == "NUM"]
    # "60 repatriated North Korean workers": the parser may hang the number on the participle
    numbers = numbers or [
        t for left in noun.lefts for t in left.subtree if t.pos_ == "NUM" and t.dep_ in ("nsubj", "nummod")
    ]
    if not numbers:
        return None
    number = numbers[0]
    digits = number.text.replace(",", "")
    if not digits.isdigit():
        return None
    qualifier = qualifier_before(number.doc, number.i)  # not "turned over nine" (a particle)
    return int(digits), qualifier


def purpose(verb: Any) -> bool:
    """An infinitive of purpose or plan: "(in order) to arrange", not a tried or forced one, nor one ranked
    ("the first journalist to be convicted": :func:`ranked`). A bare verb joined to one shares its "to": "went to
    the village to arrest and torture the farmers" (of the same form; not "to buy bread and was arrested", a clause
    of its own)."""
    while verb.dep_ == "conj" and verb.tag_ == verb.head.tag_ and not any(c.dep_ in BARE_NOT for c in verb.children):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "acl", "relcl"):
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and not _time_taken(verb) and not ranked(verb)


@cache
def ranked_heads() -> frozenset[str]:
    return frozenset(str(w) for w in load("events.yaml")["modality"]["ranked_heads"])


def ranked(verb: Any) -> bool:
    """ "the first journalist to be convicted", "some of the latest to be killed": an infinitive relative on an
    ordinal or superlative tells what happened to its noun, not what is intended."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    head = verb.head
    words = [head, *(c for c in head.children if c.dep_ in ("amod", "nummod") and c.i < head.i)]
    return any(w.tag_ == "JJS" or w.lower_ in ranked_heads() for w in words)


def _time_taken(verb: Any) -> bool:
    """ "It took about a month after I crossed to be sold": the infinitive tells what the time was taken
    by, so it happened (the parser may hang it on a clause between)."""
    head = verb
    for _ in range(3):
        if head.head is head:
            return False
        head = head.head
        if head.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
            return True
    return False


def passive(verb: Any) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or headline_participle(verb):
        return True  # "Ana Vale found dead in Tarvik": a headline's bare participle (tumen.extract.headline_words)
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        return True  # "he was ill-treated by guards": a participle the parser took for the complement of "be"
    has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and all(c.dep_ in ("cc", "punct") for c in verb.children):
        return passive(verb.head)  # "they were found out, jailed and returned.": the bare last participle, too
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "pcomp", "conj", "xcomp") and not has_perfect


def shares_subject(verb: Any) -> bool:
    """A verb with no subject of its own that takes one from its clause chain: a conjunct ("… tried to
    cross, was caught") or an infinitive ("it took a month after I crossed to be sold")."""
    if verb.dep_ == "conj":
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def present(verb: Any) -> bool:
    """A state true at publication: "is being held", "remains in detention"."""
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t in ("VBZ", "VBP") for t in tags) and not any(
        c.lemma_ in ("have", "will") for c in verb.children if c.dep_ == "aux"
    )


def objects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd")]


def own_particles(verb: Any) -> list[Any]:
    """The particles and adverbs that may make a phrase with the verb ("sent back", "sent him back", "handed over"):
    not an adverb fronted before its subject, which sets the scene ("Back in Norland, she was sent to a camp",
    "Back home, he was handed a fine")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    fronted = subject.i if subject is not None else verb.i
    own = [c for c in verb.children if c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.i > fronted)]
    return own + misread_particles(verb)  # "turned over nine refugees": "over" read as "more than"


def priced(verb: Any) -> bool:
    """A sale with its price ("was sold to a farmer for 15,000 yuan"): the amount is the sale's, as a payment's
    (``conditions: sales`` in ``data/events.yaml``)."""
    sales = load("events.yaml")["conditions"]["sales"]
    return verb.lemma_.lower() in sales and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def auxiliaries(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def passive_subject(verb: Any) -> Any | None:
    """The passive subject; of two the parser gave the verb with no "and" between them, the first: in "Omar
    Haddad, 42, a fisherfolk leader from Tarvik, Holm was arrested" the province ending the apposition is no
    second one arrested (with "and" between, both are: :func:`victim_lists.stray_objects`)."""
    found = sorted((c for c in verb.children if c.dep_ == "nsubjpass"), key=lambda c: c.i)
    last = found[-1] if found else None
    if last is None or len(found) < 2 or last.pos_ != "PROPN" or list(last.children) or last.nbor(-1).text != ",":
        return nearest(verb, "nsubjpass")  # the later one a bare name after a comma: the place ending the phrase
    if not any(t.dep_ == "cc" for t in verb.doc[found[0].i : last.i]):
        return found[0]
    return nearest(verb, "nsubjpass")


def nearest(verb: Any, dep: str) -> Any | None:
    before = [c for c in verb.children if c.dep_ == dep]
    return min(before, key=lambda c: abs(verb.i - c.i)) if before else None


def past_dateline(token: Any | None) -> Any | None:
    """ "SEOUL — A defector … has changed his story": the parser made the dateline the subject and the
    real subject its apposition; the apposition is the subject."""
    if token is None or token.i != token.sent.start or token.i + 1 >= len(token.doc):
        return token
    if token.nbor().text not in ("—", "--", "–") or not token.text.isupper():
        return token
    return next((c for c in token.children if c.dep_ == "appos"), token)


def owner(possessive: Any) -> Any:
    """ "a defector, whose escape from a camp …": "whose" is the noun its relative clause describes."""
    if possessive.lower_ == "whose":
        return next((a.head for a in possessive.ancestors if a.dep_ == "relcl"), possessive)
    return possessive


def described(verb: Any, token: Any | None) -> Any | None:
    """ "Han, who was released", "Kim is one of those who fled": the noun a relative clause's "who" stands for."""
    if token is not None and verb.dep_ == "relcl" and token.tag_ in ("WP", "WDT"):
        return one_of(verb.head)
    return token


def copula_subject(noun: Any) -> Any | None:
    """ "Kim is the latest worker arrested", "Kim was the first journalist killed this year": the subject of the
    copula a described noun is the complement of (the one the participle on the noun tells of), else None."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def gerund_doer(verb: Any) -> Any | None:
    """ "Her father was arrested and beaten for crossing the border": an active gerund under a preposition is
    done by the one the clause it hangs on is about, whatever that clause's voice (the one arrested crossed). An
    active participle on a noun is done by that noun: "watched guards beating her son" (:mod:`participle_doers`)."""
    if verb.dep_ == "acl":
        return participle_doer(verb)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or passive(verb) or verb.head.dep_ != "prep":
        return None
    clause = verb.head.head
    while clause.pos_ in ("VERB", "AUX"):
        found = nearest(clause, "nsubj") or nearest(clause, "nsubjpass")
        if found is not None:
            return described(clause, found)
        if clause.dep_ != "conj":  # "arrested and beaten for …": the subject of the first conjunct
            return None
        clause = clause.head
    return None


def reduced_relative_subject(verb: Any) -> Any | None:
    """The subject the parser gave to a participle before ``verb`` with no auxiliary of its own."""
    for token in reversed(list(verb.sent)):
        if token.i >= verb.i or token.tag_ != "VBN" or auxiliaries(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def inverted_passive_subject(verb: Any) -> Any | None:
    """ "Also arrested were two missionaries": the parser hangs the ones arrested on the auxiliary after the
    participle (as its attribute); they are the participle's passive subject."""
    for aux in verb.rights:
        if aux.dep_ == "auxpass":
            return next((c for c in aux.children if c.dep_ == "attr"), None)
    return None


def shared_object(verb: Any) -> Any | None:
    """ "Police beat and arrested Kim": an active verb with no object of its own, joined by "and" or "or" to the
    next verb, has that verb's object."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    after = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2]
    if not after or verb.nbor().dep_ != "cc" or passive(after[0]):
        return None
    return next((c for c in after[0].children if c.dep_ == "dobj"), None)


def shared_agent(verb: Any) -> Any | None:
    """ "Activists were harassed and arrested by police", "were harassed, beaten and jailed by soldiers": a passive
    participle with no agent of its own, joined by "and", "or" or a comma to the next participles, the last of which
    the "by" phrase directly follows, shares that agent (not "shot and taken to hospital by relatives": the agent
    of the last verb's own phrase)."""
    participles = ("VBN", "VBD")  # the parser may tag a participle after a comma a past tense
    if verb.tag_ not in participles or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not (passive(verb) or (verb.dep_ == "conj" and passive(verb.head))):
        return None
    node = verb
    while True:
        after = [c for c in node.children if c.dep_ == "conj" and c.tag_ in participles and c.i > node.i]
        between = node.doc[node.i + 1 : after[0].i] if after else ()
        if not after or not all(t.dep_ in ("cc", "punct") for t in between):
            return None
        node = after[0]
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((o for o in agent.children if o.dep_ == "pobj"), None) if agent.i == node.i + 1 else None


def perceived(verb: Any) -> bool:
    """A participle of what one saw done that the parser read as a past tense: "the crackdown has seen the reporter
    Karl Vos arrested" ("arrested" a VBD whose subject "Karl Vos" is the one arrested) — the complement of a verb of
    seeing (``modality: perception_verbs``) with no object, conjunction or auxiliary of its own."""
    seeing = load("events.yaml")["modality"]["perception_verbs"]
    if verb.dep_ != "ccomp" or verb.tag_ != "VBD" or verb.head.lemma_.lower() not in seeing:
        return headline_participle(verb)  # "Ana Vale abducted in Tarvik" (tumen.extract.headline_words)
    return not any(c.dep_ in ("dobj", "mark", "aux", "auxpass", "nsubjpass") for c in verb.children)


def misparsed_object(verb: Any, named: Any) -> Any | None:
    """The object the parser did not make one, of an active verb with none: a person's name after it hung on it as
    an adverbial noun ("gunmen shot dead 30-year-old reporter Ana Ruiz": "Ruiz" an npadvmod), or a noun joined to
    it behind a second participle the parser read as an adjective ("police beat and injured reporter Ana Ruiz":
    "injured reporter" a conjunct of "beat"). ``named`` tells whether a token is a person."""
    subjecting = load("events.yaml")["modality"]["subjected_to"]  # "guards subjected him to torture" read as
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in subjecting and verb.i > verb.head.i:  # an infinitive
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if passive(verb) or any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    for child in (c for c in verb.rights if c.pos_ in ("NOUN", "PROPN")):
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and named(child):
            return child
        first = child.doc[child.left_edge.i]
        joined = first.i == verb.i + 2 and verb.nbor().dep_ == "cc" and first.tag_ in ("VBN", "VBD")
        if child.dep_ == "conj" and joined and first.dep_ == "amod" and first.head.i <= child.i:
            return child
    return None


def among_those(token: Any | None) -> Any | None:
    """ "Among those arrested were A and B", "Among those who were abducted is A", "A and B were among those
    arrested": "those" is whom the copula names (A, with its conjuncts) — after it, else its subject before. So is
    any group under "among" ("A was among seven people arrested", "A was among the 50 detained", "A and B were among
    a group of 34 people sentenced"); not when the copula is negated ("A was not among those arrested")."""
    if token is None:
        return token
    group = token
    if token.lower_ not in ("those", "ones"):
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
            group = token.head.head  # "among a group of 34 people sentenced"
        if group.dep_ != "pobj" or group.head.lower_ != "among":
            return token
    elif token.dep_ != "pobj" or token.head.lower_ != "among":
        return those_named(token)
    clause = group.head.head
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return token  # "A was not among those arrested": not A
    after = next((c for c in clause.children if c.dep_ in ("nsubj", "attr") and c.i > group.i), None)
    return after or next((c for c in clause.children if c.dep_ == "nsubj"), token)


# Words for a part of "those …": "one of those arrested", "many of those detained".
PARTS = frozenset({"one", "some", "many", "most", "several", "two", "three", "four", "dozens", "hundreds"})


def those_named(token: Any) -> Any:
    """ "Those convicted included A", "Those arrested were A and B", "One of those arrested, A, is …", "Many of
    those detained are figures, including A": whom the clause whose subject is "those …" names as its members —
    the object of "include", the complement of "be", or the apposition of a part of them. Else ``token``."""
    phrase = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PARTS:
        phrase = token.head.head
        apposed = next((c for c in phrase.children if c.dep_ == "appos"), None)
        if apposed is not None:
            return apposed
    if phrase.dep_ != "nsubj":
        return token
    clause = phrase.head
    wanted = {"be": "attr", "include": "dobj"}.get(clause.lemma_)
    return next((c for c in clause.children if c.dep_ == wanted), token)


def active_participle(token: Any, verbs: dict[str, Any]) -> str | None:
    """ "Kim informed on his uncle", parsed as an adjective with a subject: the verb's lemma."""
    if token.pos_ != "ADJ" or not token.lower_.endswith("ed"):
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or any(c.lemma_ == "be" for c in token.children):
        return None
    for lemma in (token.lower_[:-2], token.lower_[:-1]):
        if lemma in verbs:
            return str(lemma)
    return None


def attributive(verb: Any) -> bool:
    """A past participle that modifies a noun ("the detained lawyer Kim", "jailed blogger Kim"): it tells its event
    of that noun, and no doer."""
    return bool(verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD"))


def named_head(noun: Any) -> Any:
    """The head of a name a noun is a compound of ("activist" in "activist Karl Vos": Vos)."""
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun


def predicative_ing(token: Any, verbs: dict[str, Any]) -> str | None:
    """ "Kim went missing": a form in -ing the parser took for an adjective after a verb, read as its verb."""
    if token.pos_ != "ADJ" or not token.lower_.endswith("ing") or token.dep_ not in ("acomp", "oprd", "advcl", "xcomp"):
        return None
    stem = token.lower_[:-3]
    return next((lemma for lemma in (stem, stem + "e", stem[:-1]) if lemma in verbs), None)


def hyphenated(token: Any, lemma: str, *lexicons: Any) -> str | None:
    """ "ill-treated", "ill-treatment": the parser splits a word joined by a hyphen; the whole word's lemma when
    the vocabulary has it (the prefix, the hyphen and the word written without spaces)."""
    if token.i < 2 or token.nbor(-1).text != "-" or token.nbor(-1).whitespace_ or token.nbor(-2).whitespace_:
        return None
    joined = f"{token.nbor(-2).lower_}-{lemma}"
    return joined if any(joined in lexicon for lexicon in lexicons) else None


def inanimate(patient: Any, words: frozenset[str]) -> bool:
    """ "a report … released on Saturday": the thing released, also when the parser hung the
    participle on a noun inside it ("a report by Human Rights Watch released …")."""
    node = patient
    for _ in range(3):
        if node.lemma_.lower() in words:
            return True
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        node = node.head.head
    return False


def span_in_subtree(start: int, end: int, token: Any) -> bool:
    """Whether the characters ``start``-``end`` lie within the stretch of text the token's subtree covers."""
    tokens = list(token.subtree)
    return bool(min(t.idx for t in tokens) <= start and end <= max(t.idx + len(t.text) for t in tokens))


def root_of(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def owns(trigger: Any, node: Any | None, triggers: set[int]) -> bool:
    """Whether a time (its root ``node``) in the trigger's phrase is the trigger's own, not that of
    another event or clause inside it ("tortured … until an escape in 2005")."""
    while node is not None and node.i != trigger.i and node.head.i != node.i:
        clause = node.dep_ in CLAUSES or (node.dep_ == "pcomp" and node.head.lower_ in TEMPORAL)
        if node.i in triggers or (
            node.pos_ == "VERB" and clause and not _since_clause(node) and not _occurrence_of(node, trigger)
        ):
            return False
        if node.dep_ == "conj" and node.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in node.children):
            return False  # "she bribed the guards but, two years later, they were caught": the second clause's
        node = node.head
    return True


def _occurrence_of(verb: Any, trigger: Any) -> bool:
    """Whether ``verb`` is a clause on the event noun ``trigger`` that only tells it took place ("Pell's murder,
    which happened in October 2018", "the raid carried out on Monday"): its time is the event's."""
    if verb.head.i != trigger.i or verb.dep_ not in ("relcl", "acl") or trigger.pos_ != "NOUN":
        return False
    pairs = {f"{verb.lemma_} {c.lower_}".lower() for c in verb.children if c.dep_ in ("prt", "dobj")}
    return not ({verb.lemma_.lower()} | pairs).isdisjoint(occurrence_verbs())


def told_done(trigger: Any) -> bool:
    """Whether the event noun ``trigger`` has a clause of a verb of taking place in the past ("a shooting that had
    taken place the day before"): it happened, whatever purpose the noun's phrase serves."""
    return any(
        _occurrence_of(c, trigger)
        and c.tag_ in ("VBD", "VBN")
        and not any(n.dep_ == "neg" or n.lower_ in ("never", "no") for n in c.children)
        for c in trigger.children
    )


@cache
def occurrence_verbs() -> frozenset[str]:
    """Verbs that tell an event took place (data/time_words.yaml, ``story: occurrence_verbs``)."""
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["occurrence_verbs"])


def clause_of(root: Any | None) -> int | None:
    """The verb whose clause a time (its root) belongs to."""
    if root is None:
        return None
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.tag_ == "VBN" and not auxiliaries(verb) and verb.head.i != verb.i:
        verb = verb.head  # "throughout 2023, women detained in China were sent back": the main clause's time
    return verb.i if verb is not None else None


def _since_clause(node: Any) -> bool:
    return bool(node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children))


def since(trigger: Any, node: Any | None) -> bool:
    """Whether a time (its root ``node``) is the start of an open period: "since last year",
    "since Pyongyang closed its border in 2020"."""
    while node is not None and node.i != trigger.i and node.head.i != node.i:
        if (node.lower_ == "since" and node.dep_ in ("prep", "mark")) or _since_clause(node):
            return True
        node = node.head
    return False


def since_period(trigger: Any, time: TimeMention, anchor: date | None) -> TimeMention:
    """ "has returned 670 since … early 2020": from that time to publication; but "Ana Berg has been missing since
    March 13": the state of one that began on the date is dated by it (:func:`_state_of_one_since`)."""
    if time.interval is None or anchor is None or anchor < time.interval.earliest:
        return time
    root = root_of(trigger.doc, time.start, time.end)
    if not since(trigger, root) or _state_of_one_since(trigger, root):
        return time
    return replace(time, interval=Interval(time.interval.earliest, anchor, "range"))


@cache
def _since_words() -> tuple[frozenset[str], frozenset[str]]:
    story = load("time_words.yaml")["story"]
    return frozenset(story["since_many"]), frozenset(story["since_repeated"])


def _state_of_one_since(trigger: Any, root: Any | None) -> bool:
    """ "X has been detained/missing/held since <date>" — "since" governs the date itself, the state is told with
    "been" of one subject (no number, no word of many, not a bare plural) and not of repeated times: its event was
    on that date. "36 people have been detained since May", "arrested multiple times since 2019" fill the period."""
    if root is None or root.head.lower_ != "since" or root.head.head.i != trigger.i:
        return False
    if not any(c.lower_ == "been" and c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    many, repeated = _since_words()
    if any(c.lower_ in repeated for c in trigger.subtree if c.head.i == trigger.i or c.head.head.i == trigger.i):
        return False
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if any(t.like_num or t.lower_ in many for t in subject.subtree):
        return False
    bare_plural = subject.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss") for c in subject.children)
    return not bare_plural
