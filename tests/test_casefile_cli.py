"""Reading the stored case base from the command line: persons by id or name, ambiguous names,
listings with filters and --json, and reads that never go back to the extractions (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tumen import Tumen
from tumen.cli import main

STORIES = {
    "kim-young-ho.txt": "Kim Young-ho, a 41-year-old fisherman from Sinpo, was arrested by the Ministry of State "
    "Security in March 2021. He was detained in a holding centre in Chongjin, his sister told Free Voice Radio.",
    "kim-sun-hee.txt": "Kim Sun-hee, 27, was sent back to North Korea by Chinese police in October 2023. "
    "Her mother said she was detained in Onsong after her return.",
    "park-dal-soo.txt": "Park Dal-soo said he paid a broker 5,000 dollars in 2019 to reach Thailand.",
}


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> str:
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Tumen.init(db_url) as tumen:
        assert tumen.ingest([str(tmp_path / n) for n in STORIES], meta={"outlet": "Test Wire"}).failed == 0
        assert not tumen.process(workers=1).failed
    return db_url


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_name_several_persons_answer_to_lists_them_and_fails(store: str) -> None:
    code, _out, err = run("--db", store, "person", "Kim")
    assert code == 1
    with Tumen.open(store) as tumen:
        kims = {p.id for p in tumen.find_persons("Kim Young-ho") + tumen.find_persons("Kim Sun-hee")}
    assert len(kims) == 2
    assert all(pid in err for pid in kims), err
    for pid in kims:  # each id selects one case file
        code, out, _err = run("--db", store, "person", pid)
        assert code == 0 and pid in out


def test_a_full_name_in_another_spelling_finds_the_person(store: str) -> None:
    code, out, _err = run("--db", store, "person", "Gim Yeongho")
    assert code == 0, _err
    assert "Kim Young-ho" in out and "arrest" in out


def test_persons_lists_filters_and_prints_json(store: str) -> None:
    code, out, _err = run("--db", store, "persons", "--json")
    assert code == 0
    listed = json.loads(out)
    names = {p["name"] for p in listed}
    assert {"Kim Young-ho", "Kim Sun-hee", "Park Dal-soo"} <= names
    assert {"id", "status", "at_risk", "last_report", "documents"} <= set(listed[0])
    code, out, _err = run("--db", store, "persons", "--at-risk", "--json")
    at_risk = {p["name"] for p in json.loads(out)}
    assert "Kim Sun-hee" in at_risk and "Park Dal-soo" not in at_risk
    detained = {p["name"] for p in json.loads(run("--db", store, "persons", "--status", "detained", "--json")[1])}
    assert "Kim Young-ho" in detained and "Park Dal-soo" not in detained
    by_name = json.loads(run("--db", store, "persons", "--q", "Kim", "--json")[1])
    assert {p["name"] for p in by_name} == {"Kim Young-ho", "Kim Sun-hee"}
    code, out, _err = run("--db", store, "persons")
    assert code == 0 and "Kim Sun-hee" in out


def test_person_json_is_the_case_file(store: str) -> None:
    code, out, _err = run("--db", store, "person", "Kim Sun-hee", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["person"]["name"] == "Kim Sun-hee"
    assert {e["type"] for e in data["events"]} >= {"forced_repatriation"}
    assert all(e["evidence"] and e["explanation"] for e in data["events"])


def test_reads_come_from_the_stored_case_base_not_the_extractions(store: str) -> None:
    """With every extraction gone, case files, listings, review and the export still answer."""
    engine = sa.create_engine(store)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM extractions")
    engine.dispose()
    code, out, _err = run("--db", store, "person", "Kim Young-ho")
    assert code == 0 and "arrest" in out
    assert run("--db", store, "persons", "--json")[0] == 0
    assert run("--db", store, "review", "--json")[0] == 0
    code, out, _err = run("--db", store, "export")
    assert code == 0 and "Kim Sun-hee" in out
