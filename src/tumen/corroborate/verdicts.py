"""Independent sources, conflicts and the verdict of each fact, with a one-sentence reason."""

from __future__ import annotations

from collections.abc import Iterable

from tumen.corroborate.facts import Conflict, Fact, Support, Verdict, _conflicts
from tumen.resolve.resolver import UnionFind


def independence_groups(fact: Fact, dependent_documents: Iterable[tuple[int, int]]) -> list[list[Support]]:
    """Statements that are one source: the same witness, the same outlet, or documents
    that copy or relay each other. Each group is one independent source."""
    supports = fact.supports
    keys = [str(i) for i in range(len(supports))]
    uf = UnionFind(keys)
    first_by: dict[str, str] = {}
    documents: dict[int, list[str]] = {}
    for key, support in zip(keys, supports, strict=True):
        documents.setdefault(support.document, []).append(key)
        origins = [f"outlet:{support.outlet or support.document}"]
        if support.witness:
            origins.append(f"witness:{support.witness}")
        for origin in origins:
            if origin in first_by:
                uf.union(first_by[origin], key)
            else:
                first_by[origin] = key
    for a, b in dependent_documents:
        if a in documents and b in documents:
            uf.union(documents[a][0], documents[b][0])
    groups: dict[str, list[Support]] = {}
    for key, support in zip(keys, supports, strict=True):
        groups.setdefault(uf.find(key), []).append(support)
    return sorted(groups.values(), key=lambda g: (g[0].document, g[0].start))


def find_conflicts(fact: Fact) -> list[Conflict]:
    """Each disagreement once per pair of documents (a headline and its paragraph are one statement)."""
    found: list[Conflict] = []
    seen: set[tuple[object, ...]] = set()
    for i, a in enumerate(fact.supports):
        for b in fact.supports[i + 1 :]:
            if (a.earlier or b.earlier) and a.event != b.event:
                continue  # an earlier account stands against its own correction only
            if a.document == b.document and a.witness == b.witness and a.earlier == b.earlier:
                continue
            for conflict in _conflicts(a, b):
                key = (conflict.kind, conflict.detail, a.document, a.earlier, b.document, b.earlier)
                if key not in seen:
                    seen.add(key)
                    found.append(conflict)
    return found


def judge(fact: Fact, dependent_documents: Iterable[tuple[int, int]]) -> Fact:
    fact.groups = independence_groups(fact, dependent_documents)
    fact.conflicts = find_conflicts(fact)
    documents = {s.document for s in fact.supports}
    if fact.conflicts:
        fact.verdict = Verdict.CONTRADICTED
    elif fact.independent_sources >= 2:
        fact.verdict = Verdict.CORROBORATED
    elif len(documents) >= 2:
        fact.verdict = Verdict.SINGLE_WITNESS
    else:
        fact.verdict = Verdict.SINGLE_SOURCE
    fact.explanation = explain(fact)
    return fact


def explain(fact: Fact) -> str:
    """The verdict in one sentence built from the data."""
    if fact.verdict is Verdict.CONTRADICTED:
        sides = "; ".join(
            f"{c.kind}: {c.left.source_label()} vs {c.right.source_label()} ({c.detail})" for c in fact.conflicts[:3]
        )
        return f"contradicted: {sides}"
    heads = [group[0].source_label() for group in fact.groups]
    dependent = [s.source_label() for group in fact.groups for s in group[1:]]
    count = fact.independent_sources
    text = f"{fact.verdict.value}: {count} independent source{'s' if count != 1 else ''} ({'; '.join(heads)})"
    if dependent:
        text += f"; {len(dependent)} dependent report{'s' if len(dependent) != 1 else ''} ({'; '.join(dependent)})"
    return text
