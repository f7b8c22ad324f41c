"""Anonymous sources of a Korean report: "양강도의 한 주민소식통은 … 전했습니다", "소식통은 …", "현지 주민 A씨는
"…"고 말했다". The person a report quotes without a name is a person of the story, the witness of what they
say — as "a resident of Musan … told the radio" in English (:mod:`tumen.extract.anonymous_sources`) — and
never a participant of the events they tell (the sentence's other persons are).

- **소식통** ("an informed source"; with a word that places it: 주민소식통, 내부소식통) said of one source —
  never of several (소식통들) — is one unnamed person, descriptor "source"; every later 소식통 of the document is
  that source again.
- **An anonymised letter** (A씨, B양, C군, also after a description: 현지 주민 A씨, 탈북민 B씨 — a letter standing
  for a name withheld) is one unnamed person per letter; its mention spans the description and the letter, an
  age may follow it (A씨(42), A(42)씨). It is a "source" when a sentence where it stands reports speech
  (말했다, 전했다 …), a witness only; else a "person" of the story who takes part in what the text tells.
Words are data: ``sources`` in ``data/korean_rules.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Entity, Extraction, Span

from .mentions import Mentions, next_id
from .participants import double_quoted
from .text import inside, sentences
from .vocabulary import anonymised_honorific, reporting_pattern, rules


@cache
def _source_pattern() -> re.Pattern[str]:
    spec = rules()["sources"]
    places = "|".join(map(re.escape, spec["placing"]))
    return re.compile(rf"(?<![가-힣])(?:(?:{places})\s?)?{re.escape(spec['word'])}(?![가-힣]*들)")


@cache
def _anonymised_pattern() -> re.Pattern[str]:
    spec = rules()["sources"]
    words = "|".join(map(re.escape, sorted(spec["described"], key=len, reverse=True)))
    return re.compile(rf"(?:(?<![가-힣])(?:{words})\s){{0,2}}(?<![A-Za-z0-9])(?P<letter>[A-Z]){anonymised_honorific()}")


def find_sources(text: str, result: Extraction, found: Mentions) -> None:
    taken = [(s, e) for s, e, _id in found.persons]
    added: list[tuple[int, int, str]] = []

    def person(descriptor: str) -> Entity:
        entity = Entity(id=next_id(result, "p"), kind="person", name=None, descriptor=descriptor)
        result.entities.append(entity)
        return entity

    source: Entity | None = None
    for match in _source_pattern().finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        source = source or person("source")
        source.mentions.append(Span(match.start(), match.end(), match.group(0)))
        added.append((match.start(), match.end(), source.id))
    letters: dict[str, Entity] = {}
    for match in _anonymised_pattern().finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        entity = letters.get(match["letter"])
        if entity is None:
            entity = letters[match["letter"]] = person("person")
            entity.gender = rules()["anonymised_honorifics"][match["honorific"]]
        if entity.descriptor == "person" and _speaks(text, match.start()):
            entity.descriptor = "source"
        # through the honorific ("A씨", then an age and a particle as after a name: "A씨(42)는"), or up to an
        # age said before it ("A(42)씨는"), which gives the birth of the person it follows
        end = match.end("letter") if text.startswith("(", match.end("letter")) else match.end("honorific")
        entity.mentions.append(Span(match.start(), end, text[match.start() : end]))
        added.append((match.start(), end, entity.id))
    found.persons.extend(added)
    # a letter that never speaks is a person of the story, taking part in what it does ("A씨는 체포됐다")
    found.sources |= {pid for _s, _e, pid in added if result.entity(pid).descriptor == "source"}
    found.persons.sort()


def _speaks(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` reports speech, said outside a quotation ("B양은 …" inside one is told of)."""
    start, end = next(((s, e) for s, e in sentences(text) if s <= at < e), (at, at))
    quotations = [(s + start, e + start) for s, e in double_quoted(text, start, end)]
    return not inside(at, quotations) and reporting_pattern().search(text, start, end) is not None
