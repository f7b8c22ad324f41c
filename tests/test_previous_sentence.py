"""A pronoun that no person of its own sentence takes means the subject, or the one person, of the sentence
before it, before an older person known to be of its gender; a quotation's pronoun is left to the ordinary
choice; in its own sentence a pronoun never means the person another pronoun just gave the other gender, and
"the man" never means a person a pronoun gave the other. Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_the_subject_of_the_sentence_before_over_an_older_man_known_as_one() -> None:
    text = (
        "Mr Tomas Varga, a lawyer, said he would appeal. He said the court was not fair. "
        "Ivo Holm, the editor of a weekly, was arrested in May and charged with libel. "
        "The case followed a report on smuggling, after which he was held for a year."
    )
    assert named(run(text), "Ivo Holm").gender == "male"


def test_the_only_person_of_the_sentence_before() -> None:
    text = (
        "Ms Lena Ruiz, a researcher, said she had seen the files. She called the verdicts unjust. "
        "The verdicts follow the arrest of the writer Oona Berg in June. She was charged with treason."
    )
    assert named(run(text), "Oona Berg").gender == "female"


def test_a_pronoun_in_a_quotation_is_left_to_the_ordinary_choice() -> None:
    text = (
        "Ms Lena Ruiz, a researcher, said she had seen the files. "
        "The verdicts follow the arrest of the writer Oona Berg in June.\n"
        "“She was only doing her job,” the lawyer said."
    )
    assert named(run(text), "Oona Berg").gender is None


def test_a_pronoun_of_the_other_gender_in_the_same_sentence_is_someone_else() -> None:
    text = "Mr Tomas Varga met the court in May. Oona Berg was detained.\n“She is innocent,” he said."
    extraction = run(text)
    assert named(extraction, "Oona Berg").gender == "female"


def test_the_man_is_not_a_person_a_pronoun_gave_the_other_gender() -> None:
    text = (
        "Police arrested a 45-year-old man in Tarvik on Monday. Oona Berg, a former minister, was charged in 2017, "
        "but the case against her was dropped. The man was released on bail."
    )
    assert named(run(text), "Oona Berg").gender == "female"


def test_a_quotation_right_after_the_narrators_sentence_takes_it_up() -> None:
    # the quotation opens in the paragraph of the sentence before, with no quotation between: its first pronoun
    # is that sentence's subject, not the older man (the son) the ordinary choice would take
    text = (
        "Ana Ruiz's son was arrested in 2016. Later a lawyer, Dara Lenk, visited her in Tarvik. "
        "“He said: the trial will be fair,” Ana Ruiz recalls."
    )
    assert named(run(text), "Dara Lenk").gender == "male"
