"""A facility named after its place ("the Hwangsan interrogation centre") is a place of kind facility, not a
person the name finder took the place name for; a people's or a state's name before a facility word is no
facility's name. Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run


def kinds(text: str) -> dict[str, str]:
    return {e.name or "": e.kind for e in run(text).entities if e.name}


def test_a_place_name_before_a_facility_word_names_a_facility() -> None:
    text = "Kim Ok-sun was held in the Varnok interrogation centre in May. Her husband was taken to Tarvik prison."
    found = kinds(text)
    assert found["Varnok interrogation centre"] == "place"
    assert found["Tarvik prison"] == "place"
    assert "Varnok" not in found and "Tarvik" not in found
    assert [n for n, k in found.items() if k == "person"] == ["Kim Ok-sun"]


def test_a_facility_named_so_is_where_the_detention_took_place() -> None:
    extraction = run("Pak Chol-min was detained in the Varnok detention centre in March 2019.")
    places = {e.id: e for e in extraction.entities if e.kind == "place"}
    assert any(places.get(ev.place or "") and places[ev.place or ""].name == "Varnok detention centre"
               for ev in extraction.events if ev.type == "detention")  # fmt: skip


def test_a_people_or_an_article_is_not_a_facility_name() -> None:
    text = "Pak Chol-min was sent to a North Korean prison camp and later to the Chinese detention centre."
    found = kinds(text)
    assert not any(name.endswith(("camp", "centre")) for name in found)


def test_a_known_city_before_a_facility_word_stays_the_city() -> None:
    text = "Kim Ok-sun was detained in Hyesan prison in March 2019."
    found = kinds(text)
    assert found.get("Hyesan") == "place"


def test_a_capitalised_function_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = "Kim Ok-sun was arrested in May. In Varnok prison she was beaten. Two prison guards were dismissed."
    found = kinds(text)
    assert found.get("Varnok prison") == "place"
    assert not any(name.startswith(("In ", "Two ")) for name in found)


def test_a_weekday_or_the_staff_after_the_facility_word_make_no_facility_name() -> None:
    found = kinds("On Monday Varnok prison guards beat Kim Ok-sun. Tarvik prison officials denied it.")
    assert not any(name.startswith("Monday") or name.endswith("prison") for name in found)


def test_words_of_a_facilitys_kind_alone_name_no_facility() -> None:
    found = kinds("Omar Haddad was taken to Military prison in 2020. His brother was held in Varnok prison.")
    assert "Military prison" not in found
    assert found["Varnok prison"] == "place"


def test_a_facility_word_written_with_a_capital_still_names_a_facility() -> None:
    found = kinds("The lawyer Karl Vos was held in Tarvik Military Prison. Varnok Prison Guards beat him.")
    assert found.get("Tarvik Military Prison") == "place"
    assert not any(name.startswith("Varnok") for name in found)
