"""An adjective of the field a role is in stays with the role ("a labour activist"), and the trades of human-rights
reports describe the names beside them ("a radio host", "a union official"). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import named, run


def test_a_field_adjective_is_kept_with_its_role() -> None:
    extraction = run("Police arrested Anna Berg, a labour activist, in Tarvik on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "labour activist"
    extraction = run("Gunmen killed Karel Dovik, an indigenous leader, in Varno on Sunday.")
    assert named(extraction, "Karel Dovik").descriptor == "indigenous leader"


def test_a_field_after_of_is_kept_with_its_role() -> None:
    extraction = run("Gunmen killed Karel Dovik, a leader of the Tarvik community, in Varno on Sunday.")
    assert named(extraction, "Karel Dovik").descriptor == "community leader"
    extraction = run("Police arrested Anna Berg, one of the leaders of the protests, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "protest leader"
    extraction = run("Police arrested Anna Berg, a leader of the Tarvik Workers Union, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "leader"  # a name, not a field (its organisation types it)


def test_a_lower_case_noun_tagged_a_name_still_qualifies_the_role() -> None:
    extraction = run("Police arrested Anna Berg, a trade union activist, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "trade union activist"


def test_an_adjective_of_no_field_still_falls() -> None:
    extraction = run("Police arrested Anna Berg, a prominent activist, in Tarvik on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "activist"


def test_the_trades_of_human_rights_reports_describe_a_name() -> None:
    extraction = run("Gunmen killed Karel Dovik, a radio host, in Tarvik on Sunday.")
    assert named(extraction, "Karel Dovik").descriptor == "radio host"
    extraction = run("Police arrested Anna Berg, a union delegate, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "union delegate"
    extraction = run("Police arrested Anna Berg, a barrister, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "barrister"


def test_a_role_the_name_finder_takes_in_is_a_title() -> None:
    extraction = run("Campaigner Lena Tarvo was arrested in Varno on Sunday. Tarvo denied the charges.")
    assert named(extraction, "Lena Tarvo").titles == ["Campaigner"]
    extraction = run("Photojournalist Anna Berg was arrested in Varno on Sunday.")
    assert named(extraction, "Anna Berg").titles == ["Photojournalist"]
    extraction = run("Anna Farmer was arrested in Varno on Sunday.")  # a role word in a name is no title
    assert named(extraction, "Anna Farmer").titles == []


def test_a_member_of_a_field_is_its_member() -> None:
    extraction = run("Police in Tarvik detained Sam Okoro, a member of the dockworkers' union, on Monday.")
    assert named(extraction, "Sam Okoro").descriptor == "union member"
    extraction = run("Police arrested a union member, Anna Berg, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "union member"


def test_a_head_or_an_official_of_a_field_is_its_role() -> None:
    extraction = run("Police detained Arun Malik, the head of the dockworkers' union, on Monday.")
    assert named(extraction, "Arun Malik").descriptor == "union head"
    extraction = run("Police detained Arun Malik, an official of the dockworkers' union, on Monday.")
    assert named(extraction, "Arun Malik").descriptor == "union official"
    extraction = run("Police detained Arun Malik, the head of the Tarvik Workers Union, on Monday.")
    assert named(extraction, "Arun Malik").descriptor is None  # a name, not a field: its ties type him


def test_a_member_of_no_field_has_no_role() -> None:
    extraction = run("Police in Tarvik detained Sam Okoro, a member of the village choir, on Monday.")
    assert named(extraction, "Sam Okoro").descriptor is None
    extraction = run("Sam Okoro runs a pharmacy in Holm. Okoro is a respected member of this community.")
    assert named(extraction, "Sam Okoro").descriptor is None  # anyone who lives there


def test_a_field_that_owns_the_role_qualifies_it() -> None:
    extraction = run("Dara Loman, the union's leader, was arrested in Tarvik on Monday.")
    assert named(extraction, "Dara Loman").descriptor == "union leader"
    extraction = run("The community's leader Dara Loman was arrested in Tarvik on Monday.")
    assert named(extraction, "Dara Loman").descriptor == "community leader"


def test_a_shop_steward_is_a_role() -> None:
    extraction = run("Arun Malik was shot dead in Tarvik on Monday. Malik was a union steward and organizer.")
    assert named(extraction, "Arun Malik").descriptor == "union steward and organizer"


def test_a_role_the_tagger_reads_as_an_adverb_is_still_a_role() -> None:
    text = "Arun Malik was shot dead in Tarvik. Malik was a union steward, union organizer, and elected to the board."
    assert named(run(text), "Arun Malik").descriptor == "union steward and union organizer"
    extraction = run("Police arrested Anna Berg, a union steward, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "union steward"


def test_the_kind_of_an_unnamed_body_a_role_is_of_is_its_field() -> None:
    extraction = run("Police arrested Anna Berg, the founder of a local human rights group, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "rights founder"
    extraction = run("Police arrested Anna Berg, a member of a small human rights group, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "rights member"  # "member" is a role in a field only
    extraction = run("Gunmen killed Karel Dovik, the head of a human rights organisation, in Varno on Sunday.")
    assert named(extraction, "Karel Dovik").descriptor == "rights head"
    extraction = run("Police detained Arun Malik, a member of the union branch, in Varno on Sunday.")
    assert named(extraction, "Arun Malik").descriptor == "union member"


def test_a_body_of_no_field_gives_no_field() -> None:
    extraction = run("Police arrested Anna Berg, the founder of a local football club, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "founder"
    extraction = run("Police arrested Anna Berg, a member of the village council, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested Karl Vos, the head of the village police station, in Varno on Sunday.", "Karl Vos"),
        ("Police arrested Ana Cruz, an official of the human rights ministry, in Varno on Sunday.", "Ana Cruz"),
    ],
)
def test_a_place_or_an_office_a_role_is_of_gives_no_field(text: str, name: str) -> None:
    descriptor = named(run(text), name).descriptor
    assert descriptor is None or not descriptor.startswith(("village", "rights"))


def test_a_role_with_an_unnamed_body_takes_its_field() -> None:
    """ "with" joins a role to its body as "of" does."""
    extraction = run("Police arrested Anna Berg, a volunteer with a human rights organisation, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "rights volunteer"


def test_an_employee_or_staffer_of_a_body_of_a_field_has_a_role_in_it() -> None:
    """ "employee" and "staffer", like "member", are roles only in a field."""
    extraction = run("Police arrested Anna Berg, an employee of the teachers' union, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "union employee"
    extraction = run("Police arrested Anna Berg, a staffer with a human rights group, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "rights staffer"
    extraction = run("Police arrested Anna Berg, an employee of a bank, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor is None


def test_a_verb_of_work_with_an_unnamed_body_of_a_field_tells_the_role() -> None:
    extraction = run("Police arrested Anna Berg, who works for a human rights organisation, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "rights worker"
    extraction = run("Police arrested Anna Berg, who heads a rights group, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "rights head"
    extraction = run("Police detained Arun Malik, who leads the union branch, in Varno on Sunday.")
    assert named(extraction, "Arun Malik").descriptor == "union leader"


def test_a_verb_of_work_with_a_body_of_no_field_tells_no_role() -> None:
    extraction = run("Police arrested Anna Berg, who works for a bank, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor is None


@pytest.mark.parametrize(
    ("text", "descriptor"),
    [
        ("Police arrested Anna Berg, a member of the opposition party, in Varno on Sunday.", "opposition member"),
        ("Police arrested Anna Berg, the head of a human rights commission, in Varno on Sunday.", "rights head"),
        ("Police arrested Anna Berg, the founder of a human rights foundation, in Varno on Sunday.", "rights founder"),
    ],
)
def test_a_party_a_commission_or_a_foundation_is_a_body_of_people(text: str, descriptor: str) -> None:
    assert named(run(text), "Anna Berg").descriptor == descriptor


@pytest.mark.parametrize(
    ("text", "descriptor"),
    [
        ("Police arrested Anna Berg, the director of a local newspaper, in Varno on Sunday.", "media director"),
        ("Police arrested Anna Berg, the founder of a weekly magazine, in Varno on Sunday.", "media founder"),
        ("Police arrested Anna Berg, the owner of a local newspaper, in Varno on Sunday.", "media owner"),
        ("Police arrested Anna Berg, the head of a radio station, in Varno on Sunday.", "media head"),
    ],
)
def test_a_role_of_an_unnamed_news_outlet_is_in_the_media(text: str, descriptor: str) -> None:
    assert named(run(text), "Anna Berg").descriptor == descriptor


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Anna Berg, the director of a local hospital, in Varno on Sunday.",
        "Police arrested Anna Berg, the director of a travel agency, in Varno on Sunday.",
    ],
)
def test_a_role_of_no_news_outlet_is_not_in_the_media(text: str) -> None:
    assert named(run(text), "Anna Berg").descriptor == "director"


def test_a_role_of_the_news_by_its_own_word_takes_no_field() -> None:
    """ "editor of a weekly magazine" is an editor: of the news by the word itself."""
    assert named(run("Police arrested Anna Berg, editor of a weekly magazine, in Varno."), "Anna Berg").descriptor == (
        "editor"
    )


@pytest.mark.parametrize(
    ("text", "descriptor"),
    [
        ("Police detained Ana Berg, an employee of an electronics outlet, in March.", None),
        ("Police detained Ana Berg, an employee of a paper mill, in March.", None),
        ("Police detained Ana Berg, a driver with a news agency, in March.", "driver"),
        ("Police detained Ana Berg, an employee of a news outlet, in March.", "media employee"),
    ],
)
def test_an_outlet_needs_its_qualifier_and_only_a_role_of_a_body_takes_the_media(
    text: str, descriptor: str | None
) -> None:
    assert named(run(text), "Ana Berg").descriptor == descriptor
