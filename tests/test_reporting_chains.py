"""Reporting chains beside independent sources (issue 10): a fact's statements grouped by document origin only
(the same report or outlet, copies, translations, relays), not by witness. Two outlets that each interviewed one
witness are two chains and one source; a wire copy or a translation is one chain with its original. The verdict
still counts sources. Every report and name here is invented."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from tumen import Tumen
from tumen.cases import codec
from tumen.cli import main
from tumen.corroborate import credits
from tumen.corroborate.facts import Fact, Support, Verdict
from tumen.corroborate.grouping import group_facts
from tumen.corroborate.verdicts import Dependency, judge
from tumen.resolve.places import entity_id

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "src" / "tumen" / "data" / "schema" / "tumen-v1.schema.json"
WITNESS = "Pwitness01"  # one resolved witness entity, quoted by several outlets


def told(document: int, outlet: str, witness: str | None = WITNESS, label: str | None = "Choi Eun-sil") -> Support:
    """An arrest of P1 reported by ``outlet`` in ``document``, told by ``label`` (None: the outlet's narration)."""
    return Support(
        event=f"{document}:e1",
        type="arrest",
        document=document,
        outlet=outlet,
        witness=witness if label else None,
        witness_label=label,
        hearsay=False,
        start=0,
        end=40,
        quote="…",
        participants=(("P1", "victim"),),
    )


def judged(*supports: Support, dependencies: Sequence[Dependency] = ()) -> Fact:
    (fact,) = [judge(f, dependencies) for f in group_facts(list(supports))]
    return fact


# --- the rule, on hand-made statements --------------------------------------------------------------------


def test_two_outlets_that_each_interviewed_one_witness_are_two_chains_and_one_source() -> None:
    fact = judged(told(1, "Harbor Tribune"), told(2, "Lakeside Radio"))
    assert fact.independent_sources == 1 and fact.verdict is Verdict.SINGLE_WITNESS, "the verdict is unchanged"
    assert fact.reporting_chains == 2
    assert [[s.document for s in chain] for chain in fact.chains] == [[1], [2]]
    assert fact.sources_text() == "1 independent source (2 reporting chains, resting on one witness)"
    assert "2 reporting chains, resting on one witness (Harbor Tribune; Lakeside Radio)" in fact.explanation


def test_a_wire_copy_is_one_chain_with_its_original() -> None:
    copy = (2, 1, "near-duplicate text (Jaccard 0.93)")
    fact = judged(told(1, "Harbor Tribune"), told(2, "Valley Courier"), dependencies=[copy])
    assert fact.reporting_chains == 1 and fact.independent_sources == 1
    assert fact.sources_text() == "1 independent source"
    assert "reporting chains" not in fact.explanation
    narrated = judged(told(1, "Harbor Tribune", label=None), told(2, "Valley Courier", label=None))
    assert narrated.reporting_chains == 2, "without the copy the two reports are two chains (the control)"
    copied = judged(told(1, "Harbor Tribune", label=None), told(2, "Valley Courier", label=None), dependencies=[copy])
    assert copied.reporting_chains == 1


def test_a_translation_is_one_chain_with_its_original() -> None:
    # The outlet field says what the report is; the pipeline stores it as a relay of that outlet's report.
    assert credits.origins("Hanbit Ilbo (translation of Lakeside Radio)") == {credits.outlet_key("Lakeside Radio")}
    original = told(1, "Lakeside Radio")
    translation = told(2, "Hanbit Ilbo (translation of Lakeside Radio)")
    fact = judged(original, translation, dependencies=[(2, 1, "relays the other outlet's report")])
    assert fact.reporting_chains == 1 and fact.independent_sources == 1


def test_chains_and_sources_both_count_two_witnesses_in_two_outlets() -> None:
    other = replace(told(2, "Lakeside Radio"), witness="Pwitness02", witness_label="Yoon Mi-rae")
    fact = judged(told(1, "Harbor Tribune"), other)
    assert fact.reporting_chains == fact.independent_sources == 2 and fact.verdict is Verdict.CORROBORATED
    assert fact.sources_text() == "2 independent sources"


def test_three_chains_two_of_them_on_one_witness() -> None:
    other = replace(told(3, "Northern Review"), witness="Pwitness02", witness_label="Yoon Mi-rae")
    fact = judged(told(1, "Harbor Tribune"), told(2, "Lakeside Radio"), other)
    assert (fact.independent_sources, fact.reporting_chains) == (2, 3)
    assert fact.sources_text() == "2 independent sources (3 reporting chains, 2 resting on one witness)"


def test_one_outlet_is_one_chain_and_a_quoted_organisation_publishing_here_is_its_chain() -> None:
    same_outlet = judged(told(1, "Harbor Tribune"), told(2, "Harbor Tribune"))
    assert same_outlet.reporting_chains == 1
    watch = entity_id("organization", "Freedom Watch Korea")
    own = told(1, "Freedom Watch Korea", label=None)
    quoting = told(2, "Seoul Daily", witness=watch, label="Freedom Watch Korea")
    assert judged(own, quoting).reporting_chains == 1, "a report crediting the outlet of another report here"
    elsewhere = judged(
        told(1, "Seoul Daily", witness=watch, label="Freedom Watch Korea"),
        told(2, "Busan Herald", witness=watch, label="Freedom Watch Korea"),
    )
    assert (elsewhere.independent_sources, elsewhere.reporting_chains) == (1, 2), "an organisation quoted twice"


def test_two_reports_of_one_original_in_its_words_are_one_chain() -> None:
    reprinted = [(1, 9, "near-duplicate text (Jaccard 0.91)"), (2, 9, "relays the other outlet's report")]
    fact = judged(told(1, "Seoul Daily", label=None), told(2, "Busan Herald", label=None), dependencies=reprinted)
    assert fact.reporting_chains == 1


def test_chains_are_stored_and_read_back_and_an_old_fact_has_as_many_as_sources() -> None:
    fact = judged(told(1, "Harbor Tribune"), told(2, "Lakeside Radio"))
    data = json.loads(json.dumps(codec.fact(fact)))
    back = codec.to_fact(data)
    assert back.reporting_chains == 2 and [[s.document for s in c] for c in back.chains] == [[1], [2]]
    assert back.sources_text() == fact.sources_text()
    del data["chains"]  # stored before chains were counted
    old = codec.to_fact(data)
    assert old.chains == [] and old.reporting_chains == old.independent_sources == 1
    assert old.sources_text() == "1 independent source"


# --- through the pipeline: stored dependencies, the export, the case file --------------------------------

STORY = (
    "Choi Eun-sil, a 52-year-old woman from Hyesan, told Harbor Tribune that her husband Yoon Dae-ho was "
    'arrested by border guards in Hyesan in January 2022. "They came at night and took him away," she said.'
)
DOCUMENTS: list[tuple[str, dict[str, str], str]] = [
    ("tribune.txt", {"outlet": "Harbor Tribune", "published": "2022-03-02"}, STORY + " She now lives in Seoul."),
    (
        "radio.txt",
        {"outlet": "Lakeside Radio", "published": "2022-04-15"},
        "In an interview with Lakeside Radio, Choi Eun-sil said that her husband Yoon Dae-ho was arrested in "
        "Hyesan in January 2022. She has had no word from him since then.",
    ),
    (  # a wire copy of the first report, with a line of its own
        "courier.txt",
        {"outlet": "Valley Courier", "published": "2022-03-03"},
        STORY + " She now lives in Seoul, where she works in a bakery.",
    ),
    (  # a Korean translation of the radio interview
        "hanbit.txt",
        {"outlet": "Hanbit Ilbo (translation of Lakeside Radio)", "published": "2022-04-16", "language": "ko"},
        "최은실 씨는 남편 윤대호 씨가 2022년 1월 혜산에서 체포됐다고 말했다. 그 뒤로 남편의 소식을 듣지 못했다고 한다.",
    ),
]


def _processed(db_url: str, folder: Path) -> None:
    with Tumen.init(db_url) as tumen:
        for name, meta, text in DOCUMENTS:
            (folder / name).write_text(text, encoding="utf-8")
            assert tumen.ingest([str(folder / name)], meta=meta).failed == 0
        assert not tumen.process(workers=1).failed


def _arrest(items: list[dict[str, Any]]) -> dict[str, Any]:
    (arrest,) = [e for e in items if e["type"] == "arrest"]
    return arrest


def test_one_witness_in_two_outlets_a_copy_and_a_translation_end_to_end(db_url: str, tmp_path: Path) -> None:
    _processed(db_url, tmp_path)
    with Tumen.open(db_url) as tumen:
        (fact,) = [f for f in tumen.casebase().facts if f.type == "arrest"]
        (husband,) = [p for p in tumen.persons() if p.name == "Yoon Dae-ho"]
    assert sorted({s.document for s in fact.supports}) == [1, 2, 3, 4]
    assert fact.independent_sources == 1 and fact.verdict is Verdict.SINGLE_WITNESS
    # each chain by the documents it runs through (a document may quote the arrest twice: two statements of it)
    assert sorted(sorted({s.document for s in chain}) for chain in fact.chains) == [[1, 3], [2, 4]]
    assert fact.sources_text() == "1 independent source (2 reporting chains, resting on one witness)"

    out = tmp_path / "export.json"
    result = CliRunner().invoke(main, ["--db", db_url, "export", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    exported = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(exported)
    arrest = _arrest(exported["events"])
    assert (arrest["independent_sources"], arrest["reporting_chains"]) == (1, 2)
    assert sorted(sorted({e["document"] for e in chain}) for chain in arrest["chains"]) == [[1, 3], [2, 4]]

    printed = CliRunner().invoke(main, ["--db", db_url, "person", husband.id])
    assert printed.exit_code == 0, printed.output
    assert "single_witness, 1 independent source (2 reporting chains, resting on one witness)" in printed.stdout
    as_json = CliRunner().invoke(main, ["--db", db_url, "person", husband.id, "--json"])
    assert _arrest(json.loads(as_json.stdout)["events"])["reporting_chains"] == 2


# --- the realtext benchmark scores the gold's groups as reporting chains ---------------------------------


def test_realtext_scores_reporting_chains_and_prints_the_witness_based_figure_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_bench_realtext import _corpus, _figures, _perfect_export, _script

    data = _perfect_export()
    crossing = data["events"][0]  # told by two outlets, both resting on one witness
    crossing["independent_sources"], crossing["reporting_chains"] = 1, 2
    export = tmp_path / "export.json"
    export.write_text(json.dumps(data), encoding="utf-8")
    assert _script().main(["--corpus", str(_corpus(tmp_path)), "--export", str(export), "-v"]) == 0
    out = capsys.readouterr().out
    assert _figures(out)["independence_acc"] == 1.0, out
    assert "independence_sources_acc 0.67" in out.splitlines(), out
    assert "event invented_park/E1: gold 2 independent groups, tumen 1 independent sources" in out
