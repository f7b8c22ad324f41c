"""A name the document shows to be a person's is a person's in all its mentions, whatever the name finder tagged it:
a role or an age beside it, a kinship noun it possesses, a courtesy title, a verb whose passive befalls only a
person (docs/extraction.md, "Places and routes"). Invented names and texts; each is tagged an organisation or a
place by the name finder."""

from __future__ import annotations

import pytest

from tumen.extract.mentions import find_mentions
from tumen.extract.nlp import english


def kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in find_mentions(english()(text)):
        found.setdefault(m.text, set()).add(m.kind)
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In March, Nkwandaze Oromiyo, a political activist, was reported missing.", "Nkwandaze Oromiyo"),
        ("Police arrested the blogger Nemat Naqvadi in Kabul.", "Nemat Naqvadi"),
        ("Nemat Naqvadi, 29, was beaten.", "Nemat Naqvadi"),
        ("Mr Nemat Naqvadi criticised the decision.", "Nemat Naqvadi"),
        ("Ms Tsikhanovska left the country.", "Ms Tsikhanovska"),
    ],
)
def test_a_role_an_age_or_a_title_make_a_person(text: str, name: str) -> None:
    assert kinds(text)[name] == {"person"}


def test_a_passive_only_a_person_suffers_makes_every_mention_a_persons() -> None:
    # the name finder tags the first Rukirabazi a person, the second an organisation; one kind wins for both
    found = kinds(
        "Within minutes of his post, Rukirabazi was abducted by Uganda's Special Forces Command. "
        "Rukirabazi's captors refused."
    )
    assert found["Rukirabazi"] == {"person"}


def test_a_possessed_kinship_noun_makes_the_surname_and_the_full_name_a_persons() -> None:
    found = kinds("The fate of Nkosiyabo Temba remains unknown; Temba's family fears the worst.")
    assert found["Temba"] == {"person"} and found["Nkosiyabo Temba"] == {"person"}


def test_an_organisation_is_not_made_a_person() -> None:
    # "a rights group" is no person's role; a foundation's name stays an organisation's
    found = kinds("Tarvik Watch, a rights group, said the Vanuzi Foundation was raided.")
    assert "person" not in found.get("Tarvik Watch", set()) | found.get("Vanuzi Foundation", set())


@pytest.mark.parametrize(
    "text",
    [
        "DUBAI - Two journalists were detained in Australia.",  # a dateline in capitals
        "The public broadcaster, the TVKA, was raided.",  # a role an organisation has too
    ],
)
def test_a_dateline_or_an_acronym_stays_what_it_was(text: str) -> None:
    assert all("person" not in found for found in kinds(text).values())


def test_a_plural_role_beside_one_name_makes_no_person() -> None:
    # the parser hangs the union's stewards as an apposition to its name
    found = kinds("The National Union of Dockworkers of Norland (NUDN) stewards were originally suspended last year.")
    assert found["National Union of Dockworkers of Norland"] == {"organization"}
    assert kinds("Lena Varga and Piet Holm, both bloggers, were arrested.")["Piet Holm"] == {"person"}
