"""Two spellings of one person's name within a report: a short form of the given name ("Sam Little" and "Samuel
Little", data/given_names.yaml ``short_forms``) and a family name written once with a doubled letter and once
without ("Omar Hammadi", later "Hamadi") or, when long, with a slip of one letter inside it ("Tomas Vadrekovic",
later "Vadrekavic"), and a given name with two neighbouring letters swapped, a slip of the keyboard
("Madeliene Tallis", later "Madeleine Tallis"). Merging two people is worse than missing a merge (relatives share a
family name), so a variant names a person only when exactly one person of the report fits it
(:func:`tumen.extract.entities._match_person`)."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.names import Name, fold_given
from tumen.extract.vocab import load

_DOUBLED = re.compile(r"(.)\1")
MIN_SURNAME = 5  # letters of the shorter spelling: "Hamadi"; "Ali" / "Alli" are two names too often
MIN_SWAPPED = 6  # letters of a given name with two letters swapped: "Madeliene"; "Mira" / "Mria" are too short
MIN_SLIPPED = 7  # letters of the shorter spelling for a slip of one letter: "Hansen" and "Hanson" are two names


@cache
def short_forms() -> dict[str, frozenset[str]]:
    return {str(k): frozenset(str(v) for v in vs) for k, vs in load("given_names.yaml")["short_forms"].items()}


def _single(surname: str) -> str:
    return _DOUBLED.sub(r"\1", fold_given(surname))


def _surname_variant(one: Name, other: Name) -> bool:
    """Family names that differ only by a doubled letter: "Hammadi" and "Hamadi" (not "Hamadi" and "Hamada"), or
    long ones by a slip of one letter inside them (:func:`_slip`): "Vadrekovic" and "Vadrekavic"."""
    if not (one.surname and other.surname):
        return False
    a, b = fold_given(one.surname), fold_given(other.surname)
    if a == b or min(len(a), len(b)) < MIN_SURNAME or not (a.isalpha() and b.isalpha()):
        return False
    return _single(a) == _single(b) or _slip(a, b)


def _slip(a: str, b: str) -> bool:
    """Two spellings of a family name of ``MIN_SLIPPED`` letters or more, one letter apart inside it — one letter
    for another, one left out or added, two neighbours swapped ("Vadrekovic" and "Vadrekavic", "Vadrekovic" and
    "Vardekovic") — with the same first letter and the same last two: an ending makes another name ("Hamadi" and
    "Hamada", "Mohammad" and "Mohammadi", "Andersen" and "Anderson")."""
    if min(len(a), len(b)) < MIN_SLIPPED or a[0] != b[0] or a[-1] != b[-1] or a[-2:] != b[-2:]:
        return False
    if len(a) == len(b):
        apart = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = (
            len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]
        )
        return len(apart) == 1 or swapped
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


def _given_short_form(one: Name, other: Name) -> bool:
    """One given name (a single word) a listed short form of the other: "Sam" and "Samuel"."""
    if not (one.given and other.given) or " " in one.given or " " in other.given:
        return False
    a, b = fold_given(one.given), fold_given(other.given)
    forms = short_forms()
    return b in forms.get(a, frozenset()) or a in forms.get(b, frozenset())


def _given_swapped(one: Name, other: Name) -> bool:
    """One given name (a single word of six letters or more) the other with two neighbouring letters swapped,
    neither the first nor the last: "Madeliene" and "Madeleine" (not "Marian" and "Marina")."""
    if not (one.given and other.given) or " " in one.given or " " in other.given:
        return False
    return _swapped(fold_given(one.given), fold_given(other.given))


def _swapped(a: str, b: str) -> bool:
    if a == b or len(a) != len(b) or len(a) < MIN_SWAPPED or not (a.isalpha() and b.isalpha()):
        return False
    apart = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and apart[0] > 0
        and apart[1] < len(a) - 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


def _lone_given_swapped(known: Name, name: Name) -> bool:
    """A lone word that is a person's given name with two letters swapped: "Madeleine" after "Madeliene Tallis"."""
    if name.given or not name.surname or not known.given or " " in known.given:
        return False
    return _swapped(fold_given(known.given), fold_given(name.surname))


def variant(known: Name, name: Name) -> bool:
    """Whether ``name`` may be another spelling of ``known`` (never for Korean names, whose romanisations
    tumen.extract.names folds already): the same family name with a short form of the given name or the given name
    with two neighbouring letters swapped (also that given name alone), or a family name differing by a doubled
    letter or a slip of one letter with the same given name or none on one side."""
    if known.korean or name.korean:
        return False
    if _lone_given_swapped(known, name):
        return True
    if known.surname and name.surname and fold_given(known.surname) == fold_given(name.surname):
        return _given_short_form(known, name) or _given_swapped(known, name)
    if not _surname_variant(known, name):
        return False
    return not (known.given and name.given) or fold_given(known.given) == fold_given(name.given)
