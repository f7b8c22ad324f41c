"""Resolution, corroboration and the export on the invented sample corpus (and the real
English reports in ../shared when present), through the real store and the real CLI."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, SHARED
from tumen import Tumen
from tumen.cases.casebase import CaseBase, Person
from tumen.cli import main
from tumen.corroborate.facts import Fact
from tumen.export.json_export import to_json, validate

NK_DEV = SHARED / "corpus" / "nk-dev"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Tumen, str]]:
    db = str(tmp_path_factory.mktemp("cases") / "tumen.db")
    tumen = Tumen.init(db)
    assert tumen.ingest([str(EXAMPLES)]).failed == 0
    assert not tumen.process(workers=1).failed
    yield tumen, db
    tumen.close()


@pytest.fixture(scope="module")
def case(store: tuple[Tumen, str]) -> CaseBase:
    return store[0].casebase()


def doc_id(tumen: Tumen, filename: str) -> int:
    return next(d.id for d in tumen.documents() if d.filename == filename and "record" not in d.extra)


def person(case: CaseBase, name: str) -> Person:
    found = case.find_person(name)
    assert found is not None, f"no person {name}"
    return found


def facts_of(case: CaseBase, who: Person, kind: str) -> list[Fact]:
    return [f for f in case.facts if f.type == kind and any(e == who.id for e, _ in f.participants())]


# --- resolution ---------------------------------------------------------------------------------


def test_one_person_across_romanisations_and_hangul(case: CaseBase) -> None:
    kang = person(case, "Kang Mi-rae")
    assert {"Gang Mirae", "강미래"} <= {kang.name, *kang.aliases}
    assert kang.gender == "female"
    park = person(case, "Park Jin-ho")
    assert {"Pak Jin-ho", "박진호"} <= {park.name, *park.aliases}
    assert person(case, "이소연").id == person(case, "Lee So-yeon").id
    assert person(case, "Choi Min-soo").id == person(case, "Choi Min-su").id


def test_same_surname_is_not_the_same_person(case: CaseBase) -> None:
    assert person(case, "Lee So-yeon").id != person(case, "Lee Seung-eun").id


def test_an_unnamed_son_merges_through_his_mother(case: CaseBase, store: tuple[Tumen, str]) -> None:
    son = person(case, "Ri Chol-jin")
    documents = {m.document for m in son.mentions}
    tumen = store[0]
    for filename in ("seoul-wire-kang-2023.txt", "korea-weekly-gang-2023.html", "free-voice-yoon-2024.md"):
        assert doc_id(tumen, filename) in documents, filename  # named, unnamed ("her son") and given name only
    assert son.gender == "male"
    assert any(
        r.type == "parent_of" and r.subject == person(case, "Kang Mi-rae").id and r.object == son.id
        for r in case.relations
    )


def test_disjoint_ages_of_one_person_are_a_birth_contradiction(case: CaseBase) -> None:
    choi = person(case, "Choi Min-su")
    assert choi.birth_conflict, "19 in May 2016 and 23 in 2018 cannot both be true"
    years = {(i.earliest.year, i.latest.year) for _, i in choi.birth_conflict}
    assert (1996, 1997) in years and (1994, 1995) in years


# --- verdicts -------------------------------------------------------------------------------------


def test_two_outlets_quoting_one_witness_is_single_witness(case: CaseBase) -> None:
    payments = facts_of(case, person(case, "Kang Mi-rae"), "payment")
    assert payments, "Kang's payment to the broker"
    payment = payments[0]
    assert payment.verdict.value == "single_witness"
    assert payment.independent_sources == 1 and len({s.document for s in payment.supports}) >= 2
    assert payment.amount is not None and payment.amount.currency == "USD" and payment.amount.value == 8000


def test_an_independent_witness_corroborates(case: CaseBase) -> None:
    arrests = facts_of(case, person(case, "Ri Chol-jin"), "arrest")
    assert arrests and arrests[0].verdict.value == "corroborated"
    witnesses = {s.witness_label for group in arrests[0].groups for s in group}
    assert {"Kang Mi-rae", "Yoon Hye-jin"} <= witnesses
    assert "independent sources" in arrests[0].explanation and "Yoon Hye-jin" in arrests[0].explanation


def test_the_wire_copy_adds_no_independent_source(case: CaseBase, store: tuple[Tumen, str]) -> None:
    tumen = store[0]
    wire, copy = doc_id(tumen, "asia-wire-park-2016.txt"), doc_id(tumen, "daily-courier-park-2016.txt")
    assert any({a, b} == {wire, copy} and "near-duplicate" in why for a, b, why in case.dependent)
    both = [f for f in case.facts if {wire, copy} <= {s.document for s in f.supports}]
    assert both, "facts reported by the wire and its copy"
    for fact in both:
        groups = [{s.document for s in g} for g in fact.groups]
        assert any({wire, copy} <= g for g in groups), fact.explanation


def test_the_genuine_contradiction_is_contradicted_with_both_sides(case: CaseBase, store: tuple[Tumen, str]) -> None:
    tumen = store[0]
    arrests = facts_of(case, person(case, "Choi Min-su"), "arrest")
    contradicted = [f for f in arrests if f.verdict.value == "contradicted"]
    assert contradicted, [f.explanation for f in arrests]
    conflicts = [c for c in contradicted[0].conflicts if c.kind == "time"]
    sister, cellmate = doc_id(tumen, "northern-light-choi-2019.pdf"), doc_id(tumen, "east-asia-post-choi-2020.txt")
    assert any({c.left.document, c.right.document} == {sister, cellmate} for c in conflicts)
    for conflict in conflicts:  # the sister's report (or a relay of it) against the cellmate's
        assert conflict.left.time is not None and conflict.right.time is not None
        assert {conflict.left.time.earliest.year, conflict.right.time.earliest.year} == {2016, 2018}


def test_the_armys_time_of_day_and_the_soldiers_own_disagree(case: CaseBase, store: tuple[Tumen, str]) -> None:
    tumen, _ = store
    jin = person(case, "Jin Kwang-ho")
    assert "진광호" in {jin.name, *jin.aliases}
    (crossing,) = facts_of(case, jin, "border_crossing")
    army = doc_id(tumen, "donghae-jin-2022.txt")
    assert army in {s.document for s in crossing.supports}, "the unnamed soldier of the army's report is Jin"
    assert crossing.verdict == "contradicted" and crossing.independent_sources == 2
    (conflict,) = [c for c in crossing.conflicts if c.kind == "time"]
    assert "06:10" in conflict.detail and "about 06:40" in conflict.detail
    assert {conflict.left.document, conflict.right.document} == {army, doc_id(tumen, "han-river-review-jin-2022.txt")}


def test_a_corrected_age_at_the_event_is_a_contradiction_with_both_accounts(case: CaseBase) -> None:
    jin = person(case, "Jin Kwang-ho")
    (beating,) = facts_of(case, jin, "ill_treatment")
    assert beating.verdict == "contradicted"
    details = {(c.detail, c.left.earlier or c.right.earlier) for c in beating.conflicts}
    assert ("aged 17 vs aged 19", False) in details, "the English report against the Korean correction"
    assert any(earlier for _, earlier in details), "the correction's own earlier account"
    assert beating.time is not None and beating.time.earliest.year == 2016 and beating.time.latest.year == 2020
    exported = next(e for e in to_json(case)["events"] if e["id"] == beating.id)
    assert any(side["earlier_account"] for c in exported["conflicts"] for side in (c["left"], c["right"]))
    assert exported["time_from_age"] is True
    assert jin.status != "detained" and not jin.at_risk, "a beating in the army is not custody"


def test_status_of_persons_of_concern(case: CaseBase) -> None:
    assert person(case, "Choi Min-su").status == "dead"  # died in the camp (hearsay) after 2018
    assert person(case, "Park Jin-ho").status in ("released", "resettled")
    son = person(case, "Ri Chol-jin")
    assert son.status in ("detained", "repatriated") and son.at_risk


# --- export ---------------------------------------------------------------------------------------


def test_export_is_valid_and_every_offset_points_at_its_quote(case: CaseBase, store: tuple[Tumen, str]) -> None:
    data = to_json(case)
    validate(data)
    tumen = store[0]
    texts = {d["id"]: tumen.document(d["id"]).text for d in data["documents"]}
    evidence = [e for event in data["events"] for e in event["evidence"]]
    evidence += [m for p in data["persons"] for m in p["mentions"]]
    assert len(evidence) > 100
    for item in evidence:
        assert texts[item["document"]][item["start"] : item["end"]].strip() == item["quote"].strip()
    ids = (
        {p["id"] for p in data["persons"]}
        | {o["id"] for o in data["organizations"]}
        | {p["id"] for p in data["places"]}
    )
    for event in data["events"]:
        assert all(p["entity"] in ids for p in event["participants"])
        assert event["place"] is None or event["place"] in ids
    verdicts = {e["verdict"] for e in data["events"]}
    assert {"corroborated", "single_witness", "single_source", "contradicted"} <= verdicts


def test_export_command_writes_a_valid_file_and_person_prints_a_timeline(
    store: tuple[Tumen, str], tmp_path: Path
) -> None:
    _, db = store
    out = tmp_path / "cases.json"
    result = CliRunner().invoke(main, ["--db", db, "export", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    assert data["schema"] == "tumen/v1"
    result = CliRunner().invoke(main, ["--db", db, "person", "Choi Min-soo"])
    assert result.exit_code == 0
    assert "Choi Min-su" in result.stdout and "contradicted" in result.stdout and "CONTRADICTED" in result.stdout
    conflict = next(line for line in result.stdout.splitlines() if "✗ time:" in line)
    assert "2016" in conflict and "2018" in conflict, "each conflict is spelled out"
    sides = result.stdout[result.stdout.index(conflict) :].splitlines()[1:3]
    assert all(line.strip().startswith("document ") and "«" in line for line in sides), "with both quotes"
    timeline = result.stdout[result.stdout.index("timeline") :]
    assert timeline.index("2018") < timeline.index("2019-12")  # chronological


# --- analyst decisions -----------------------------------------------------------------------------


def test_analyst_decisions_survive_reprocessing(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    tumen = Tumen.init(db)
    tumen.ingest([str(EXAMPLES)])
    tumen.process(workers=1)
    runner = CliRunner()
    before = tumen.casebase()
    kang = person(before, "Kang Mi-rae")
    assert len(kang.records) >= 3
    result = runner.invoke(main, ["--db", db, "split", "Kang Mi-rae"])
    assert result.exit_code == 0, result.output
    after = tumen.casebase()
    assert len({after.global_of[r] for r in kang.records}) == len(kang.records)
    first, second = kang.records[0], kang.records[1]
    assert runner.invoke(main, ["--db", db, "merge", first, second]).exit_code == 0
    tumen.process(workers=1, force=True)  # a full re-run keeps every decision
    again = tumen.casebase()
    assert again.global_of[first] == again.global_of[second]
    assert len({again.global_of[r] for r in kang.records}) == len(kang.records) - 1
    assert runner.invoke(main, ["--db", db, "distinct", first, second]).exit_code == 0
    assert tumen.casebase().global_of[first] != tumen.casebase().global_of[second]
    review = runner.invoke(main, ["--db", db, "review"])
    assert review.exit_code == 0
    tumen.close()


# --- the real English reports -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def nk_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Tumen, CaseBase]]:
    if not NK_DEV.is_dir():
        pytest.skip("../shared/corpus/nk-dev is not available")
    tumen = Tumen.init(str(tmp_path_factory.mktemp("nk") / "tumen.db"))
    for row in csv.DictReader((NK_DEV / "index.tsv").open(encoding="utf-8"), delimiter="\t"):
        meta = {"outlet": row["outlet"], "language": row["lang"], "published": row["date"] or None}
        assert tumen.ingest([str(NK_DEV / row["file"])], meta=meta).failed == 0
    assert not tumen.process(workers=1).failed
    yield tumen, tumen.casebase()
    tumen.close()


def _variants(protagonist: str) -> list[str]:
    rows = csv.DictReader((NK_DEV / "name_variants.tsv").open(encoding="utf-8"), delimiter="\t")
    return [r["variant"] for r in rows if r["entity"] == protagonist and r["script"] == "Latn" and " " in r["variant"]]


@pytest.mark.parametrize(("protagonist", "prefix"), [("Shin Dong-hyuk", "shin_"), ("Oh Chong-song", "oh_")])
def test_each_case_protagonist_is_one_person_across_english_reports(
    nk_case: tuple[Tumen, CaseBase], protagonist: str, prefix: str
) -> None:
    tumen, case = nk_case
    who = case.find_person(protagonist)
    assert who is not None
    mentioned = {m.document for m in who.mentions}
    variants = [v.lower() for v in _variants(protagonist)]
    english = [d for d in case.documents if d.filename and d.filename.startswith(prefix) and d.meta.language == "en"]
    naming = {d.id for d in english if any(v in tumen.document(d.id).text.lower() for v in variants)}
    assert len(naming) >= 2, "the development corpus names each protagonist in several English reports"
    assert naming <= mentioned, (protagonist, sorted(naming - mentioned))
    assert len({case.global_of[r] for r in who.records}) == 1


@pytest.mark.parametrize(("protagonist", "hangul"), [("Shin Dong-hyuk", "신동혁"), ("Oh Chong-song", "오청성")])
def test_each_protagonist_is_the_same_person_in_the_korean_reports(
    nk_case: tuple[Tumen, CaseBase], protagonist: str, hangul: str
) -> None:
    tumen, case = nk_case
    who = case.find_person(protagonist)
    assert who is not None and hangul in who.aliases
    korean = {d.id for d in case.documents if d.meta.language == "ko" and hangul in tumen.document(d.id).text}
    assert korean and korean <= {m.document for m in who.mentions}


def _facts_about(case: CaseBase, who: Person, kind: str) -> list[Fact]:
    return [f for f in case.facts if f.type == kind and any(e == who.id for e, _ in f.participants())]


def test_shins_two_birth_years_are_a_contradiction(nk_case: tuple[Tumen, CaseBase]) -> None:
    _, case = nk_case
    shin = case.find_person("Shin Dong-hyuk")
    assert shin is not None and shin.birth_conflict
    assert any(interval.earliest.year == 1982 for _, interval in shin.birth_conflict)


def _family(case: CaseBase, who: Person) -> set[str]:
    """The person and the relatives the case base relates to them."""
    return (
        {who.id}
        | {r.subject for r in case.relations if r.object == who.id}
        | {r.object for r in case.relations if r.subject == who.id}
    )


def test_shins_camp_14_and_camp_18_are_a_contradiction(nk_case: tuple[Tumen, CaseBase]) -> None:
    _, case = nk_case
    shin = case.find_person("Shin Dong-hyuk")
    assert shin is not None
    family = _family(case, shin)
    conflicts = [
        c
        for f in case.facts
        if any(e in family for e, _ in f.participants())
        for c in f.conflicts
        if c.kind == "place" and "14" in c.detail and "18" in c.detail
    ]
    assert conflicts, "where he betrayed his mother and brother, and where they were executed: Camp 14 or Camp 18"


def _conflict_details(case: CaseBase, name: str, event_type: str, kind: str) -> set[str]:
    who = case.find_person(name)
    assert who is not None, name
    return {c.detail for f in _facts_about(case, who, event_type) for c in f.conflicts if c.kind == kind}


def test_shins_age_when_tortured_is_a_contradiction(nk_case: tuple[Tumen, CaseBase]) -> None:
    details = _conflict_details(nk_case[1], "Shin Dong-hyuk", "torture", "age")
    assert any("13" in d and "20" in d for d in details), details


def test_ohs_crossing_at_1531_and_at_1515_is_a_contradiction(nk_case: tuple[Tumen, CaseBase]) -> None:
    details = _conflict_details(nk_case[1], "Oh Chong-song", "border_crossing", "time")
    assert any("15:31" in d and "15:15" in d for d in details), details


def test_ohs_age_24_in_december_2017_agrees_with_born_1992_or_1993(nk_case: tuple[Tumen, CaseBase]) -> None:
    """24 years old on 21 December 2017 means born between 22 December 1992 and 21 December 1993, inside
    "1992 or 1993": the accounts narrow each other down rather than disagree."""
    _, case = nk_case
    oh = case.find_person("Oh Chong-song")
    assert oh is not None and oh.birth is not None and not oh.birth_conflict
    assert date(1992, 12, 22) <= oh.birth.earliest and oh.birth.latest <= date(1993, 12, 31)


def test_english_and_korean_versions_of_one_report_disagree_on_years(nk_case: tuple[Tumen, CaseBase]) -> None:
    _, case = nk_case
    language = {d.id: d.meta.language for d in case.documents}
    crossed = [
        c
        for f in case.facts
        if f.type == "forced_repatriation"
        for c in f.conflicts
        if c.kind == "time" and {language[c.left.document], language[c.right.document]} == {"en", "ko"}
    ]
    assert crossed, "the 108 workers, the 270 women and the 28 women: 2023 in English, 2024 or 2025 in Korean"


def test_more_than_500_and_600_returned_are_a_contradiction(nk_case: tuple[Tumen, CaseBase]) -> None:
    _, case = nk_case
    conflicts = [c for f in case.facts if f.type == "forced_repatriation" for c in f.conflicts if c.kind == "count"]
    assert conflicts
    outlets = {c.left.outlet for c in conflicts} | {c.right.outlet for c in conflicts}
    assert "Newsweek" in outlets and ("Voice of America" in outlets or any("Open Source" in (o or "") for o in outlets))
    assert any("600" in c.detail and "500" in c.detail for c in conflicts)


def test_the_real_reports_export_validly_with_every_quote_at_its_offsets(nk_case: tuple[Tumen, CaseBase]) -> None:
    tumen, case = nk_case
    data = to_json(case)
    validate(data)
    texts = {d.id: tumen.document(d.id).text for d in case.documents}
    for event in data["events"]:
        for evidence in event["evidence"] + [side for c in event["conflicts"] for side in (c["left"], c["right"])]:
            assert texts[evidence["document"]][evidence["start"] : evidence["end"]].strip() == evidence["quote"]
