"""A state or act of the body that only one gender has genders the person the text gives it to, and the other
trades of journalists and lawyers describe the persons named beside them (invented sentences and names)."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_person_called_pregnant_is_a_woman() -> None:
    assert named(run("Kadri Vell, who was seven months pregnant, was arrested on Monday."), "Kadri Vell").gender == (
        "female"
    )
    assert named(run("The pregnant activist Kadri Vell was arrested on Monday."), "Kadri Vell").gender == "female"


def test_a_person_who_gave_birth_is_a_woman() -> None:
    extraction = run("Kadri Vell, who gave birth in prison last year, was arrested again on Monday.")
    assert named(extraction, "Kadri Vell").gender == "female"


def test_a_negated_state_says_nothing() -> None:
    assert named(run("Kadri Vell, who was not pregnant, was arrested on Monday."), "Kadri Vell").gender is None


def test_the_state_of_another_person_says_nothing_of_the_named_one() -> None:
    extraction = run("Kadri Vell was arrested on Monday while a pregnant neighbour watched.")
    assert named(extraction, "Kadri Vell").gender is None


def test_the_other_trades_of_news_and_law_describe_a_named_person() -> None:
    assert named(run("Kadri Vell, a newsreader at Tarvik Radio, was arrested."), "Kadri Vell").descriptor == (
        "newsreader"
    )
    assert named(run("Kadri Vell, a jurist, was shot dead on Monday."), "Kadri Vell").descriptor == "jurist"
    assert named(run("Kadri Vell, a playwright, was arrested on Monday."), "Kadri Vell").descriptor == "playwright"
    newspaperman = named(run("Kadri Vell, a newspaperman, was shot dead on Monday."), "Kadri Vell")
    assert (newspaperman.descriptor, newspaperman.gender) == ("newspaperman", "male")


def test_a_trade_named_by_a_gendered_word_genders_its_bearer() -> None:
    herdsman = named(run("Kadri Vell, a herdsman, was shot dead on Monday."), "Kadri Vell")
    assert (herdsman.descriptor, herdsman.gender) == ("herdsman", "male")
    assert named(run("Kadri Vell, a saleswoman, was shot dead on Monday."), "Kadri Vell").gender == "female"


def test_lady_before_a_role_noun_says_a_woman() -> None:
    assert named(run("Kadri Vell, a lady journalist, was arrested on Monday."), "Kadri Vell").gender == "female"


def test_a_verb_of_standing_news_work_gives_the_role() -> None:
    """ "who hosts a show" states a standing role, as "who publishes the Courier" does; "who wrote a letter"
    tells an act."""
    assert named(
        run("Kadri Vell, who hosts a show on Lantern Radio, was beaten on Monday."), "Kadri Vell"
    ).descriptor == ("host")
    column = run("Kadri Vell, who writes a weekly column for the Tarvik Courier, was arrested on Monday.")
    assert named(column, "Kadri Vell").descriptor == "writer"
    letter = run("Kadri Vell, who wrote a letter to the president, was arrested on Monday.")
    assert named(letter, "Kadri Vell").descriptor is None


def test_a_who_clause_on_a_name_after_of_under_a_noun_says_nothing() -> None:
    """ "the lawyer of X, who was pregnant": the clause may be the lawyer's; the parse hanging it on X is no cue."""
    pregnant = run("Guards beat the lawyer of Pavo Rennik, who was seven months pregnant, on Monday.")
    assert named(pregnant, "Pavo Rennik").gender is None
    birth = run("Guards beat the wife of Pavo Rennik, who gave birth in prison, on Monday.")
    assert named(birth, "Pavo Rennik").gender != "female"


def test_giving_birth_to_no_person_is_a_figure_of_speech() -> None:
    figure = run("Pavo Rennik, who gave birth to the student movement in 1998, was arrested on Monday.")
    assert named(figure, "Pavo Rennik").gender is None
    twins = run("Pavo Rennik, who gave birth to twins in prison, was arrested on Monday.")
    assert named(twins, "Pavo Rennik").gender == "female"
    daughter = run("Pavo Rennik, who gave birth to a daughter in prison, was arrested on Monday.")
    assert named(daughter, "Pavo Rennik").gender == "female"
