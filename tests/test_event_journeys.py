"""Journeys abroad and who makes them; one death for each person (invented sentences)."""

from __future__ import annotations

from test_negated_senses import run, told


def test_an_active_gerund_after_a_preposition_is_done_by_the_one_the_clause_is_about() -> None:
    x = run("Mun Hye-rin was born in 1990. Her father was arrested and beaten by police for crossing the border.")
    assert told(x, "border_crossing") == [[("father", "subject")]]
    paid = run("Kim Chol was arrested in 2003 after paying a broker.")
    assert told(paid, "payment") == [[("Kim Chol", "payer"), ("broker", "recipient")]]  # an unnamed broker is one


def test_coming_back_from_another_country_is_a_crossing_being_sent_back_a_return() -> None:
    x = run("Mun Hye-rin was born in 1990. Her father was arrested as he returned from China.")
    assert told(x, "border_crossing") == [[("father", "subject")]]
    sent = run("Mun Hye-rin was returned from China in 2005.")
    assert told(sent, "border_crossing") == []
    assert told(sent, "forced_repatriation") == [[("Mun Hye-rin", "victim")]]
    assert told(run("Mun Hye-rin returned from work."), "border_crossing") == []


def test_a_journey_to_another_country_made_by_someone_is_their_crossing() -> None:
    x = run("To fight off hunger, Mun's mother and father made several food runs to China.")
    assert told(x, "border_crossing") == [[("father", "subject"), ("mother", "subject")]]
    led = run("Kim Mi-ra will lead three other defectors on a trip to the United States in October.")
    assert told(led, "border_crossing") == []


def test_each_person_dies_their_own_death() -> None:
    x = run("Pak Sun-hee was born in Hyesan. Her grandmother and two younger brothers died of hunger in 1997.")
    deaths = told(x, "death")
    assert sorted(deaths) == [[("brother", "victim")], [("brother", "victim")], [("grandmother", "victim")]]
    brothers = {p.entity for e in x.events if e.type == "death" for p in e.participants}
    assert len(brothers) == 3  # two brothers, not one twice


def test_a_phrase_naming_a_party_means_its_members_but_a_part_of_it_only_one() -> None:
    couple = run("A farming couple in their 40s was executed in Hyesan in May 2020. The husband had been beaten.")
    assert told(couple, "execution") == [[("husband", "victim"), ("wife", "victim")]]
    assert told(couple, "ill_treatment") == [[("husband", "victim")]]
    one = run("Pak Sun-hee was born in Hyesan. One of her two brothers had died in 1997.")
    assert told(one, "death") == [[("brother", "victim")]]
