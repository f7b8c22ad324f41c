"""Two spellings of one person's name in a report: a short form of the given name ("Sam" for "Samuel") and a family
name once written with a doubled letter and once without ("Hammadi", "Hamadi") — one person, when only one fits.
Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run


def persons(text: str) -> list[str]:
    return sorted(e.name or "" for e in run(text).entities if e.kind == "person" and e.name)


def test_a_short_given_name_is_the_person_of_the_full_one() -> None:
    text = "Samuel Brandt murdered three women in Ohio. Police arrested Sam Brandt in Texas in 2012."
    assert persons(text) == ["Samuel Brandt"]


def test_a_short_given_name_that_fits_two_persons_merges_neither() -> None:
    text = "Samuel Brandt and his sister Samantha Brandt ran the farm. Sam Brandt was arrested in Texas."
    assert persons(text) == ["Sam Brandt", "Samantha Brandt", "Samuel Brandt"]


def test_an_unlisted_given_name_is_another_person() -> None:
    text = "Samuel Brandt murdered three women in Ohio. Police arrested Sami Brandt, his son, in Texas."
    assert "Sami Brandt" in persons(text)


def test_a_family_name_without_its_doubled_letter_is_the_same_person() -> None:
    text = "Gunmen led by Omar Hammadi kidnapped two nurses in the city. Police arrested Hamadi in Athens."
    assert persons(text) == ["Omar Hammadi"]


def test_a_family_name_spelled_otherwise_is_another_person() -> None:
    text = "Gunmen led by Omar Hammadi kidnapped two nurses in the city. Police arrested Omar Hamada in Athens."
    assert "Omar Hamada" in persons(text)


def test_a_doubled_letter_with_another_given_name_is_another_person() -> None:
    text = "Omar Hammadi kidnapped two nurses in the city. Police later arrested Mohammed Hamadi in Athens."
    assert sorted(persons(text)) == ["Mohammed Hamadi", "Omar Hammadi"]


def test_a_short_form_is_the_arrested_doer() -> None:
    events = run("Samuel Brandt murdered three women in Ohio. Police arrested Sam Brandt in Texas in 2012.").events
    arrests = [e for e in events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


def test_a_given_name_with_two_letters_swapped_is_the_same_person() -> None:
    text = (
        "Police are treating the disappearance of Madeliene Tallis as a murder. The girl, Madeleine Tallis, vanished."
    )
    people = [e for e in run(text + " Madeleine was on holiday.").entities if e.kind == "person" and e.name]
    assert [e.name for e in people] == ["Madeliene Tallis"]  # "Madeleine" alone too
    assert people[0].gender == "female"  # "the girl" told of the second spelling


def test_a_given_name_with_its_last_letters_swapped_is_another_person() -> None:
    text = "Journalist Marian Tallis was detained in Varno. Activist Marina Tallis was released."  # two names
    assert persons(text) == ["Marian Tallis", "Marina Tallis"]


def test_a_long_family_name_with_a_slip_of_one_letter_is_the_same_person() -> None:
    for later in ("Vadrekavic", "Vardekovic", "Vadreckovic", "Vadrkovic"):
        text = f"Unknown men seized the union leader Tomas Vadrekovic in Tarvik. Mr {later} was found days later."
        assert persons(text) == ["Tomas Vadrekovic"], (later, persons(text))


def test_a_slip_in_a_short_family_name_or_its_ending_is_another_person() -> None:
    for later in ("Hanzon", "Vadrekovac", "Vadrekovi", "Wadrekovic"):
        known = "Lars Hansen" if later == "Hanzon" else "Tomas Vadrekovic"
        text = f"Unknown men seized the union leader {known} in Tarvik. Mr {later} was found days later."
        assert len(persons(text)) == 2, (later, persons(text))
