"""A bare surname belongs to the main person of that surname, not to a relative sharing it (invented texts)."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.surnames import introduced_as_relative
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.kind == "person" and e.name == name)


def mentioned(entity: Entity, text: str, phrase: str, word: str) -> bool:
    """Is ``word``, which begins ``phrase`` in ``text``, a mention of ``entity``?"""
    start = text.index(phrase)
    return any(m.start == start and m.text == word for m in entity.mentions)


SON_AND_FATHER = (
    "Pyeon Min-jun escaped from a labour camp in 2011 and now lives in Seoul. "
    "Pyeon spent his childhood in the camp. His father, Pyeon Gil-su, stayed behind, "
    "and Pyeon told reporters that he has not heard from him since."
)


def test_the_bare_surname_after_a_relative_is_introduced_stays_with_the_main_person() -> None:
    extraction = run(SON_AND_FATHER)
    son, father = named(extraction, "Pyeon Min-jun"), named(extraction, "Pyeon Gil-su")
    assert "Pyeon" not in father.aliases
    assert not mentioned(father, SON_AND_FATHER, "Pyeon told", "Pyeon")
    assert mentioned(son, SON_AND_FATHER, "Pyeon told", "Pyeon")  # after the father is named
    assert mentioned(son, SON_AND_FATHER, "Pyeon spent", "Pyeon")


def test_a_relative_named_after_the_main_person_keeps_the_full_name() -> None:
    text = (
        "Anna Berg fled the country in 2019. Berg said her brother Ivo Berg was detained a year later, "
        "and Berg has campaigned for his release ever since."
    )
    extraction = run(text)
    sister, brother = named(extraction, "Anna Berg"), named(extraction, "Ivo Berg")
    assert "Berg" not in brother.aliases
    assert mentioned(sister, text, "Berg has", "Berg")  # after the brother is named


def test_a_relative_who_alone_bears_the_surname_keeps_it() -> None:
    text = (
        "Jin Ha-eun said her father, Pyeon Gil-su, was arrested in 2015. "
        "Pyeon was held for three years before his release."
    )
    extraction = run(text)
    father = named(extraction, "Pyeon Gil-su")
    assert "Pyeon" in father.aliases
    assert mentioned(father, text, "Pyeon was", "Pyeon")


@pytest.mark.parametrize(
    ("text", "name", "relative"),
    [
        ("His father, Pyeon Gil-su, stayed behind.", "Pyeon Gil-su", True),
        ("Pyeon's late father Pyeon Gil-su stayed behind.", "Pyeon Gil-su", True),
        ("Pyeon Gil-su, her elder brother, stayed behind.", "Pyeon Gil-su", True),
        ("Pyeon Gil-su, the brother of Dr. Pyeon Mi-ra, stayed behind.", "Pyeon Gil-su", True),
        ("Pyeon Gil-su, the father of three, stayed behind.", "Pyeon Gil-su", False),
        ("The activist Pyeon Gil-su stayed behind.", "Pyeon Gil-su", False),
        ("She met Pyeon Gil-su, a lawyer, in Seoul.", "Pyeon Gil-su", False),
        ("It was his father. Pyeon Gil-su stayed behind.", "Pyeon Gil-su", False),
    ],
)
def test_a_name_in_apposition_to_a_kin_noun_is_a_relative(text: str, name: str, relative: bool) -> None:
    start = text.index(name)
    assert introduced_as_relative(text, start, start + len(name)) is relative


def test_a_relative_introduced_as_the_kin_of_a_named_person_leaves_the_surname_to_that_person() -> None:
    text = (
        "Police arrested Dr. Lina Castel on Friday. In a post, Tomas Castel, the brother of Dr. Lina Castel, said "
        "the doctor was taken from their home. Later Tomas Castel told reporters that Castel is the latest rights "
        "worker arrested this year."
    )
    extraction = run(text)
    doctor, brother = named(extraction, "Lina Castel"), named(extraction, "Tomas Castel")
    assert mentioned(doctor, text, "Castel is", "Castel")
    assert not mentioned(brother, text, "Castel is", "Castel")


def test_a_word_a_korean_reading_takes_for_a_given_name_korean_cannot_spell_may_be_a_surname() -> None:
    """ "Han Brevik" reads as Korean (Han opens Korean names), but no romanised Korean syllables spell "Brevik": a bare
    "Brevik" is a surname like any other, the main bearer's, not Han Brevik's by his "given name"."""
    text = (
        "Police arrested Dr. Lina Brevik on Friday. In a post, Han Brevik, the brother of Dr. Lina Brevik, said the "
        "doctor was taken from their home. Brevik is the latest rights worker arrested this year."
    )
    extraction = run(text)
    doctor, brother = named(extraction, "Lina Brevik"), named(extraction, "Han Brevik")
    assert mentioned(doctor, text, "Brevik is", "Brevik")
    assert not mentioned(brother, text, "Brevik is", "Brevik")
    text = "Police arrested Han Brevik on Friday. Brevik is a lawyer."  # the only bearer keeps it
    assert mentioned(named(run(text), "Han Brevik"), text, "Brevik is", "Brevik")
