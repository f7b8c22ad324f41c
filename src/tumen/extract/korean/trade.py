"""Who is paid in a Korean payment: the one the sum is given to ("에게", "한테") — a person the text names ("이씨에게
300만원을 건넸다") or a person of the story known by a trade ("브로커에게 500만원을 줬다": a broker, one per
document, as the English ``trade_nouns``); the others of the clause pay. A price asked is to be paid to the trade
noun that asks it ("브로커는 … 요구했다")."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Entity, Extraction, Span

from .mentions import Mentions, next_id
from .participants import persons_in
from .text import Clause
from .vocabulary import honorifics_pattern, rules


@cache
def _dative() -> re.Pattern[str]:
    """What may follow a name given to: an age and an honorific in either order, then 에게 or 한테."""
    return re.compile(rf"(?:\(\d+\))?(?:{honorifics_pattern()})?(?:\(\d+\))?(?:에게|한테)(?![가-힣])")


@cache
def _trade_noun(particles: str = "에게|한테") -> re.Pattern[str]:
    """A trade noun followed by one of ``particles`` (the dative: given to; the subject: who asks)."""
    nouns = "|".join(sorted(rules()["trade_nouns"], key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{nouns})(?=(?:{particles})(?![가-힣]))")


def recipients(text: str, result: Extraction, found: Mentions, clause: Clause, end: int) -> list[str]:
    """The persons the clause gives its sum to, before the trigger's end (named, or by a trade noun)."""
    named = [pid for _s, e, pid in persons_in(found, clause.start, end) if _dative().match(text, e)]
    traded = [_trader(text, result, m.start(), m.end()) for m in _trade_noun().finditer(text, clause.start, end)]
    return list(dict.fromkeys(named + traded))


def askers(text: str, result: Extraction, clause: Clause, end: int) -> list[str]:
    """Who asks a price: a trade noun that is the clause's subject ("브로커는 … 1000만원을 요구했다")."""
    asking = _trade_noun("은|는|이|가")
    return list(
        dict.fromkeys(_trader(text, result, m.start(), m.end()) for m in asking.finditer(text, clause.start, end))
    )


def _trader(text: str, result: Extraction, start: int, end: int) -> str:
    descriptor: str = rules()["trade_nouns"][text[start:end]]
    entity = next(
        (
            e
            for e in result.entities
            if e.kind == "person" and e.name is None and e.anchor is None and e.descriptor == descriptor
        ),
        None,
    )
    if entity is None:
        entity = Entity(id=next_id(result, "p"), kind="person", name=None, descriptor=descriptor)
        result.entities.append(entity)
    if all(m.start != start for m in entity.mentions):
        entity.mentions.append(Span(start, end, text[start:end]))
    return entity.id
