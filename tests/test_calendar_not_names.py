"""A month or a weekday is never a given name: "In January" opens a sentence with a time although "In" is also a
romanised Korean surname (인)."""

from __future__ import annotations

import pytest

from tumen.extract.document import Source, extract


def _persons(text: str) -> list[str]:
    return sorted(e.name for e in extract(Source(text, 1, "en")).entities if e.kind == "person" and e.name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pak Sol-mi left her village in 2015. In January 2016 she was caught by the police, her brother said.",
         ["Pak Sol-mi"]),
        ("Lee Dal-su was sent to a camp. In March he escaped. In May Lee was caught again.", ["Lee Dal-su"]),
        ("Choe Un-ha, a farmer, was arrested. In August officials released her.", ["Choe Un-ha"]),
    ],
)  # fmt: skip
def test_a_sentence_opening_with_in_and_a_month_names_no_one(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


def test_a_surname_in_before_a_given_name_is_still_a_person() -> None:
    assert "In Kyong-hui" in _persons("In Kyong-hui, a teacher from Hyesan, was arrested in 2019, her sister said.")
