"""A Korean family name that is also an English word ("In", "An", "To") opens a Korean name only before a given name
romanised Korean can spell, and at a sentence's or a headline word's place only before a Korean-written given name
or a name the text repeats (tumen.extract.korean_syllables). Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run
from tumen.extract.korean_syllables import reads_as_korean
from tumen.extract.mentions import _korean_names


def _korean(text: str) -> list[str]:
    return [m.text for m in _korean_names(text)]


def test_romanised_korean_syllables() -> None:
    assert all(reads_as_korean(w) for w in ("Myong-chol", "Hojin", "Mirae", "Jeong-ah", "Ch'ŏl-su", "Jong Un"))
    assert not any(reads_as_korean(w) for w in ("Arizona", "Tarvik", "Amid", "Evans"))


def test_an_english_word_before_a_non_korean_word_is_no_surname() -> None:
    assert _korean("An Arizona jury acquitted the volunteer.") == []
    assert _korean("Police said they found him in Tarvik. In Tarvik the trial opened.") == []


def test_an_english_word_in_a_headline_is_no_surname() -> None:
    assert _korean("Kidnappers, Marlow To Die by Hanging") == []
    assert _korean("Bandits Seize 12 In Kagara Amid Calls For Talks") == []


def test_a_sentence_initial_preposition_before_a_one_word_name_is_a_preposition() -> None:
    assert _korean("In Tilak's trial the judge read the charges.") == []


def test_korean_names_with_those_surnames_stay() -> None:
    assert _korean("In Ho-jin was arrested.") == ["In Ho-jin"]
    assert _korean("An Myong-chol fled to China.") == ["An Myong-chol"]
    assert _korean("Police said In Hojin was arrested.") == ["In Hojin"]
    assert _korean("In Hojin was arrested. Later In Hojin was freed.") == ["In Hojin", "In Hojin"]
    assert _korean("She met An Myong Chol in Seoul.") == ["An Myong Chol"]


def test_no_person_named_after_a_jury_of_a_state() -> None:
    extraction = run("An Arizona jury acquitted Tom Reyes on Wednesday.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Tom Reyes"]


def _persons(text: str) -> list[str]:
    return [e.name for e in run(text).entities if e.kind == "person"]


def test_a_name_always_after_the_article_is_no_person() -> None:
    """No one is called "the Morrison" (tumen.extract.name_context.without_article_names)."""
    assert _persons("Critics said the Morrison government jailed Tom Walker.") == ["Tom Walker"]
    assert _persons("The McMichaels and Tom Bryan will face trial.") == ["Tom Bryan"]


def test_a_name_once_without_the_article_stays_a_person() -> None:
    assert _persons("Police arrested Tom Reyes on Monday. The Tom Reyes case drew protests.") == ["Tom Reyes"]


def test_a_one_word_name_the_text_also_writes_in_lower_case_is_a_word() -> None:
    """ "Socialism" taken for a person beside "socialism" (tumen.extract.name_context)."""
    assert _persons("Tom Walker said Socialism had failed and that socialism was dead.") == ["Tom Walker"]
    assert _persons("Law and order: Tom Walker said the law was unfair.") == ["Tom Walker"]


def test_a_one_word_surname_or_given_name_stays_a_person() -> None:
    assert _persons("Police arrested Kang Mi-rae in Tarvik. Kang denied the charge; the kang was cold.") == [
        "Kang Mi-rae"
    ]
