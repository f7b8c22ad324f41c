"""A person described by more than one role has each; "one of the <role>s" describes a name; a name with a noun of
its own is not described by the plural noun of the list before it. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.added_roles import with_roles


def test_a_second_role_told_in_a_later_sentence_is_added() -> None:
    extraction = run(
        "Police in Varnholm arrested newspaper editor Lina Sorvik on Monday. "
        "Sorvik is a well-known rights activist in the country."
    )
    assert named(extraction, "Lina Sorvik").descriptor == "newspaper editor and rights activist"


def test_is_one_of_the_role_nouns_describes_the_subject() -> None:
    extraction = run(
        "Police in Varnholm detained Lina Sorvik on Monday. Sorvik is one of the best-known rights activists there."
    )
    assert named(extraction, "Lina Sorvik").descriptor == "rights activist"


def test_one_of_the_role_nouns_coordinated_with_an_apposition() -> None:
    extraction = run("Gunmen shot Tomas Brevik, a teacher at the Varno college and one of the finest poets, on Friday.")
    assert named(extraction, "Tomas Brevik").descriptor == "teacher and poet"


def test_a_role_the_descriptor_has_is_not_added_twice() -> None:
    assert with_roles("journalist", "journalist") is None
    assert with_roles("activist", "rights activist") == "rights activist"
    assert with_roles("editor and poet", "writer") == "editor and poet and writer"
    assert with_roles("editor and poet and writer", "activist") is None


def test_names_after_their_own_role_noun_are_not_described_by_the_first() -> None:
    extraction = run("Gunmen killed reporters Ana Ruiz and Ben Tull and aid workers Cal Orr and Dina Vek in 2013.")
    assert named(extraction, "Ben Tull").descriptor == "reporter"
    assert "reporter" not in (named(extraction, "Cal Orr").descriptor or "")
    assert "reporter" not in (named(extraction, "Dina Vek").descriptor or "")


def test_a_denied_copula_describes_no_one() -> None:
    extraction = run("Police detained Karel Dovik in Varno. The council said Dovik is not a journalist.")
    assert named(extraction, "Karel Dovik").descriptor is None
    extraction = run("Police detained Karel Dovik in Varno. Dovik is not one of the activists of the town.")
    assert named(extraction, "Karel Dovik").descriptor is None


def test_not_the_only_one_of_a_role_still_describes() -> None:
    extraction = run("Police detained Karel Dovik in Varno. Dovik is not the only journalist to be detained there.")
    assert named(extraction, "Karel Dovik").descriptor == "journalist"
