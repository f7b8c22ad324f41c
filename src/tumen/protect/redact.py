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

from tumen.protect.variants import Partial, keys_of, literal, person_variants

WITHHELD = "name withheld"


@dataclass(frozen=True)
class Identity:
    """A person as redaction knows them: id, names (name and aliases), documents and mention spans."""

    id: str
    names: tuple[str, ...]
    documents: frozenset[int] = frozenset()
    spans: tuple[tuple[int, int, int], ...] = ()  # (document, start, end) of each mention


@dataclass(frozen=True)
class _Action:
    person: str | None  # None: a name to keep as it is
    partial: Partial | None = None


_Compiled = tuple[re.Pattern[str], tuple[_Action, ...]]


def _alternation(ordered: list[tuple[str, _Action]]) -> _Compiled | None:
    """One regular expression trying ``ordered`` patterns in turn (each its own group), with their actions."""
    if not ordered:
        return None
    text = "|".join(f"({p})" for p, _a in ordered)
    return re.compile(text, re.IGNORECASE), tuple(a for _p, a in ordered)


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
        self._pattern = lru_cache(maxsize=64)(self._compile)

    def is_protected(self, person_id: str | None) -> bool:
        return person_id is not None and person_id in self.protected

    def pseudonym(self, person_id: str) -> str:
        return self.protected[person_id]

    # --- the patterns ----------------------------------------------------------------------------------

    def _compile(self, document: int | None) -> tuple[_Compiled | None, _Compiled | None]:
        """Two alternations for a document. *Strong*: relatives' descriptions and protected full names, replaced
        wherever they stand (inside another person's name too: "grandmother of <name>"). *Weak*: every other
        person's full names in the document (all of them without one), which are kept and shield what they
        contain from the partial names (family or given name alone) that follow them in the alternation."""
        if not self.protected:
            return None, None
        relative: list[tuple[str, _Action]] = []
        full: list[tuple[str, _Action]] = []
        partial: list[tuple[str, _Action]] = []
        for pid in self.protected:
            variants = person_variants(self._people[pid].names if pid in self._people else ())
            relative += [(p, _Action(pid)) for p in variants.relative]
            full += [(p, _Action(pid)) for p in variants.full]
            partial += [(x.pattern, _Action(pid, x)) for x in variants.partial]
        keep: list[tuple[str, _Action]] = []
        others = self._people.keys() if document is None else self._by_document.get(document, set())
        for pid in sorted(others):
            if pid in self.protected:
                continue
            names = [n for n in self._people[pid].names if n and len(n.split()) > 1]
            keep += [(r"(?<![^\W_])" + literal(n) + r"(?![^\W_])", _Action(None)) for n in names]
        return _alternation([*relative, *full]), _alternation([*keep, *partial])

    def _ambiguous(self, action: _Action, document: int | None) -> bool:
        """Does anyone else in the document (or anywhere, without one) share this partial name?"""
        assert action.partial is not None
        others = self._people.keys() if document is None else self._by_document.get(document, set())
        key = action.partial.key
        return any(pid != action.person and key in self._keys.get(pid, ()) for pid in others)

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
        strong, weak = self._pattern(document)
        if strong is not None:
            pattern, actions = strong
            for match in pattern.finditer(value):
                found.append((match.start(), match.end(), actions[(match.lastindex or 1) - 1].person, 0))
        if weak is not None and partial:
            pattern, actions = weak
            for match in pattern.finditer(value):
                action = actions[(match.lastindex or 1) - 1]
                if action.person is None:
                    continue  # another person's name, kept with what it contains (but strong matches)
                person: str | None = action.person
                if action.partial is not None and self._ambiguous(action, document):
                    person = None
                found.append((match.start(), match.end(), person, 2))
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
