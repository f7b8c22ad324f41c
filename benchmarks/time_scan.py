"""The time expressions' scan (tumen.extract.time.find_times) against spaCy's tokenizer on the same text, in one run.

    python benchmarks/time_scan.py [--words 2000] [--corpus DIR]

The text is the sample corpus's English documents joined and cut to about ``--words`` words. Both sides run five
times on it and keep their best time; the ratio is the scan's time over the tokenizer's (the tokenizer is the
cheapest pass over a text that the extraction makes anyway). A scan that backtracks or reads the text once per
pattern shows as a ratio that grows with the text: run it with ``--words 2000`` and ``--words 8000`` to see that it
does not.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from extract_throughput import english_texts

from tumen.extract import nlp
from tumen.extract.time import find_times

ROOT = Path(__file__).resolve().parent.parent
ANCHOR = date(2019, 12, 10)


def best_of(run: Callable[[], object], times: int = 5) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=2000, help="about how many words the text has")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()
    words: list[str] = []
    texts = english_texts(args.corpus)
    while len(words) < args.words:
        for text in texts:
            words.extend(text.split())
    text = " ".join(words[: args.words])
    tokenizer = nlp.english().tokenizer
    find_times(text, ANCHOR)  # warm up: vocabularies, dateparser
    scan = best_of(lambda: find_times(text, ANCHOR))
    tokens = best_of(lambda: tokenizer(text))
    print(f"words {args.words:,}: find_times {scan * 1000:.1f} ms, spaCy tokenizer {tokens * 1000:.1f} ms")
    print(f"time_scan: ratio={scan / tokens:.2f} (find_times time / tokenizer time)")


if __name__ == "__main__":
    main()
