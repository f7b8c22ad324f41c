"""Within one document: what the syntax says is one thing, and the antecedents of personal pronouns."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .pronouns import OTHER_PRONOUNS, RELATIVE_PRONOUNS, can_stand_for
from .records import Link, Mention


def syntax_links(mentions: Sequence[Mention]) -> list[Link]:
    """What the syntax says is one thing ("Alice McMeekin, his mother"), between mentions of one type."""
    by_key = {m.key: m for m in mentions}
    return [
        Link(m.key, key, 10.0, (why,))
        for m in mentions
        for key, why in m.same_as
        if key in by_key and by_key[key].type == m.type
    ]


def antecedent_links(mentions: Sequence[Mention]) -> list[Link]:
    """Personal pronouns: the nearest earlier name of the document that may be what they stand for, else the
    nearest earlier mention that may."""
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_document[m.document].append(m)
    links = []
    for members in by_document.values():
        members.sort(key=lambda m: (m.order, m.key))
        for i, m in enumerate(members):
            word = m.text.lower()
            if not m.pronoun or word in RELATIVE_PRONOUNS or word in OTHER_PRONOUNS:
                continue
            candidates = [c for c in reversed(members[:i]) if not c.pronoun and can_stand_for(word, m, c)]
            candidates = [c for c in candidates if c.proper] + candidates
            if candidates:
                reason = f"'{m.text}' refers back to '{candidates[0].text}'"
                links.append(Link(m.key, candidates[0].key, 5.0, (reason,)))
    return links
