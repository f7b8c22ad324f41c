"""ECB+ cross-document coreference with gold mentions: tumen's mention resolver against the published figures.

    python benchmarks/ecbplus.py --corpus DIR --topics 36-45 [--exclude 2,5] [--all-sentences] [--conll-out DIR]

DIR is the ``ECB+`` folder of the release (one folder per topic with ``N_Mecb.xml`` and
``N_Mecbplus.xml`` in CAT XML); ``ECBplus_coreference_sentences.csv`` is looked for in DIR and
beside it. Topics absent from DIR (ECB+ has no 15 and 17) are skipped.

Setup (Cybulska & Vossen 2015, Barhom et al. 2019): gold mentions from the sentences listed in
``ECBplus_coreference_sentences.csv`` only (``--all-sentences`` takes every annotated sentence);
entity mentions are HUMAN_PART_*, NON_HUMAN_PART_*, LOC_* and TIME_* tags, event mentions
ACTION_* and NEG_ACTION_*. Gold chains: CROSS_DOC_COREF relations by the instance id they point
to, INTRA_DOC_COREF relations within their document; an unlinked mention is a singleton.
Singletons are scored. Topics are known (clusters never cross a topic); the two sub-topics of a
topic (the ECB and the ECB+ seminal event) are *not* given: tumen finds them by clustering the
documents.

This script only maps formats — CAT XML to mention spans, clusters to CoNLL key/response — and
scores; every decision is made by the mention resolver :mod:`ecbplus_mentions`, the package next to this
script (the product does not use it). Scores are MUC, B³ and CEAF-e
(the ``scorch`` package, CoNLL-2012 definitions) over the whole split at once, and CoNLL F1 is
their mean. Since no cluster crosses a topic, each metric is summed topic by topic (exactly
equal to scoring the whole split in one go, and fast). The LAST line is::

    ecbplus: entity_conll_f1=.. event_conll_f1=.. entity_muc=.. entity_b3=.. entity_ceafe=..
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ecbplus_mentions import (
    MentionResolution,
    Span,
    cluster_documents,
    describe,
    resolve_mentions,
    same_head_baseline,
)

SENTENCES_CSV = "ECBplus_coreference_sentences.csv"
ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_", "TIME_")
EVENT_PREFIXES = ("ACTION_", "NEG_ACTION_")
# ECB+ tag -> tumen mention type
TYPES = {
    "HUMAN_PART_PER": "person",
    "HUMAN_PART_GENERIC": "person",
    "HUMAN_PART_MET": "person",
    "HUMAN_PART": "person",
    "HUMAN_PART_ORG": "organisation",
    "HUMAN_PART_GPE": "organisation",
    "HUMAN_PART_FAC": "organisation",
    "HUMAN_PART_VEH": "thing",
    "NON_HUMAN_PART": "thing",
    "NON_HUMAN_PART_GENERIC": "thing",
    "LOC_FAC": "location",
    "LOC_GEO": "location",
    "LOC_OTHER": "location",
    "TIME_DATE": "time",
    "TIME_DURATION": "time",
    "TIME_OF_THE_DAY": "time",
    "TIME_REPETITION": "time",
}


@dataclass
class GoldMention:
    document: str
    mid: str
    tag: str
    tokens: tuple[int, ...]  # t_id, sorted
    sentence: int
    chain: str  # gold chain id; a singleton has its own

    @property
    def kind(self) -> str:
        return "event" if self.tag.startswith(EVENT_PREFIXES) else "entity"

    @property
    def key(self) -> str:
        return f"{self.document}:{self.mid}"


@dataclass
class Document:
    name: str  # "1_10ecbplus"
    topic: str
    words: dict[int, tuple[int, str]] = field(default_factory=dict)  # t_id -> (sentence, word)
    mentions: list[GoldMention] = field(default_factory=list)

    def sentences(self) -> list[list[str]]:
        """The document's sentences as word lists, in order."""
        by_number: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for tid, (number, word) in self.words.items():
            by_number[number].append((tid, word))
        return [[w for _t, w in sorted(words)] for _n, words in sorted(by_number.items())]


def parse_topics(text: str) -> list[int]:
    """``36-45``, ``2,5,12`` or ``1-10,12`` -> sorted topic numbers."""
    topics: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            low, high = part.split("-", 1)
            topics.update(range(int(low), int(high) + 1))
        else:
            topics.add(int(part))
    return sorted(topics)


def read_selected(path: Path | None) -> dict[str, set[int]] | None:
    """Document name ("1_10ecbplus") -> its sentence numbers listed for coreference evaluation."""
    if path is None:
        return None
    selected: dict[str, set[int]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            selected[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return selected


def read_document(path: Path, topic: str, selected: set[int] | None) -> Document:
    root = ET.parse(path).getroot()
    name = path.stem
    document = Document(name, topic)
    for token in root.iter("token"):
        document.words[int(token.attrib["t_id"])] = (int(token.attrib["sentence"]), token.text or "")
    markables = root.find("Markables")
    spans: dict[str, tuple[str, tuple[int, ...]]] = {}
    for markable in markables if markables is not None else ():
        anchors = tuple(sorted(int(a.attrib["t_id"]) for a in markable.iter("token_anchor")))
        if anchors:  # instances (TAG_DESCRIPTOR, instance_id) have no tokens
            spans[markable.attrib["m_id"]] = (markable.tag, anchors)
    chains: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else ():
        if relation.tag == "CROSS_DOC_COREF":
            chain = f"{topic}|{relation.attrib['note']}"
        elif relation.tag == "INTRA_DOC_COREF":
            chain = f"{name}|{relation.attrib['r_id']}"
        else:
            continue
        for source in relation.iter("source"):
            chains[source.attrib["m_id"]] = chain
    seen: set[tuple[str, tuple[int, ...]]] = set()
    for mid, (tag, anchors) in sorted(spans.items(), key=lambda item: (item[0] not in chains, int(item[0]))):
        if not tag.startswith(ENTITY_PREFIXES + EVENT_PREFIXES):
            continue
        sentence = document.words[anchors[0]][0]
        if selected is not None and sentence not in selected:
            continue
        kind = "event" if tag.startswith(EVENT_PREFIXES) else "entity"
        if (kind, anchors) in seen:  # the same tokens annotated twice (CAT, then CROMER)
            continue
        seen.add((kind, anchors))
        document.mentions.append(GoldMention(name, mid, tag, anchors, sentence, chains.get(mid, f"{name}|{mid}")))
    document.mentions.sort(key=lambda m: (m.tokens[0], m.mid))
    return document


def read_corpus(corpus: Path, topics: Iterable[int], sentences: Path | None) -> list[Document]:
    selected = read_selected(sentences)
    documents = []
    for topic in topics:
        folder = corpus / str(topic)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            doc_selected = None if selected is None else selected.get(path.stem, set())
            documents.append(read_document(path, str(topic), doc_selected))
    return documents


def spans_of(documents: list[Document]) -> tuple[dict[str, list[str]], list[Span]]:
    """Sentences (as word lists) and mention spans in tumen's generic form."""
    sentences: dict[str, list[str]] = {}
    spans: list[Span] = []
    for document in documents:
        by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for tid, (number, word) in document.words.items():
            by_sentence[number].append((tid, word))
        index: dict[int, tuple[str, int]] = {}
        for number, words in by_sentence.items():
            words.sort()
            sid = f"{document.name}#{number}"
            sentences[sid] = [w for _tid, w in words]
            for i, (tid, _w) in enumerate(words):
                index[tid] = (sid, i)
        for mention in document.mentions:
            sid = index[mention.tokens[0]][0]
            positions = tuple(index[t][1] for t in mention.tokens if index[t][0] == sid)
            spans.append(
                Span(
                    key=mention.key,
                    document=document.name,
                    group=document.topic,
                    sentence=sid,
                    order=index[mention.tokens[0]][1] + 1000 * mention.sentence,
                    tokens=positions,
                    kind=mention.kind,
                    type=TYPES.get(mention.tag, "event" if mention.kind == "event" else "thing"),
                    negated=mention.tag.startswith("NEG_"),
                )
            )
    return sentences, spans


# ---------------------------------------------------------------------------------------------
# Scoring


def _by_topic(clusters: Iterable[set[str]], topic_of: dict[str, str]) -> dict[str, list[set[str]]]:
    grouped: dict[str, list[set[str]]] = defaultdict(list)
    for cluster in clusters:
        grouped[topic_of[next(iter(cluster))]].append(cluster)
    return grouped


def conll_scores(key: list[set[str]], response: list[set[str]], topic_of: dict[str, str]) -> dict[str, float]:
    """MUC, B³ and CEAF-e F1 (percent) and their mean, summing each metric's numerators and
    denominators over topics (no cluster crosses a topic, so this equals one whole-split score)."""
    from scorch import scores

    key_by, response_by = _by_topic(key, topic_of), _by_topic(response, topic_of)
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # R num, R den, P num, P den
    for topic in sorted(set(key_by) | set(response_by)):
        k, r = key_by.get(topic, []), response_by.get(topic, [])
        muc_den_r = sum(len(c) - 1 for c in k)
        muc_den_p = sum(len(c) - 1 for c in r)
        recall, precision, _f = scores.muc(k, r)
        _add(sums["muc"], recall * muc_den_r, muc_den_r, precision * muc_den_p, muc_den_p)
        size_k, size_r = sum(len(c) for c in k), sum(len(c) for c in r)
        recall, precision, _f = scores.b_cubed(k, r)
        _add(sums["b3"], recall * size_k, size_k, precision * size_r, size_r)
        recall, precision, _f = scores.ceaf_e(k, r)
        _add(sums["ceafe"], recall * len(k), len(k), precision * len(r), len(r))
    result: dict[str, float] = {}
    for metric, (rn, rd, pn, pd) in sums.items():
        recall = rn / rd if rd else 0.0
        precision = pn / pd if pd else 0.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        result[f"{metric}_r"], result[f"{metric}_p"], result[metric] = 100 * recall, 100 * precision, 100 * f1
    result["conll"] = (result["muc"] + result["b3"] + result["ceafe"]) / 3
    return result


def _add(acc: list[float], *values: float) -> None:
    for i, value in enumerate(values):
        acc[i] += value


def write_conll(path: Path, documents: list[Document], chain_of: dict[str, str]) -> None:
    """A CoNLL-2012 file (one pseudo-document per topic, as in Barhom et al.'s key files): one line
    per token of the mentions' sentences, coreference brackets in the last column."""
    numbers: dict[str, int] = {}
    by_topic: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_topic[document.topic].append(document)
    with path.open("w", encoding="utf-8") as out:
        for topic, docs in sorted(by_topic.items(), key=lambda kv: int(kv[0])):
            out.write(f"#begin document (topic{topic}); part 000\n")
            for document in docs:
                opening: dict[int, list[str]] = defaultdict(list)
                closing: dict[int, list[str]] = defaultdict(list)
                single: dict[int, list[str]] = defaultdict(list)
                for mention in document.mentions:
                    if mention.key not in chain_of:
                        continue
                    number = str(numbers.setdefault(chain_of[mention.key], len(numbers)))
                    first, last = mention.tokens[0], mention.tokens[-1]
                    if first == last:
                        single[first].append(f"({number})")
                    else:
                        opening[first].append(f"({number}")
                        closing[last].append(f"{number})")
                sentences = sorted({m.sentence for m in document.mentions if m.key in chain_of})
                for sentence in sentences:
                    tids = sorted(t for t, (s, _w) in document.words.items() if s == sentence)
                    for tid in tids:
                        marks = "|".join(opening[tid] + single[tid] + closing[tid]) or "-"
                        word = document.words[tid][1] or "_"
                        out.write(f"{document.name}\t{sentence}\t{tid}\t{word}\t{marks}\n")
                    out.write("\n")
            out.write("#end document\n")


# ---------------------------------------------------------------------------------------------


def evaluate(documents: list[Document], resolution: MentionResolution) -> dict[str, dict[str, float]]:
    topic_of = {m.key: d.topic for d in documents for m in d.mentions}
    results = {}
    for kind in ("entity", "event"):
        mentions = [m for d in documents for m in d.mentions if m.kind == kind]
        gold: dict[str, set[str]] = defaultdict(set)
        system: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            gold[m.chain].add(m.key)
            system[resolution.cluster_of[m.key]].add(m.key)
        results[kind] = conll_scores(list(gold.values()), list(system.values()), topic_of)
    return results


def story_purity(documents: list[Document], stories: dict[str, str]) -> tuple[int, int, int]:
    """(documents, stories found, gold sub-topics): ECB and ECB+ documents of a topic are two sub-topics."""
    gold = {(d.topic, d.name.endswith("plus")) for d in documents}
    return len(documents), len(set(stories.values())), len(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="the ECB+ folder (topic folders of CAT XML)")
    parser.add_argument("--topics", required=True, help="e.g. 36-45 or 2,5,12,18")
    parser.add_argument("--exclude", default="", help="topics to leave out, e.g. the dev topics")
    parser.add_argument("--sentences", type=Path, help=f"default: {SENTENCES_CSV} in or beside --corpus")
    parser.add_argument("--all-sentences", action="store_true", help="every annotated sentence, not the list")
    parser.add_argument("--conll-out", type=Path, help="write key/response CoNLL files into this folder")
    parser.add_argument("--baseline", action="store_true", help="score the same-head-lemma baseline instead")
    parser.add_argument(
        "--gold-subtopics", action="store_true", help="oracle: stories are the gold ECB/ECB+ sub-topics (not a result)"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    sentences_csv = args.sentences
    if sentences_csv is None and not args.all_sentences:
        for candidate in (args.corpus / SENTENCES_CSV, args.corpus.parent / SENTENCES_CSV):
            if candidate.is_file():
                sentences_csv = candidate
                break
        else:
            parser.error(f"{SENTENCES_CSV} not found in or beside {args.corpus} (or give --all-sentences)")
    excluded = set(parse_topics(args.exclude))
    topics = [t for t in parse_topics(args.topics) if t not in excluded]
    documents = read_corpus(args.corpus, topics, None if args.all_sentences else sentences_csv)
    if not documents:
        parser.error(f"no documents of topics {args.topics} in {args.corpus}")
    found = sorted({int(d.topic) for d in documents})
    sentences, spans = spans_of(documents)
    mentions = describe(sentences, spans)
    texts = {d.name: d.sentences() for d in documents}
    stories = cluster_documents(texts, {d.name: d.topic for d in documents})
    if args.gold_subtopics:
        stories = {d.name: f"{d.topic}/{'ecbplus' if d.name.endswith('plus') else 'ecb'}" for d in documents}
    resolution = (same_head_baseline if args.baseline else resolve_mentions)(mentions, stories)
    results = evaluate(documents, resolution)
    n_docs, n_stories, n_gold = story_purity(documents, stories)
    print(f"topics {','.join(map(str, found))}: {n_docs} documents, {n_stories} stories found ({n_gold} sub-topics)")
    kinds = Counter(s.kind for s in spans)
    print(f"mentions: {kinds['entity']} entities, {kinds['event']} events")
    for kind, r in results.items():
        print(
            f"{kind:6}  MUC R {r['muc_r']:.1f} P {r['muc_p']:.1f} F {r['muc']:.1f} | "
            f"B3 R {r['b3_r']:.1f} P {r['b3_p']:.1f} F {r['b3']:.1f} | "
            f"CEAF-e R {r['ceafe_r']:.1f} P {r['ceafe_p']:.1f} F {r['ceafe']:.1f} | CoNLL F1 {r['conll']:.1f}"
        )
    if args.conll_out:
        args.conll_out.mkdir(parents=True, exist_ok=True)
        for kind in ("entity", "event"):
            gold = {m.key: m.chain for d in documents for m in d.mentions if m.kind == kind}
            response = {k: resolution.cluster_of[k] for k in gold}
            write_conll(args.conll_out / f"{kind}_key.conll", documents, gold)
            write_conll(args.conll_out / f"{kind}_response.conll", documents, response)
    print(f"time: {time.perf_counter() - started:.0f} s")
    e, v = results["entity"], results["event"]
    print(
        f"ecbplus: entity_conll_f1={e['conll']:.1f} event_conll_f1={v['conll']:.1f} "
        f"entity_muc={e['muc']:.1f} entity_b3={e['b3']:.1f} entity_ceafe={e['ceafe']:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
