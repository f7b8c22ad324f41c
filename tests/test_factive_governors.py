"""What a verb of judging takes for granted happened; what "must" governs has not (docs/extraction.md, Modality):
"the group condemned the arrest of X" tells an arrest, "X must be freed" tells no release. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def events(text: str, kind: str) -> list[Event]:
    return [e for e in extract(Source(text, 1, "en", date(2021, 6, 1))).events if e.type == kind]


def test_condemning_an_arrest_tells_that_it_happened() -> None:
    found = events("The rights group Free Voices condemned the arrest of the teacher Omar Haddad in May.", "arrest")
    assert found and all(e.modality == "asserted" for e in found)


def test_protesting_a_detention_tells_that_it_happened() -> None:
    found = events("Students protested the detention of the lawyer Lena Varga last week.", "detention")
    assert found and all(e.modality == "asserted" for e in found)


def test_what_must_happen_has_not_happened() -> None:
    found = events("The lawyer Lena Varga must be released, the rights group Free Voices said.", "release")
    assert all(e.modality != "asserted" for e in found)
