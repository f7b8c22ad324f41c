"""Clusters of mentions: a union-find that keeps two different names apart, the greedy merge of scored links
(strongest first) and the final clusters."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from tumen.resolve.resolver import UnionFind

from .records import Link, Mention, MentionResolution
from .scoring import Context


class Clusters:
    """Union-find that refuses a union which would put two different names in one cluster."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.uf = UnionFind(m.key for m in mentions)
        self.names: dict[str, list[frozenset[str]]] = {m.key: [m.name] for m in mentions if m.name}

    def find(self, key: str) -> str:
        return self.uf.find(key)

    def clash(self, a: str, b: str) -> bool:
        left, right = self.names.get(self.find(a), []), self.names.get(self.find(b), [])
        if not left or not right:
            return False
        words_left = frozenset().union(*left)
        return not any(words_left & name for name in right)

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.clash(a, b):
            return False
        self.uf.union(a, b)
        root = self.find(a)
        merged = self.names.pop(ra, []) + self.names.pop(rb, [])
        if merged:
            self.names[root] = merged
        return True


def merge(clusters: Clusters, links: Iterable[Link], threshold: float, result: MentionResolution, ctx: Context) -> None:
    """Merge the links that score ``threshold`` or more, strongest first; ``result`` keeps each merge."""
    for link in sorted(links, key=lambda x: (-x.total, x.left, x.right)):
        if link.total < threshold:
            break
        if not ctx.same(link.left, link.right) and clusters.union(link.left, link.right):
            result.links.append(link)


def collect(result: MentionResolution, assignment: Iterable[tuple[str, str]]) -> None:
    """Fill ``members`` and ``cluster_of`` from (any cluster label, mention key) pairs."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for label, key in assignment:
        grouped[label].append(key)
    for keys in grouped.values():
        keys.sort()
        result.members[keys[0]] = keys
        for key in keys:
            result.cluster_of[key] = keys[0]
