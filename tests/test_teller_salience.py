"""The teller of a reported clause is no likelier antecedent than the one the clause is about (docs/extraction.md,
"Machine-translated and careless text"), on invented sentences of a machine translation (pronoun gender unread)."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def _victims(text: str, kind: str) -> list[str | None]:
    x = extract(Source(text, 1, "en", date(2018, 3, 5), translated_from="ko"))
    return [x.entity(p.entity).label for e in x.events if e.type == kind for p in e.participants if p.role == "victim"]


@pytest.mark.parametrize(
    "second", ["He was sent to Jongori prison camp.", "He is still held in Jongori prison camp, Han said."]
)
def test_the_pronoun_continues_the_reported_story(second: str) -> None:
    text = f"Ms. Han said her son was caught near the border in 2015. {second}"
    assert _victims(text, "detention") == ["son (child of p1)"]


def test_the_teller_of_her_own_story_stays_its_subject() -> None:
    text = "Ms. Han said she was caught near the border in 2015. He was sent to Jongori prison camp."
    assert _victims(text, "detention") == ["Han"]
