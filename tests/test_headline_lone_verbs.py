"""A headline's verb left alone as a one-word person's mention is no one's (docs/extraction.md, "Persons",
``tumen/extract/headline_names.py``). Invented names and texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    "text",
    [
        "Dara Voss Checks Into Clinic , Rehires Attorney Ivo Reck\nThe singer checked in late on Thursday.",
        "Dara Voss Leaves Clinic , Retains Attorney Ivo Reck\nThe singer left on Friday.",
    ],
)
def test_a_headlines_lone_verb_names_no_one(text: str) -> None:
    found = kinds(text)
    assert "Ivo Reck" in found
    assert not any(form in found for form in ("Rehires", "Retains"))


def test_a_one_word_name_the_prose_writes_stays() -> None:
    found = kinds("Coach Praises Rogers , Fields After Tarvik Win\nAna Berg said Rogers and Fields had played well.")
    assert found.get("Rogers") == {"person"}
    assert found.get("Fields") == {"person"}


def test_a_surname_the_census_knows_stays_though_only_the_headline_writes_it() -> None:
    found = kinds("Dara Voss Leaves Clinic , Retains Attorney Banks\nThe singer left on Friday.")
    assert found.get("Banks") == {"person"}


def test_only_the_commonest_surnames_keep_a_headlines_lone_verb() -> None:
    from tumen.extract.census_names import census_surnames

    assert {"banks", "waters", "rogers"} <= census_surnames()
    assert not {"dies", "falls", "held", "hires"} & census_surnames()
