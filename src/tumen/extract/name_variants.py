"""Two spellings of one person's name within a report: a short form of the given name ("Sam Little" and "Samuel
Little", data/given_names.yaml ``short_forms``) and a family name written once with a doubled letter and once
without ("Omar Hammadi", later "Hamadi"). Merging two people is worse than missing a merge (relatives share a
family name), so a variant names a person only when exactly one person of the report fits it
(:func:`tumen.extract.entities._match_person`)."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.names import Name, fold_given
from tumen.extract.vocab import load

_DOUBLED = re.compile(r"(.)\1")
MIN_SURNAME = 5  # letters of the shorter spelling: "Hamadi"; "Ali" / "Alli" are two names too often


@cache
def short_forms() -> dict[str, frozenset[str]]:
    return {str(k): frozenset(str(v) for v in vs) for k, vs in load("given_names.yaml")["short_forms"].items()}


def _single(surname: str) -> str:
    return _DOUBLED.sub(r"\1", fold_given(surname))


def _surname_variant(one: Name, other: Name) -> bool:
    """Family names that differ only by a doubled letter: "Hammadi" and "Hamadi" (not "Hamadi" and "Hamada")."""
    if not (one.surname and other.surname):
        return False
    a, b = fold_given(one.surname), fold_given(other.surname)
    return a != b and min(len(a), len(b)) >= MIN_SURNAME and a.isalpha() and b.isalpha() and _single(a) == _single(b)


def _given_short_form(one: Name, other: Name) -> bool:
    """One given name (a single word) a listed short form of the other: "Sam" and "Samuel"."""
    if not (one.given and other.given) or " " in one.given or " " in other.given:
        return False
    a, b = fold_given(one.given), fold_given(other.given)
    forms = short_forms()
    return b in forms.get(a, frozenset()) or a in forms.get(b, frozenset())


def variant(known: Name, name: Name) -> bool:
    """Whether ``name`` may be another spelling of ``known`` (never for Korean names, whose romanisations
    tumen.extract.names folds already): the same family name with a short form of the given name, or a family
    name differing by a doubled letter with the same given name or none on one side."""
    if known.korean or name.korean:
        return False
    if known.surname and name.surname and fold_given(known.surname) == fold_given(name.surname):
        return _given_short_form(known, name)
    if not _surname_variant(known, name):
        return False
    return not (known.given and name.given) or fold_given(known.given) == fold_given(name.given)
