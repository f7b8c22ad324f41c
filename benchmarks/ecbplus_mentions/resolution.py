"""Resolution of the mentions of a group: entities first (syntax and pronouns within a document, then scored
pairs of a block), then events, then the participants of one event; events and participants alternate
:data:`ROUNDS` times. Also the same-head-lemma baseline of the literature."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .blocking import entity_blocks, event_blocks, pairs
from .clusters import Clusters, collect, merge
from .entity_features import ENTITY_FEATURES
from .event_features import EVENT_FEATURES
from .records import Mention, MentionResolution
from .roles import entity_roles, role_blocks, role_feature
from .scoring import Context, score_pair
from .within_document import antecedent_links, syntax_links

MERGE_AT = 3.0  # entity pairs merge at this score or more (tuned on the ECB+ train topics)
EVENT_MERGE_AT = 2.5  # event pairs likewise (tuned on the ECB+ train topics)
ROUNDS = 2  # events, then participants of one event, alternate this many times


def same_head_baseline(mentions: Sequence[Mention], stories: Mapping[str, str] | None = None) -> MentionResolution:
    """The reference point of the literature: mentions of one kind with the same head lemma in one story are one."""
    result = MentionResolution(stories=dict(stories or {}))
    collect(result, ((f"{m.kind}|{(stories or {}).get(m.document, m.group)}|{m.lemma}", m.key) for m in mentions))
    return result


def resolve_mentions(mentions: Sequence[Mention], stories: Mapping[str, str] | None = None) -> MentionResolution:
    """Clusters of ``mentions`` (entities and events separately); ``stories`` maps documents to stories."""
    mentions = sorted((replace(m, story=(stories or {}).get(m.document, m.group)) for m in mentions), key=_by_key)
    by_key = {m.key: m for m in mentions}
    clusters = Clusters(mentions)
    ctx = Context(clusters.find, by_key)
    result = MentionResolution(stories=dict(stories or {}))
    entities = [m for m in mentions if m.kind == "entity"]
    events = [m for m in mentions if m.kind == "event"]
    within = syntax_links(entities) + antecedent_links(entities)
    merge(clusters, within, MERGE_AT, result, ctx)
    scored = [score_pair(a, b, ctx, ENTITY_FEATURES) for a, b in pairs(entity_blocks(entities))]
    merge(clusters, scored, MERGE_AT, result, ctx)
    for _round in range(ROUNDS):  # events with the participants found so far, then participants of one event
        scored = [score_pair(a, b, ctx, EVENT_FEATURES) for a, b in pairs(event_blocks(events))]
        merge(clusters, scored, EVENT_MERGE_AT, result, ctx)
        role_features = [*ENTITY_FEATURES, ("role", role_feature(entity_roles(events, ctx)))]
        scored = [score_pair(a, b, ctx, role_features) for a, b in pairs(role_blocks(events, by_key, ctx))]
        merge(clusters, scored, MERGE_AT, result, ctx)
    collect(result, ((clusters.find(m.key), m.key) for m in mentions))
    return result


def _by_key(m: Mention) -> str:
    return m.key
