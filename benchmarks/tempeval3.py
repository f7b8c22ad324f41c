"""TempEval-3 (SemEval-2013 Task 1) temporal expressions: tumen's time extraction against TimeML gold.

    python benchmarks/tempeval3.py --gold DIR [--scorer DIR] [--out DIR] [--own-scorer] [--jobs N] [--errors FILE]

DIR holds TimeML ``.tml`` files, in sub-folders or not (``TBAQ-cleaned/`` has ``TimeBank/`` and
``AQUAINT/``). For each file, tumen's :func:`tumen.extract.time.find_times` reads the text inside
``<TEXT>`` (entities decoded) with the document creation time — the TIMEX3 whose functionInDocument is
CREATION_TIME — as the anchor. A copy of the file is written to ``--out`` (a temporary folder by
default), mirroring the layout of DIR: everything outside ``<TEXT>`` stays as in the gold file (DOCID,
the DCT and its TIMEX3, TITLE, EXTRAINFO …) except the event instances and links (MAKEINSTANCE, TLINK,
SLINK, ALINK), which refer to gold annotations that are no longer there; inside ``<TEXT>`` every gold tag
(TIMEX3, EVENT, SIGNAL) is removed and tumen's expressions are inserted as ``<TIMEX3 tid type value
[mod]>`` — a range ("from 1991 to 1997") as its two ends, since a TimeML value cannot be a range. The text
itself is kept byte for byte, entities included.

Scoring: the official scorer (``TE3-evaluation.py`` in ``--scorer``, by default ``te3-tools`` beside
DIR) when Python 2, Java and Perl are available. It runs on a copy of itself in a temporary folder (it
writes beside its inputs), on flat copies of the gold and system files (its id normaliser does not read
sub-folders; file names must be unique), split into ``--jobs`` parallel runs whose counts are added (one to
two minutes on TBAQ-cleaned with two cores, nearly all of it in the scorer's Java id normaliser; the rest of
the script takes seconds). Otherwise — or with ``--own-scorer``, or when the official scorer fails — a Python 3
re-implementation of the same timex metrics: the normaliser's alignment (a system and a gold expression
match when one begins at a token inside the other, each taken once, in text order), strict match = same
text, relaxed match = aligned; value and type F1 = (matching attribute / relaxed matches) × relaxed F1.
This script only maps formats and scores; every decision is made by :mod:`tumen.extract.time`.
``--errors FILE`` writes the misses, false alarms, wrong extents and wrong values (from the Python 3
scorer) as TSV. The LAST line is::

    tempeval3: strict_f1=.. relaxed_f1=.. value_f1=.. type_f1=..
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tumen.extract.time import TimeExpression, find_times

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_PIECES = re.compile(r"<(/?)([A-Za-z][\w.-]*)([^>]*?)(/?)>|&(#\d+|#x[0-9a-fA-F]+|\w+);|[^<&]+|[<&]", re.S)
_ATTR = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')
_LINKS = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\n?")
_DCT_TIMEX = re.compile(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_TOKEN = re.compile(r"\w+|[^\w\s]")


# --- reading and writing TimeML ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tag:
    """An annotation inside <TEXT>, as a [start, end) span of the decoded text."""

    name: str
    attrs: dict[str, str]
    start: int
    end: int


@dataclass
class TimeMLText:
    """The inside of <TEXT>: the decoded text, where each of its characters is in the markup-free raw text,
    and the tags."""

    plain: str
    bare: str  # the raw text without tags (entities still encoded)
    offsets: list[int]  # plain index -> bare index (one more entry: the end)
    tags: list[Tag] = field(default_factory=list)


def read_text(inner: str) -> TimeMLText:
    """Decode the inside of <TEXT>: drop tags (keeping their spans), decode entities, map offsets."""
    plain: list[str] = []
    bare: list[str] = []
    offsets: list[int] = []
    size = 0  # length of the bare text so far
    tags: list[Tag] = []
    open_tags: list[tuple[str, dict[str, str], int]] = []
    for piece in _PIECES.finditer(inner):
        name = piece.group(2)
        if name is not None:
            attrs = dict(_ATTR.findall(piece.group(3)))
            here = len(plain)
            if piece.group(1):  # closing tag
                for k in range(len(open_tags) - 1, -1, -1):
                    if open_tags[k][0] == name:
                        _, opened_attrs, begin = open_tags.pop(k)
                        tags.append(Tag(name, opened_attrs, begin, here))
                        break
            elif piece.group(4):  # empty element
                tags.append(Tag(name, attrs, here, here))
            else:
                open_tags.append((name, attrs, here))
            continue
        raw = piece.group(0)
        decoded = html.unescape(raw) if piece.group(5) is not None else raw
        if len(decoded) == 1 and len(raw) > 1:  # an entity: one character of the text
            plain.append(decoded)
            offsets.append(size)
        else:  # text, or an entity unknown to HTML ("&Cx1f;") kept as written
            plain.extend(raw)
            offsets.extend(range(size, size + len(raw)))
        bare.append(raw)
        size += len(raw)
    offsets.append(size)
    tags.sort(key=lambda t: (t.start, -t.end))
    return TimeMLText("".join(plain), "".join(bare), offsets, tags)


def creation_time(document: str) -> date | None:
    """The document creation time: the day of the TIMEX3 marked CREATION_TIME (outside or inside <TEXT>)."""
    tag = _DCT_TIMEX.search(document)
    if tag is None:
        return None
    value = dict(_ATTR.findall(tag.group(0))).get("value", "")
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def timex_tag(tid: str, expression: TimeExpression) -> str:
    attrs = f'tid="{tid}" type="{expression.kind}" value="{html.escape(expression.value)}"'
    if expression.mod:
        attrs += f' mod="{expression.mod}"'
    return f"<TIMEX3 {attrs}>"


def annotate(document: str, language: str = "en") -> tuple[str, list[TimeExpression]]:
    """A TimeML document re-annotated by tumen: gold tags inside <TEXT> replaced by tumen's TIMEX3s,
    event instances and links dropped, everything else unchanged. A range ("from 1991 to 1997") is written
    as its two ends: TimeML has no range value. Returns the document and the expressions written."""
    found = _TEXT.search(document)
    if found is None:
        raise ValueError("no <TEXT> element")
    text = read_text(found.group(1))
    expressions = find_times(text.plain, creation_time(document), language)
    timexes = [part for found in expressions for part in (found.parts or (found,))]  # a range: its two ends
    pieces: list[str] = []
    at = 0
    for number, expression in enumerate(timexes, start=1):
        start, end = text.offsets[expression.start], text.offsets[expression.end]
        pieces += [text.bare[at:start], timex_tag(f"t{number}", expression), text.bare[start:end], "</TIMEX3>"]
        at = end
    pieces.append(text.bare[at:])
    head, tail = document[: found.start(1)], document[found.end(1) :]
    return head + "".join(pieces) + _LINKS.sub("", tail), timexes


# --- the Python 3 scorer ----------------------------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Scores:
    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_f1: float
    type_f1: float

    @classmethod
    def of(cls, c: Counts) -> Scores:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp, sr = _ratio(c.strict, c.system), _ratio(c.strict, c.gold)
        rp, rr = _ratio(c.relaxed, c.system), _ratio(c.relaxed, c.gold)
        relaxed_f1 = f1(rp, rr)
        return cls(
            sp * 100,
            sr * 100,
            f1(sp, sr) * 100,
            rp * 100,
            rr * 100,
            relaxed_f1 * 100,
            _ratio(c.value, c.relaxed) * relaxed_f1 * 100,
            _ratio(c.type, c.relaxed) * relaxed_f1 * 100,
        )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _token_tags(text: str, timexes: list[Tag], events: list[Tag]) -> list[tuple[int, str, Tag | None]]:
    """Per token of ``text``: its IOB tag ("B-TIMEX3", "I-TIMEX3", "EVENT" or "O") and its TIMEX3."""
    out: list[tuple[int, str, Tag | None]] = []
    seen: set[int] = set()
    for token in _TOKEN.finditer(text):
        start, end = token.span()
        label, owner = "O", None
        for timex in timexes:
            if timex.start < end and start < timex.end:
                label, owner = ("I-TIMEX3" if id(timex) in seen else "B-TIMEX3"), timex
                seen.add(id(timex))
                break
        else:
            if any(e.start < end and start < e.end for e in events):
                label = "EVENT"
        out.append((start, label, owner))
    return out


def align(text: str, gold: list[Tag], gold_events: list[Tag], system: list[Tag]) -> list[tuple[Tag, Tag]]:
    """The (gold, system) pairs the TimeML-Normalizer gives the same id (see the module docstring)."""
    tracks = [_token_tags(text, gold, gold_events), _token_tags(text, system, [])]
    current = [0, 0]  # the id of the expression each annotation is inside (0: none)
    last = [0, 0]
    counter = 1
    ids: list[dict[int, Tag]] = [{}, {}]
    for position in range(len(tracks[0])):
        labels = [tracks[k][position][1] for k in (0, 1)]
        for k in (0, 1):
            if labels[k] in ("O", "B-TIMEX3"):
                current[k] = 0
        for k in (0, 1):
            if labels[k] != "B-TIMEX3":
                continue
            current[k] = counter
            other = 1 - k
            if current[other] != 0 and last[k] < current[other]:
                current[k] = current[other]
            last[k] = current[k]
            if current[k] == counter:
                counter += 1
            owner = tracks[k][position][2]
            assert owner is not None
            ids[k][current[k]] = owner
    return [(g, ids[1][key]) for key, g in ids[0].items() if key in ids[1]]


@dataclass
class Comparison:
    counts: Counts
    errors: list[tuple[str, str, str, str, str]]  # kind, gold text, gold value, system text, system value


def _timexes(text: TimeMLText) -> list[Tag]:
    return [t for t in text.tags if t.name == "TIMEX3" and t.attrs.get("tid") != "t0"]


def compare(gold_doc: str, system_doc: str) -> Comparison:
    """Timex counts of one system file against its gold file, as the official scorer counts them."""
    gold_found, system_found = _TEXT.search(gold_doc), _TEXT.search(system_doc)
    if gold_found is None or system_found is None:
        raise ValueError("no <TEXT> element")
    gold_text, system_text = read_text(gold_found.group(1)), read_text(system_found.group(1))
    if gold_text.plain != system_text.plain:
        raise ValueError("the system text differs from the gold text")
    plain = gold_text.plain
    gold, system = _timexes(gold_text), _timexes(system_text)
    events = [t for t in gold_text.tags if t.name == "EVENT"]
    pairs = align(plain, gold, events, system)
    counts = Counts(gold=len(gold), system=len(system), relaxed=len(pairs))
    errors: list[tuple[str, str, str, str, str]] = []
    paired_gold = {id(g) for g, _ in pairs}
    paired_system = {id(s) for _, s in pairs}
    for g, s in pairs:
        g_text, s_text = plain[g.start : g.end], plain[s.start : s.end]
        same_value = g.attrs.get("value", "") == s.attrs.get("value", "")
        counts.strict += g_text == s_text
        counts.value += same_value
        counts.type += g.attrs.get("type", "") == s.attrs.get("type", "")
        if g_text != s_text:
            errors.append(("extent", g_text, g.attrs.get("value", ""), s_text, s.attrs.get("value", "")))
        if not same_value:
            errors.append(("value", g_text, g.attrs.get("value", ""), s_text, s.attrs.get("value", "")))
    errors += [
        ("missed", plain[g.start : g.end], g.attrs.get("value", ""), "", "") for g in gold if id(g) not in paired_gold
    ]
    errors += [
        ("false", "", "", plain[s.start : s.end], s.attrs.get("value", ""))
        for s in system
        if id(s) not in paired_system
    ]
    return Comparison(counts, errors)


def own_counts(pairs: Iterable[tuple[Path, Path]], errors: Path | None = None) -> Counts:
    """Timex counts of the Python 3 scorer over (gold file, system file) pairs; ``errors``: write them as TSV."""
    total = Counts()
    rows: list[str] = []
    for gold_path, system_path in pairs:
        result = compare(gold_path.read_text(encoding="utf-8"), system_path.read_text(encoding="utf-8"))
        total.add(result.counts)
        for row in result.errors:
            cells = [c.replace("\t", " ").replace("\n", " ") for c in row]
            rows.append("\t".join([gold_path.name, *cells]))
    if errors is not None:
        errors.write_text("file\tkind\tgold\tgold_value\tsystem\tsystem_value\n" + "".join(r + "\n" for r in rows))
    return total


# --- the official scorer ----------------------------------------------------------------------------------


def find_python2(explicit: str | None) -> str | None:
    """The real path of a Python 2 interpreter: ``explicit``, ``python2`` on PATH, or a pyenv 2.x version."""
    env = dict(os.environ)
    attempts: list[tuple[str, dict[str, str]]] = []
    if explicit:
        attempts.append((explicit, env))
    elif shutil.which("python2"):
        attempts.append(("python2", env))
        if shutil.which("pyenv"):
            try:
                listed = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, timeout=30)
            except (OSError, subprocess.SubprocessError):
                listed = None
            versions = [v.strip() for v in listed.stdout.split()] if listed is not None else []
            attempts += [("python2", {**env, "PYENV_VERSION": v}) for v in versions if v.startswith("2.")]
    for command, attempt_env in attempts:
        try:
            done = subprocess.run(
                [command, "-c", "import sys; print(sys.version_info[0]); print(sys.executable)"],
                capture_output=True,
                text=True,
                env=attempt_env,
                timeout=30,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        lines = done.stdout.split()
        if done.returncode == 0 and len(lines) == 2 and lines[0] == "2":
            return lines[1]
    return None


def _writable(root: Path) -> None:
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    root.chmod(root.stat().st_mode | stat.S_IWUSR)


_ROW = re.compile(r"^\s+([\d.]+)\s+([\d.]+)(?:\s+([\d.]+))?\s*$")
_DETAIL = {
    "strict_r": r"Strict Recall: (\S+)",
    "relaxed_r": r"Relaxed Recall: (\S+)",
    "strict_p": r"Strict Precision: (\S+)",
    "gold": r"in gold data: (\d+)",
    "system": r"in system data: (\d+)",
    "relaxed": r"matching timex: (\d+)",
    "type": r"matching type: (\d+)",
    "value": r"matching value: (\d+)",
}


def parse_official(output: str) -> tuple[Counts, Scores]:
    """The timex counts (from the details of debug level 0.5) and the final figures of TE3-evaluation.py's
    report; the figures recomputed from the counts must agree with the reported ones."""
    details = output.split("TIMEX EXTRACTION RECALL PERFORMANCE", 1)
    table = output.split("=== Timex Performance ===", 1)
    if len(details) != 2 or len(table) != 2:
        raise ValueError("no timex figures in the scorer's output")
    found = {key: re.search(pattern, details[1]) for key, pattern in _DETAIL.items()}
    number = {key: float(m[1]) if m else 0.0 for key, m in found.items()}
    if found["gold"] is None or found["system"] is None:
        raise ValueError("no timex counts in the scorer's output")
    gold, system = int(number["gold"]), int(number["system"])
    strict = round(number["strict_r"] * gold) if gold else round(number["strict_p"] * system)
    counts = Counts(gold, system, strict, int(number["relaxed"]), int(number["value"]), int(number["type"]))
    if gold and round(number["relaxed_r"] * gold) != counts.relaxed:
        raise ValueError("inconsistent timex counts in the scorer's output")
    rows = [m for m in (_ROW.match(line) for line in table[1].splitlines()) if m is not None]
    if len(rows) < 3:
        raise ValueError("incomplete timex figures in the scorer's output")
    strict_row, relaxed_row, attributes = rows[:3]
    reported = Scores(
        strict_p=float(strict_row[2]),
        strict_r=float(strict_row[3]),
        strict_f1=float(strict_row[1]),
        relaxed_p=float(relaxed_row[2]),
        relaxed_r=float(relaxed_row[3]),
        relaxed_f1=float(relaxed_row[1]),
        value_f1=float(attributes[1]),
        type_f1=float(attributes[2]),
    )
    recomputed = Scores.of(counts)
    for name in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"):
        if abs(getattr(reported, name) - getattr(recomputed, name)) > 0.006:
            raise ValueError(
                f"{name}: the scorer reports {getattr(reported, name)}, its counts give {getattr(recomputed, name)}"
            )
    return counts, reported


def official_counts(pairs: list[tuple[Path, Path]], scorer: Path, python2: str, jobs: int = 1) -> Counts:
    """Run TE3-evaluation.py from a writable copy of the scorer on flat copies of the files, in ``jobs``
    parallel runs on parts of the files (the scorer sums counts over files: the parts' counts add up)."""
    names = [gold.name for gold, _ in pairs]
    if len(set(names)) != len(names):
        raise ValueError("file names are not unique across sub-folders")
    parts = [pairs[k::jobs] for k in range(jobs) if pairs[k::jobs]]
    with tempfile.TemporaryDirectory(prefix="tempeval3-") as tmp:
        work = Path(tmp)
        tools = work / "tools"
        shutil.copytree(scorer, tools)
        _writable(tools)
        bin_dir = work / "bin"
        bin_dir.mkdir()
        (bin_dir / "python").symlink_to(python2)  # the scorer calls "python" for its own sub-scripts
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
        env.pop("PYENV_VERSION", None)
        runs: list[subprocess.Popen[str]] = []
        for number, part in enumerate(parts):
            folders = [work / f"gold{number}", work / f"system{number}"]
            for folder in folders:
                folder.mkdir()
            for gold, system in part:
                shutil.copyfile(gold, folders[0] / gold.name)
                shutil.copyfile(system, folders[1] / gold.name)
            command = [python2, "TE3-evaluation.py", str(folders[0]), str(folders[1]), "0.5"]
            runs.append(
                subprocess.Popen(
                    command, cwd=tools, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
                )
            )
        total = Counts()
        for run in runs:
            output, _ = run.communicate(timeout=3600)
            for problem in ("TEXTS NOT SAME", "NOT EVALUATING", "INVALID INPUT", "not a valid TimeML"):
                if problem in output:
                    raise RuntimeError(f"official scorer: {problem}\n{output[-3000:]}")
            total.add(parse_official(output)[0])
        return total


# --- main -------------------------------------------------------------------------------------------------


def _why_own(asked: bool, python2: str | None, missing: list[str], scorer: Path) -> str:
    if asked:
        return "--own-scorer"
    if python2 is None:
        return "no Python 2"
    if missing:
        return f"no {', '.join(missing)}"
    if not (scorer / "TE3-evaluation.py").is_file():
        return f"no TE3-evaluation.py in {scorer}"
    return "the official scorer failed"


def tml_files(root: Path) -> Iterator[Path]:
    yield from sorted(p for p in root.rglob("*.tml") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold .tml files (sub-folders read)")
    parser.add_argument("--scorer", type=Path, help="te3-tools folder (default: te3-tools beside --gold)")
    parser.add_argument("--out", type=Path, help="write tumen's .tml files here (default: a temporary folder)")
    parser.add_argument("--python2", help="Python 2 interpreter for the official scorer (default: found)")
    parser.add_argument("--own-scorer", action="store_true", help="use the Python 3 scorer, not the official one")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), help="parallel scorer runs")
    parser.add_argument("--errors", type=Path, help="write the errors (Python 3 scorer) to this TSV file")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    gold_root: Path = args.gold
    files = list(tml_files(gold_root))
    if not files:
        parser.error(f"no .tml files in {gold_root}")
    with tempfile.TemporaryDirectory(prefix="tempeval3-out-") as tmp:
        out_root: Path = args.out or Path(tmp)
        pairs: list[tuple[Path, Path]] = []
        n_found = 0
        for gold in files:
            system = out_root / gold.relative_to(gold_root)
            system.parent.mkdir(parents=True, exist_ok=True)
            annotated, expressions = annotate(gold.read_text(encoding="utf-8"))
            system.write_text(annotated, encoding="utf-8")
            n_found += len(expressions)
            pairs.append((gold, system))
        print(f"{len(files)} files, {n_found} time expressions found ({time.perf_counter() - started:.1f} s)")

        scorer: Path = args.scorer or gold_root.resolve().parent / "te3-tools"
        python2 = None if args.own_scorer else find_python2(args.python2)
        missing = [tool for tool in ("java", "perl") if shutil.which(tool) is None]
        official = (
            python2 is not None and not missing and (scorer / "TE3-evaluation.py").is_file() and not args.own_scorer
        )
        own = own_counts(pairs, args.errors) if args.errors is not None or not official else None
        scores: Scores | None = None
        if official:
            assert python2 is not None
            try:
                scores = Scores.of(official_counts(pairs, scorer, python2, max(1, args.jobs)))
                print(f"scorer: official TE3-evaluation.py ({scorer}, Python 2 at {python2})")
            except (OSError, RuntimeError, ValueError, subprocess.SubprocessError) as error:
                print(f"the official scorer failed ({error}); falling back to the Python 3 scorer", file=sys.stderr)
        if scores is None:
            scores = Scores.of(own if own is not None else own_counts(pairs))
            print(f"scorer: tumen's Python 3 re-implementation ({_why_own(args.own_scorer, python2, missing, scorer)})")
    print(f"strict  P={scores.strict_p:.2f} R={scores.strict_r:.2f} F1={scores.strict_f1:.2f}")
    print(f"relaxed P={scores.relaxed_p:.2f} R={scores.relaxed_r:.2f} F1={scores.relaxed_f1:.2f}")
    print(f"attribute F1: value={scores.value_f1:.2f} type={scores.type_f1:.2f}")
    print(f"time {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(
        f"tempeval3: strict_f1={scores.strict_f1:.1f} relaxed_f1={scores.relaxed_f1:.1f} "
        f"value_f1={scores.value_f1:.1f} type_f1={scores.type_f1:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
