"""A title with a capitalised modifier before it that the name finder took into a person's name ("Senior Trooper
Ivo Halden", "Acting Sheriff Ana Berg") is the person's title, not part of the name. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_modified_title_is_taken_out_of_the_name() -> None:
    extraction = run("Police Capt. Tom Varn and Senior Trooper Ivo Halden, both 51, died at the scene.")
    person = named(extraction, "Ivo Halden")
    assert person.titles == ["Trooper"]
