"""A list joins names of one kind: a name coordinated with a person's name is a person's name, even where the
name finder tagged it a place (a surname that is also a town's name) or missed it; a plural role noun before a
name is no part of it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def persons(text: str) -> list[str]:
    return sorted(e.name or "" for e in run(text).entities if e.kind == "person")


def victims(text: str, event_type: str) -> list[str]:
    extraction = run(text)
    names = {e.id: e.name for e in extraction.entities}
    return sorted(
        names[p.entity] or "" for ev in extraction.events if ev.type == event_type for p in ev.participants
        if p.role == "victim"
    )  # fmt: skip


def test_a_name_listed_with_a_person_is_a_person_not_a_town() -> None:
    text = "Police arrested Maria Delgado and Tomas Rivera in Quito on Monday."
    assert persons(text) == ["Maria Delgado", "Tomas Rivera"]
    assert victims(text, "arrest") == ["Maria Delgado", "Tomas Rivera"]


def test_a_name_the_finder_missed_in_a_list_is_a_person() -> None:
    text = "Tomas Rivera, Maria Delgado and Ana Ruiz were detained in Quito in May 2021."
    assert persons(text) == ["Ana Ruiz", "Maria Delgado", "Tomas Rivera"]
    assert victims(text, "detention") == ["Ana Ruiz", "Maria Delgado", "Tomas Rivera"]


def test_a_plural_role_noun_before_the_names_is_not_part_of_them() -> None:
    text = "Activists Maria Delgado and Tomas Rivera were arrested in Quito on 3 March 2023."
    assert persons(text) == ["Maria Delgado", "Tomas Rivera"]


def test_places_listed_together_stay_places() -> None:
    extraction = run("Maria Delgado travelled from Quito and Guayaquil to Lima in 2019.")
    assert sorted(e.name or "" for e in extraction.entities if e.kind == "person") == ["Maria Delgado"]
    assert "Quito" in {e.name for e in extraction.entities if e.kind == "place"}


def test_a_name_tagged_an_organisation_in_a_list_of_persons_is_a_person() -> None:
    text = "Omar Haddad, Leila Nasser and Sami Karam were sentenced to five years in prison in June 2020."
    assert persons(text) == ["Leila Nasser", "Omar Haddad", "Sami Karam"]


def test_an_organisation_listed_with_a_person_is_no_person() -> None:
    assert persons("Omar Haddad and Human Rights Watch criticised the verdict in June 2020.") == ["Omar Haddad"]
    assert persons("Omar Haddad and Human Rights defenders criticised the verdict in June 2020.") == ["Omar Haddad"]


def test_an_object_the_parser_hung_on_the_verb_is_one_more_victim() -> None:
    text = "Police detained the lawyers Omar Haddad and Leila Nasser, and the journalist Sami Karam, on 4 May 2021."
    assert victims(text, "detention") == ["Leila Nasser", "Omar Haddad", "Sami Karam"]


def test_markup_left_in_a_page_is_no_part_of_a_name() -> None:
    from tumen.extract.mentions import _trim

    text = "Police said. {adslot}Karim Nasser was charged."
    start, end = _trim(text, text.index("adslot"), text.index(" was"))
    assert text[start:end] == "Karim Nasser"


def test_a_dash_after_a_name_is_no_part_of_it() -> None:
    from tumen.extract.mentions import _trim

    text = "Dua Rahimi - a young girl, was kidnapped."
    start, end = _trim(text, 0, text.index("a young"))
    assert text[start:end] == "Dua Rahimi"


def test_a_known_place_after_a_preposition_is_no_part_of_the_name_after_it() -> None:
    text = "Party leader and former MP from Aligarh Brijendra Singh and a group of workers were arrested on Monday."
    assert persons(text) == ["Brijendra Singh"]


def test_a_preposition_before_a_known_place_is_no_korean_name() -> None:
    text = "In Aligarh, farmers blocked a road. Former MP from Aligarh Brijendra Singh was arrested on Monday."
    assert persons(text) == ["Brijendra Singh"]
    assert victims(text, "arrest") == ["Brijendra Singh"]


def test_an_organisation_named_after_a_person_listed_with_one_stays_an_organisation() -> None:
    assert persons("The award went to Maria Delgado and the Martin Ennals Foundation in 2019.") == ["Maria Delgado"]


@pytest.mark.parametrize("written", ["Karim Nasser|", "<b>Karim Nasser</b>", "{ad} Karim Nasser"])
def test_markup_around_a_name_leaves_the_name(written: str) -> None:
    from tumen.extract.mentions import _trim

    start, end = _trim(written, 0, len(written))
    assert written[start:end] == "Karim Nasser"


def test_a_name_opened_by_a_listed_given_name_is_a_person_whatever_the_finder_tagged() -> None:
    assert persons("A court in Lindau jailed Nadia Okoro for two years.") == ["Nadia Okoro"]  # tagged ORG
    assert persons("A man guilty in the kidnapping of Amanda Veldhout has abandoned his appeal.") == ["Amanda Veldhout"]
    text = "They walked down Victoria Street to the Daniel Okafor Abduction Inquiry."  # a street, an inquiry
    assert persons(text) == []
