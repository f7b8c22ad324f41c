"""A payee named by "for" (docs/extraction.md, "Paid \"for\" those who take money"). Money paid "for" people
who take money — an official, a guard, a broker (``commerce: payees`` in data/events.yaml), the police or soldiers
(the state agents of data/state_agents.yaml) — or "for" an organisation is paid to them: *'Pay 300 dollars for the
guards'*, *she paid 2,000 dollars for the border guards*. Anything else paid "for" is what the money buys — a purpose
or goods (*for her release*, *for the journey*, *for a bed*) — or the one it is paid on behalf of (*for her son*, *for
Ana Berg*, *for her*): no payee. The prepositions are ``demand_payees: for_prepositions``; the "for" may hang on the
payment or on its sum. It names the payee only when the payment names none by its indirect object or "to" (*paid the
broker 300 dollars for the guards*: the broker), and not on a verb of asking (*the broker demanded 300 dollars for
the guards*: the asker is paid, :func:`tumen.extract.modality.paid_to_asker`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.purchases import payee_nouns
from tumen.extract.vocab import load


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(the prepositions, the nouns of people who take money)."""
    events = load("events.yaml")
    prepositions = frozenset(str(w).lower() for w in events["modality"]["demand_payees"]["for_prepositions"])
    nouns = set(payee_nouns())
    nouns |= {str(w).lower() for w in load("state_agents.yaml")["agents"]}
    return prepositions, frozenset(nouns)


@cache
def asking_verbs() -> frozenset[str]:
    """The verbs of a payment asked for ("demanded 300 dollars", ``modality: demanded`` among the payment verbs of
    data/events.yaml): their asker is the one paid (:func:`tumen.extract.modality.paid_to_asker`)."""
    senses = load("events.yaml")["types"]["payment"]["verbs"]
    return frozenset(str(verb) for verb, sense in senses.items() if (sense or {}).get("modality") == "demanded")


def named_for(trigger: Any, kind: Any) -> list[Any]:
    """The nouns of payees a payment ``trigger`` is made "for", on the verb or on its sum; ``kind(token)`` is the
    kind of entity a token refers to (organization, person, …) or None."""
    prepositions, _nouns = _words()
    if trigger.lemma_.lower() in asking_verbs():
        return []  # "the broker demanded 300 dollars for the guards": the asker is paid, as any asker
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    objects = [
        o
        for holder in holders
        for p in holder.children
        if p.dep_ in ("prep", "dative") and p.lower_ in prepositions
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [t for o in objects for t in (o, *o.conjuncts) if _payee(t, kind)]


def _payee(token: Any, kind: Any) -> bool:
    """A noun of people who take money ("the guards", "border police", "the police"), or an organisation; not a
    pronoun, a named person or a relative ("for her", "for Ana Berg", "for her son": paid on their behalf)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if kind(token) == "organization":
        return True
    if token.pos_ != "NOUN":
        return False
    _prepositions, nouns = _words()
    compounds = [c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i]
    phrase = " ".join([*compounds, token.lower_])
    return token.lemma_.lower() in nouns or token.lower_ in nouns or phrase in nouns
