"""A handing over is one into custody ("handed over to the police", "turned over to the border guards"), not one
between people: what goes to one private person — kin, a named person, "a woman", "a neighbour" — is no forced
return (``requires: handed_over`` in data/events.yaml). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def returns(text: str) -> list[str]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [e.type for e in extraction.events if e.type == "forced_repatriation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman said she turned the child over to a woman in a red car.",
        "Dara Loman handed the boy over to a neighbour in Tarvik.",
        "The guards handed him over to his mother at the gate.",
        "Ivo Holm turned his son over to Anna Gold.",
    ],
)
def test_a_handing_over_to_a_private_person_is_no_forced_return(sentence: str) -> None:
    assert returns(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese police handed Petra Venn over to North Korean agents.",
        "Petra Venn was turned over to the police.",
        "Police turned Joel Marsh over to the Tarvik authorities in May.",
        "Chinese police handed Petra Venn over.",
    ],
)
def test_a_handing_over_into_custody_stays_a_forced_return(sentence: str) -> None:
    assert returns(sentence) == ["forced_repatriation"]


def test_the_particle_of_a_handing_over_is_no_more_than() -> None:
    """ "turned over nine …": the parser may hang "over" on the number as a quantifier; right after a verb that
    makes a phrase with it, it is the particle: a handing over, of exactly that many."""
    for text, count in (
        ("Police in Norland turned over nine North Korean refugees to China in May.", 9),
        ("Chinese police turned over 9 North Korean refugees to North Korea in May.", 9),
        ("In May, police handed over 12 North Korean women to the Chinese border guards.", 12),
    ):
        extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
        [handover] = [e for e in extraction.events if e.type == "forced_repatriation"]
        assert any(p.role == "victim" for p in handover.participants), text
        assert handover.attributes.get("count") == count, text
        assert handover.attributes.get("count_qualifier") is None, text
    killing = extract(Source("Guards killed over 20 North Korean prisoners in May.", 1, "en", date(2024, 3, 1)))
    [killed] = [e for e in killing.events if e.type == "killing"]
    assert killed.attributes.get("count_qualifier") == "more than"
