"""What a text must contain for a pattern to match in it: a cheap test before running the pattern.

Redaction holds hundreds of patterns (every spelling of every at-risk person's names, the family and given names
alone, other persons' full names that shield them); running each over every string is what made the reader's pages
slow. Every pattern has *needs*, read off its own parse tree (:func:`needs_of`), so they cannot drift from it: the
literal runs it cannot match without. "Kang Mi-rae" in any spelling needs ("kang" or "gang" or "khang") and ("mi" or
"mee" or ...) and ("rae" or "lae" or ...): a clause per piece that every match contains, any literal of a clause
sufficing. An alternation needs what all of its branches need (one literal of every branch's clause: a weaker clause,
never a missed match); an optional part, a character class, a lookaround need nothing.

Texts and literals are compared *folded* (:func:`fold`): lower case as ``re.IGNORECASE`` sees it (dotless ı and
dotted İ are i, the long ſ is s, the Kelvin sign is k), so a literal the pattern matches case-insensitively is in the
folded text. Literals are cut to their longest run of letters and digits and looked up in the text's runs of letters
and digits (:class:`Literals`): a literal of letters lies inside one such run.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from typing import Any


def _private(name: str) -> Any:
    """A module of ``re``'s own (its parser, its case table): None where this Python has no such module."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - another Python
        return None


sre, sre_parse = _private("re._constants"), _private("re._parser")  # no parser: no needs, every pattern runs
# re's extra case-insensitive equivalences (i/ı, s/ſ, µ/μ, ...), generated from Unicode by Python itself
_EXTRA: dict[int, tuple[int, ...]] = getattr(_private("re._casefix"), "_EXTRA_CASES", None) or {
    0x69: (0x131,),
    0x131: (0x69,),
    0x73: (0x17F,),
    0x17F: (0x73,),
}

Clause = frozenset[str]
Needs = tuple[Clause, ...]  # every clause must have one of its literals in the text; () needs nothing
MAX_CLAUSES = 64  # an alternation's clauses multiply; beyond this, one clause per branch
_WORD_RUN = re.compile(r"[^\W_]+")
_BEFORE = str.maketrans({0x130: "i"})  # İ: str.lower() gives "i̇" (two characters), re's lower case "i"
_AFTER = str.maketrans({k: chr(min(k, *v)) for k, v in _EXTRA.items() if min(k, *v) != k})


def fold(text: str) -> str:
    """``text`` in lower case as case-insensitive patterns compare it, each equivalence class one character."""
    return text.translate(_BEFORE).lower().translate(_AFTER)


def _piece(literal: str) -> str:
    """The longest run of letters and digits of a folded literal ("" when it has none)."""
    runs = _WORD_RUN.findall(literal)
    return max(runs, key=len) if runs else ""


def simplify(clauses: Iterable[Iterable[str]]) -> Needs:
    """Clauses without the literals containing another of their clause (that one is there whenever they are),
    without the clauses always met (an empty literal) and without those another clause already asks for."""
    found: set[Clause] = set()
    for clause in clauses:
        shortest: list[str] = []
        for word in sorted(set(clause), key=len):
            if not any(short in word for short in shortest):
                shortest.append(word)
        if "" not in shortest:
            found.add(frozenset(shortest))
    kept = [c for c in found if not any(o < c for o in found)]
    return tuple(sorted(kept, key=lambda c: sorted(c)))


def either(branches: list[Needs]) -> Needs:
    """What any one of ``branches`` needs: a literal from a clause of each (their product, if small enough)."""
    if not branches or any(not b for b in branches):
        return ()
    size = 1
    for branch in branches:
        size *= len(branch)
    if size <= MAX_CLAUSES:
        return simplify(frozenset().union(*combination) for combination in product(*branches))
    return simplify([frozenset().union(*(max(b, key=_strength) for b in branches))])


def _strength(clause: Clause) -> tuple[int, int]:
    """How rarely a clause is met, roughly: its shortest literal's length, then fewer literals."""
    return min(len(w) for w in clause), -len(clause)


def _sequence(items: Any) -> list[Clause]:
    clauses: list[Clause] = []
    run: list[str] = []

    def close() -> None:
        if run:
            clauses.append(frozenset({_piece(fold("".join(run)))}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.BRANCH and run:  # the parser moves a common prefix out: "m(?:i|ee)" is "mi" or "mee"
            prefix = [(sre.LITERAL, ord(ch)) for ch in run]
            run.clear()
            clauses += either([simplify(_sequence([*prefix, *branch])) for branch in av[1]])
            continue
        close()
        if op is sre.SUBPATTERN:
            clauses += _sequence(av[3])
        elif op is sre.ATOMIC_GROUP:
            clauses += _sequence(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                clauses += _sequence(av[2])
        elif op is sre.BRANCH:
            clauses += either([simplify(_sequence(branch)) for branch in av[1]])
        # anything else (a class, any character, an anchor, a lookaround, a back reference) needs nothing
    close()
    return clauses


@lru_cache(maxsize=65536)
def needs_of(pattern: str) -> Needs:
    """The needs of a pattern (as :func:`re.compile` with ``re.IGNORECASE`` reads it); () when unknown."""
    if sre_parse is None:
        return ()
    try:
        return simplify(_sequence(sre_parse.parse(pattern, re.IGNORECASE)))
    except Exception:  # an unexpected parse tree: no needs, the pattern always runs
        return ()


def words_needs(words: Iterable[str]) -> Needs:
    """Needs of text that must be there literally (each of ``words``), as :func:`needs_of` reads literals."""
    return simplify([{_piece(fold(w))} for w in words])


def met(needs: Needs, present: frozenset[str] | set[str]) -> bool:
    """Are all ``needs`` met by the literals ``present`` in a text?"""
    return all(not clause.isdisjoint(present) for clause in needs)


class Literals:
    """The literals some needs ask for, and which of them a text contains (remembered per run of letters)."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.known = frozenset(w for w in literals if w)
        self.lengths = sorted({len(w) for w in self.known})
        self._runs: dict[str, frozenset[str]] = {}

    def _in_run(self, run: str) -> frozenset[str]:
        found = self._runs.get(run)
        if found is None:
            here = {run[i : i + n] for n in self.lengths if n <= len(run) for i in range(len(run) - n + 1)} & self.known
            found = frozenset(here)
            if len(self._runs) > 200_000:
                self._runs.clear()
            self._runs[run] = found
        return found

    def present(self, text: str) -> frozenset[str]:
        """The known literals in ``text`` (folded)."""
        found: set[str] = set()
        for run in set(_WORD_RUN.findall(fold(text))):
            found |= self._in_run(run)
        return frozenset(found)
