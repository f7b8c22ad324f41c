"""A case told on under a definite age or number ("the 65-year-old", "the two") goes on with the accused arrest told
just before it. Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run


def accused(text: str, event_type: str) -> list[bool]:
    return [bool(e.attributes.get("accused")) for e in run(text).events if e.type == event_type]


def test_the_age_of_the_suspect_arrested_before_is_the_suspect() -> None:
    text = (
        "A Tarvik man accused of murdering a nurse has been arrested in Spain, police said. "
        "The 65-year-old was detained in Madrid on Thursday."
    )
    assert accused(text, "detention") == [True]


def test_the_number_of_the_suspects_arrested_before_are_the_suspects() -> None:
    text = "Two men were arrested for murdering a nurse in Tarvik. The two were sentenced to life in 2018."
    assert accused(text, "sentencing") == [True]


def test_the_number_of_victims_arrested_before_stays_victims() -> None:
    text = "Soldiers arrested two farmers in Tarvik on Monday. The two were sentenced to ten years in 2018."
    assert accused(text, "sentencing") == [False]


def test_a_suspect_arrested_long_before_is_not_continued() -> None:
    text = (
        "Police arrested a Tarvik man for murdering a nurse. The 65-year-old was released on Friday. "
        "Farmers marched in the capital. The two were detained again in 2018."
    )
    assert accused(text, "arrest") == [True, False]


def roles(text: str) -> list[str]:
    return [p.role for e in run(text).events if e.type == "arrest" for p in e.participants]


def test_suspects_a_lead_introduces_unnamed_are_the_persons_named_next() -> None:
    text = (
        "A man and a woman have been charged with kidnapping a nurse in Tarvik. "
        "Ivo Holm, 51, and 43-year-old Anna Berg were arrested on Sunday."
    )
    assert roles(text) == ["subject", "subject"]
    assert accused(text, "arrest") == [True]


def test_a_lead_counting_other_persons_than_named_next_names_no_suspect() -> None:
    text = (
        "A man and a woman have been charged with kidnapping a nurse in Tarvik. Ivo Holm, 51, was arrested on Sunday."
    )
    assert roles(text) == ["victim"]


def test_a_lead_naming_no_crime_names_no_suspect() -> None:
    text = "A man and a woman have been arrested in Tarvik. Ivo Holm, 51, and 43-year-old Anna Berg were arrested."
    assert "subject" not in roles(text)


def test_a_lead_after_a_dateline_introduces_its_suspects() -> None:
    text = (
        "TARVIK, Sarn — A man and a woman have been charged with aggravated kidnapping after a nurse escaped on "
        "Sunday. Ivo Holm, 51, and 43-year-old Anna Berg were arrested on Sunday."
    )
    assert roles(text) == ["subject", "subject"]


def test_a_lead_after_a_dateline_of_two_words_introduces_its_suspects() -> None:
    text = (
        "NEW TARVO, Sarn — A man and a woman have been charged with aggravated kidnapping, retaliation, and evading "
        "arrest after a woman was able to escape their kidnap attempt on Sunday evening. Ivo Holm, 51, and "
        "43-year-old Anna Berg were arrested on Sunday."
    )
    assert roles(text) == ["subject", "subject"]


def test_a_definite_noun_after_the_suspects_arrest_is_the_suspect() -> None:
    text = "Police arrested a Tarvik man for murdering a nurse. The policeman is being detained at the army barracks."
    assert accused(text, "detention") == [True]


def test_a_definite_noun_after_an_arrest_of_victims_stays_a_victim() -> None:
    text = "Soldiers arrested two farmers in Tarvik on Monday. The protesters were arrested by the Varno Guard."
    assert accused(text, "arrest") == [False, False]


def test_a_pronoun_after_the_suspects_arrest_is_the_suspects() -> None:
    text = "Police arrested two men for murdering a nurse in Tarvik. They were jailed by a Varno court in May."
    assert accused(text, "detention") == [True]


def test_the_rest_of_a_gang_two_sentences_on_are_the_suspects() -> None:
    text = (
        "A police officer in Tarvik has been arrested for allegedly being behind many kidnapping cases. "
        "Officials said the suspect led a gang of five. The other four members were detained in Varno on Monday."
    )
    assert accused(text, "detention") == [True]


def test_a_definite_noun_two_sentences_on_is_not_continued() -> None:
    text = (
        "A police officer in Tarvik has been arrested for allegedly being behind many kidnapping cases. "
        "Officials said the suspect led a gang of five. The four members were detained in Varno on Monday."
    )
    assert accused(text, "detention") == [False]
