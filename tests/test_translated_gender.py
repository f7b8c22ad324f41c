"""Machine-translated and careless text: gender by the kind of evidence, pronoun gender that never
blocks a merge, kin anchors that do not point at the relative they introduce, ages of a past moment,
given names alone, relatives as evidence, and ``--translated-from`` from the command line to the
extractor. Every sentence here is invented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from tumen import Tumen
from tumen.cli.app import main
from tumen.extract.document import Source, extract
from tumen.extract.gender import gender_of
from tumen.extract.names import parse
from tumen.extract.types import Entity, Extraction
from tumen.ingest.metadata import from_fields
from tumen.pipeline.process import _source
from tumen.resolve.matching import Record, score
from tumen.resolve.persons import records_of
from tumen.resolve.resolver import resolve

DAY = date(2024, 3, 1)


def run(text: str, translated_from: str | None = None) -> Extraction:
    return extract(Source(text, 1, "en", DAY, None, translated_from))


def persons(extraction: Extraction) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person"]


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in persons(extraction) if e.name == name)


# -- gender by the kind of evidence ----------------------------------------------------------

MOTHER_CALLED_HE = (
    "Ms Ryu Son-ok left Hoeryong in 2015. He says he slept in a barn. He was cold, and he was "
    "afraid. He still thinks of the village every night, and he writes letters he never sends."
)


def test_an_explicit_cue_decides_over_any_number_of_pronouns() -> None:
    ryu = named(run(MOTHER_CALLED_HE), "Ryu Son-ok")
    assert ryu.gender == "female"  # "Ms" outweighs six "he"


def test_gender_of_prefers_explicit_votes_and_marks_pronoun_only_gender_weak() -> None:
    assert gender_of({"female": 3.0, "pronoun:male": 9.0}) == ("female", False)
    assert gender_of({"pronoun:male": 2.0, "pronoun:female": 1.0}) == ("male", True)
    assert gender_of({"pronoun:male": 1.0, "pronoun:female": 1.0}) == (None, True)


def test_a_gender_from_pronouns_alone_is_recorded_as_weak() -> None:
    text = "Ko Dong-il crossed the river in 2012. He was caught a week later."
    extraction = run(text)
    [record] = [r for r in records_of(1, extraction, DAY) if r.name and r.name.text == "Ko Dong-il"]
    assert record.gender == "male" and record.gender_weak


def test_a_translations_pronouns_weigh_next_to_nothing() -> None:
    text = "Ko Dong-il crossed the river in 2012. She was caught a week later. She says she was beaten."
    original = named(run(text), "Ko Dong-il").gender_votes
    translated = named(run(text, "ko"), "Ko Dong-il").gender_votes
    assert original["pronoun:female"] >= 1.0
    assert 0 < translated["pronoun:female"] < 0.5


def test_in_a_translation_a_pronoun_does_not_choose_its_antecedent_by_gender() -> None:
    # The translation calls the mother "he"; her son is the only male in sight, yet "he" is still
    # the sentence's subject before: the mother.
    text = "Ms Yun Bok-hui sent her son to a relative. Then he crossed the river alone in 2019."
    extraction = run(text, "ko")
    crossing = next(e for e in extraction.events if e.type == "border_crossing")
    son = next(e for e in persons(extraction) if e.descriptor == "son")
    assert son.id not in {p.entity for p in crossing.participants}


# -- pronoun gender never blocks a merge across documents -------------------------------------


def record(key: str, name: str, gender: str, weak: bool) -> Record:
    return Record(
        key=key, document=int(key.split(":")[0]), name=parse(name), label=name, gender=gender, gender_weak=weak
    )


def test_a_pronoun_only_gender_never_blocks_a_cross_document_merge() -> None:
    mother = record("1:p1", "Ryu Son-ok", "female", weak=False)
    translated = record("2:p1", "Ryu Son-ok", "male", weak=True)
    assert not score(mother, translated).against
    assert resolve([mother, translated]).cluster_of["1:p1"] == resolve([mother, translated]).cluster_of["2:p1"]


def test_explicit_genders_that_differ_still_keep_two_persons_apart() -> None:
    mother = record("1:p1", "Ryu Son-ok", "female", weak=False)
    father = record("2:p1", "Ryu Son-ok", "male", weak=False)
    result = resolve([mother, father])
    assert result.cluster_of["1:p1"] != result.cluster_of["2:p1"]


def test_a_mother_called_he_in_a_translation_is_one_person_with_the_other_reports_mother() -> None:
    first = run("Ms Ryu Son-ok, a mother of two, left Hoeryong in 2015.")
    second = run("Ryu Son-ok left Hoeryong in 2015. He says he slept in a barn.", "ko")
    records = records_of(1, first, DAY) + records_of(2, second, DAY)
    result = resolve(records)
    keys = [r.key for r in records if r.name and r.name.text == "Ryu Son-ok"]
    assert len(keys) == 2 and len({result.cluster_of[k] for k in keys}) == 1


# -- kin anchors ---------------------------------------------------------------------------------


def test_a_kin_anchor_never_resolves_to_the_relative_it_introduces() -> None:
    # A careless "his son" for "her son": "his" goes to the only male in sight, the son himself; the
    # story has one mother and one son, so it is still that son, not the son's son.
    text = "Ms Jang Hye-ok fled in 2018. Her son stayed behind. His son was caught by police in 2021."
    extraction = run(text)
    sons = [e for e in persons(extraction) if e.descriptor == "son"]
    assert len(sons) == 1
    jang = named(extraction, "Jang Hye-ok")
    assert sons[0].anchor == ("child_of", jang.id)


def test_her_sister_and_her_brother_are_two_persons() -> None:
    text = "Pyon Chun-hwa left her sister in Musan in 2010. Pyon's brother was arrested in 2011."
    extraction = run(text)
    siblings = [e for e in persons(extraction) if e.anchor and e.anchor[0] == "sibling_of"]
    assert sorted(e.descriptor or "" for e in siblings) == ["brother", "sister"]


def test_a_kin_noun_beside_a_name_of_another_gender_is_a_list_not_an_apposition() -> None:
    text = (
        "In 2009 Pak Un-ha's mother left Pak Un-ha, her older sister Sunok Pak, her younger brother and her "
        "baby brother in Musan."
    )
    extraction = run(text)
    sunok = named(extraction, "Sunok Pak")
    assert sunok.gender == "female" and sunok.descriptor == "sister"
    assert sunok.anchor is not None and sunok.anchor[0] == "sibling_of"
    brothers = [e for e in persons(extraction) if e.descriptor == "brother"]
    assert brothers and all(e.name is None for e in brothers)


def test_the_reporter_of_a_transcript_is_no_person_of_the_story() -> None:
    text = (
        "Kang fled in 2011, reports say.\n\nDAVID HOLLAND, BYLINE: Kang Mi-rae crossed the river in 2011. "
        "David Holland reports from Seoul."
    )
    names = {e.name for e in persons(run(text))}
    assert "Kang Mi-rae" in names
    assert not any(n and "holland" in n.lower() for n in names)


# -- ages of a past moment -------------------------------------------------------------------------


def test_a_then_age_without_a_dated_event_gives_no_birth_from_the_publication() -> None:
    text = "Ms Ahn, then aged six, and her cousin, Mi-rim, 9, hid in a truck bound for the coast."
    extraction = run(text)
    assert all(e.birth is None for e in persons(extraction))


def test_an_age_at_a_moment_of_the_story_gives_no_birth_from_the_publication() -> None:
    text = "Seo Kyong-hui lost her job at age 24 and moved to Chongjin."
    assert named(run(text), "Seo Kyong-hui").birth is None


def test_an_age_beside_a_name_still_dates_the_birth_from_the_publication() -> None:
    text = "Seo Kyong-hui, 44, lives in Incheon."
    birth = named(run(text), "Seo Kyong-hui").birth
    assert birth is not None and birth.earliest.year in (1979, 1980)


# -- given names alone, relatives as evidence --------------------------------------------------------


def test_a_given_name_alone_is_the_person_who_bears_it_whatever_its_first_syllable_looks_like() -> None:
    text = "Ri Jong Suk fled in 2008. Jong Suk says the crossing took one night."
    people = [e for e in persons(run(text)) if e.name]
    assert [e.name for e in people] == ["Ri Jong Suk"]


def test_two_named_records_with_a_relative_of_one_kind_gain_weight() -> None:
    a = record("1:p1", "Mun Ok-ja", "female", weak=False)
    b = record("2:p1", "Mun Ok-ja", "female", weak=False)
    daughter_a = Record("1:p2", 1, None, "daughter", anchor=("child_of", "1:p1"), descriptor="daughter")
    daughter_b = Record("2:p2", 2, None, "daughter", anchor=("child_of", "2:p1"), descriptor="daughter")
    plain = score(a, b).total
    result = resolve([a, b, daughter_a, daughter_b])
    merged = next(p for p in result.merged if {p.left, p.right} == {"1:p1", "2:p1"})
    assert merged.score.total == plain + 1.0
    assert any("relatives of one kind: daughter" in reason for reason in merged.score.reasons)


# -- the flag, the metadata field, the store -------------------------------------------------------------


def test_a_batch_or_sidecar_field_marks_a_translation() -> None:
    meta, _rest = from_fields({"title": "t", "translated_from": "ko"})
    assert meta.translated_from == "ko"
    meta, _rest = from_fields({"translated-from": "KO-KR"})
    assert meta.translated_from == "ko"


def test_ingest_translated_from_is_stored_and_reaches_the_extractor(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    story = tmp_path / "story.txt"
    story.write_text("Ko Dong-il crossed the river in 2012. She was caught a week later.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "init"]).exit_code == 0
    flags = ["--translated-from", "ko", "--published", "2024-03-01"]
    result = runner.invoke(main, ["--db", db, "ingest", str(story), *flags])
    assert result.exit_code == 0, result.output

    with Tumen.open(db) as tumen:
        info = tumen.store.documents()[0]
        assert info.meta.translated_from == "ko"
        source = _source(tumen.store, info.id)
    assert source.translated_from == "ko"
    bad = runner.invoke(main, ["--db", db, "ingest", str(story), "--translated-from", "not a code"])
    assert bad.exit_code == 2
    assert json.loads(json.dumps(info.meta.as_dict(), default=str))["translated_from"] == "ko"
