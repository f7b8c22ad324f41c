"""People sold or trafficked though only described, and goods sold to buyers (tumen.extract.event_requirements
``people_object``, event_args.thing_of). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in run(text).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three girls were trafficked to Tarvik in 2019.",
        "The traffickers sold the women to farmers near Tarvik.",
        "Police in Tarvik rescued four girls who had been sold into slavery.",
    ],
)
def test_people_described_by_a_noun_of_kinship_or_description_are_sold(sentence: str) -> None:
    assert ("trafficking", "asserted") in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the buyers a "to" names are not what is sold
        "Karl Vos took pictures of the dancers, which he sold to thousands of his readers.",
        # one's own things, singular or plural, are no one
        "Karl Vos sold his paintings to collectors in Tarvik.",
    ],
)
def test_things_sold_to_people_traffick_no_one(sentence: str) -> None:
    assert "trafficking" not in [t for t, _m in _types(sentence)]


def test_a_part_of_people_sold_is_sold() -> None:
    """ "sold two of the women", "sold one of his daughters": the whole a part is taken of names people."""
    assert ("trafficking", "asserted") in _types("Brokers sold two of the women to farmers in Vanuzi in 2004.")
    assert ("trafficking", "asserted") in _types("Karl Vos sold one of his daughters to a farmer in 1957.")


def test_a_part_of_things_sold_is_no_one_though_a_name_describes_them() -> None:
    text = "Senator Vanuzi Vos met Karl in Tarvik. The son sold one of their Vanuzi oil fields for 30 million dollars."
    assert "trafficking" not in [t for t, _m in _types(text)]
