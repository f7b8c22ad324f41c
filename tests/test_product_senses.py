"""Senses of release and payment on business and product news (docs/extraction.md, "Word senses and what may fill a
role"): a product's version or a work released frees no one, a price a share is no money given, and people slated
for release are to be freed, not freed. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in extract(Source(text, 1, "en", date(2024, 3, 1))).events if e.type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The flaw was reported after the release of Norvex Vista 8 Beta 2, but Norvex still recommends the patch.",
        "The bug appeared after the release of Norvex 8.1 in May 2013.",
        "The album's release in May 2013 was delayed.",
    ],
)
def test_a_product_or_work_released_frees_no_one(sentence: str) -> None:
    assert of_type(sentence, "release") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Activists demanded the release of Karl Vos in May 2013.",
        "Ana Berg's release in May 2013 was delayed.",
        "Lawyers demanded the release of Detainee 063 from the camp at Tarvik.",
    ],
)
def test_a_person_released_stays(sentence: str) -> None:
    assert len(of_type(sentence, "release")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalco is paying $27 a share, or $3.5 billion, in cash.",
        "Velo Corp offered $125 a share for a majority of the shares of Dalco.",
        "Dalco and Velo sweetened their plan, offering Dalco holders a special $42-a-share payout.",
    ],
)
def test_a_price_a_share_is_no_payment(sentence: str) -> None:
    assert of_type(sentence, "payment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Holm paid the broker 3,000 dollars to smuggle his family out.",
        "Ivo Holm paid the guards $200 each in May.",
    ],
)
def test_a_payment_to_people_stays(sentence: str) -> None:
    assert len(of_type(sentence, "payment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Prisoners slated for release in 2025 include Karl Vos.",
        "Karl Vos is slated to be released in 2025.",
    ],
)
def test_slated_for_release_is_planned(sentence: str) -> None:
    assert [e.modality for e in of_type(sentence, "release")] == ["planned"]
