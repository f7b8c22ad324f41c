"""An age used as a noun ("the 41-year-old was caught") is the person given that age before, else the person last
spoken of (tumen.extract.age_nouns). Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def principals(text: str, kind: str) -> list[str | None]:
    extraction = extract(Source(text, 1, "en", date(2020, 8, 10)))
    names = {e.id: e.name for e in extraction.entities}
    found = []
    for event in extraction.events:
        if event.type == kind:
            roles = [p.entity for p in event.participants if p.role in ("victim", "subject")]
            found.append(names.get(roles[0]) if roles else None)
    return found


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("Ri Su-ok, a 41-year-old woman from Tanchon, fled in 2015. The 41-year-old was arrested in Yanji in 2016.",
         "arrest", "Ri Su-ok"),
        ("Ri Su-ok, 41, fled in 2015. Her neighbour Pak Chol, 29, stayed. The 41-year-old was arrested in Yanji.",
         "arrest", "Ri Su-ok"),
        ("Pak Chol (29) and Ri Su-ok (41) fled in 2015. Police later arrested the 29-year-old in Yanji.",
         "arrest", "Pak Chol"),
        ("Ri Su-ok, 41, fled in 2015. Her neighbour Pak Chol paid 41,000 yuan to a broker. The 41-year-old was "
         "arrested in Yanji.", "arrest", "Ri Su-ok"),  # an amount is no age
        ("Ri Su-ok fled in 2015 with a smuggler. The then 41-year-old was arrested in Yanji a year later.",
         "arrest", "Ri Su-ok"),
    ],
)  # fmt: skip
def test_the_age_stands_for_the_person_given_it(text: str, kind: str, who: str) -> None:
    assert principals(text, kind) == [who]


def test_an_age_before_a_noun_is_left_to_the_noun() -> None:
    # "the 41-year-old woman": the noun decides (coref's descriptors); still her
    text = "Ri Su-ok, a 41-year-old woman, fled in 2015. The 41-year-old woman was arrested in Yanji in 2016."
    assert principals(text, "arrest") == ["Ri Su-ok"]


def test_no_person_before_means_no_one() -> None:
    assert principals("The 41-year-old was arrested in Yanji in 2016.", "arrest") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ri Su-ok was 15 when she crossed into China in 2007. A trafficker sold the then 15-year-old girl to a farmer.",
        "Ri Su-ok crossed into China at the age of 15. A trafficker sold the 15-year-old girl to a farmer.",
    ],
)
def test_a_description_with_an_age_is_the_one_given_that_age(text: str) -> None:
    # "the then 15-year-old girl": not only someone already known to be a minor, but the one the story gave that age
    assert principals(text, "trafficking") == ["Ri Su-ok"]


def test_a_description_with_an_age_of_the_other_gender_is_someone_else() -> None:
    text = "Pak Chol was 15 when he crossed into China in 2007. A trafficker sold the 15-year-old girl to a farmer."
    assert principals(text, "trafficking") == [None]


def test_an_age_of_someone_unnamed_is_not_the_next_name() -> None:
    # "a girl, 15, was beaten by Sam Reyes": 15 is the unnamed girl's age, not Sam Reyes's
    text = "Police said a girl, 15, was beaten by Sam Reyes in May. The 15-year-old girl was abducted in June."
    assert principals(text, "abduction") == [None]
