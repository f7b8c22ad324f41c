""" "The accused" of a case — a participle standing as a noun after its article — names a suspect: their arrest or
detention is law enforcement (tumen.extract.accused, tumen.extract.offenders). Invented sentences."""

from __future__ import annotations

import pytest

from test_described_offenders import enforcement
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tarvik arrested the accused in May.",
        "The accused was remanded in custody in Tarvik on Monday.",
        "Police arrested two people in connection with the kidnapping of a girl in Tarvik. The accused have been "
        "identified as Karl Vos and his sister Ana Vos. Ana Vos was arrested on 21 March.",
    ],
)
def test_the_accused_is_a_suspect(text: str) -> None:
    found = enforcement(run(text))
    assert found and found[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the journalist Ana Cruz in Tarvik on Monday. The accused activist was remanded in custody.",
        "The journalists Ana Cruz and Ivo Holm are accused of spreading false news. Ana Cruz was arrested in Tarvik "
        "on Monday.",
    ],
)
def test_accused_as_a_verb_or_before_a_noun_names_no_suspect(text: str) -> None:
    found = enforcement(run(text))
    assert found and not any(found)
