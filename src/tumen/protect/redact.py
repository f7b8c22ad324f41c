"""Redaction: every name of every at-risk person replaced by their pseudonym, in any string.

A :class:`Redactor` knows the at-risk persons (their names, aliases and pseudonyms), every other person's names
(to leave "Park Mi-rae" alone when "Mi-rae" of another person is redacted) and where each person is mentioned.
:meth:`Redactor.text` replaces, in one pass and case-insensitively:

1. relatives' descriptions that identify an at-risk person ("the son of Yoon Seo-yeon", "Yoon Seo-yeon's son");
2. full names in every romanisation, order, spacing and script (:mod:`tumen.protect.variants`), with a title;
3. family names alone ("Kang said", "Ms Kang", "Kang's", "강 씨") and given names alone ("Mi-rae") — by the
   pseudonym when no other person in the document (or, without a document, in the whole case base) shares them,
   else by ``[name withheld]``: a partial name is never left, and never pinned on the wrong person.

Quotes stay readable: "[Person K7F3Q2] was arrested". In URLs the pseudonym becomes a slug (``person-k7f3q2``).
When the offsets of a string in its document are known, the recorded mentions of at-risk persons inside it are
replaced first (whatever words they are), then the patterns run over the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

from tumen.protect.variants import Partial, hints_of, keys_of, literal, person_variants, text_words

WITHHELD = "name withheld"


@lru_cache(maxsize=16384)
def _compile(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern, compiled once per process: persons share names (and a redactor built again for
    a new version of the case base finds its patterns compiled)."""
    return re.compile(pattern, re.IGNORECASE)


def _spans_of(
    pattern: re.Pattern[str], value: str, seen: dict[re.Pattern[str], list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    if pattern not in seen:
        seen[pattern] = [(m.start(), m.end()) for m in pattern.finditer(value)]
    return seen[pattern]


@dataclass(frozen=True)
class Identity:
    """A person as redaction knows them: id, names (name and aliases), documents and mention spans."""

    id: str
    names: tuple[str, ...]
    documents: frozenset[int] = frozenset()
    spans: tuple[tuple[int, int, int], ...] = ()  # (document, start, end) of each mention


@dataclass
class Redactor:
    """Redacts the names of ``protected`` (person id -> pseudonym) among ``persons`` (everyone, at risk or not)."""

    protected: Mapping[str, str]
    persons: Iterable[Identity]
    _people: dict[str, Identity] = field(init=False, default_factory=dict)
    _keys: dict[str, set[str]] = field(init=False, default_factory=dict)  # person -> family/given keys
    _spans: dict[int, list[tuple[int, int, str]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.protected = dict(self.protected)
        self._people = {p.id: p for p in self.persons}
        self._keys = {pid: keys_of(p.names) for pid, p in self._people.items()}
        for pid in self.protected:
            for document, start, end in self._people[pid].spans if pid in self._people else ():
                self._spans.setdefault(document, []).append((start, end, pid))
        self._by_document: dict[int, set[str]] = {}
        for pid, person in self._people.items():
            for document in person.documents:
                self._by_document.setdefault(document, set()).add(pid)
        self._variants = {
            pid: person_variants(self._people[pid].names if pid in self._people else ()) for pid in self.protected
        }
        self._hints = {pid: hints_of(self._people[pid].names if pid in self._people else ()) for pid in self.protected}
        # Indexes, so a string costs what it names, not the number of persons: hint -> at-risk persons, and
        # family/given key -> everyone carrying it.
        self._by_word: dict[str, set[str]] = {}
        self._by_hangul: dict[str, set[str]] = {}
        for pid, hints in self._hints.items():
            for word in hints.words:
                self._by_word.setdefault(word, set()).add(pid)
            for hangul in hints.hangul:
                self._by_hangul.setdefault(hangul, set()).add(pid)
        self._holders: dict[str, set[str]] = {}
        for pid, keys in self._keys.items():
            for key in keys:
                self._holders.setdefault(key, set()).add(pid)
        self._compiled_strong = lru_cache(maxsize=None)(self._strong_of)
        self._compiled_partials = lru_cache(maxsize=None)(self._partials_of)
        self._compiled_shield = lru_cache(maxsize=4096)(self._shield_of)

    def is_protected(self, person_id: str | None) -> bool:
        return person_id is not None and person_id in self.protected

    def pseudonym(self, person_id: str) -> str:
        return self.protected[person_id]

    # --- the patterns ----------------------------------------------------------------------------------

    def _candidates(self, value: str) -> frozenset[str]:
        """The at-risk persons whose names may be in ``value`` (their hints are), to keep each pattern small."""
        words = text_words(value)  # (as may_contain(hints, words, value) for every at-risk person, by index)
        found: set[str] = set()
        for word in words if len(words) < len(self._by_word) else self._by_word.keys() & words:
            found |= self._by_word.get(word, set())
        for hangul, persons in self._by_hangul.items():
            if hangul in value and not persons <= found:
                found |= persons
        return frozenset(found)

    def _strong_of(self, pid: str) -> re.Pattern[str] | None:
        """An at-risk person's relatives' descriptions and full names (compiled once): replaced wherever they
        stand, inside another person's name too ("grandmother of <name>")."""
        variants = self._variants[pid]
        patterns = [*variants.relative, *variants.full]
        return _compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def _partials_of(self, pid: str) -> tuple[tuple[re.Pattern[str], Partial], ...]:
        """An at-risk person's family and given names alone (compiled once)."""
        return tuple((_compile(x.pattern), x) for x in self._variants[pid].partial)

    def _shield_of(self, pid: str) -> re.Pattern[str] | None:
        """Another person's full names (compiled once): the partial names inside them are theirs, not redacted."""
        names = [n for n in self._people[pid].names if n and len(n.split()) > 1]
        if not names:
            return None
        return _compile("|".join(r"(?<![^\W_])" + literal(n) + r"(?![^\W_])" for n in names))

    def _shields(self, value: str, keys: set[str], document: int | None) -> list[tuple[int, int]]:
        """Where other persons sharing one of ``keys`` are named in full in ``value``."""
        sharing: set[str] = set()
        for key in keys:
            sharing |= self._holders.get(key, set())
        if document is not None:
            sharing &= self._by_document.get(document, set())
        found: list[tuple[int, int]] = []
        for pid in sorted(sharing):
            if pid in self.protected:
                continue
            shield = self._compiled_shield(pid)
            if shield is not None:
                found += [(m.start(), m.end()) for m in shield.finditer(value)]
        return found

    def _ambiguous(self, person: str, part: Partial, document: int | None) -> bool:
        """Does anyone else in the document (or anywhere, without one) share this partial name?"""
        holders = self._holders.get(part.key, set())
        if document is None:
            return any(pid != person for pid in holders)
        here = self._by_document.get(document, set())
        return any(pid != person and pid in here for pid in holders)

    # --- replacing ---------------------------------------------------------------------------------------

    def _label(self, person: str | None, url: bool) -> str:
        shown = self.protected[person] if person is not None else WITHHELD
        return re.sub(r"[^a-z0-9]+", "-", shown.lower()) if url else f"[{shown}]"

    def _spans_in(self, length: int, document: int | None, offset: int | None) -> list[tuple[int, int, str | None]]:
        """The recorded mentions of at-risk persons inside a string of ``length`` at ``offset`` of ``document``."""
        if document is None or offset is None or document not in self._spans:
            return []
        return [
            (start - offset, end - offset, pid)
            for start, end, pid in self._spans[document]
            if start >= offset and end <= offset + length and end > start
        ]

    def text(
        self,
        value: str,
        document: int | None = None,
        offset: int | None = None,
        url: bool = False,
        partial: bool = True,
    ) -> str:
        """``value`` with every at-risk person's names replaced. ``document``: the document the text is from
        (decides whether a family name alone is ambiguous); ``offset``: where ``value`` starts in that
        document's text (then recorded mentions are replaced too); ``url``: replace by slugs, and look
        inside percent-encoded parts; ``partial=False``: leave family or given names alone (a free person's own
        mention "Lee" where an at-risk Ri is also named)."""
        if not value or not self.protected:
            return value
        if url:
            decoded = unquote(value)
            done = self._replace(decoded, document, [], url=True, partial=partial)
            return value if done == decoded else quote(done, safe=":/?#[]@!$&'()*+,;=%-._~")
        spans = self._spans_in(len(value), document, offset)
        return self._replace(value, document, spans, url=False, partial=partial)

    def _replace(
        self, value: str, document: int | None, spans: list[tuple[int, int, str | None]], url: bool, partial: bool
    ) -> str:
        """Replace the pattern matches and the recorded mentions; overlapping ones become one replacement,
        named after the first pattern match in it ("The son" + "son of Yoon Seo-yeon" -> one pseudonym)."""
        found: list[tuple[int, int, str | None, int]] = [(s, e, p, 1) for s, e, p in spans]
        candidates = sorted(self._candidates(value))
        for pid in candidates:
            strong = self._compiled_strong(pid)
            if strong is not None:
                found += [(m.start(), m.end(), pid, 0) for m in strong.finditer(value)]
        matches: dict[re.Pattern[str], list[tuple[int, int]]] = {}  # persons share partial names: each run once
        hits = [
            (start, end, pid, x)
            for pid in (candidates if partial else [])
            for pattern, x in self._compiled_partials(pid)
            for start, end in _spans_of(pattern, value, matches)
        ]
        if hits:
            shields = self._shields(value, {x.key for *_rest, x in hits}, document)
            for start, end, pid, x in hits:
                if any(s < end and start < e for s, e in shields):
                    continue  # part of another person's full name ("Kang" of "Kang Min-ho")
                found.append((start, end, None if self._ambiguous(pid, x, document) else pid, 2))
        if not found:
            return value
        found.sort(key=lambda x: (x[0], x[3], -x[1]))
        merged: list[list[Any]] = []
        for start, end, who, _spanned in found:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                continue
            merged.append([start, end, who])
        out: list[str] = []
        last = 0
        for start, end, who in merged:
            out += [value[last:start], self._label(who, url)]
            last = end
        out.append(value[last:])
        return "".join(out)

    def name(self, value: str, person_id: str | None = None, document: int | None = None) -> str:
        """A name field: the pseudonym itself for an at-risk person, else the name with others' names redacted."""
        if self.is_protected(person_id):
            return self.pseudonym(str(person_id))
        return self.text(value, document)
