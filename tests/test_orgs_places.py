"""Organisations and relations, places and routes, on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Span

from tumen import Tumen
from tumen.export.json_export import to_json, validate
from tumen.extract import nlp, places
from tumen.extract.document import Source, extract
from tumen.extract.mentions import RawMention, find_mentions
from tumen.extract.organisations import extend_names, speakers
from tumen.extract.types import Entity, Extraction
from tumen.resolve.places import canonical, entity_id


def run(text: str, published: date = date(2023, 11, 2)) -> Extraction:
    return extract(Source(text, 1, "en", published, None))


def named(x: Extraction, name: str, kind: str | None = None) -> Entity:
    for entity in x.entities:
        if (kind is None or entity.kind == kind) and (entity.name == name or name in entity.aliases):
            return entity
    raise AssertionError(f"no {kind or 'entity'} {name!r} in {[(e.kind, e.name) for e in x.entities]}")


def relations(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.type, x.entity(r.subject).label, x.entity(r.object).label) for r in x.relations}


# --- organisations and relations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pastor Han Do-yoon of the Riverside Mission met the family in a rented flat.",
            ("member_of", "Han Do-yoon", "Riverside Mission"),
        ),
        (
            "Oh Mi-ran, who founded the Lantern Relief Foundation, said the women were safe.",
            ("founded", "Oh Mi-ran", "Lantern Relief Foundation"),
        ),
        (
            "Yoon Jae-sung, head of the Border Aid Network, said the boy was sent back.",
            ("leads", "Yoon Jae-sung", "Border Aid Network"),
        ),
        (
            "The Border Aid Network's director Yoon Jae-sung said the boy was sent back.",
            ("leads", "Yoon Jae-sung", "Border Aid Network"),
        ),
        (
            "The head of the Border Aid Network (BAN), Yoon Jae-sung, said the boy was sent back.",
            ("leads", "Yoon Jae-sung", "Border Aid Network"),
        ),
        (
            "Cho Eun-ha, a member of the Free Harbour Alliance, spoke to reporters on Monday.",
            ("member_of", "Cho Eun-ha", "Free Harbour Alliance"),
        ),
        (
            "Moon Tae-il, a senior researcher at the Northern Light Institute, said the camp had grown.",
            ("member_of", "Moon Tae-il", "Northern Light Institute"),
        ),
        (
            "Other senior Tarvik Times staff, including Executive Director Ana Berg, were also arrested.",
            ("member_of", "Ana Berg", "Tarvik Times"),
        ),
        (
            "Police arrested Tarvik Times employees such as Omar Sayed on Monday.",
            ("member_of", "Omar Sayed", "Tarvik Times"),
        ),
        (  # a name listed after another of the organisation's people
            "Police also arrested six other Tarvik Times workers who were identified as Ivo Lenz, Marta Kovacs, "
            "Omar Sayed and Tomas Brenner.",
            ("member_of", "Tomas Brenner", "Tarvik Times"),
        ),
    ],
)
def test_persons_stand_to_organisations_as_the_sentence_says(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(run(text))


@pytest.mark.parametrize("names", [["Ana Berg", "Ivo Holm"], ["Ana Berg", "Mia Lund", "Ivo Holm"], ["Ivo Holm"]])
def test_names_listed_before_a_plural_role_each_hold_it(names: list[str]) -> None:
    # "A and B, members of Y": each is a member (before: none, the role read only in the singular)
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    x = run(f"{listed}, members of the Tarvik Guild, were arrested in 2019.")
    assert {("member_of", name, "Tarvik Guild") for name in names} <= relations(x)


def test_a_singular_role_after_a_list_is_only_the_last_names() -> None:
    x = run("Ana Berg and Ivo Holm, a member of the Tarvik Guild, were arrested in 2019.")
    assert [r for r in relations(x) if r[0] == "member_of"] == [("member_of", "Ivo Holm", "Tarvik Guild")]


def test_a_person_merely_near_an_organisation_is_no_member() -> None:
    x = run("Han Do-yoon visited the Riverside Mission on Monday and left before noon.")
    assert not any(r.type in ("member_of", "leads", "founded") for r in x.relations)


def test_an_organisation_that_speaks_is_an_organisation() -> None:
    found = speakers("The pair were caught in March, according to Voice of Exiles.", RawMention)
    assert [(m.text, m.kind) for m in found] == [("Voice of Exiles", "organization")]
    found = speakers("She told the news outlet Morning Lantern that she would go back.", RawMention)
    assert [m.text for m in found] == ["Morning Lantern"]
    assert speakers("The pair were caught in March, according to Kim.", RawMention) == []  # a person's name


def test_an_organisation_name_cut_short_runs_on_through_its_institutional_title() -> None:
    text = "She wrote to the U.N. High Commissioner for Human Rights in Geneva, and told Reuters Monday."
    found = [
        RawMention(text.index("U.N."), text.index("U.N.") + 3, "U.N", "organization", "ORG"),
        RawMention(text.index("Reuters"), text.index("Reuters") + 7, "Reuters", "organization", "ORG"),
    ]
    extend_names(text, found)
    assert [m.text for m in found] == ["U.N. High Commissioner for Human Rights", "Reuters"]


def test_an_acronym_and_its_expansion_are_one_organisation() -> None:
    x = run("The Northern Light Foundation (NLF) said on Monday that NLF staff had met the family.")
    foundation = named(x, "Northern Light Foundation", "organization")
    assert "NLF" in foundation.aliases
    assert canonical("Northern Light Foundation (NLF)") == "Northern Light Foundation"
    assert canonical("NLF (Northern Light Foundation)") == "Northern Light Foundation"
    assert entity_id("organization", "HRW") == entity_id("organization", "Human Rights Watch")
    assert entity_id("organization", "U.N.") == entity_id("organization", "United Nations")


# --- places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Kaesong", "city", "KP"),
        ("Hyesan", "city", "KP"),
        ("Yanji", "city", "CN"),
        ("Jilin", "province", "CN"),
        ("Bokeo", "province", "LA"),
        ("Mongolia", "country", None),
        ("Panmunjom", "border_crossing", "KP"),
        # another name of a place (place_aliases.yaml) is that place
        ("Viet Nam", "country", None),
        ("Shenyang City", "city", "CN"),
    ],
)
def test_places_are_typed_from_the_gazetteer(name: str, kind: str, country: str | None) -> None:
    found = places.lookup(name)
    assert found is not None and found.kind == kind
    if country:
        assert found.country == country


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        # the first-level subdivisions of every country (ISO 3166-2, from pycountry), by name and with their type
        ("Helmand", "province", "AF"),
        ("Kunar Province", "province", "AF"),
        ("Ondo State", "province", "NG"),
        ("Kerala", "province", "IN"),
        ("Sindh", "province", "PK"),
        # a city of the same name keeps the bare name; the state is named with its type word
        ("Lagos", "city", "NG"),
        ("Lagos State", "province", "NG"),
        # a state keeps its name from a town of another country ("Virginia": not the South African town)
        ("Virginia", "province", "US"),
        ("Ontario", "province", "CA"),
    ],
)
def test_states_and_provinces_of_every_country_are_provinces_of_their_country(
    name: str, kind: str, country: str
) -> None:
    found = places.lookup(name)
    assert found is not None and (found.kind, found.country) == (kind, country)
    assert places.country_of(name) == country


@pytest.mark.parametrize("name", ["Centre", "Littoral", "Magdalena"])
def test_a_subdivision_named_by_a_compass_word_a_common_word_or_a_given_name_is_not_taken(name: str) -> None:
    found = places.lookup(name)
    assert found is None or found.kind != "province"


@pytest.mark.parametrize("name", ["U.S", "U.K", "U.K."])
def test_an_abbreviated_country_whose_last_dot_ended_the_sentence_is_that_country(name: str) -> None:
    assert places.place_kind(name, "GPE") == "country"


def test_an_event_in_a_state_of_another_country_has_that_state_and_country() -> None:
    x = run("Soldiers arrested the radio presenter Tade Ojulari in Ondo State on Monday.")
    state = named(x, "Ondo State", "place")
    assert state.place_kind == "province"
    assert places.country_of(state.name) == "NG"


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("Onsong County", "GPE", "county"),
        ("Tumen River", "LOC", "river"),
        ("North Hamgyong Province", "GPE", "province"),
        ("Kaesong", "ORG", "city"),
        ("DMZ", "ORG", "border_crossing"),
        ("Yodok", "GPE", "camp"),
        ("Camp 25", "FAC", "camp"),
        ("Thailand", "GPE", "country"),
    ],
)
def test_place_kinds(name: str, label: str, kind: str) -> None:
    assert places.place_kind(name, label) == kind


def test_the_gazetteer_finds_a_city_the_parser_missed_and_only_a_city() -> None:
    found = places.gazetteer_mentions("They stayed near Hoeryong for a week with Mercedes and Kim.", RawMention)
    assert [(m.text, m.place_kind) for m in found] == [("Hoeryong", "city")]


def test_a_country_is_never_a_given_name() -> None:
    x = run("Ms Ri left her village in the spring. In China she worked on a farm for two years.")
    assert not any(e.name == "In China" for e in x.of_kind("person"))
    assert named(x, "China", "place").place_kind == "country"


def test_an_alias_told_with_the_or_a_peoples_name_is_no_place_name_of_its_own() -> None:
    assert places.lookup("North") is None and places.lookup("North Korean") is None


def test_a_known_city_after_in_is_a_place_though_the_parser_calls_it_an_organisation() -> None:
    x = run("Union members in Kisumu were detained on Monday. She works at Samsung in Seoul.")
    assert named(x, "Kisumu", "place").place_kind == "city"
    assert named(x, "Samsung", "organization")


def test_a_people_is_no_place() -> None:
    assert places.is_demonym("North Koreans") and places.is_demonym("Chinese")
    assert not places.is_demonym("North Korea") and not places.is_demonym("Laos")  # Laos is no plural of Lao
    doc = nlp.english().make_doc("Laos sent the North Koreans back.")
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 5, label="GPE")]  # as the parser sometimes tags them
    kinds = {m.text: m.kind for m in find_mentions(doc)}
    assert kinds["Laos"] == "place" and kinds["North Koreans"] == "group"


def test_facilities_and_border_crossings_come_from_the_facility_list() -> None:
    x = run("The soldier ran across the demilitarized zone (DMZ) near the Joint Security Area on Monday.")
    zone = named(x, "Demilitarized Zone", "place")
    assert zone.place_kind == "border_crossing" and {"demilitarized zone", "DMZ"} <= set(zone.aliases)
    assert named(x, "Panmunjom", "place").place_kind == "border_crossing"
    assert canonical("JSA") == canonical("Joint Security Area") == "Panmunjom"


# --- routes and the most specific place -------------------------------------------------------------


def test_a_journey_through_several_countries_is_one_movement_with_its_route() -> None:
    x = run("In 2015 Ri Chol-su fled from North Korea through China, Laos and Thailand to South Korea.")
    moves = [e for e in x.events if e.route]
    assert len(moves) == 1
    route = [x.entity(p).name for p in moves[0].route]
    assert route == ["North Korea", "China", "Laos", "Thailand", "South Korea"]


def test_a_sentence_without_through_or_via_has_no_route() -> None:
    x = run("In 2015 Ri Chol-su fled from North Korea to South Korea.")
    assert not any(e.route for e in x.events)


def test_the_place_of_an_event_is_the_most_specific_the_text_supports() -> None:
    x = run("In May 2019 Kang Su-mi was caught in China, in the city of Helong near the border.")
    arrests = [e for e in x.events if e.type == "arrest"]
    assert arrests and all(e.place and x.entity(e.place).name == "Helong" for e in arrests)
    x = run("Kang Su-mi was sent back to North Korea, to Onsong, in 2020.")  # a movement keeps its country
    assert all(x.entity(e.place).name == "North Korea" for e in x.events if e.type == "forced_repatriation" and e.place)


def test_old_extraction_json_without_route_still_reads() -> None:
    x = run("In 2015 Ri Chol-su fled from North Korea through China and Laos to Thailand.")
    data = x.to_json()
    for event in data["events"]:
        event.pop("route", None)
    assert all(e.route == [] for e in Extraction.from_json(data).events)


def test_the_export_carries_routes_and_place_kinds(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text(
        "Seoul, 3 May 2023. Ri Chol-su fled from North Korea through China, Laos and Thailand to South Korea"
        " in 2015. The soldier ran across the DMZ in 2017.\n",
        encoding="utf-8",
    )
    tumen = Tumen.init(str(tmp_path / "tumen.db"))
    try:
        assert tumen.ingest([str(text)]).failed == 0
        assert not tumen.process(workers=1).failed
        data = to_json(tumen.casebase())
    finally:
        tumen.close()
    validate(data)
    kinds = {p["name"]: p["kind"] for p in data["places"]}
    assert kinds.get("Demilitarized Zone") == "border_crossing"
    routes = [[stop["name"] for stop in e["route"]] for e in data["events"] if e["route"]]
    assert ["North Korea", "China", "Laos", "Thailand", "South Korea"] in routes
    place_ids = {p["id"] for p in data["places"]}
    assert all(stop["place"] in place_ids for e in data["events"] for stop in e["route"])
