"""Words per second of tumen's extraction against raw spaCy on the same texts, in one run.

    python benchmarks/extract_throughput.py [--repeat 20] [--rounds 3] [--corpus DIR]

The texts are the sample corpus's English documents (or every .txt/.md under --corpus),
repeated to a few thousand words. Both sides use the same loaded pipeline (`nlp.pipe`,
same batch size, one process); tumen's side adds everything extraction does on top of
the parse (names, coreference, witnesses, events, times, amounts, ages). Prints a ratio:
the goal is ≥ 0.7 of raw spaCy throughput.

The two sides run in alternation, ``--rounds`` times each (raw, tumen, raw, tumen, …), and each
side's time is summed over its rounds, so a change in the machine's load during the run falls on
both sides instead of on one. The ratio is given twice: of wall-clock time (``ratio``) and of
the process's CPU time (``cpu_ratio``), which time spent waiting for a busy machine's other
processes does not inflate.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tumen.extract import nlp
from tumen.extract.document import Source, extract_many
from tumen.ingest.readers.html import read as read_html

ROOT = Path(__file__).resolve().parent.parent


def english_texts(corpus: Path) -> list[str]:
    texts = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix in (".txt", ".md"):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
        elif path.suffix == ".html":
            text = read_html(path.read_bytes(), str(path)).text
        else:
            continue
        if sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3") < 10:
            texts.append(text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="how many times the corpus is processed")
    parser.add_argument("--rounds", type=int, default=3, help="alternations of raw spaCy and tumen")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()
    texts = english_texts(args.corpus) * args.repeat
    words = sum(len(t.split()) for t in texts)
    pipeline = nlp.english()
    # warm up on each distinct text once: vocabularies, dateparser, and the rate table of each currency the texts
    # name (loaded at its first amount), so that the rounds measure the steady state
    list(extract_many([Source(t, i, "en") for i, t in enumerate(english_texts(args.corpus))]))

    sources = [Source(t, i, "en", None, None) for i, t in enumerate(texts)]
    raw = Clock()
    ours = Clock()
    for _round in range(args.rounds):
        with raw:
            for _doc in pipeline.pipe(texts, batch_size=16):
                pass
        with ours:
            for _extraction in extract_many(sources, batch_size=16):
                pass

    process_seconds = _tumen_process(texts)

    words_done = words * args.rounds
    print(f"documents {len(texts)}, words {words:,}, rounds {args.rounds}")
    print(f"raw spaCy nlp.pipe (1 process)      : {words_done / raw.wall:10,.0f} words/s")
    print(
        f"tumen extraction (1 process)        : {words_done / ours.wall:10,.0f} words/s  "
        f"ratio {raw.wall / ours.wall:.2f} (CPU time: {raw.cpu / ours.cpu:.2f})"
    )
    print(
        f"tumen process (store, all cores)    : {words / process_seconds:10,.0f} words/s  "
        f"ratio {raw.wall / args.rounds / process_seconds:.2f}"
    )
    print(
        f"extract_throughput: ratio={raw.wall / ours.wall:.2f} cpu_ratio={raw.cpu / ours.cpu:.2f} "
        f"process_ratio={raw.wall / args.rounds / process_seconds:.2f} (goal >= 0.70)"
    )


class Clock:
    """Wall-clock and CPU seconds, summed over the ``with`` blocks it times."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def __enter__(self) -> Clock:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu


def _tumen_process(texts: list[str]) -> float:
    """Seconds `tumen process` takes on the same texts, ingested into a fresh SQLite store."""
    import tempfile

    from tumen import Tumen

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for number, text in enumerate(texts):  # distinct bytes, or ingest would see duplicates
            (corpus / f"{number:05d}.txt").write_text(f"{text}\n\n[copy {number}]\n", encoding="utf-8")
        tumen = Tumen.init(str(Path(folder) / "bench.db"))
        tumen.ingest([str(corpus)], meta={"language": "en"})
        started = time.perf_counter()
        report = tumen.process()
        seconds = time.perf_counter() - started
        assert not report.failed, report.failed
        tumen.close()
    return seconds


if __name__ == "__main__":
    main()
