"""Stories: the documents of a group (a topic) that report one seminal event share its rare words in their
headline and lead. :func:`cluster_documents` groups them by TF-IDF cosine, average link."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

STORY_SIMILARITY = 0.04  # documents whose TF-IDF cosine (average link) reaches this tell one story
STORY_ATTACH = 0.02  # a story of one or two documents joins its nearest larger story from this similarity
SMALL_STORY = 2
LEAD_SENTENCES = 4  # headline (or address) and lead of a report


def cluster_documents(
    texts: Mapping[str, Sequence[Sequence[str]]],
    groups: Mapping[str, str],
    threshold: float = STORY_SIMILARITY,
    attach: float = STORY_ATTACH,
) -> dict[str, str]:
    """Document -> story id. ``texts`` holds each document's sentences (as words); the headline and
    lead (:data:`LEAD_SENTENCES` first sentences) say what a news report is about. Documents of one
    group meet when the average TF-IDF cosine of their clusters reaches ``threshold`` (average-link
    agglomeration, most similar first); then stories of one or two documents join the most similar
    larger story of their group if their average similarity to it reaches ``attach``."""
    stories: dict[str, str] = {}
    by_group: dict[str, list[str]] = defaultdict(list)
    for document in sorted(texts):
        by_group[groups[document]].append(document)
    for group, documents in sorted(by_group.items()):
        vectors = _tfidf({d: [w for sentence in texts[d][:LEAD_SENTENCES] for w in sentence] for d in documents})
        for cluster in _agglomerate(documents, vectors, threshold, attach):
            for document in cluster:
                stories[document] = f"{group}/{cluster[0]}"
    return stories


def _agglomerate(
    documents: list[str], vectors: Mapping[str, Mapping[str, float]], threshold: float, attach: float
) -> list[list[str]]:
    similarity = {(a, b): _cosine(vectors[a], vectors[b]) for a in documents for b in documents}

    def mean(left: list[str], right: list[str]) -> float:
        return sum(similarity[(a, b)] for a in left for b in right) / (len(left) * len(right))

    clusters = [[d] for d in documents]
    while len(clusters) > 1:
        best, (i, j) = max(
            (
                (mean(clusters[i], clusters[j]), (i, j))
                for i in range(len(clusters))
                for j in range(i + 1, len(clusters))
            ),
            key=lambda item: (item[0], -item[1][0], -item[1][1]),
        )
        if best < threshold:
            break
        clusters[i] = sorted(clusters[i] + clusters[j])
        del clusters[j]
    large = [c for c in clusters if len(c) > SMALL_STORY]
    for small in (c for c in clusters if len(c) <= SMALL_STORY):
        if large:
            closest, target = max(((mean(small, c), k) for k, c in enumerate(large)), key=lambda t: (t[0], -t[1]))
            if closest >= attach:
                large[target] = sorted(large[target] + small)
                continue
        large.append(small)
    return large


_WORD = re.compile(r"[a-z][a-z'-]{2,}|[0-9][0-9.,:]*")
_STOP_WORDS = """the and for that with was were are from has have had this his her their they its will would said
says who which what when where after before about into over than then them been being also more most other some such
only just not but all any can could did does one two three new year years told http www com html news article story
according"""
_STOP = frozenset(_STOP_WORDS.split())


def _tfidf(texts: Mapping[str, Sequence[str]]) -> dict[str, dict[str, float]]:
    counts = {
        d: Counter(w for w in map(str.lower, words) if _WORD.fullmatch(w) and w not in _STOP)
        for d, words in texts.items()
    }
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(texts)
    vectors = {}
    for d, c in counts.items():
        v = {w: (1 + math.log(k)) * math.log((1 + n) / (1 + df[w])) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[d] = {w: x / norm for w, x in v.items()}
    return vectors


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())
