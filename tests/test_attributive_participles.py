"""A past participle that modifies a noun tells its event of that noun, and no doer (docs/extraction.md,
"Violations"): "the detained lawyer Karl Vos" was detained — he is not the one who detains, whatever the clause
around him does. Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def perpetrators(extraction: Extraction) -> set[str]:
    return {
        str(extraction.entity(p.entity).name)
        for e in extraction.events
        for p in e.participants
        if p.role == "perpetrator"
    }


@pytest.mark.parametrize(
    ("sentence", "event_type", "name"),
    [
        ("The detained lawyer Karl Vos appeared in court in Tarvik.", "detention", "Karl Vos"),
        ("Jailed blogger Karl Vos began a hunger strike in Tarvik.", "detention", "Karl Vos"),
        ("Police found the body of the kidnapped toddler Ana Berg in Tarvik.", "abduction", "Ana Berg"),
    ],
)
def test_the_noun_a_participle_modifies_undergoes_it(sentence: str, event_type: str, name: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, event_type) == {name: "victim"}
    assert not perpetrators(extraction) & {name, "Police"}


def test_a_convicted_killer_is_the_accused() -> None:
    assert roles(run("The convicted killer Karl Vos appealed in Tarvik."), "sentencing") == {"Karl Vos": "subject"}


def test_a_participle_of_no_one_in_particular_tells_no_harm() -> None:
    extraction = run("The celebrity chef was a hard-living, tortured genius who justified his ways.")
    assert not [e for e in extraction.events if e.type == "torture"]


def test_what_is_joined_to_the_noun_does_not_undergo_its_participle() -> None:
    extraction = run("Reporters asked about the jailed activist Karl Vos and three friends of the lawyer Ana Berg.")
    assert roles(extraction, "detention") == {"Karl Vos": "victim"}
