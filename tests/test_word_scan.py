"""Scanning for a long alternation only where one of its first words stands gives pattern.finditer's matches."""

import re

import pytest

from tumen.extract import word_scan

PHRASES = ["riot police", "police", "border guards", "guards", "u.s. troops"]
PATTERN = re.compile(r"\b(" + "|".join(re.escape(p) for p in PHRASES) + r")\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police and border guards met U.S. troops near Varn; the police left.",
        "Policemen, policed, guardsmen: no match here, nor in xpolice.",
        "ſecurity aside, RIOT POLICE stood by the Guards of Tarvik.",
        "",
    ],
)
def test_same_matches_as_finditer(text: str) -> None:
    firsts = word_scan.first_words(PHRASES)
    got = [(m.start(), m.end(), m.group(0)) for m in word_scan.finditer(PATTERN, text, firsts)]
    assert got == [(m.start(), m.end(), m.group(0)) for m in PATTERN.finditer(text)]


def test_an_alternative_must_start_with_a_word() -> None:
    with pytest.raises(ValueError):
        word_scan.first_words(["-police"])
