"""How well could any resolver do on the realistic generator? A mention-attribution oracle.

    python benchmarks/resolution_oracle.py [--size 100000] [--seed 7] [--omniscient]

For every full-name mention (the given name alone is left out), the oracle knows every *other* mention's true
person and gives the mention to a compatible documented person with another mention: the same Hangul name (so
romanisation is solved perfectly), a gender and a birth the person's other mentions do not contradict (with
``--omniscient``: the person's true gender and birth year, even when no mention states them). Among several, it
takes the one whose other mentions share most of the mention's specific places, the most mentioned on a tie.
The *cautious* variant leaves a mention alone when several people are compatible and no shared place singles
one out. Pairwise precision/recall/F1 of both assignments against the truth: a ceiling no resolver working from
the same evidence is likely to pass (not a proof: a cleverer policy could do a little better).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from datetime import date

import resolution_people as rp
from resolution import pairwise

from tumen.extract.names import parse
from tumen.model import Interval
from tumen.resolve.matching import COMMON_CONTEXT, tolerant


def attribute(size: int, seed: int, omniscient: bool = False) -> dict[str, float]:
    people: dict[int, rp.Person] = {}
    mentions, _ = rp.make_mentions(size, seed, people)
    contexts = [frozenset(c.lower() for c in m.context) - COMMON_CONTEXT for m in mentions]
    places: dict[int, Counter[str]] = defaultdict(Counter)
    genders: dict[int, Counter[str]] = defaultdict(Counter)
    births: dict[int, list[tuple[int, Interval]]] = defaultdict(list)
    count = Counter(m.pid for m in mentions)
    for i, (m, context) in enumerate(zip(mentions, contexts, strict=True)):
        places[m.pid].update(context)
        if m.gender:
            genders[m.pid][m.gender] += 1
        if m.birth:
            births[m.pid].append((i, tolerant(m.birth)))
    by_name: dict[tuple[str, tuple[str, str]], set[int]] = defaultdict(set)
    for pid in count:
        by_name[(people[pid].surname, people[pid].syllables)].add(pid)
    full = [i for i, m in enumerate(mentions) if parse(m.text).surname or not parse(m.text).given]
    greedy, cautious, truth = [], [], []
    ambiguous = 0
    for i in full:
        m = mentions[i]
        best: tuple[tuple[int, int], int] | None = None
        compatible = 0
        for q in by_name[(people[m.pid].surname, people[m.pid].syllables)]:
            others = count[q] - (q == m.pid)
            if not others or not _compatible(m, i, q, people[q], genders[q], births[q], omniscient):
                continue
            compatible += 1
            shared = sum(1 for c in contexts[i] if places[q][c] > (q == m.pid))
            if best is None or (shared, others) > best[0]:
                best = ((shared, others), q)
        ambiguous += compatible > 1
        greedy.append(best[1] if best else -1 - i)
        cautious.append(best[1] if best and (compatible == 1 or best[0][0] > 0) else -1 - i)
        truth.append(m.pid)
    out = {"full": len(full), "ambiguous": ambiguous / len(full)}
    for label, assigned in (("greedy", greedy), ("cautious", cautious)):
        out.update(zip((f"{label}_p", f"{label}_r", f"{label}_f1"), pairwise(assigned, truth), strict=True))
    return out


def _compatible(
    m: rp.Mention,
    i: int,
    q: int,
    person: rp.Person,
    genders: Counter[str],
    births: list[tuple[int, Interval]],
    omniscient: bool,
) -> bool:
    if omniscient:
        middle = date(person.born, 7, 1)
        return (not m.gender or m.gender == person.gender) and (
            not m.birth or tolerant(m.birth).earliest <= middle <= tolerant(m.birth).latest
        )
    if m.gender:
        seen = genders.copy()
        if q == m.pid:
            seen[m.gender] -= 1
        if seen[m.gender] <= 0 and any(v > 0 for v in seen.values()):
            return False
    if m.birth:
        known = [b for k, b in births if k != i]
        if known and not any(b.overlaps(tolerant(m.birth)) for b in known):
            return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--omniscient", action="store_true")
    args = parser.parse_args()
    r = attribute(args.size, args.seed, args.omniscient)
    kind = "omniscient" if args.omniscient else "fair"
    print(f"{kind} oracle, {args.size} mentions, seed {args.seed}: {r['full']} full-name mentions, "
          f"{r['ambiguous']:.1%} with several compatible people")  # fmt: skip
    for label in ("greedy", "cautious"):
        print(f"  {label:<9} P {r[label + '_p']:.3f} R {r[label + '_r']:.3f} F1 {r[label + '_f1']:.3f}")


if __name__ == "__main__":
    main()
