"""A family taken home by a verb joined to another ("Soldiers deported her family home and burned it"): the family is
the one deported, whichever way the parser hangs "her" (tumen.extract.kin_heads.possessor). Invented sentences."""

from __future__ import annotations

import pytest

from test_kin_heads import run, victims


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg is a journalist. Soldiers deported her family home and burned it.",
        "Ana Berg is a journalist. Soldiers deported her family home and beat her.",
    ],
)
def test_a_family_deported_home_by_joined_verbs_is_the_party(text: str) -> None:
    extraction = run(text)
    found = victims(extraction, "forced_repatriation")
    assert [(v.descriptor, v.anchor) for v in found] == [("family", ("relative_of", "p1"))]
    assert extraction.entity("p1").name == "Ana Berg"
