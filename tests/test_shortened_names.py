"""A person's name written short: the later words of a longer name stand for its bearer ("Mar Aye Thein" after
"Khin Mar Aye Thein"), a name spaCy cut short grows to the full name the document gives elsewhere, and the
Burmese courtesy title U before a name is a man's. Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.mentions import RawMention, _complete_names


def persons(text: str) -> list[str]:
    return sorted(e.name or "" for e in run(text).entities if e.kind == "person" and e.name)


def test_the_last_words_of_a_longer_name_are_its_bearer() -> None:
    text = "Soldiers detained Khin Mar Aye Thein in Mandalay on Monday. Mar Aye Thein had led a teachers' strike."
    assert persons(text) == ["Khin Mar Aye Thein"]


def test_a_middle_word_alone_is_the_bearer_of_the_longer_name() -> None:
    text = "A court in Tarvik sentenced Navid Qarvani Rostam to ten years. Qarvani denied every charge."
    assert persons(text) == ["Navid Qarvani Rostam"]


def test_the_first_words_of_a_longer_name_may_be_another_person() -> None:
    text = "Soldiers detained Khin Mar Aye Thein in Mandalay. Her father Khin Mar was a general."
    assert "Khin Mar" in persons(text)


def test_a_name_cut_short_grows_to_the_full_name_of_the_document() -> None:
    text = "Troops seized Daw Khin Mya Oo at dawn. Later State Counsellor Khin Mya Oo was charged."
    short = RawMention(14, 22, "Daw Khin", "person", "PERSON")
    full = RawMention(text.index("Counsellor"), text.index(" was"), "Counsellor Khin Mya Oo", "person", "PERSON")
    _complete_names(text, [short, full])
    assert short.text == "Daw Khin Mya Oo"
    assert (short.start, short.end) == (14, 29)


def test_a_name_is_not_grown_into_a_longer_word() -> None:
    text = "Troops seized Daw Khin Myat at dawn. Khin Mya was charged."
    short = RawMention(14, 22, "Daw Khin", "person", "PERSON")
    other = RawMention(text.index("Khin Mya "), text.index(" was"), "Khin Mya", "person", "PERSON")
    _complete_names(text, [short, other])
    assert short.text == "Daw Khin"


def test_the_burmese_title_u_says_a_man() -> None:
    assert named(run("U Zaw Htun, a retired teacher, was arrested in Mandalay."), "Zaw Htun").gender == "male"
    assert named(run("Soldiers detained the lawmaker U Kyaw Thura at his home."), "Kyaw Thura").gender == "male"
