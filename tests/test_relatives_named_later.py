"""A relative met unnamed and named later by a definite kin noun is one person (docs/extraction.md, "A relative named
later is the one met unnamed"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def children(text: str) -> list[str | None]:
    x = extract(Source(text, 1, "en", date(2020, 3, 1)))
    return sorted((e.name or "") for e in x.entities if e.kind == "person" and e.anchor and e.anchor[0] == "child_of")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Ok-ja lost contact with her son in 2016. Her son, Lee Chul, had left to find work in China.",
        "Kim Ok-ja lost contact with her son in 2016. The son, Lee Chul, had left to find work in China.",
    ],
)
def test_a_definite_kin_noun_with_a_name_names_the_unnamed_relative(text: str) -> None:
    assert children(text) == ["Lee Chul"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Ok-ja lost contact with her son in 2016. Her other son, Lee Chul, stayed in Hyesan.",
        "Kim Ok-ja lost contact with her son in 2016. Her eldest son, Lee Chul, stayed in Hyesan.",
    ],
)
def test_another_or_a_ranked_kin_noun_names_someone_else(text: str) -> None:
    assert children(text) == ["", "Lee Chul"]


def test_a_kin_noun_with_its_own_of_names_anothers_relative() -> None:
    # "Lee Chul, the son of a general" is the general's son, not the son of Kim met before
    text = "Kim Ok-ja lost contact with her son in 2016. She criticised Lee Chul, the son of a general, in a post."
    assert children(text) == [""]


@pytest.mark.parametrize(
    "text",
    [
        # someone else spoken of between: "the father" may be the daughter's
        "Ana Berg's father was arrested in 1990. In 2000 she gave birth to a daughter; the father, Karl Vos, left.",
        # a stated count: the son arrested is not known to be Ivo
        "Ana Berg has two sons. Her son was arrested in May. Her son, Ivo Berg, fled to Holm in June.",
    ],
)
def test_no_merge_when_the_relative_named_may_be_another(text: str) -> None:
    x = extract(Source(text, 1, "en", date(2020, 3, 1)))
    assert any(e.name is None and e.anchor for e in x.entities if e.kind == "person")


def test_a_husband_named_after_a_remarriage_is_another() -> None:
    text = "Ana Berg's husband died in prison in 2010. In 2014 she married again. Her husband, Karl Vos, was arrested."
    x = extract(Source(text, 1, "en", date(2020, 3, 1)))
    assert len([e for e in x.entities if e.kind == "person" and e.anchor and e.anchor[0] == "spouse_of"]) == 2
