"""Collective actors named by what they are (`agents` in data/kinship.yaml): a bare plural arrested by one of them
is an episode with a perpetrator (docs/extraction.md, specific and generic statements). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


@pytest.mark.parametrize("agent", ["the security services", "the security agencies", "riot police"])
def test_a_bare_plural_detained_by_a_state_actor_is_an_episode_with_its_perpetrator(agent: str) -> None:
    x = extract(Source(f"Journalists were detained by {agent} in Tarvik.", 1, "en", date(2021, 6, 1)))
    found = [e for e in x.events if e.type in ("detention", "arrest")]
    assert found
    doers = {x.entity(p.entity).name for e in found for p in e.participants if p.role == "perpetrator"}
    assert doers & {agent.removeprefix("the "), agent}
