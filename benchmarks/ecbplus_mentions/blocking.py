"""Blocking: only mentions that share a block are compared. Entities meet by head lemma and name word within a
story and by full name across the stories of a group; events by trigger lemma, stem, word class and family
within a story and by a named event across stories."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from .event_words import event_classes, families, stem
from .records import Mention

MAX_BLOCK = 300  # larger blocks are compared in a sliding window


def entity_blocks(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    blocks: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.pronoun:
            continue
        blocks[f"L|{m.story}|{m.lemma}"].append(m)
        for word in m.name:
            blocks[f"N|{m.story}|{word}"].append(m)
        if len(m.name) >= 2:  # full names meet across the stories of a group
            blocks[f"F|{m.group}|{' '.join(sorted(m.name))}"].append(m)
    return blocks


def event_blocks(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    blocks: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[f"L|{m.story}|{m.lemma}"].append(m)
        blocks[f"S|{m.story}|{stem(m.lemma)}"].append(m)
        for name in sorted(event_classes(m.lemma) | {f"family:{f}" for f in families(m.lemma)}):
            blocks[f"C|{m.story}|{name}"].append(m)
        if m.proper:  # named events ("Watergate") meet across the stories of a group
            blocks[f"N|{m.group}|{m.lemma}"].append(m)
    return blocks


def pairs(blocks: Mapping[str, list[Mention]]) -> Iterable[tuple[Mention, Mention]]:
    """Each pair of mentions that share a block, once (blocks in key order, members in block order)."""
    seen: set[tuple[str, str]] = set()
    for _key, members in sorted(blocks.items()):
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + MAX_BLOCK]:
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair not in seen:
                    seen.add(pair)
                    yield a, b
