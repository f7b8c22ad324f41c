"""Threats (docs/extraction.md, "Modality"): a demand joined to what befalls if it is not met. The demand is asked
of someone (``demanded``), the consequence is threatened, not done (``hypothetical``). A threat is told in two shapes,
and this module is the one decider for both:

- an imperative and the consequence joined to it by "or (else)", "otherwise" (``threat_links`` in data/events.yaml):
  *'Pay 500 dollars or your son dies'*, *'Pay now, or we kill him'* — not *'Pay me or go back'* (an imperative too:
  each way is asked);
- a negative condition on the consequence — a clause of "if" with a negation of its own (``condition_marks``), or of
  "unless" (``negative_condition_marks``): *'If you don't pay 500 dollars, they will beat her'*, *'Unless you pay,
  your son stays in the camp'* — the condition names what is demanded, not what was not done. Only a consequence
  told of the present or the future is threatened: *If she had not paid, they would have killed her* tells what
  did not happen, *If they did not pay, the guards beat them* a habit; a past condition is a threat only reported
  with "would" and no "have" (*she said that if she did not pay, they would beat her*). A negative condition is
  asked of someone only when it is said to "you", names a payment or a handing over, or its consequence is a harm
  the speaker's side threatens ("we will …", or a quotation told to someone): not *Unless Karl Vos is arrested, he
  will kill again*, *if Ana Berg is not released, she will die* (a prediction, a fear: the condition stays negated).
"""

from __future__ import annotations

from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.event_syntax import imperative
from tumen.extract.nlp import sentence_at
from tumen.extract.quotation_marks import MARK_TOKENS


def demand_of(verb: Any) -> Any | None:
    """The demand of the threat whose consequence is ``verb``: the imperative before it (joined by a threat link),
    or its negative condition; None when ``verb`` threatens nothing."""
    if verb.pos_ not in ("VERB", "AUX") or not _subjects(verb):
        return None
    # the imperative the consequence is joined to, or one the parser hung on it as an adverbial ("Pay …, otherwise
    # they shoot him"); not a quotation a verb of saying takes ("'Pay me or go back,' he said")
    joined = [verb.head] if verb.dep_ in ("conj", "ccomp") else []
    for other in (*joined, *(c for c in verb.children if c.dep_ == "advcl")):
        if other.i >= verb.i or other.tag_ != "VB":
            continue
        if not (imperative(other) or imperative(other, sentence_at(other, 0).start_char)):
            continue
        links = (c for c in (*other.children, *verb.children) if other.i < c.i < verb.i)
        if any(c.lower_ in modality_words()["threat_links"] and c.dep_ in ("cc", "advmod", "conj") for c in links):
            return other
    return _negative_condition(verb)


def threatened(verb: Any) -> bool:
    """Is ``verb`` the consequence of a threat ("'Pay 500 dollars or your son dies'", "'If you don't pay, they will
    beat her'"): hypothetical."""
    return demand_of(verb) is not None


def demanded(verb: Any) -> bool:
    """Is ``verb`` the demand of a threat — its imperative or its negative condition ("'If you don't pay 500
    dollars, they will beat her'": the payment asked of her, with its amount)?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    around = [c for c in verb.children if c.dep_ in ("conj", "ccomp")]
    around += [verb.head] if verb.head.i != verb.i else []
    return any((found := demand_of(other)) is not None and found.i == verb.i for other in around)


def _negative_condition(verb: Any) -> Any | None:
    """The clause of "if … not" or of "unless" on ``verb`` when ``verb`` is told of the present or the future."""
    words = modality_words()
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        negated = any(c.dep_ == "neg" for c in clause.children)
        if not ((marks & words["condition_marks"] and negated) or (marks & words["negative_condition_marks"])):
            continue
        if marks & words["negative_condition_marks"] and negated:
            continue  # "unless you do not pay": a double negation, no demand
        if _told_of_now(clause, verb) and _asked(clause, verb):
            return clause
    return None


def _asked(condition: Any, consequence: Any) -> bool:
    """A negative condition asked of someone: said to "you" ("if you do not pay"), a payment or handing over ("if
    she did not pay, they would beat her"), or one on which the speaker's side threatens a harm ("if he is not
    released, we will …"; "'… they will beat her,' the broker told Ana Berg"); not a prediction or a fear ("unless he
    is arrested, he will kill again", "if the guards do not torture him, he will not confess")."""
    words = modality_words()
    if any(s.lower_ in words["addressed_subjects"] for s in _subjects(condition)):
        return True
    if condition.lemma_.lower() in words["handing_over"]:
        return True
    if any(s.lower_ in words["threatening_subjects"] for s in _subjects(consequence)):
        return True
    return not any(c.dep_ == "neg" for c in consequence.children) and _quoted_to_someone(consequence)


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _quoted_to_someone(verb: Any) -> bool:
    """``verb`` inside a quotation that a verb of saying or of reaching someone outside it tells to someone ("'…,'
    the broker told Ana Berg", "phoned her and said: '…'")."""
    sentence = sentence_at(verb, 0)
    marks = [t.i for t in sentence if t.text in MARK_TOKENS]
    before = [i for i in marks if i < verb.i]
    after = [i for i in marks if i > verb.i]
    if len(before) % 2 == 0 or not after:
        return False
    start, end = before[-1], after[0]
    words = modality_words()
    telling = words["reporting_verbs"] | words["contacting_verbs"]
    return any(
        not start < t.i < end
        and t.lemma_.lower() in telling
        and any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON", "NOUN") for c in t.children)
        for t in sentence
    )


def _told_of_now(condition: Any, consequence: Any) -> bool:
    """A condition and its consequence told of the present or the future: not a past consequence ("the guards beat
    them"), nor one that would have been ("would have killed her", "had not paid"); a past condition only with a
    consequence of "would" ("if she did not pay, they would beat her": a threat reported)."""
    auxiliaries = [c for c in consequence.children if c.dep_ in ("aux", "auxpass")]
    words = modality_words()
    perfect = words["perfect_auxiliaries"]
    if consequence.tag_ == "VBD" or any(a.lemma_.lower() in perfect or a.tag_ == "VBD" for a in auxiliaries):
        return False
    own = [c for c in condition.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() in perfect and a.tag_ == "VBD" for a in own):
        return False  # "had not paid"; not "have not paid by Monday" (a present perfect: a deadline)
    past = condition.tag_ == "VBD" or any(a.tag_ == "VBD" for a in own)
    return not past or any(a.tag_ == "MD" and a.lower_ in words["reporting_modals"] for a in auxiliaries)


def receivers(noun: Any) -> list[Any]:
    """Whom a threat befell as its receiver: the subject of a verb of receiving (``receiving_threats``) whose object
    the noun is ("Ana Berg received death threats") or whose relative clause is on the noun and has no object of
    its own ("the threats she received")."""
    verbs = modality_words()["receiving_threats"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in modality_words()["received_nouns"]:
        return []
    found: list[Any] = []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:
        found = [c for c in noun.head.children if c.dep_ == "nsubj"]
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs):
        if not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in clause.children):
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")]
    return [member for token in found for member in (token, *token.conjuncts)]


def senders(noun: Any) -> list[Any]:
    """Who a received threat came from: the "from" on the noun or on the verb of receiving ("she has received
    repeated threats from the police") — a person or people, not a place ("threats from abroad")."""
    if not receivers(noun):
        return []
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]
    holders += [c for c in noun.children if c.dep_ == "relcl"]
    found = [
        o
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("GPE", "LOC", "FAC")
    ]
    return found[:1]
