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

A string costs what it may name, not the number of persons: each pattern (a person's names and relatives'
descriptions, a family or given name alone, another person's full name) runs only over strings holding the
literals it cannot match without (:mod:`tumen.protect.needs`), and persons sharing a pattern (a common surname
alone, two records of one name) share one run of it. A string seen before (a document's title on every page of
search results) is answered from memory: a redactor is built for one version of the persons and never changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any
from urllib.parse import quote, unquote

from tumen.protect.needs import Literals, Needs, met, needs_of, words_needs
from tumen.protect.variants import Partial, keys_of, literal, person_variants

WITHHELD = "name withheld"
REMEMBERED = 32768  # strings whose redaction a redactor keeps
REMEMBERED_LENGTH = 4096  # longer strings (whole document texts) are redacted each time
STRONG, PARTIAL, SHIELD = "strong", "partial", "shield"


@lru_cache(maxsize=16384)
def _compile(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern, compiled once per process: persons share names (and a redactor built again for
    a new version of the case base finds its patterns compiled)."""
    return re.compile(pattern, re.IGNORECASE)


def shield_pattern(names: Iterable[str]) -> str | None:
    """A person's full names (of two words or more) as one pattern: the partial names inside them are theirs."""
    full = [n for n in names if n and len(n.split()) > 1]
    if not full:
        return None
    return "|".join(r"(?<![^\W_])" + literal(n) + r"(?![^\W_])" for n in full)


@dataclass(frozen=True)
class Identity:
    """A person as redaction knows them: id, names (name and aliases), documents and mention spans."""

    id: str
    names: tuple[str, ...]
    documents: frozenset[int] = frozenset()
    spans: tuple[tuple[int, int, int], ...] = ()  # (document, start, end) of each mention


class _Index:
    """Patterns by the literals they need: which may match in a string. Each pattern's needs are filed under the
    literals of their rarest clause (over all patterns: "kim" for hundreds of persons, "mirae" for one), the
    other clauses checked when a string holds one of them."""

    def __init__(self) -> None:
        self.by_literal: dict[str, dict[str, list[tuple[Needs, str]]]] = {STRONG: {}, PARTIAL: {}, SHIELD: {}}
        self.always: dict[str, set[str]] = {STRONG: set(), PARTIAL: set(), SHIELD: set()}
        self.literals: set[str] = set()
        self._pending: dict[tuple[str, Needs, str], None] = {}

    def add(self, kind: str, needs: Needs, pattern: str) -> None:
        if not needs:
            self.always[kind].add(pattern)
        else:
            self._pending[(kind, needs, pattern)] = None

    def finish(self) -> None:
        """File the needs added (once they are all known: how rare a literal is depends on all of them)."""
        counts: Counter[str] = Counter()
        for _kind, needs, _pattern in self._pending:
            counts.update({word for clause in needs for word in clause})
        self.literals |= set(counts)

        def rarity(clause: frozenset[str]) -> tuple[bool, int, list[str]]:  # short literals are in most texts
            return min(len(w) for w in clause) < 3, sum(counts[w] for w in clause), sorted(clause)

        for kind, needs, pattern in self._pending:
            rarest, *others = sorted(needs, key=rarity)
            for word in rarest:
                self.by_literal[kind].setdefault(word, []).append((tuple(others), pattern))
        self._pending.clear()

    def patterns(self, kind: str, present: frozenset[str]) -> set[str]:
        """The patterns of ``kind`` whose needs the literals ``present`` in a string meet."""
        found = set(self.always[kind])
        index = self.by_literal[kind]
        for word in present:
            for needs, pattern in index.get(word, ()):
                if pattern not in found and met(needs, present):
                    found.add(pattern)
        return found


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
        self._holders: dict[str, set[str]] = {}  # family/given key -> everyone carrying it
        for pid, keys in self._keys.items():
            for key in keys:
                self._holders.setdefault(key, set()).add(pid)
        self._index = _Index()
        self._strong: dict[str, str] = {}  # pattern -> the first at-risk person (by id) it names
        self._partials: dict[str, tuple[str, int, Partial]] = {}  # pattern -> first (person, rank, part)
        self._partial_keys: dict[str, set[str]] = {}  # pattern -> the keys of everyone it names in part
        for pid in sorted(self.protected):
            variants = person_variants(self._people[pid].names if pid in self._people else ())
            patterns = [*variants.relative, *variants.full]
            if patterns:
                strong = "|".join(f"(?:{p})" for p in patterns)
                self._strong.setdefault(strong, pid)
                for pattern in patterns:
                    self._index.add(STRONG, needs_of(pattern), strong)
            for rank, part in enumerate(variants.partial):
                self._partials.setdefault(part.pattern, (pid, rank, part))
                self._partial_keys.setdefault(part.pattern, set()).add(part.key)
                self._index.add(PARTIAL, needs_of(part.pattern), part.pattern)
        self._shielded: dict[str, list[str]] = {}  # another person's full names -> who carries them
        for pid, person in self._people.items():
            shield = None if pid in self.protected else shield_pattern(person.names)
            if shield is not None:
                self._shielded.setdefault(shield, []).append(pid)
                for name in person.names:
                    if name and len(name.split()) > 1:
                        self._index.add(SHIELD, words_needs(re.split(r"[\s\-_]+", name.strip())), shield)
        self._index.finish()
        self._literals = Literals(self._index.literals)
        self._ambiguity: dict[tuple[str, str, int | None], bool] = {}
        self._remembered = lru_cache(maxsize=REMEMBERED)(self._replace)

    @cached_property
    def labels(self) -> re.Pattern[str]:
        """Every label this redactor may write (each pseudonym and "name withheld" in brackets), longest first:
        to find them again in a redacted string (built once, not per string)."""
        shown = sorted({WITHHELD, *self.protected.values()}, key=len, reverse=True)
        return re.compile("|".join(re.escape(f"[{name}]") for name in shown))

    def is_protected(self, person_id: str | None) -> bool:
        return person_id is not None and person_id in self.protected

    def pseudonym(self, person_id: str) -> str:
        return self.protected[person_id]

    # --- the patterns ----------------------------------------------------------------------------------

    def _shields(
        self, value: str, present: frozenset[str], keys: set[str], document: int | None
    ) -> list[tuple[int, int]]:
        """Where other persons sharing one of ``keys`` (in the document, when there is one) are named in full."""
        here = self._by_document.get(document, set()) if document is not None else None
        found: list[tuple[int, int]] = []
        for shield in sorted(self._index.patterns(SHIELD, present)):
            if any(
                not keys.isdisjoint(self._keys.get(pid, ())) and (here is None or pid in here)
                for pid in self._shielded[shield]
            ):
                found += [(m.start(), m.end()) for m in _compile(shield).finditer(value)]
        return found

    def _ambiguous(self, person: str, part: Partial, document: int | None) -> bool:
        """Does anyone else in the document (or anywhere, without one) share this partial name?"""
        remembered = self._ambiguity.get((person, part.key, document))
        if remembered is not None:
            return remembered
        holders = self._holders.get(part.key, set())
        if document is None:
            shared = any(pid != person for pid in holders)
        else:
            here = self._by_document.get(document, set())
            fewer, more = (holders, here) if len(holders) <= len(here) else (here, holders)
            shared = any(pid != person and pid in more for pid in fewer)
        if len(self._ambiguity) > 500_000:
            self._ambiguity.clear()
        self._ambiguity[(person, part.key, document)] = shared
        return shared

    # --- replacing ---------------------------------------------------------------------------------------

    def _label(self, person: str | None, url: bool) -> str:
        shown = self.protected[person] if person is not None else WITHHELD
        return re.sub(r"[^a-z0-9]+", "-", shown.lower()) if url else f"[{shown}]"

    def _spans_in(
        self, length: int, document: int | None, offset: int | None
    ) -> tuple[tuple[int, int, str | None], ...]:
        """The recorded mentions of at-risk persons inside a string of ``length`` at ``offset`` of ``document``."""
        if document is None or offset is None or document not in self._spans:
            return ()
        return tuple(
            (start - offset, end - offset, pid)
            for start, end, pid in self._spans[document]
            if start >= offset and end <= offset + length and end > start
        )

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
            done = self._redacted(decoded, document, (), url=True, partial=partial)
            return value if done == decoded else quote(done, safe=":/?#[]@!$&'()*+,;=%-._~")
        spans = self._spans_in(len(value), document, offset)
        return self._redacted(value, document, spans, url=False, partial=partial)

    def _redacted(
        self, value: str, document: int | None, spans: tuple[tuple[int, int, str | None], ...], url: bool, partial: bool
    ) -> str:
        if len(value) > REMEMBERED_LENGTH:
            return self._replace(value, document, spans, url, partial)
        done: str = self._remembered(value, document, spans, url, partial)
        return done

    def _replace(
        self, value: str, document: int | None, spans: tuple[tuple[int, int, str | None], ...], url: bool, partial: bool
    ) -> str:
        """Replace the pattern matches and the recorded mentions; overlapping ones become one replacement,
        named after the first pattern match in it ("The son" + "son of Yoon Seo-yeon" -> one pseudonym): the
        earliest, then a full name before a recorded mention before a partial name, then the longest, then the
        first person by id."""
        found: list[tuple[int, int, int, tuple[str, int], str | None]] = [
            (s, -e, 1, ("", n), p) for n, (s, e, p) in enumerate(spans)
        ]
        present = self._literals.present(value)
        for strong in self._index.patterns(STRONG, present):
            pid = self._strong[strong]
            found += [(m.start(), -m.end(), 0, (pid, 0), pid) for m in _compile(strong).finditer(value)]
        hits: dict[tuple[int, int], tuple[str, int, Partial]] = {}
        keys: set[str] = set()
        for pattern in self._index.patterns(PARTIAL, present) if partial else ():
            first = self._partials[pattern]
            for m in _compile(pattern).finditer(value):
                keys |= self._partial_keys[pattern]
                if hits.get(m.span(), first)[:2] >= first[:2]:
                    hits[m.span()] = first
        if hits:
            shields = self._shields(value, present, keys, document)
            for (start, end), (pid, rank, part) in hits.items():
                if any(s < end and start < e for s, e in shields):
                    continue  # part of another person's full name ("Kang" of "Kang Min-ho")
                who = None if self._ambiguous(pid, part, document) else pid
                found.append((start, -end, 2, (pid, rank), who))
        if not found:
            return value
        found.sort(key=lambda x: (x[0], x[2], x[1], x[3]))
        merged: list[list[Any]] = []
        for start, negative_end, _kind, _order, who in found:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], -negative_end)
                continue
            merged.append([start, -negative_end, who])
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
