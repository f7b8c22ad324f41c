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
