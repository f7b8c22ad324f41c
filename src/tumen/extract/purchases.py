"""Payments of commerce (docs/extraction.md, "Word senses and what may fill a role"): money paid for shares, a
stake, a company or land, in taxes or dividends, or to holders of shares or to creditors, is a trade or a duty of
business, no payment of a fee, a bribe or a ransom: "Dalco will pay 9 million dollars for 40 million new shares of
Velo", "the firm paid 8 million dollars in taxes", "agreed to pay 93 million dollars to buy 117 acres of land"; so is
a debt, a loan or interest paid where no person or group pays or is paid ("Dalco Corp. will pay down 5 billion
dollars of a bridge loan"; not "Ivo Holm paid off a debt of 3,000 dollars to Karl Vos"). The words are ``commerce``
in data/events.yaml. A person paid keeps it a payment ("the gang paid the police chief 5,000 dollars for a share of
the profits": a bribe).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_syntax import misread_dative
from tumen.extract.role_words import is_person_noun
from tumen.extract.vocab import load

# What a payment is paid "for", "in", "on" or "against", besides its object: "paid $78 million in taxes".
_PREPOSITIONS = frozenset(["for", "in", "on", "against", "toward", "towards"])
_PEOPLE_KINDS = frozenset(["person", "group"])


@cache
def _data() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["commerce"]
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}


def payee_nouns() -> frozenset[str]:
    """The nouns of people who take money (``commerce: payees`` in data/events.yaml): "guard", "broker"."""
    return _data()["payees"]


def commerce(finder: Any, trigger: Any, kind_of: Any) -> bool:
    """Whether a payment pays for or in a thing of commerce (``commerce: words``), or pays to buy something that is
    no one (``commerce: buying``, the verb of an infinitive of purpose: "pay 93 million dollars to buy the land";
    not "paid the broker to buy her back")."""
    words = _data()["words"]
    told = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "dative", "compound")]
    told += [o for p, o in finder.preps(trigger) if p in _PREPOSITIONS or (p == "of" and trigger.pos_ == "NOUN")]
    told += [c for c in trigger.children if c.dep_ == "prt" and c.lower_ == "down"]  # "pay down $5 billion of debt"
    told += [  # "paid $78 million in taxes": the parser may hang "in" on the amount
        o for t in list(told) for p in t.children if p.dep_ == "prep" and p.lower_ in _PREPOSITIONS for o in p.children
    ]
    if any(_commerce_word(t, words) for t in told) and not _person_paid(finder, trigger, kind_of, words):
        return True  # not "the gang paid the police chief 5,000 dollars for a share of the profits": a bribe
    if any(_commerce_word(t, _data()["debts"]) for t in told) and not _people_pay(finder, trigger, kind_of):
        return True  # "RJR will pay off debt"; not "Ivo Holm paid off a debt to Karl Vos"
    for clause in (c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"):
        if clause.lemma_.lower() not in _data()["buying"]:
            continue
        bought = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if bought is not None and kind_of(finder, bought) not in _PEOPLE_KINDS:
            return True  # "to buy 117 acres of land", "to acquire the chain" (not "to buy her freedom" — a person?)
    return False


def _people_pay(finder: Any, trigger: Any, kind_of: Any) -> bool:
    """Whether a person or group pays or is paid: the subject, the indirect object or the "to" of the payment."""
    parties = [c for c in trigger.children if c.dep_ in ("nsubj", "dative")]
    parties += [o for p, o in finder.preps(trigger) if p == "to"]
    return any(kind_of(finder, t) in _PEOPLE_KINDS for t in parties)


def _person_paid(finder: Any, trigger: Any, kind_of: Any, words: frozenset[str]) -> bool:
    """Whether a person is paid: the indirect object, the "to" or a person object of the payment, no holder of shares
    or creditor ("paid dividends to shareholders"); the parser may hang the indirect object inside the sum ("paid a
    smuggler 3,000 dollars": a word before the sum's number)."""
    paid = [c for c in trigger.children if c.dep_ in ("dative", "dobj")]
    paid += [o for p, o in finder.preps(trigger) if p == "to"]
    paid += [t for c in paid if c.dep_ == "dobj" for t in c.subtree if misread_dative(t)]
    return any(_someone(finder, t, kind_of) and not _commerce_word(t, words) for t in paid)


def _someone(finder: Any, token: Any, kind_of: Any) -> bool:
    """A person named or meant by a pronoun, or a noun of a person (``commerce: payees``, kin, roles)."""
    if kind_of(finder, token) == "person":
        return True
    return token.pos_ == "NOUN" and (token.lemma_.lower() in payee_nouns() or is_person_noun(token))


def _commerce_word(token: Any, words: frozenset[str]) -> bool:
    """A word of commerce, or one that counts or measures one ("$5 billion of debt", "39 million new shares")."""
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    of = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in words or o.lower_ in words for o in of)
