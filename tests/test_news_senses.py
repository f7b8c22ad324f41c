"""Word senses, roles and modality read wrongly on general news (docs/extraction.md): things made public are no
one released, a place locked down is no one locked up, a rite held is no one held, an injury in play or in a quake
is no attack, one near death is not dead, a sports comeback is no forced return, the possessor of a custody one is
in or of a raid is its doer, an event a purpose looks back at was done, and "no-one" negates. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def read(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in read(text).events if e.type == event_type]


def roles(extraction: Extraction, event: Event) -> dict[str, str]:
    names = {e.id: e.name for e in extraction.entities}
    return {p.role: names.get(p.entity, "") for p in event.participants}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norvex released an emergency patch for its browser on Tuesday.",
        "Norvex has released a security update for the Tarvik app.",
        "The Tarvik council released the name of the woman who died on Monday.",
        "Police released the names of the two officers on Friday.",
        "The firm Dalco released details of the flaw on Monday.",
        "Norvex's latest patch release must be installed at once, Dalco said.",
        "The trawler was seized by the coastguard in May. It was eventually released from its berth in the port of "
        "Tarvik on October 30.",  # "it": a thing, for the types done to people only
    ],
)
def test_what_is_made_public_is_no_one_released(sentence: str) -> None:
    assert of_type(sentence, "release") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police released Ana Ruiz on Monday after two days in custody.",
        "The army released the two students on Friday.",
    ],
)
def test_a_person_released_stays_a_release(sentence: str) -> None:
    assert len(of_type(sentence, "release")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Police locked down the neighbourhood for three hours while they talked to the gunman.",
        "The Falcons locked up the fifth seed with the win over Tarvik.",
        "Lock your door, the officer told Ana Ruiz.",
        "Some 900 people voted in the election, held under a new charter approved in May.",
        "The church services will be held on Sunday in a school in Tarvik.",
        "A case was registered in connection with the ‘Tarvik Sammelan’ held at Dunmore Fort on December 31, 2017.",
        "Police cited the alleged links held by the accused with the rebels in Tarvik in 2019.",
        "The case rests on a report registered under sections 153 (a) and 505 1 (b) among others in connection with "
        "the ‘Tarvik Parishad’ held at Dunmore’s Shaniwar Fort on December 31, 2017.",
    ],
)
def test_a_place_locked_down_or_a_rite_held_holds_no_one(sentence: str) -> None:
    assert of_type(sentence, "detention") == []


def test_a_person_with_a_quoted_nickname_held_stays_a_detention() -> None:
    assert len(of_type("Ana Ruiz, known as “Nana”, was held at Dunmore Fort in 2017.", "detention")) == 1


def test_a_person_locked_in_stays_a_detention() -> None:
    assert len(of_type("The guards locked Ana Ruiz in a shed in Tarvik for a week.", "detention")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people were injured by the quake, which struck near Valdor.",
        "Five people were wounded by the quake in Valdor on Monday.",
        "Tom Vale was injured during the 3-1 loss to Rovers last Sunday.",
        "Tom Vale was injured in practice on Tuesday.",
    ],
)
def test_an_injury_in_a_quake_or_in_play_is_no_attack(sentence: str) -> None:
    assert of_type(sentence, "attack") == []


def test_a_temblor_kills_no_one() -> None:
    assert of_type("That temblor killed at least six people in Valdor in September.", "killing") == []


def test_an_injury_by_people_stays_an_attack() -> None:
    assert len(of_type("Ana Ruiz was injured by the soldiers in Tarvik.", "attack")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A former guard has been charged in the 1990 killings of two women in Tarvik, but police say the suspect is "
        "near death.",
        "Police say Ana Ruiz is close to death in a Tarvik hospital since May 2023.",
        "Ana Ruiz was on the brink of death in a Tarvik hospital in May 2023, her lawyer said.",
    ],
)
def test_one_near_death_is_not_dead(sentence: str) -> None:
    assert of_type(sentence, "death") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On 16 November 1849 a Velar court sentenced the poet Ivo Lesk to death for his verses.",
        "In 1850 the military tribunal condemned Karl Vos to death in Tarvik.",
    ],
)
def test_one_sentenced_to_death_is_not_dead(sentence: str) -> None:
    assert of_type(sentence, "death") == []


def test_a_death_penalty_lends_no_date_to_a_death_told_before() -> None:
    text = (
        "Prosecutors say there is no case over the death of the journalist Ana Berg, who set herself on fire on "
        "2 October. On 16 November 1849 a Velar court sentenced the poet Ivo Lesk to death for his verses."
    )
    (death,) = of_type(text, "death")
    assert death.time is None or death.time.earliest.year != 1849


@pytest.mark.parametrize(
    "sentence",
    [
        "The fans cheered Tom Vale's return after his injury.",
        "Tom Vale's return is a test of the new deal, the Rovers said.",
        "The fund has given a good return on investment since 1990.",
    ],
)
def test_a_comeback_is_no_forced_return(sentence: str) -> None:
    assert of_type(sentence, "forced_repatriation") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim Mi-ok feared her forced return.",
        "The return of Kim Mi-ok to North Korea was condemned.",
        "Thousands of Valdorans rallied to demand Ana Ruiz's return.",
    ],
)
def test_a_return_forced_told_or_demanded_stays_one(sentence: str) -> None:
    assert len(of_type(sentence, "forced_repatriation")) == 1


def test_the_possessor_of_a_custody_one_is_in_holds() -> None:
    extraction = read("The ministry must decide where the 23 pirates in the Norland Navy's custody go.")
    [event] = [e for e in extraction.events if e.type == "detention"]
    assert roles(extraction, event) == {"perpetrator": "Norland Navy"}


def test_the_possessor_of_a_raid_is_its_doer() -> None:
    extraction = read("Ana Ruiz was arrested hours later in the police's raid on her home.")
    [event] = [e for e in extraction.events if e.type == "raid"]
    assert roles(extraction, event).get("perpetrator") == "police"


def test_the_possessor_of_an_event_noun_whose_of_names_the_victim_is_its_doer() -> None:
    extraction = read("Rights groups condemned the Norland government's detention of the lawyer Ana Ruiz.")
    [event] = [e for e in extraction.events if e.type == "detention"]
    assert roles(extraction, event) == {"perpetrator": "Norland", "victim": "Ana Ruiz"}


def test_the_possessor_of_an_event_noun_with_an_of_of_time_underwent_it() -> None:
    extraction = read("Ana Ruiz's detention of two years ended in Tarvik in March.")
    [event] = [e for e in extraction.events if e.type == "detention"]
    assert roles(extraction, event) == {"victim": "Ana Ruiz"}


def test_the_one_whose_custody_is_shifted_is_held() -> None:
    extraction = read("The court ruled that Ana Ruiz's temporary custody be shifted to her uncle.")
    [event] = [e for e in extraction.events if e.type == "detention"]
    assert roles(extraction, event) == {"victim": "Ana Ruiz"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The clashes came after a vigil to mark the shooting of Tomas Verin.", "shooting"),
        (
            "The Tarvik police will hold a news conference today to address the murder of Ana Ruiz in 1990.",
            "killing",
        ),
        ("Thousands marched to protest the arrest of Ana Ruiz in Tarvik.", "arrest"),
    ],
)
def test_an_event_a_purpose_looks_back_at_was_done(sentence: str, event_type: str) -> None:
    assert [e.modality for e in of_type(sentence, event_type)] == ["asserted"]


def test_a_bare_kind_a_purpose_looks_back_at_stays_planned() -> None:
    sentence = (
        "In 2015 Valdor agreed to ensure reparations, to investigate enforced disappearances and to repeal the law."
    )
    assert [e.modality for e in of_type(sentence, "disappearance")] == ["planned"]


def test_life_imprisonment_stays_a_detention() -> None:
    assert len(of_type("Ana Ruiz was sentenced to life imprisonment in Tarvik in 2019.", "detention")) >= 1


def test_mass_arrests_stay_arrests() -> None:
    assert (
        len(of_type("Since late April, police in Tarvik have carried out mass arrests of volunteers.", "arrest")) == 1
    )


def test_a_purpose_to_do_stays_planned() -> None:
    assert [e.modality for e in of_type("The rebels met to plan the abduction of Ana Ruiz.", "abduction")] == [
        "planned"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "No-one was injured by the gunmen in Tarvik.",
        "No one is believed to have been injured by the gunmen in Tarvik.",
        "No-one is believed to have been injured by the gunmen in Tarvik.",
    ],
)
def test_no_one_hurt_negates_the_harm(sentence: str) -> None:
    assert [e.modality for e in of_type(sentence, "attack")] == ["negated"]


def test_no_one_wanting_it_is_no_negation() -> None:
    assert [e.modality for e in of_type("No one wanted to be arrested by the Tarvik police.", "arrest")] == ["planned"]
