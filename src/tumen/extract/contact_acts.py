"""Speech acts a contact carries out: "Pak called Dara Moss to confess", "she wrote to the court with something to
admit" — a verb of telling (``contact_acts: acts`` in data/events.yaml) in an infinitive of purpose on a verb of
getting in touch (``contact_acts: contacts``), or in a relative infinitive on what its "with" brings, is done by
that contact itself: the call is the confession. It is no plan (``modality``), and it was made where the one who
got in touch was: "called her from Seoul" (``place_from``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.vocab import load

PURPOSE = frozenset({"advcl"})  # not an xcomp: "called her to testify" may summon her (``governor_modality``)
RELATIVE = frozenset({"relcl", "acl"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("events.yaml")["contact_acts"]
    return frozenset(str(w) for w in data["acts"]), frozenset(str(w) for w in data["contacts"])


def contact_of(trigger: Any) -> Any | None:
    """The verb of getting in touch whose own purpose the trigger, a verb of telling, is; or None."""
    acts, contacts = _words()
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in acts:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    head = trigger.head
    if trigger.dep_ in PURPOSE:  # "called from Seoul to confess"
        contact = head
    elif trigger.dep_ in RELATIVE and head.dep_ == "pobj" and head.head.lower_ == "with":  # "with something to confess"
        contact = head.head.head
    else:
        return None
    return contact if contact.pos_ == "VERB" and contact.lemma_.lower() in contacts else None


def place_from(trigger: Any) -> Any | None:
    """The token of the place the contact that carries out the trigger was made from ("called her from Seoul")."""
    contact = contact_of(trigger)
    if contact is None:
        return None
    return next(
        (
            p
            for c in contact.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )
