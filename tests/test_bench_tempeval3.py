"""benchmarks/tempeval3.py: its TIMEX3 writer and Python 3 scorer on a hand-made TimeML document, and the script
end to end on three TempEval-3 training files (copied from ../shared at test time; skipped when it is absent).
When Python 2 is installed, the official scorer and the Python 3 one must count the same on those files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tempeval3_scoring import Scores, compare, own_counts
from tempeval3_timeml import annotate

from conftest import ROOT, SHARED
from scripts_testing import load_script

TEMPEVAL = SHARED / "eval" / "tempeval3"
GOLD = TEMPEVAL / "TBAQ-cleaned"
SCORER = TEMPEVAL / "te3-tools"
SCRIPT = ROOT / "benchmarks" / "tempeval3.py"
SAMPLE = ["TimeBank/wsj_0144.tml", "TimeBank/ABC19980108.1830.0711.tml", "AQUAINT/APW19980807.0261.tml"]
LAST_LINE = re.compile(r"tempeval3: strict_f1=(\d+\.\d) relaxed_f1=(\d+\.\d) value_f1=(\d+\.\d) type_f1=(\d+\.\d)")


tb = load_script(SCRIPT, "bench_tempeval3")

# A made-up TimeML document: a DCT, gold tags inside <TEXT> (an entity too) and a link outside it.
DOC = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>TEST-1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2019-12-10" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">2019-12-10</TIMEX3></DCT>\n'
    "<TEXT>\n"
    'The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on '
    '<TIMEX3 tid="t1" type="DATE" value="2019-12-05">Dec. 5</TIMEX3> &amp; again '
    '<TIMEX3 tid="t2" type="DATE" value="2019-12-09">yesterday</TIMEX3> for '
    '<TIMEX3 tid="t3" type="DURATION" value="PT3H">three hours</TIMEX3>.\n'
    'It sat <TIMEX3 tid="t4" type="SET" value="P1W">weekly</TIMEX3> in 2018.\n'
    "</TEXT>\n"
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    '<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>\n'
    "</TimeML>\n"
)


def test_the_writer_keeps_the_text_and_replaces_the_tags() -> None:
    written, expressions = annotate(DOC)
    assert [(e.text, e.kind, e.value) for e in expressions] == [
        ("Dec. 5", "DATE", "2019-12-05"),
        ("yesterday", "DATE", "2019-12-09"),
        ("three hours", "DURATION", "PT3H"),
        ("weekly", "SET", "P1W"),
        ("2018", "DATE", "2018"),
    ]
    text = written[written.index("<TEXT>") : written.index("</TEXT>")]
    assert '<TIMEX3 tid="t1" type="DATE" value="2019-12-05">Dec. 5</TIMEX3> &amp; again' in text
    assert '<TIMEX3 tid="t5" type="DATE" value="2018">2018</TIMEX3>' in text
    assert "<EVENT" not in text
    # outside <TEXT>: unchanged, except the event instances and links (their targets are gone)
    assert written.startswith(DOC[: DOC.index("<TEXT>")])
    assert "MAKEINSTANCE" not in written and "TLINK" not in written
    # the text itself, entities included, is byte for byte the gold's
    assert re.sub(r"<[^>]+>", "", text) == re.sub(r"<[^>]+>", "", DOC[DOC.index("<TEXT>") : DOC.index("</TEXT>")])


def test_a_range_is_written_as_its_two_ends() -> None:
    doc = DOC.replace("It sat", "It sat from 2016 to 2018 and")
    written, expressions = annotate(doc)
    assert [e.value for e in expressions if e.value.startswith("201")][:3] == ["2019-12-05", "2019-12-09", "2016"]
    assert '<TIMEX3 tid="t4" type="DATE" value="2016">2016</TIMEX3> to <TIMEX3 tid="t5" type="DATE"' in written


def test_the_python3_scorer_on_the_document_against_itself_and_against_tumen() -> None:
    perfect = compare(DOC, DOC).counts
    assert (perfect.gold, perfect.system, perfect.strict, perfect.relaxed, perfect.value) == (4, 4, 4, 4, 4)
    written, _ = annotate(DOC)
    counts = compare(DOC, written).counts
    # tumen finds the four gold expressions, with their values, and "2018", which the gold leaves out
    assert (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value, counts.type) == (4, 5, 4, 4, 4, 4)
    scores = Scores.of(counts)
    assert scores.strict_p == pytest.approx(80.0) and scores.strict_r == pytest.approx(100.0)
    assert scores.value_f1 == pytest.approx(scores.relaxed_f1)


def test_the_alignment_is_the_normalisers() -> None:
    """One system expression overlapping two gold ones matches the first only (ids are taken once)."""
    gold = DOC.replace(
        '<TIMEX3 tid="t3" type="DURATION" value="PT3H">three hours</TIMEX3>',
        'three <TIMEX3 tid="t3" type="DURATION" value="PT1H">hours</TIMEX3>',
    )
    system = DOC.replace(
        '<TIMEX3 tid="t1" type="DATE" value="2019-12-05">Dec. 5</TIMEX3> &amp; again <TIMEX3 tid="t2" type="DATE" '
        'value="2019-12-09">yesterday</TIMEX3>',
        '<TIMEX3 tid="t1" type="DATE" value="2019-12-05">Dec. 5 &amp; again yesterday</TIMEX3>',
    )
    counts = compare(gold, system).counts
    assert (counts.gold, counts.system, counts.relaxed, counts.strict, counts.value) == (4, 3, 3, 1, 2)


def _sample(tmp_path: Path) -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/eval/tempeval3/TBAQ-cleaned is not available")
    root = tmp_path / "gold"
    for name in SAMPLE:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(GOLD / name, root / name)
    return root


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600, cwd=ROOT, check=False
    )


def test_the_script_end_to_end(tmp_path: Path) -> None:
    gold = _sample(tmp_path)
    out = tmp_path / "out"
    done = _run("--gold", str(gold), "--scorer", str(SCORER), "--out", str(out))
    assert done.returncode == 0, done.stderr
    found = LAST_LINE.fullmatch(done.stdout.strip().splitlines()[-1])
    assert found is not None, done.stdout
    assert all(0.0 <= float(figure) <= 100.0 for figure in found.groups())
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.tml")) == sorted(SAMPLE)


def test_the_official_and_the_python3_scorer_count_the_same(tmp_path: Path) -> None:
    gold = _sample(tmp_path)
    python2 = tb.find_python2(None)
    if python2 is None or shutil.which("java") is None or shutil.which("perl") is None:
        pytest.skip("the official scorer needs Python 2, Java and Perl")
    out = tmp_path / "out"
    pairs = []
    for name in SAMPLE:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(annotate((gold / name).read_text(encoding="utf-8"))[0], encoding="utf-8")
        pairs.append((gold / name, out / name))
    assert tb.official_counts(pairs, SCORER, python2) == own_counts(pairs)


def test_timeml_conventions_tumen_follows() -> None:
    """Made-up business news of 2 November 1989: the quarter it reports on, compared with a year before."""
    doc = DOC.replace(
        DOC[DOC.index("<TEXT>") + 7 : DOC.index("</TEXT>")],
        "Acme posted a third-quarter loss, against a profit a year ago. In the quarter, sales fell for nearly "
        "two years. The rights expire Nov. 21 and the dividend is payable Jan. 2. It was founded in early "
        "March, from 1981 to 1985.\n",
    ).replace('value="2019-12-10"', 'value="1989-11-02"')
    _, found = annotate(doc)
    assert [(e.text, e.value) for e in found] == [
        ("third-quarter", "1989-Q3"),
        ("a year ago", "1988-Q3"),
        ("the quarter", "1989-Q3"),
        ("nearly two years", "P2Y"),
        ("Nov. 21", "1989-11-21"),
        ("Jan. 2", "1990-01-02"),
        ("early March", "1989-03"),
        ("1981", "1981"),
        ("1985", "1985"),
    ]
