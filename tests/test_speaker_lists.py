"""A list of names ends where a comma sets off the speaker of a clause of saying ("…, Mila Oster told reporters"):
the speaker is neither one more member of the list nor described by its plural noun. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.kind == "person" and e.name == name)


def victims(extraction: Extraction) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    return {names[p.entity] or "" for e in extraction.events for p in e.participants if p.role == "victim"}


def test_a_plural_description_does_not_describe_the_speaker_after_the_list() -> None:
    extraction = run("Police arrested activists Ana Berg and Tom Reller, Mila Oster told reporters.")
    assert named(extraction, "Tom Reller").descriptor == "activist"
    assert named(extraction, "Mila Oster").descriptor is None
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}


def test_the_speaker_after_a_list_without_and_is_not_one_of_those_held() -> None:
    extraction = run("Police arrested the activists Ana Berg, Tom Reller, Mila Oster told the court.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}
    assert named(extraction, "Mila Oster").descriptor is None


def test_a_list_set_off_after_its_noun_keeps_its_members_before_the_speaker() -> None:
    """The parser made "Ana Berg and Tom Reller, Mila Oster" the subject of "told": the list goes back to its noun."""
    extraction = run("Police detained journalists, Ana Berg and Tom Reller, Mila Oster told reporters.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}
    assert [named(extraction, n).descriptor for n in ("Ana Berg", "Tom Reller")] == ["journalist"] * 2
    assert named(extraction, "Mila Oster").descriptor is None
    extraction = run("Police arrested two activists, Ana Berg and Tom Reller, Mila Oster told reporters.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}
    assert named(extraction, "Tom Reller").descriptor == "activist"


def test_a_list_with_no_clause_before_it_is_a_list_of_speakers() -> None:
    """No finite verb before the list: "Mila Oster" is the last of three who tell, not a speaker set apart."""
    extraction = run("Activists Ana Berg, Tom Reller, Mila Oster told the court they were tortured in custody.")
    assert {"Tom Reller", "Mila Oster"} <= victims(extraction)
    extraction = run("Ana Berg, Tom Reller, Mila Oster and Ivo Holm were arrested on Monday.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller", "Mila Oster", "Ivo Holm"}
    extraction = run("Police arrested journalists Ana Berg, Tom Reller and Mila Oster on Monday.")
    assert named(extraction, "Mila Oster").descriptor == "journalist"


def test_the_speaker_set_off_after_a_list_may_carry_an_apposition() -> None:
    extraction = run("Police arrested activists Ana Berg and Tom Reller, Mila Oster, a lawyer for the family, said.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}
    assert named(extraction, "Mila Oster").descriptor == "lawyer"
    extraction = run("Police arrested activists Ana Berg and Tom Reller, Mila Oster, who represents the family, said.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}
    assert named(extraction, "Mila Oster").descriptor is None


def test_two_speakers_joined_by_and_after_a_list_are_both_speakers() -> None:
    extraction = run("Police arrested activists Ana Berg and Tom Reller, Lena Voss and Ivo Holm told reporters.")
    assert victims(extraction) == {"Ana Berg", "Tom Reller"}
    assert [named(extraction, n).descriptor for n in ("Lena Voss", "Ivo Holm")] == [None, None]


def test_a_list_after_its_noun_ends_before_two_speakers() -> None:
    """The reader of a list after a plural noun and a comma stops before the speakers (comma_lists.opens_saying)."""
    extraction = run("Police detained journalists, Ana Berg and Tom Reller, Lena Voss and Ivo Holm told reporters.")
    assert [named(extraction, n).descriptor for n in ("Ana Berg", "Tom Reller")] == ["journalist"] * 2
    assert named(extraction, "Lena Voss").descriptor is None


def test_a_list_closed_by_a_relative_clause_of_saying_stays_a_list() -> None:
    extraction = run("Police arrested Ana Berg, Tom Reller and Mila Oster, who told reporters they were beaten.")
    assert {"Ana Berg", "Tom Reller", "Mila Oster"} <= victims(extraction)


def test_a_list_without_and_ends_before_a_speaker_whose_apposition_has_a_verb() -> None:
    # "…, Mila Oster, who represents the family, said": the list ends before her, though "represents" comes first
    x = extract(
        Source(
            "Police arrested the activists, Ana Berg, Tom Reller, Mila Oster, who represents the family, said.",
            1,
            "en",
            date(2020, 6, 1),
        )
    )
    assert {e.name: e.descriptor for e in x.entities if e.kind == "person"}["Mila Oster"] is None
