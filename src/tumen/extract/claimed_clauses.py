"""Events told inside what someone alleges (docs/extraction.md, "Modality"): the "that" clause of a noun of saying or
suspecting (``modality: claim_nouns`` in ``data/events.yaml``) — "the allegation that she killed her husband",
"rumours that the guard beat prisoners" — tells a claim, not a deed the report asserts: its events are alleged. So
does the clause of a noun of telling (``telling_nouns``) rejected or called doubtful ("the army denied reports that
soldiers shot protesters", "unconfirmed reports that …"); passed on as news it is told ("after reports that China
returned 500 defectors"). The clause of a verb of claiming (``claim_verbs``: "her family alleges that she was
tortured", "police claim the activist attacked officers") is a claim as well — but not one the claimant
(:func:`claimant`) makes of what befell them ("she claims she was beaten": her testimony, told;
tumen.extract.testimony). So is the clause a claim or a telling is said to circulate ("rumours spread that the guards
beat Ana Berg", ``circulating``). A noun of what is known ("the fact that", "the news that") and a verb of saying
("reports said police tortured him", attribution) assert what they tell; a relative clause on such a noun ("the
report that said …", "the charges that he was arrested on") is no claim's content."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract.event_lexicon import modality_words
from tumen.extract.list_heads import list_head

CLAUSE = frozenset({"acl", "relcl"})  # the parses of a noun's "that" clause
OBJECTS = frozenset({"pobj", "pcomp"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
RELATIVE = frozenset({"who", "that"})  # a relative subject: the claimant is the noun it describes


def _content(clause: Any) -> bool:
    """Whether a clause on a noun is its content: opened by the conjunction "that" (not the relative pronoun: "the
    report that said …" has "that" as its subject). The parser may call the content a relative clause ("Reports that
    soldiers shot him spread"); a relative clause with a gap left, a preposition with no object, is one ("the
    charges that he was arrested on")."""
    if clause.dep_ not in CLAUSE or clause.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    stranded = [c for c in clause.children if c.dep_ == "prep" and not any(g.dep_ in OBJECTS for g in c.children)]
    return clause.dep_ == "acl" or not stranded


def _rejected(noun: Any, words: dict[str, frozenset[str]]) -> bool:
    """A telling called doubtful ("unconfirmed reports"), or one a verb of rejecting takes ("denied reports", "the
    reports were dismissed"; not "did not deny reports")."""
    if any(c.dep_ == "amod" and c.lower_ in words["doubted"] for c in noun.children):
        return True
    return _taken_by(noun, words["rejecting"])


def _taken_by(noun: Any, verbs: frozenset[str]) -> bool:
    """Whether the noun (or the list it heads) is the object or passive subject of a verb of ``verbs`` that is not
    negated."""
    noun = list_head(noun)
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in verbs:
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def _verb_claim(clause: Any, verbs: frozenset[str]) -> bool:
    """Whether a clause is the complement of a verb of alleging not negated ("her family alleges that she was
    tortured", "it is alleged that …", "Vos contends police beat him"; not "did not allege that …"), also past a
    phrase of where it was said ("claimed in a tweet that she was tortured", :func:`_past_phrase`)."""
    verb = _claiming_verb(clause)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and _affirmed(verb, verbs)


def _affirmed(verb: Any, verbs: frozenset[str]) -> bool:
    """Whether ``verb`` is one of ``verbs`` and not negated ("alleges", not "did not allege")."""
    return verb.lemma_.lower() in verbs and not any(c.dep_ == "neg" for c in verb.children)


def _claiming_verb(clause: Any) -> Any | None:
    """The verb whose "that" clause ``clause`` is: its head for a complement, or the verb past a phrase between them."""
    if clause.dep_ == "ccomp" and clause.head.i != clause.i:
        return clause.head
    return _past_phrase(clause)


def _past_phrase(clause: Any) -> Any | None:
    """The verb a "that" clause completes when a prepositional phrase stands between them and the parser hung the
    clause on that phrase's noun ("claimed in a tweet that she was tortured", "alleged on Twitter that …"): a clause
    opened by "that" with a subject of its own (no relative "that"), on the object of a preposition of the verb. The
    parser may call that "that" a subject or object beside the clause's own ("… that guards tortured her")."""
    noun, prep = clause.head, clause.head.head
    if clause.dep_ not in CLAUSE or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    that = syntax.stray_that(clause)  # not a relative "that" that fills a gap
    if that is None:
        return None
    subject = any(c.i != that.i and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return prep.head if subject else None


def _spread_claim(clause: Any, words: dict[str, frozenset[str]]) -> bool:
    """Whether a clause is what a claim or a telling is said to circulate ("rumours spread that the guards beat Ana
    Berg", "persistent reports circulated that she was tortured"): the "that" clause of a verb of circulating
    (``circulating``) not negated, whose subject is a noun of claiming or telling — hearsay, not the report's own
    account ("reports said …" and "after reports that …" stay told)."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i == clause.i or not _affirmed(verb, words["circulating"]):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _claims_or_tellings() for c in verb.children)


@cache
def _claims_or_tellings() -> frozenset[str]:
    """The nouns of claiming and of telling (``claim_nouns``, ``telling_nouns``): "rumours", "reports"."""
    words = modality_words()
    return words["claim_nouns"] | words["telling_nouns"]


def _definite(noun: Any) -> bool:
    """An event noun the report names as known, with a definite article, a demonstrative or a possessor: inside
    what a verb of alleging says it stays told ("a woman who alleges she saw the police shooting of Karl Vos": the
    shooting is the report's; "alleges she was held in custody": alleged)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def claim_clause(clause: Any) -> bool:
    """Whether a clause is the content of a claim: of a verb of alleging, of a noun of saying or suspecting, or of
    a noun of telling rejected or doubted."""
    words = modality_words()
    if _verb_claim(clause, words["claim_verbs"]) or _spread_claim(clause, words):
        return True
    return _noun_claim(clause, words)


def _noun_claim(clause: Any, words: dict[str, frozenset[str]]) -> bool:
    """Whether a clause is the content of a noun of saying or suspecting, or of a noun of telling rejected or
    doubted."""
    if not _content(clause):
        return False
    noun = clause.head
    lemma = noun.lemma_.lower()
    if lemma in words["claim_nouns"]:
        return not _taken_by(noun, words["confirming"])  # "police confirmed the allegation that …": told as true
    return lemma in words["telling_nouns"] and _rejected(noun, words)


def claimed(trigger: Any) -> bool:
    """Whether the trigger is told inside the "that" clause of a claim, however deep ("the allegation that police
    were behind the killing of Ana Berg": the killing alleged too) — but not in a relative clause that describes
    someone or something of it ("the allegation that officers beat Ana Berg, who was arrested in 2019": the arrest
    is the report's own)."""
    return _claim(trigger)[0]


def claim(trigger: Any) -> tuple[bool, Any | None]:
    """Whether the trigger is claimed (:func:`claimed`), and who claims it (:func:`claimant`), in one walk."""
    found, verb = _claim(trigger)
    return found, claimant(verb) if verb is not None else None


def claimant(verb: Any) -> Any | None:
    """The one who claims what a verb of claiming says: its subject, active or passive, or that of the verb it is
    joined to ("Ana Berg claims she was beaten"; "she married at 27 but claims her husband beat her"; "Ana Berg was
    detained in May and claims she was tortured": ``event_syntax.joined_subject``); the noun a relative "who" stands
    for ("Ana Berg, who claims she was tortured, …"); None for a claim of no one named ("it is alleged that …")."""
    subject = syntax.joined_subject(verb)
    if subject is not None and subject.lower_ in RELATIVE:
        clause = subject.head
        return clause.head if clause.dep_ == "relcl" and clause.head.i != clause.i else None
    return subject


def _claim(trigger: Any) -> tuple[bool, Any | None]:
    """Whether the trigger is claimed (:func:`claimed`), and the verb of claiming whose clause tells it."""
    words = modality_words()
    for node in (trigger, *trigger.ancestors):
        if _verb_claim(node, words["claim_verbs"]):
            return (False, None) if _definite(trigger) else (True, _claiming_verb(node))  # "alleges she saw the …"
        if _noun_claim(node, words) or _spread_claim(node, words):
            return True, None
        if node.dep_ == "relcl":
            return False, None
    return False, None
