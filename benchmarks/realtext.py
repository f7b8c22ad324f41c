"""Real reporting: tumen end to end on a corpus folder of real articles, scored against its gold.

    python benchmarks/realtext.py --corpus ../shared/corpus/nk-dev2 [-v] [--explain] [--workers 1] [--export FILE]

DIR holds ``index.tsv`` (tab-separated: id, case, lang, outlet, date, title, url, file, and
optionally translated_from — the language a translated document was translated from; other
columns are ignored), ``gold.yaml`` (``cases``: persons with name variants and their documents,
relations, typed events with participants, roles, intervals, amounts and independent reporting
groups) and the documents under ``docs/``. The texts are read at run time and never copied.

Only tumen's public interfaces are used: ``Tumen.init`` on a store in a temporary directory,
``Tumen.ingest`` of each file with its metadata from the index (title, outlet, published,
language, url), ``Tumen.process``, and the export exactly as the CLI writes it (``python -m
tumen --db DB export --format json -o FILE``, schema ``tumen/v1``). ``--export FILE`` scores an
existing export instead (its document ids must follow the index order, as ingestion makes them).

The parts live beside this script: ``realtext_ingest.py`` (the index read, the export built),
``realtext_gold.py`` (gold.yaml read), ``realtext_matching.py`` (the export linked to the gold: persons
resolved, events matched) and ``realtext_scoring.py`` (the figures below).

Linking the export to the gold
------------------------------
Names are compared normalised: Unicode NFC, case folded, curly quotes straightened, spaces,
hyphens and dots removed (Hangul compares exactly). A gold variant such as ``"A / B (note)"`` gives
the forms A and B without the note. A *unit* is one exported person in one document (the
person's mentions there). It resolves to gold persons of that document's case, first rule that
gives any:

1. a mention quote equal to a gold variant listed for that document, or to a gold person's name;
2. the exported person's name or aliases equal to a gold name or variant of a gold person
   whose documents include this one;
3. a descriptive exported name such as ``"mother of X"`` (tumen's name for an unnamed relative):
   X resolved by these rules, then every gold person of the case whom the gold relations make
   that kin of X (gender must not disagree; an adoptive parent is a parent; niece, nephew, aunt
   and uncle are tumen's ``relative_of``) and whose documents include this one.

A unit may resolve to several gold persons (two unnamed brothers); every figure below accepts
any of them. An exported person resolves to the union of its units.

Figures (each printed with matched / missed / spurious; ``-v`` lists misses and spurious items)
---------------------------------------------------------------------------------------------
persons_f1
    Gold: the persons with a ``name``. Exported: persons whose name is not a description (a
    lower-case word followed by " of ", or only lower-case words: an unnamed person tumen calls
    by its descriptor, "soldier", "second source", whom a gold of named persons cannot list).
    Recall: gold persons resolved by rule 1 or 2 from some exported person; precision: exported
    persons that resolve to any gold person (named or not — a first name the gold lists for an
    unnamed child is not spurious). A person split in several exported persons is not penalised
    here but in merges_f1.
merges_f1
    Pairwise F1 over (document, gold person) units across documents. Gold links: each pair of
    documents naming (gold ``docs`` or variant documents) the same gold person. Predicted links:
    each pair of units of one exported person in two different documents, both resolved; correct
    when their gold persons coincide. Recall: gold links whose two units sit in one exported
    person. Units that resolve to nothing are left out (persons_f1 counts them).
events_f1
    Gold events vs exported events, one to one (a maximum matching; a gold event told as three
    separate exported facts has one match and two spurious facts). A pair matches on **type +
    principal + time**: the exported type is in the gold type's row of ``TYPE_MAP`` (realtext_matching.py); a
    participant of the exported event resolves to a gold principal (the gold participants whose
    role is victim or subject; when there are none, payer then recipient) with a compatible role
    (victim = subject; a perpetrator is never a principal); the two time intervals overlap
    when both exist (an undated side constrains nothing); and the exported event's evidence
    shares a document with the gold event's ``docs`` (a fact from a document that, by the gold,
    does not tell the event is not that event). Among the maximum matchings, the one taken has
    the best total preference (scipy's ``linear_sum_assignment``): a pair whose exported time lies
    within the gold interval before one that only overlaps or is undated, then the most shared
    documents — so two gold events whose candidates tie are not paired the wrong way round by the
    order they were tried in. Every exported event is in the denominator of precision.
event_time_acc
    Of the matched events whose gold event has an interval (at least one bound), the share whose
    exported interval exists and **lies within** the gold interval (a gold year ``2006`` is
    2006-01-01..2006-12-31, a month the whole month, a missing bound is open).
amounts_f1
    Gold: the distinct (value, currency) of each case's event amounts (``amount`` items with a
    ``value``; the ``equivalent`` conversions are not gold items). Exported: the distinct (value,
    currency) of the events' amounts per case of their evidence documents. An exported amount
    equal to a gold equivalent is neither matched nor spurious.
relations_f1
    Gold relations (type, a, b) vs exported relations, with types made canonical: ``child_of``
    is ``parent_of`` reversed, ``grandchild_of`` is ``grandparent_of`` reversed,
    ``adoptive_parent_of`` is ``parent_of``, spouse and sibling are symmetric, and gold
    ``aunt_of``/``uncle_of`` equal tumen's ``relative_of`` in either direction. Matched when
    the exported subject and object resolve to the gold persons. Recall over gold relations;
    precision over exported relations (a relation repeated by split persons counts once per copy).
independence_acc
    Items: every matched gold event with ``groups`` (gold count = number of groups), and every
    case with ``independent_group_count``. The gold's groups are independent *reporting chains*
    (documents sharing one origin — a copy, wire copy, translation, rewrite — are one group; several
    groups may rest on one witness), so for an event tumen's ``reporting_chains`` of the matched
    exported event is compared (an export without it: ``independent_sources``); for a case, the
    connected components of the case's documents under the export's ``dependencies`` (a document
    and what it depends on are one chain). Share of items where tumen's number equals the gold
    count. Unmatched gold events are not scored (they are misses of events_f1).
independence_sources_acc (printed above the last line, not in it)
    The same items, an event scored by tumen's ``independent_sources`` instead: one witness quoted
    by several outlets is one source (the count behind tumen's verdicts). Where a gold event's
    chains rest on one witness this count is lower than the gold's by design; it is printed so the
    witness-based figure is not hidden behind the chain-based one.

A figure whose export fields are missing or malformed is 0.00 with a note, not a crash. F1 is
0.00 when both sides are empty. The LAST line is (one line; two decimals each)::

    realtext: persons_f1=.. merges_f1=.. events_f1=.. event_time_acc=.. amounts_f1=.. \
        relations_f1=.. independence_acc=..
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from realtext_gold import load_gold
from realtext_ingest import build_export, read_index
from realtext_matching import Resolver
from realtext_scoring import explain_merges, score

FIGURES = (
    "persons_f1",
    "merges_f1",
    "events_f1",
    "event_time_acc",
    "amounts_f1",
    "relations_f1",
    "independence_acc",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True, help="folder with index.tsv, gold.yaml and docs/")
    parser.add_argument("--workers", type=int, default=1, help="processes for tumen process (default 1)")
    parser.add_argument("--export", type=Path, help="score this tumen/v1 export instead of building one")
    parser.add_argument("--save-export", type=Path, help="also write the export here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious items")
    parser.add_argument(
        "--explain", action="store_true", help="show where each gold person's documents landed (merges)"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rows = read_index(args.corpus)
    if not rows:
        print(f"no documents in {args.corpus / 'index.tsv'}", file=sys.stderr)
        return 2
    gold = load_gold(args.corpus / "gold.yaml", {r["id"] for r in rows})
    if args.export:
        export = json.loads(args.export.read_text(encoding="utf-8"))
        doc_name = {i + 1: row["id"] for i, row in enumerate(rows)}
    else:
        export, doc_name = build_export(args.corpus, rows, args.workers, print)
    if args.save_export:
        args.save_export.write_text(json.dumps(export, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not isinstance(export, dict):
        export = {}
    print(
        f"{len(rows)} documents, {len(gold.persons)} gold persons, {len(gold.events)} gold events; exported "
        f"{len(export.get('persons') or [])} persons, {len(export.get('events') or [])} events, "
        f"{len(export.get('relations') or [])} relations"
    )
    scores = score(gold, export, doc_name)
    for s in scores:
        print(f"{s.name} {s.value:.2f}")
        for line in s.lines:
            print(line)
        if args.verbose:
            for line in s.details:
                print(line)
    if args.explain:
        print("merges explained: gold person -> exported persons per document")
        for line in explain_merges(gold, export, Resolver(gold, export, doc_name)):
            print(line)
    print(f"total {time.perf_counter() - started:.1f} s")
    values = {s.name: s.value for s in scores}
    print("realtext: " + " ".join(f"{name}={values.get(name, 0.0):.2f}" for name in FIGURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
