"""Extraction cost against document length: English and Korean texts of 10k, 100k and 1M characters.

The texts are the invented sample corpus (examples/corpus) repeated to length; each is extracted once in this
process after a warm-up (model loaded). Prints seconds and seconds per 100k characters for each size, and the
growth factor from the smallest to the largest per character — 1.0 is perfectly linear. Last line:
``long_documents: en_growth=.. ko_growth=..`` (per-character cost at the largest size over the smallest).

    python benchmarks/long_documents.py [--sizes 10000,100000,1000000] [--languages en,ko]
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date
from pathlib import Path

from tumen.extract import nlp
from tumen.extract.document import Source, extract_many, is_korean

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def corpus_text(language: str) -> str:
    texts = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        korean = is_korean(Source(text))
        if korean == (language == "ko"):
            texts.append(text.strip())
    return "\n\n".join(texts) + "\n\n"


def of_length(base: str, size: int) -> str:
    return (base * (size // len(base) + 1))[:size]


def measure(language: str, size: int) -> float:
    text = of_length(corpus_text(language), size)
    started = time.perf_counter()
    list(extract_many([Source(text, 1, language, date(2024, 1, 1))]))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--languages", default="en,ko")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp.english()
    growth: dict[str, float] = {}
    print(f"{'language':8} {'characters':>11} {'seconds':>9} {'s/100k':>8}")
    for language in args.languages.split(","):
        measure(language, 2000)  # warm-up
        per_char = []
        for size in sizes:
            seconds = measure(language, size)
            per_char.append(seconds / size)
            print(f"{language:8} {size:>11,} {seconds:>9.2f} {seconds / size * 100_000:>8.2f}", flush=True)
        growth[language] = per_char[-1] / per_char[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")
    print("long_documents: " + " ".join(f"{lang}_growth={g:.2f}" for lang, g in growth.items()))


if __name__ == "__main__":
    main()
