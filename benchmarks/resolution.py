"""Person resolution at scale: time, peak memory and pairwise precision/recall on synthetic mentions.

    python benchmarks/resolution.py [--sizes 10000,100000,1000000] [--seed 7] [--nomenklatura-pairs 5000]
                                    [--generator realistic|simple]

The default generator, ``realistic`` (``resolution_people.py``, whose docstring gives each design
choice and its reason), makes families of documented North Koreans: given names tied to gender
and birth cohort, siblings sharing surname and often a generation syllable, home towns and story
places, heavy-tailed mention counts, family members mentioned together.

The ``simple`` generator (the first one, kept for comparison): synthetic people (about one per
four mentions) get Korean names: a surname drawn by its real frequency (Kim, Lee, Park, Choi,
Jung ...) and two given-name syllables of one unisex list, unrelated to birth. Each mention
spells the name another way: other romanisations of the surname (Lee/Yi/Rhee/Ri), of the
syllables (Cheol/Chol/Chul, Hyun/Hyeon), hyphenated, fused, spaced or upper case, Western
order, Hangul (5%), the given name alone (5%, hyphenated as in "Chol-jin said"). Mentions
carry a gender (80% known), a birth year or age-derived two-year range containing the true
year (55% known), one or two places correlated with the person, and distinct documents.
2% of people are namesakes of others (same Hangul name, other birth year, often other gender).

Each size runs in its own subprocess (``--one SIZE``) so peak RSS does not accumulate; only
``resolve()`` is timed. Then a sample of the candidate pairs tumen's blocking compares (at
the smallest size) is scored by tumen's ``score`` and by nomenklatura's ``logic-v2``
(threshold 0.7) if it is installed (``pip install nomenklatura followthemoney``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from math import comb
from typing import Any

import resolution_people as realistic
from resolution_people import SURNAME_WEIGHTS, Mention

from tumen.extract.names import parse, surname_table
from tumen.model import Interval
from tumen.resolve.matching import MERGE_AT, Record, score
from tumen.resolve.resolver import _pairs, block_keys, resolve

# Given-name syllables: Hangul -> romanisations (Revised first, then McCune-Reischauer and older forms).
SYLLABLES = {
    "민": ["min"], "지": ["ji", "chi"], "서": ["seo", "so"], "현": ["hyun", "hyeon", "hyon"],
    "진": ["jin", "chin"], "영": ["young", "yeong", "yong"], "수": ["soo", "su"], "은": ["eun", "un"],
    "혜": ["hye"], "준": ["jun", "joon"], "우": ["woo", "u"], "호": ["ho"], "철": ["cheol", "chol", "chul"],
    "미": ["mi"], "래": ["rae"], "소": ["so"], "연": ["yeon", "yon"], "승": ["seung", "sung"],
    "동": ["dong", "tong"], "혁": ["hyuk", "hyeok", "hyok"], "경": ["kyung", "kyeong", "gyeong", "kyong"],
    "희": ["hee", "hui"], "옥": ["ok"], "일": ["il"], "남": ["nam"], "성": ["sung", "seong", "song"],
    "화": ["hwa"], "용": ["yong"], "정": ["jung", "jeong", "chong"], "광": ["kwang", "gwang"],
    "명": ["myung", "myeong", "myong"], "숙": ["sook", "suk"], "순": ["soon", "sun"],
    "금": ["geum", "kum"], "국": ["kook", "guk"], "선": ["sun", "seon", "son"], "태": ["tae"],
    "상": ["sang"], "석": ["seok", "sok"], "하": ["ha"],
}  # fmt: skip
PLACES = [
    "Onsong", "Hoeryong", "Musan", "Chongjin", "Hyesan", "Sinuiju", "Yodok", "Kaechon", "Hamhung", "Wonsan",
    "Kimchaek", "Nampo", "Sariwon", "Haeju", "Kanggye", "Pyongsong", "Shenyang", "Yanji", "Dandong", "Tumen",
    "Longjing", "Helong", "Bangkok", "Vientiane", "Ulaanbaatar", "Hanawon", "Chongori", "Jongori", "Hwasong",
    "Bukchang",
]  # fmt: skip
COMMON = ["North Korea", "China", "Seoul"]


@dataclass
class Person:
    pid: int
    surname: str  # Hangul
    syllables: tuple[str, str]  # Hangul
    spelling: tuple[int, int, int]  # the person's usual romanisation: surname, syllable 1, syllable 2
    gender: str
    born: int
    home: tuple[str, str]


def _variant(rng: random.Random, n: int) -> int:
    """An index into a list of spellings, the earlier (more conventional) ones likelier."""
    return rng.choices(range(n), [1 / (i + 1) ** 1.5 for i in range(n)])[0]


def _usual(rng: random.Random, n: int) -> int:
    return 0 if n == 1 or rng.random() < 0.6 else _variant(rng, n)


def make_people(rng: random.Random, n: int) -> list[Person]:
    table = surname_table()
    surnames = list(table)
    weights = [SURNAME_WEIGHTS.get(s, 0.2) for s in surnames]
    syllables = list(SYLLABLES)
    syl_weights = [1.0 / (1 + i / 8) for i in range(len(syllables))]  # a few syllables are much commoner
    people: list[Person] = []
    for pid in range(n):
        if people and rng.random() < 0.02:  # a namesake: same name, other birth year, often other gender
            twin = rng.choice(people)
            born = twin.born + rng.choice([-1, 1]) * rng.randint(8, 30)
            gender = twin.gender if rng.random() < 0.5 else ("female" if twin.gender == "male" else "male")
            surname, syls, spelling = twin.surname, twin.syllables, twin.spelling
        else:
            surname = rng.choices(surnames, weights)[0]
            first, second = rng.choices(syllables, syl_weights, k=2)
            while second == first:
                second = rng.choices(syllables, syl_weights)[0]
            syls = (first, second)
            spelling = (_usual(rng, len(table[surname])), _usual(rng, len(SYLLABLES[first])),
                        _usual(rng, len(SYLLABLES[second])))  # fmt: skip
            born = min(2008, max(1925, round(rng.gauss(1972, 14))))
            gender = rng.choice(["male", "female"])
        home = (rng.choice(PLACES), rng.choice(PLACES))
        people.append(Person(pid, surname, syls, spelling, gender, born, home))
    return people


def _spell(rng: random.Random, options: list[str], usual: int) -> str:
    return options[usual] if rng.random() < 0.75 else options[_variant(rng, len(options))]


def mention_text(rng: random.Random, p: Person) -> str:
    roll = rng.random()
    if roll < 0.05:  # Hangul
        return p.surname + "".join(p.syllables)
    a = _spell(rng, SYLLABLES[p.syllables[0]], p.spelling[1])
    b = _spell(rng, SYLLABLES[p.syllables[1]], p.spelling[2])
    if roll < 0.10:  # the given name alone
        return f"{a.capitalize()}-{b}"
    surname = _spell(rng, surname_table()[p.surname], p.spelling[0])
    return realistic.styled(rng, surname, a, b)


def mention_birth(rng: random.Random, born: int) -> Interval | None:
    if rng.random() >= 0.55:
        return None
    if rng.random() < 0.5:
        return Interval(date(born, 1, 1), date(born, 12, 31), "year")
    start = born - rng.randint(0, 1)  # from an age: two calendar years, one of them the true one
    return Interval(date(start, 1, 1), date(start + 1, 12, 31), "range")


def make_mentions(size: int, seed: int, generator: str = "realistic") -> tuple[list[Mention], int]:
    """``size`` shuffled mentions and the number of people they mention."""
    if generator == "realistic":
        return realistic.make_mentions(size, seed)
    if generator != "simple":
        raise ValueError(f"unknown generator {generator!r}")
    rng = random.Random(seed * 1_000_003 + size)
    people = make_people(rng, max(1, size // 4))
    docs = max(10, size // 5)
    mentions: list[Mention] = []
    for p in itertools.cycle(people):
        if len(mentions) >= size:
            break
        k = min(rng.choice([2, 3, 4, 4, 5, 6]), size - len(mentions))
        for doc in rng.sample(range(docs), k):
            places = {rng.choice(p.home) if rng.random() < 0.8 else rng.choice(PLACES)}
            if rng.random() < 0.4:
                places.add(rng.choice(p.home))
            if rng.random() < 0.3:
                places.add(rng.choice(COMMON))
            gender = p.gender if rng.random() < 0.8 else None
            birth = mention_birth(rng, p.born)
            mentions.append(Mention(p.pid, doc, mention_text(rng, p), gender, birth, frozenset(places)))
    rng.shuffle(mentions)
    return mentions, len({m.pid for m in mentions})


def to_records(mentions: list[Mention]) -> list[Record]:
    return [
        Record(
            key=f"{m.doc}:{i}",
            document=m.doc,
            name=parse(m.text),
            label=m.text,
            gender=m.gender,
            birth=m.birth,
            context=frozenset(c.lower() for c in m.context),
        )
        for i, m in enumerate(mentions)
    ]


def prf(tp: int, predicted: int, actual: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / actual if actual else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(predicted: list[str], truth: list[int]) -> tuple[float, float, float]:
    """Pairwise precision/recall/F1 from the contingency table of (predicted cluster, true person)."""
    tp = sum(comb(n, 2) for n in Counter(zip(predicted, truth, strict=True)).values())
    pred = sum(comb(n, 2) for n in Counter(predicted).values())
    true = sum(comb(n, 2) for n in Counter(truth).values())
    return prf(tp, pred, true)


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_one(size: int, seed: int, max_mb: int, generator: str = "realistic") -> dict[str, Any]:
    if max_mb:  # a failing size must not take the shared machine's memory with it
        resource.setrlimit(resource.RLIMIT_AS, (max_mb * 2**20, max_mb * 2**20))
    started = time.perf_counter()
    mentions, people = make_mentions(size, seed, generator)
    records = to_records(mentions)
    setup = time.perf_counter() - started
    base = maxrss_mb()
    started = time.perf_counter()
    try:
        result = resolve(records)
    except MemoryError:
        seconds = time.perf_counter() - started
        error = f"MemoryError in resolve() after {seconds:.0f} s (address space limited to {max_mb} MB)"
        return {"size": size, "people": people, "error": error, "base_mb": base, "setup": setup}
    seconds = time.perf_counter() - started
    peak = maxrss_mb()
    predicted = [result.cluster_of[r.key] for r in records]
    p, r, f = pairwise(predicted, [m.pid for m in mentions])
    return {
        "size": size, "people": people, "clusters": len(result.members), "seconds": seconds, "setup": setup,
        "base_mb": base, "peak_mb": peak, "precision": p, "recall": r, "f1": f,
        "merged": len(result.merged), "review": len(result.review),
    }  # fmt: skip


def _entity(model: Any, ident: str, m: Mention) -> Any:
    entity = model.make_entity("Person")
    entity.id = ident  # nomenklatura caches by id: every entity needs its own
    entity.add("name", m.text)
    if m.gender:
        entity.add("gender", m.gender)
    if m.birth:
        for year in range(m.birth.earliest.year, m.birth.latest.year + 1):
            entity.add("birthDate", str(year))
    return entity


def run_pairs(size: int, seed: int, n: int, generator: str = "realistic") -> dict[str, Any]:
    mentions, _ = make_mentions(size, seed, generator)
    records = to_records(mentions)
    person = {r.key: m.pid for r, m in zip(records, mentions, strict=True)}
    mention = {r.key: m for r, m in zip(records, mentions, strict=True)}
    blocks: dict[str, list[Record]] = {}
    for record in records:
        for key in block_keys(record):
            blocks.setdefault(key, []).append(record)
    candidates = sorted(_pairs(blocks), key=lambda ab: (ab[0].key, ab[1].key))
    sample = random.Random(seed).sample(candidates, min(n, len(candidates)))
    truth = [person[a.key] == person[b.key] for a, b in sample]
    out: dict[str, Any] = {"candidates": len(candidates), "pairs": len(sample), "true": sum(truth)}
    started = time.perf_counter()
    ours = [score(a, b).total >= MERGE_AT for a, b in sample]
    out["tumen"] = [*_pair_prf(ours, truth), (time.perf_counter() - started) * 1000 / max(1, len(sample))]
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm

        algorithm = get_algorithm("logic-v2")
        if algorithm is None:
            raise RuntimeError("no logic-v2 algorithm in this nomenklatura")
        config = algorithm.default_config()
        warm = mentions[0]
        algorithm.compare(_entity(model, "w1", warm), _entity(model, "w2", warm), config)  # loads its data
        pairs = [(_entity(model, f"{i}a", mention[a.key]), _entity(model, f"{i}b", mention[b.key]))
                 for i, (a, b) in enumerate(sample)]  # fmt: skip
        started = time.perf_counter()
        theirs = [algorithm.compare(left, right, config).score >= 0.7 for left, right in pairs]
        ms = (time.perf_counter() - started) * 1000 / max(1, len(sample))
        out["nomenklatura"] = [*_pair_prf(theirs, truth), ms]
        out["nk_both_wrong"] = sum(o != t and h != t for o, h, t in zip(ours, theirs, truth, strict=True))
    except Exception as error:  # report and go on
        out["nomenklatura_error"] = f"{type(error).__name__}: {error}"
    return out


def _pair_prf(decisions: list[bool], truth: list[bool]) -> tuple[float, float, float]:
    tp = sum(d and t for d, t in zip(decisions, truth, strict=True))
    return prf(tp, sum(decisions), sum(truth))


def _child(timeout: float, *args: str) -> dict[str, Any]:
    """Run this script with ``args`` in a fresh process; its last JSON line, or {"error": why}."""
    try:
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # set iteration order (surname groups) decides block order
        done = subprocess.run(
            [sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout, env=env
        )
    except subprocess.TimeoutExpired:
        return {"error": f"no result within the {timeout:.0f} s timeout"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": f"exit code {done.returncode}: {tail[0]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--nomenklatura-pairs", type=int, default=5000)
    parser.add_argument("--generator", choices=["realistic", "simple"], default="realistic")
    parser.add_argument("--max-mb", type=int, default=8000, help="address-space limit of each size's process")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed for each size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pairs-at", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed, args.max_mb, args.generator)))
        return
    if args.pairs_at:
        print(json.dumps(run_pairs(args.pairs_at, args.seed, args.nomenklatura_pairs, args.generator)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    header = (f"{'mentions':>9} {'people':>8} {'clusters':>8} {'seconds':>8} {'data MB':>8} {'peak MB':>8} "
              f"{'prec':>6} {'recall':>6} {'F1':>6} {'s/1k':>6} {'setup s':>8}")  # fmt: skip
    print(f"tumen resolve() on synthetic Korean person mentions ({args.generator} generator, seed {args.seed}, "
          "each size in its own process)")  # fmt: skip
    print(header)
    rows = []
    for size in sizes:
        row = {"size": size, **_child(args.timeout, "--one", str(size), "--seed", str(args.seed), "--max-mb",
                                      str(args.max_mb), "--generator", args.generator)}  # fmt: skip
        rows.append(row)
        if "error" in row:
            data = f"data {row['base_mb']:.0f} MB, " if "base_mb" in row else ""
            print(
                f"{size:>9} {row.get('people', ''):>8} FAILED ({data}setup {row.get('setup', 0):.0f} s): {row['error']}"
            )
            continue
        print(f"{row['size']:>9} {row['people']:>8} {row['clusters']:>8} {row['seconds']:>8.1f} "
              f"{row['base_mb']:>8.0f} {row['peak_mb']:>8.0f} {row['precision']:>6.3f} {row['recall']:>6.3f} "
              f"{row['f1']:>6.3f} {row['seconds'] * 1000 / row['size']:>6.3f} {row['setup']:>8.1f}",
              flush=True)  # fmt: skip
    if args.nomenklatura_pairs > 0:
        at = min(sizes)
        pairs = _child(args.timeout, "--pairs-at", str(at), "--seed", str(args.seed), "--nomenklatura-pairs",
                       str(args.nomenklatura_pairs), "--generator", args.generator)  # fmt: skip
        if "candidates" not in pairs:
            raise SystemExit(f"pair sample failed: {pairs['error']}")
        print(f"\nscorers on {pairs['pairs']} of the {pairs['candidates']} candidate pairs tumen's blocking compares "
              f"at {at} mentions ({pairs['true']} are the same person)")  # fmt: skip
        print(f"{'scorer':<34} {'prec':>6} {'recall':>6} {'F1':>6} {'ms/pair':>8}")
        sides = [(f"tumen score >= {MERGE_AT}", pairs["tumen"])]
        if "nomenklatura" in pairs:
            sides.append(("nomenklatura logic-v2 >= 0.7", pairs["nomenklatura"]))
        for label, (p, r, f, ms) in sides:
            print(f"{label:<34} {p:>6.3f} {r:>6.3f} {f:>6.3f} {ms:>8.3f}")
        if "nomenklatura" in pairs:
            print(f"(pairs both scorers get wrong: {pairs['nk_both_wrong']})")
        else:
            print(f"nomenklatura: NOT RUN — {pairs['nomenklatura_error']}")

    def column(name: str, fmt: str) -> str:
        return ",".join("nan" if "error" in r and name != "size" else format(r[name], fmt) for r in rows)

    print(f"resolution: sizes={column('size', 'd')} seconds={column('seconds', '.1f')} "
          f"peak_mb={column('peak_mb', '.0f')} f1={column('f1', '.3f')}")  # fmt: skip


if __name__ == "__main__":
    main()
