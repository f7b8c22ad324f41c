"""Relatives joined in a separation are the same one's (docs/extraction.md, "Korean"): "한바다 씨의 아들은
탈북하면서 어머니와 아버지와 헤어졌다" — the son parted from his mother and his father, not a father of the
mother. Invented sentence."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract


def test_joined_relatives_are_both_parted_from_the_topic() -> None:
    x = extract(Source("한바다 씨의 아들은 탈북하면서 어머니와 아버지와 헤어졌다.", 1, "ko", date(2024, 5, 1)))
    [event] = [e for e in x.events if e.type == "family_separation"]
    [son] = [p.entity for p in event.participants if p.role == "subject"]
    victims = [p.entity for p in event.participants if p.role == "victim"]
    assert len(victims) == 2
    assert all(x.entity(v).anchor == ("parent_of", son) for v in victims)
    assert x.entity(son).anchor is not None and x.entity(son).anchor[0] == "child_of"
