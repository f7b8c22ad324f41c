""" "I crossed the river with …. Police caught us" (docs/extraction.md, "Who 'they' are"), on invented sentences: a
speaker's "I" joined to companions by "with" makes the party a later "we" or "us" stands for — the speaker and the
companions who are persons, or the speaker alone when the companions are no one known."""

from __future__ import annotations

from datetime import date

from helpers import events_of as of_type
from helpers import named_in_role as role
from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2018, 6, 1)))


def test_us_after_i_crossed_with_unnamed_companions_is_the_speaker() -> None:
    x = run(
        '"In 2009 I crossed the river with two other women, but border police caught us in Tarvik a week later," '
        "Ana Berg said."
    )
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg"}


def test_us_after_i_crossed_with_my_cousin_is_both_of_us() -> None:
    x = run('"I crossed the river with my cousin in 2009. Border police arrested us a week later," Ana Berg said.')
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "cousin"}
