"""Torture and enforced disappearance (docs/extraction.md, "Violations: senses, the described victim and doers named
by the deed"), on sentences written for these tests: a feeling is no torturer ("tortured by doubts"), one held where
no one knows has disappeared ("held at an undisclosed location", "in a secret prison"), torture told by its acts
and its marks, counted records of it, and "at the hands of"."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def victims(x: Extraction, kind: str) -> set[str]:
    return {
        x.entity(p.entity).name or "" for e in x.events if e.type == kind for p in e.participants if p.role == "victim"
    }


def of_type(x: Extraction, kind: str) -> int:
    return sum(1 for e in x.events if e.type == kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was tortured by doubts about his decision.",
        "The novelist Ana Berg was tortured by memories of the war in Tarvik.",
        "Memories of the war tortured the veteran Karl Vos for years.",
    ],
)
def test_a_feeling_tortures_no_one(sentence: str) -> None:
    assert not of_type(run(sentence), "torture")


def test_tortured_by_the_police_is_still_torture() -> None:
    assert "Karl Vos" in victims(run("The reporter Karl Vos was tortured by police in Tarvik in May."), "torture")


@pytest.mark.parametrize(
    "sentence",
    [
        "The activist Rosa Quispe is held at an undisclosed location.",
        "The lawyer Ana Berg was held in a secret prison for a month.",
        "Police detained the blogger Sami Nour at an unknown location.",
    ],
)
def test_held_where_no_one_knows_has_disappeared_and_is_held(sentence: str) -> None:
    x = run(sentence)
    assert victims(x, "disappearance") & {"Rosa Quispe", "Ana Berg", "Sami Nour"}
    assert victims(x, "detention") == victims(x, "disappearance")


def test_held_in_a_prison_named_has_not_disappeared() -> None:
    x = run("The lawyer Ana Berg was held in a prison in Tarvik for a month.")
    assert "Ana Berg" in victims(x, "detention")
    assert not of_type(x, "disappearance")


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards beat the reporter Karl Vos until he lost consciousness.",
        "The student Ana Berg was beaten into a coma by police in Tarvik.",
    ],
)
def test_a_beating_to_unconsciousness_is_torture(sentence: str) -> None:
    x = run(sentence)
    assert victims(x, "torture") & {"Karl Vos", "Ana Berg"}
    assert not of_type(x, "ill_treatment")


@pytest.mark.parametrize(
    "sentence",
    [
        "Interrogators shocked the reporter Karl Vos with electricity in May.",
        "The reporter Karl Vos said he was subjected to electric shocks in Tarvik.",
    ],
)
def test_electric_shocks_are_torture(sentence: str) -> None:
    assert "Karl Vos" in victims(run(sentence), "torture")


def test_news_that_shocks_is_no_torture() -> None:
    assert not of_type(run("The news shocked the reporter Karl Vos in May."), "torture")


@pytest.mark.parametrize(
    "text",
    [
        "The body of the teacher Omar Haddad showed marks of torture.",
        "The teacher Omar Haddad was found dead in Tarvik in May. His body showed signs of torture.",
        "Among those killed was the teacher Omar Haddad, whose body was found bearing signs of torture.",
        "The reporter Karl Vos still bears the scars of torture.",
    ],
)
def test_marks_of_torture_tell_whom_it_befell(text: str) -> None:
    assert victims(run(text), "torture") & {"Omar Haddad", "Karl Vos"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission received 90 complaints of torture in 2020.",
        "From January to July, the group registered 404 cases of torture in Tarvik.",
    ],
)
def test_counted_cases_of_torture_are_a_statistic(sentence: str) -> None:
    assert not of_type(run(sentence), "torture")


def test_counted_cases_of_someones_torture_are_the_event() -> None:
    x = run("The group documented two cases of torture of the reporter Karl Vos in May.")
    assert "Karl Vos" in victims(x, "torture")


def perpetrators(x: Extraction, kind: str) -> set[str]:
    return {
        x.entity(p.entity).name or x.entity(p.entity).descriptor or ""
        for e in x.events
        if e.type == kind
        for p in e.participants
        if p.role == "perpetrator"
    }


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The farmer Omar Haddad was subjected to torture at the hands of soldiers.", "torture"),
        ("The reporter Karl Vos was beaten at the hands of the police in Tarvik.", "ill_treatment"),
        ("The reporter Karl Vos suffered abuse in the hands of guards in Tarvik.", "ill_treatment"),
    ],
)
def test_at_the_hands_of_names_the_doer(sentence: str, kind: str) -> None:
    assert perpetrators(run(sentence), kind) & {"soldiers", "police", "guards"}


@pytest.mark.parametrize(
    ("sentence", "victim", "doer"),
    [
        ("The reporter Lena Marsh died at the hands of the police in Tarvik in March.", "Lena Marsh", "police"),
        (
            "The death of the teacher Omar Haddad at the hands of soldiers sparked protests in Tarvik.",
            "Omar Haddad",
            "soldiers",
        ),
        (
            "Up to 700 protesters were arrested in Tarvik, with three people dying at the hands of the police.",
            None,
            "police",
        ),
    ],
)
def test_a_death_at_the_hands_of_someone_is_a_killing(sentence: str, victim: str | None, doer: str) -> None:
    x = run(sentence)
    assert not of_type(x, "death")
    assert perpetrators(x, "killing") == {doer}
    assert victims(x, "killing") == ({victim} if victim else set())


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("The farmer Omar Haddad died in Tarvik when attackers set fire to his house.", "attackers"),
        ("The farmer Omar Haddad died in Tarvik after soldiers set his barn on fire.", "soldiers"),
    ],
)
def test_a_death_in_a_fire_people_set_is_a_killing_by_them(sentence: str, doer: str) -> None:
    x = run(sentence)
    assert not of_type(x, "death")
    assert perpetrators(x, "killing") == {doer}
    assert victims(x, "killing") == {"Omar Haddad"}


def test_a_death_in_ones_own_fire_or_a_spreading_one_stays_a_death() -> None:
    for sentence in ("Omar Haddad died when he set fire to himself.", "Omar Haddad died when the fire spread."):
        assert not of_type(run(sentence), "killing")


@pytest.mark.parametrize(
    "sentence",
    ["The reporter Lena Marsh died in Tarvik in March.", "The reporter Lena Marsh was dying in a hospital in Tarvik."],
)
def test_a_death_at_no_ones_hands_stays_a_death(sentence: str) -> None:
    assert not of_type(run(sentence), "killing")


def test_having_been_subject_to_torture_is_torture() -> None:
    x = run("The farmers Omar Haddad and Karl Vos say they have been subject to torture at the hands of soldiers.")
    assert victims(x, "torture") == {"Omar Haddad", "Karl Vos"}


def test_being_subject_to_arrest_is_a_liability() -> None:
    assert not of_type(run("Anyone who protests is subject to arrest in Tarvik."), "arrest")


def test_a_disappearance_whose_kidnapping_is_charged_is_that_crime() -> None:
    x = run("The student Lena Marsh vanished in Tarvik in May. Karl Vos was charged with kidnapping Lena Marsh.")
    [gone] = [e for e in x.events if e.type == "disappearance"]
    assert gone.attributes.get("charged_as") == "abduction"


def test_a_disappearance_after_a_detention_is_no_charged_crime() -> None:
    x = run("The activist Lena Marsh disappeared after police detained her in Tarvik in May.")
    [gone] = [e for e in x.events if e.type == "disappearance"]
    assert "charged_as" not in gone.attributes


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The inquest was among about 300 cases involving deaths and disappearances of activists in May 2019.",
            "disappearance",
        ),
        ("The group documented 40 cases involving the torture of detainees in Tarvik in May.", "torture"),
    ],
)
def test_counted_cases_involving_an_event_are_a_statistic(sentence: str, kind: str) -> None:
    assert not of_type(run(sentence), kind)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In May 2019 residents of Tarvik filmed the torture of dogs at the market.", "torture"),
        ("In May 2019 residents of Tarvik filmed the killing of dogs at the market.", "killing"),
        ("The disappearance of documents from the archive of Tarvik worried the clerks.", "disappearance"),
    ],
)
def test_a_harm_done_only_to_things_is_no_event(sentence: str, kind: str) -> None:
    """Types done to people only: their "of" naming only things (animals, documents) tells no harm of anyone."""
    assert not of_type(run(sentence), kind)


def test_a_harm_of_a_person_by_its_noun_stays() -> None:
    assert victims(run("Police in Tarvik reported the disappearance of Ana Berg."), "disappearance") == {"Ana Berg"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The death of the reporter Lena Marsh was ruled a homicide.",
        "The coroner ruled the death of the teacher Omar Haddad a homicide.",
        "Police said the death of the reporter Lena Marsh was a murder.",
    ],
)
def test_a_death_a_verdict_names_a_killing_is_a_killing(sentence: str) -> None:
    x = run(sentence)
    assert of_type(x, "killing") == 1
    assert not of_type(x, "death")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the death of the reporter Lena Marsh was not a murder.",
        "The death of the reporter Lena Marsh may have been a murder.",
        "Police are investigating whether the death of the reporter Lena Marsh was a murder.",
        "The death of the reporter Lena Marsh was ruled an accident.",
    ],
)
def test_a_death_no_verdict_names_a_killing_stays_a_death(sentence: str) -> None:
    x = run(sentence)
    assert of_type(x, "death") == 1
    assert not of_type(x, "killing")


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers massacred forty villagers in Tarvik on Monday.",
        "Nine farmers were massacred in Tarvik.",
        "Gunmen slaughtered the reporter Lena Marsh in Tarvik.",
        "Militants decapitated the teacher Omar Haddad in Tarvik.",
    ],
)
def test_verbs_of_killing_many_or_brutally_are_killings(sentence: str) -> None:
    assert of_type(run(sentence), "killing") == 1


def test_slaughtering_animals_or_a_leadership_is_no_killing() -> None:
    assert not of_type(run("The butchers slaughtered the pigs in Tarvik on Monday."), "killing")
    assert not of_type(run("The strikes aim to decapitate the leadership of the group."), "killing")
