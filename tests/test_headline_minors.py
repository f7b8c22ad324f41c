"""A headline's bare "girl" or "boy" is the story's one named child, who takes its gender. Every sentence here is
invented."""

from __future__ import annotations

from test_plural_role_before_names import named, run

STORY = "Police found the body of abducted 2-year-old Tarvi Qolan in a park in Varno on Tuesday."


def test_a_headlines_little_girl_is_the_named_child() -> None:
    extraction = run("Death of little girl who was kidnapped ruled a homicide\n" + STORY)
    assert named(extraction, "Tarvi Qolan").gender == "female"


def test_a_headlines_boy_is_the_named_child_not_the_adult() -> None:
    text = "Man, 25, charged with killing boy\nPolice charged Dorin Vellek, 25, with the murder of Tarvi Qolan, 9."
    extraction = run(text)
    assert named(extraction, "Tarvi Qolan").gender == "male"
    assert named(extraction, "Dorin Vellek").gender is None


def test_a_headlines_girl_means_no_one_when_two_children_are_named() -> None:
    text = "Girl found dead in Varno\nPolice found the bodies of Tarvi Qolan, 6, and Dorin Vellek, 4, in a flat."
    extraction = run(text)
    assert named(extraction, "Tarvi Qolan").gender is None
    assert named(extraction, "Dorin Vellek").gender is None


def test_a_headlines_girl_means_no_one_of_no_minors_age() -> None:
    extraction = run("Death of little girl ruled a homicide\nPolice found the body of Tarvi Qolan in a park.")
    assert named(extraction, "Tarvi Qolan").gender is None


def test_a_girl_with_a_determiner_in_the_story_is_left_to_the_walk() -> None:
    text = "Police found Tarvi Qolan, 30, and Dorin Vellek, 4, in a flat. A girl was also found in the flat."
    extraction = run(text)
    assert named(extraction, "Tarvi Qolan").gender is None
    assert named(extraction, "Dorin Vellek").gender is None
