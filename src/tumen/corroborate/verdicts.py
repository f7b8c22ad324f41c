"""Independent sources, conflicts and the verdict of each fact, with a one-sentence reason."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tumen.corroborate.facts import Conflict, Fact, Support, Verdict, _conflicts
from tumen.resolve import places
from tumen.resolve.resolver import UnionFind

# (depending document, document it depends on), optionally with why ("relays the other outlet's report").
Dependency = tuple[int, int] | tuple[int, int, str]

# Small words an acronym leaves out ("Citizens' Alliance for North Korean Human Rights" -> CANKHR).
ACRONYM_SKIPS = frozenset({"of", "for", "the", "and", "in", "on", "to", "at"})


def source_key(name: str) -> str:
    """One source whether it publishes or is quoted: the organisation id its name files under
    (normalised, known aliases: "HRW" and "Human Rights Watch" are one)."""
    return places.entity_id("organization", name)


def _acronym(name: str) -> str | None:
    """ "HRW", "N.K.D.B." -> the letters; None for anything that is not an acronym."""
    letters = name.replace(".", "").strip()
    return letters if 2 <= len(letters) <= 8 and letters.isascii() and letters.isalpha() and letters.isupper() else None


def _initials(name: str) -> str | None:
    """ "Freedom Watch Korea" -> "FWK"; None for one word or a phrase that is not a proper name."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in ACRONYM_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def _is_organization(witness: str | None) -> bool:
    return witness is not None and witness.startswith("O")  # ids from places.entity_id("organization", …)


def _source_keys(supports: Sequence[Support]) -> tuple[list[str], list[str | None]]:
    """Each statement's outlet key and its witness's key as a source: an organisation always, a witness
    of another kind (an organisation the extractor took for a person) only when it bears the name of an
    outlet of the fact. An acronym takes the key of the one name of the fact whose initials it is ("FWK"
    and "Freedom Watch Korea")."""
    names = {s.outlet for s in supports if s.outlet} | {s.witness_label for s in supports if s.witness_label}
    by_initials: dict[str, set[str]] = {}
    for name in names:
        if (initials := _initials(name)) is not None:
            by_initials.setdefault(initials, set()).add(source_key(name))
    spelled: dict[str, str] = {}
    for name in names:
        acronym = _acronym(name)
        full = by_initials.get(acronym, set()) - {source_key(name)} if acronym else set()
        if len(full) == 1:
            spelled[source_key(name)] = next(iter(full))

    def key(name: str) -> str:
        found = source_key(name)
        return spelled.get(found, found)

    outlets = [key(s.outlet) if s.outlet else f"document {s.document}" for s in supports]
    witnesses: list[str | None] = []
    for support in supports:
        quoted = key(support.witness_label) if support.witness_label else None
        keep = quoted is not None and (_is_organization(support.witness) or quoted in outlets)
        witnesses.append(quoted if keep else None)
    return outlets, witnesses


def _pairs(dependent_documents: Iterable[Dependency]) -> dict[tuple[int, int], str]:
    pairs: dict[tuple[int, int], str] = {}
    for dependency in dependent_documents:
        why = dependency[2] if len(dependency) == 3 else "a copy or a relay"
        pairs.setdefault((dependency[0], dependency[1]), why)
    return pairs


def _verbatim(why: str) -> bool:
    """A dependency that carries the other document's words: a near-duplicate text or a verbatim quotation."""
    return "near-duplicate" in why or "quotation" in why


def independence_groups(fact: Fact, dependent_documents: Iterable[Dependency]) -> list[list[Support]]:
    """Statements that are one source: the same witness, the same outlet, an organisation quoted by one
    report that published another itself, documents that copy or relay each other, or that both rest on one
    document, one of them in its very words (a wire story reprinted and relayed: one source even when the
    original tells nothing of this fact). Each group is one independent source. ``dependent_documents`` are
    (document, depends on) pairs, optionally with why, of the fact's documents (whatever they depend on)."""
    return _grouped(fact.supports, dependent_documents, by_witness=True)


def reporting_chains(fact: Fact, dependent_documents: Iterable[Dependency]) -> list[list[Support]]:
    """Statements that are one reporting chain: one document origin, whoever speaks in it — the same
    report, the same outlet, a report crediting the outlet of another (a relay, an organisation quoted
    that published a report here), documents that copy, translate or relay each other, or that both rest
    on one document, one of them in its words. Unlike :func:`independence_groups` a witness joins nothing:
    two outlets that each interviewed one witness are two chains resting on one source."""
    return _grouped(fact.supports, dependent_documents, by_witness=False)


def _grouped(
    supports: Sequence[Support], dependent_documents: Iterable[Dependency], *, by_witness: bool
) -> list[list[Support]]:
    keys = [str(i) for i in range(len(supports))]
    uf = UnionFind(keys)
    first_by: dict[str, str] = {}
    documents: dict[int, list[str]] = {}
    outlets, witnesses = _source_keys(supports)
    published = set(outlets)
    for key, support, outlet, quoted in zip(keys, supports, outlets, witnesses, strict=True):
        documents.setdefault(support.document, []).append(key)
        origins = [f"source:{outlet}", f"document:{support.document}"]
        if support.witness and by_witness:
            origins.append(f"witness:{support.witness}")
        if quoted and (by_witness or quoted in published):  # a chain: only the outlet of a report here
            origins.append(f"source:{quoted}")
        for origin in origins:
            if origin in first_by:
                uf.union(first_by[origin], key)
            else:
                first_by[origin] = key
    around: dict[int, list[tuple[int, bool]]] = {}  # a document outside the fact -> the fact's reports of it
    for (a, b), why in _pairs(dependent_documents).items():
        if a in documents and b in documents:
            uf.union(documents[a][0], documents[b][0])
        elif a in documents:
            around.setdefault(b, []).append((a, _verbatim(why)))
    for links in around.values():  # two reports of one original, one of them in its words: one source
        for n, (left, copied) in enumerate(links):
            for right, also in links[n + 1 :]:
                if copied or also:
                    uf.union(documents[left][0], documents[right][0])
    groups: dict[str, list[Support]] = {}
    for key, support in zip(keys, supports, strict=True):
        groups.setdefault(uf.find(key), []).append(support)
    return sorted(groups.values(), key=lambda g: (g[0].document, g[0].start))


def dependency_reasons(fact: Fact, dependent_documents: Iterable[Dependency]) -> list[tuple[Support, str]]:
    """Why each statement after the first of its group is not an independent source."""
    index = {id(s): i for i, s in enumerate(fact.supports)}
    outlets, witnesses = _source_keys(fact.supports)
    pairs = _pairs(dependent_documents)
    found: list[tuple[Support, str]] = []
    for group in fact.groups:
        for support in group[1:]:
            reasons = (
                _why(support, other, index, outlets, witnesses, pairs) for other in group if other is not support
            )
            reason = next((r for r in reasons if r), f"one source with {group[0].source_label()}")
            found.append((support, reason))
    return found


def _why(
    support: Support,
    other: Support,
    index: dict[int, int],
    outlets: list[str],
    witnesses: list[str | None],
    pairs: dict[tuple[int, int], str],
) -> str | None:
    i, j = index[id(support)], index[id(other)]
    if support.witness and support.witness == other.witness:
        return f"the same witness as {other.source_label()}"
    if support.document == other.document:
        return f"the same report as {other.source_label()}"
    if witnesses[i] and witnesses[i] == outlets[j]:
        return f"quotes {support.witness_label}, the outlet of another report here ({other.source_label()})"
    if witnesses[j] and witnesses[j] == outlets[i]:
        return f"published by {support.outlet}, which another report here quotes ({other.source_label()})"
    if outlets[i] == outlets[j]:
        return f"the same outlet as {other.source_label()}"
    for pair in ((support.document, other.document), (other.document, support.document)):
        if pair in pairs:
            return f"documents {pair[0]} and {pair[1]} are one source: {pairs[pair]}"
    return None


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


def judge(fact: Fact, dependent_documents: Iterable[Dependency]) -> Fact:
    """Groups, conflicts, verdict and explanation of one fact. ``dependent_documents``: (document,
    document it copies or relays) pairs, or triples with why ("relays the other outlet's report")."""
    dependent_documents = list(dependent_documents)
    fact.groups = independence_groups(fact, dependent_documents)
    fact.chains = reporting_chains(fact, dependent_documents)
    fact.dependencies = dependency_reasons(fact, dependent_documents)
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
    why = {id(s): reason for s, reason in fact.dependencies}
    dependent = [
        f"{s.source_label()}: {why[id(s)]}" if id(s) in why else s.source_label()
        for group in fact.groups
        for s in group[1:]
    ]
    count = fact.independent_sources
    text = f"{fact.verdict.value}: {count} independent source{'s' if count != 1 else ''} ({'; '.join(heads)})"
    if dependent:
        text += f"; {len(dependent)} dependent report{'s' if len(dependent) != 1 else ''} ({'; '.join(dependent)})"
    if (note := fact.chains_note()) is not None:  # several outlets that each heard one witness
        origins = "; ".join(chain[0].outlet or f"document {chain[0].document}" for chain in fact.chains)
        text += f"; {note} ({origins})"
    return text
