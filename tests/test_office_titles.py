"""Office titles and descriptions capitalised before a name are titles, not part of it: "Counsellor Ana Cruz" is
Ana Cruz (data/kinship.yaml, titles). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Counsellor Ana Cruz was detained in May.",
        "Governor Ana Cruz was threatened in May.",
        "Shaheed Ana Cruz was kept in jail for many months.",
    ],
)
def test_the_title_is_not_part_of_the_name(sentence: str) -> None:
    [person] = [e for e in run(sentence).entities if e.kind == "person"]
    assert person.name == "Ana Cruz"
    assert person.titles
