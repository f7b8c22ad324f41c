"""Participants through events: the entity mentions that fill the same slot (doer, undergoer) of one event
cluster are one participant. Gives the blocks of such mentions and the feature that scores them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from .records import Mention
from .scoring import Context, Feature

ROLE_WEIGHT = 3.0  # the same participant slot of one event cluster merges alone
JOINT_ROLES = ("A0", "A1")  # the slots that count for that: doer and undergoer


def entity_roles(events: Sequence[Mention], ctx: Context) -> dict[str, set[tuple[str, str]]]:
    """Entity mention -> (event cluster, role) it fills."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for event in events:
        for role, key in event.arguments:
            if role in JOINT_ROLES:
                found[key].add((ctx.find(event.key), role))
    return found


def role_feature(roles: Mapping[str, set[tuple[str, str]]]) -> Feature:
    def f_role(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
        shared = roles.get(a.key, set()) & roles.get(b.key, set())
        if shared:
            event, role = sorted(shared)[0]
            what = "doer" if role == "A0" else "undergoer"
            return ROLE_WEIGHT, f"both the {what} of one event ({ctx.by_key[event].text})"
        return 0.0, ""

    return f_role


def role_blocks(events: Sequence[Mention], by_key: Mapping[str, Mention], ctx: Context) -> dict[str, list[Mention]]:
    keys: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets
    for event in events:
        for role, key in event.arguments:
            if role in JOINT_ROLES:
                keys[f"R|{ctx.find(event.key)}|{role}"][key] = None
    return {block: [by_key[k] for k in members] for block, members in keys.items()}
