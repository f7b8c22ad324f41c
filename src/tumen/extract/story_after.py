"""A sentence opened by "after" and an event told before moves the story on to that event (rule 4 of story time,
docs/extraction.md): "After the arrest, a broker called her." — what the story tells next is from the arrest on,
not of the last date it told (:mod:`tumen.extract.story_time`)."""

from __future__ import annotations

from typing import Any

from tumen.extract.types import Event


def opened_after(
    sent: Any,
    told: list[Event],
    triggers: dict[str, frozenset[str]],
    tokens: dict[int, str],
    after_words: frozenset[str],
) -> Event | None:
    """ "After the arrest, a broker called her.": the last dated event of the kind the noun that opens the sentence
    names, told before — one of the person a possessive names ("After his death": his), if it has one. ``triggers``
    gives the lemmas of each kind of event, ``tokens`` the persons words mean, ``after_words`` the words of "after"."""
    first = next((t for t in sent if not t.is_punct), sent[0])
    if first.lower_ not in after_words:
        return None
    for noun in (c for c in first.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
        kinds = {kind for kind, lemmas in triggers.items() if noun.lemma_.lower() in lemmas}
        owners = {tokens.get(c.i, "") for c in noun.children if c.dep_ == "poss"}
        dated = [e for e in told if e.type in kinds and e.time is not None]
        dated = [e for e in dated if not owners or owners & {p.entity for p in e.participants}]
        return dated[-1] if dated else None
    return None
