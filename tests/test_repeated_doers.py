"""An arrest of the doers of a harm told before under the same noun (tumen.extract.repeated_doers): "A man attacked
the reporter Ana Berg. … Police arrested the man". Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def accused(text: str) -> list[bool]:
    kinds = ("arrest", "detention")
    return [bool(e.attributes.get("accused")) for e in run(text).events if e.type in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "Two men attacked the reporter Ana Berg in Tarvik on Monday. Police arrested the two men on Tuesday.",
        "A man attacked the reporter Ana Berg in Tarvik on Monday. Police arrested the man on Tuesday.",
        "The reporter Ana Berg was beaten by two men in Tarvik on Monday. The two men were detained on Friday.",
    ],
)
def test_a_definite_noun_of_the_doers_told_before_is_an_arrest_of_suspects(text: str) -> None:
    assert accused(text) == [True]


@pytest.mark.parametrize(
    "text",
    [
        # the noun names those the harm befell, not its doers
        "Soldiers beat two farmers in Tarvik on Monday. Police arrested the farmers on Tuesday.",
        # no harm done by them
        "A man watched the protest in Tarvik on Monday. Police arrested the man on Tuesday.",
        "Two men did not attack the reporter Ana Berg in Tarvik. Police arrested the two men on Tuesday.",
        # someone else than the doers
        "A man attacked the reporter Ana Berg in Tarvik on Monday. Police arrested the other man on Tuesday.",
        # the doers told only after the arrest
        "Police arrested the two men in Tarvik on Monday. Two men attacked the reporter Ana Berg on Tuesday.",
    ],
)
def test_a_definite_noun_of_no_doer_told_before_keeps_the_arrest_a_harm(text: str) -> None:
    assert accused(text) == [False]
