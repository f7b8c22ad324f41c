"""Several roles listed before a name are all the person's. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_two_roles_joined_by_and_before_a_name() -> None:
    extraction = run("Police arrested Lindish blogger and human rights activist Karel Dovik on Monday.")
    assert named(extraction, "Karel Dovik").descriptor == "blogger and human rights activist"


def test_a_comma_list_of_roles_passes_over_a_word_that_is_no_role() -> None:
    extraction = run("The court jailed Lindish blogger, coder, and free speech activist Karel Dovik on Monday.")
    assert named(extraction, "Karel Dovik").descriptor == "blogger and free speech activist"


def test_an_adjective_of_a_listed_role_is_dropped() -> None:
    extraction = run("Police arrested the prominent poet and editor Mara Tull in Varno.")
    assert named(extraction, "Mara Tull").descriptor == "poet and editor"


def test_roles_of_two_names_stay_apart() -> None:
    extraction = run("Police arrested blogger Mara Tull and activist Ivo Holm in Varno.")
    assert named(extraction, "Mara Tull").descriptor == "blogger"
    assert named(extraction, "Ivo Holm").descriptor == "activist"


def test_a_comma_without_and_lists_nothing() -> None:
    extraction = run("Police arrested his colleague, activist Ivo Holm, in Varno.")
    assert named(extraction, "Ivo Holm").descriptor == "activist"


def test_roles_listed_before_a_name_join_the_role_of_its_apposition() -> None:
    extraction = run('"We lost money," said Varno businessman and blogger Tomas Brevik, a teacher at the school.')
    assert named(extraction, "Tomas Brevik").descriptor == "blogger and teacher and businessman"


def test_roles_listed_in_an_apposition_are_all_the_persons() -> None:
    """The parser may take "reporter" for a modifier of "activist": the list is read on the surface."""
    extraction = run("Police arrested Anna Berg, a reporter and human rights activist, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "reporter and human rights activist"
    extraction = run("Police arrested Anna Berg, a reporter, and Lina Voss, an activist, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "reporter"
    assert named(extraction, "Lina Voss").descriptor == "activist"
