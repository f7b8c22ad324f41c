"""One surface form, one kind: places win over organisations over persons, unless the document shows the one-word
form is a person's — the surname of a longer name tagged a person (docs/extraction.md, "Places and routes").
Invented names and texts."""

from __future__ import annotations

from tumen.extract.consistent_kinds import consistent_kinds
from tumen.extract.mentions import RawMention


def mention(text: str, kind: str, at: int) -> RawMention:
    label = {"person": "PERSON", "organization": "ORG", "place": "GPE", "group": "NORP"}[kind]
    return RawMention(at, at + len(text), text, kind, label)


def kinds(mentions: list[RawMention]) -> list[str]:
    consistent_kinds(mentions)
    return [m.kind for m in mentions]


def test_the_surname_of_a_longer_persons_name_is_a_persons() -> None:
    # "Police detained Lerato al-Vanuzi … Vanuzi's sister …": the full name a person, the surname once a place
    found = kinds(
        [
            mention("Lerato al-Vanuzi", "person", 0),
            mention("al-Vanuzi", "place", 40),
            mention("al-Vanuzi", "person", 80),
            mention("al-Vanuzi", "place", 120),
        ]
    )
    assert found == ["person"] * 4


def test_a_surname_tagged_only_a_place_is_a_persons_too() -> None:
    found = kinds([mention("Tomasz Wrzelik", "person", 0), mention("Wrzelik", "place", 40)])
    assert found == ["person", "person"]


def test_a_one_word_name_tagged_a_person_more_often_than_a_place_stays_a_place() -> None:
    # "… of Varnokia": the name finder tags a small town a person three times, a place once; no longer name is hers
    tags = ["person", "place", "person", "person"]
    assert kinds([mention("Varnokia", kind, 20 * n) for n, kind in enumerate(tags)]) == ["place"] * 4


def test_a_place_the_gazetteer_knows_stays_a_place_though_a_person_bears_its_name() -> None:
    # "Ana Lima was detained … protests in Lima": the capital of Peru, not her surname
    found = kinds([mention("Ana Lima", "person", 0), mention("Lima", "place", 40), mention("Lima", "place", 80)])
    assert found == ["person", "place", "place"]


def test_an_even_vote_without_a_longer_name_keeps_the_place() -> None:
    found = kinds([mention("Quarneth", "place", 0), mention("Quarneth", "person", 20)])
    assert found == ["place", "place"]
