"""The case file's pattern context and corroboration matrix, on stores built from invented reports, on a
SQLite file and on PostgreSQL: two persons detained at the same (invented) camp in overlapping years see each
other; one held there later, or at another camp in the same year, does not. A wire copy quoting the same
witness is shown as no independent source, and a report dating the arrest otherwise contradicts it."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tumen import Tumen
from tumen.web import create_app

CAMP_REPORTS = {
    "ri-sun-ok.txt": "Ri Sun-ok, a 52-year-old teacher from Hoeryong, was detained at Camp 25 from 2015 to 2017, "
    "her daughter told the Free Korea Monitor.",
    "pak-chol-min.txt": "Pak Chol-min was held in Camp 25 between 2016 and 2018, according to his cousin who spoke "
    "to the North Watch Bulletin.",
    "later-and-elsewhere.txt": "Jang Myong-hui was detained at Camp 25 in 2021. Separately, Kwon Tae-ho was "
    "detained in Camp 16 in 2016, his wife said.",
}

ARREST = (
    "Han Ji-woo, a 30-year-old miner from Musan, was arrested by security agents in Musan in April 2019, his "
    "mother Song Mi-ja said in an interview. She said her son had been taken from the mine during a night shift "
    "and that the family has heard nothing from him since then. Neighbours were questioned for two days "
    "afterwards, she added, and the mine was closed for a week."
)
ARREST_REPORTS = {  # (file, outlet, published, text): a report, its wire copy, and a report dating it otherwise
    "seoul-wire.txt": ("Seoul Wire", "2023-03-01", ARREST),
    "daily-courier.txt": ("Daily Courier", "2023-03-02", ARREST + "\n\n(Distributed by Seoul Wire.)"),
    "radio-free-test.txt": (
        "Radio Free Test",
        "2023-03-05",
        "Han Ji-woo was arrested in Musan in 2017, a former neighbour, Ryu Gwang-su, told Radio Free Test.",
    ),
}


@pytest.fixture
def camp_client(db_url: str, tmp_path: Path, sign_in: Callable[..., TestClient]) -> Iterator[tuple[TestClient, Tumen]]:
    for name, text in CAMP_REPORTS.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    with Tumen.init(db_url) as tumen:
        files = [str(tmp_path / n) for n in CAMP_REPORTS]
        assert tumen.ingest(files, meta={"outlet": "Test Monitor", "published": "2023-05-02"}).failed == 0
        assert not tumen.process(workers=1).failed
        with TestClient(create_app(tumen)) as client:
            yield sign_in(client), tumen


def person_id(tumen: Tumen, name: str) -> str:
    found = tumen.find_persons(name)
    assert len(found) == 1, f"{name}: {[p.name for p in found]}"
    return found[0].id


def section(page: str, name: str) -> str:
    start = page.index(f'<section id="{name}">')
    return page[start : page.index("</section>", start)]


def fellows(client: TestClient, pid: str) -> set[str]:
    response = client.get(f"/persons/{pid}")
    assert response.status_code == 200
    return set(re.findall(r'class="fellow" href="/persons/(P\w+)"', section(response.text, "patterns")))


def test_pattern_context_shows_others_at_the_same_camp_in_overlapping_years(
    camp_client: tuple[TestClient, Tumen],
) -> None:
    client, tumen = camp_client
    ri, pak = person_id(tumen, "Ri Sun-ok"), person_id(tumen, "Pak Chol-min")
    later, elsewhere = person_id(tumen, "Jang Myong-hui"), person_id(tumen, "Kwon Tae-ho")
    assert fellows(client, ri) == {pak}
    assert fellows(client, pak) == {ri}
    assert fellows(client, later) == set()  # the same camp, but years after
    assert fellows(client, elsewhere) == set()  # the same years, another camp
    page = client.get(f"/persons/{ri}").text
    assert "Camp 25" in section(page, "patterns") and "Pak Chol-min" in section(page, "patterns")


@pytest.fixture
def arrest_client(
    db_url: str, tmp_path: Path, sign_in: Callable[..., TestClient]
) -> Iterator[tuple[TestClient, Tumen]]:
    with Tumen.init(db_url) as tumen:
        for name, (outlet, published, text) in ARREST_REPORTS.items():
            (tmp_path / name).write_text(text + "\n", encoding="utf-8")
            report = tumen.ingest([str(tmp_path / name)], meta={"outlet": outlet, "published": published})
            assert report.failed == 0
        assert not tumen.process(workers=1).failed
        with TestClient(create_app(tumen)) as client:
            yield sign_in(client), tumen


def test_the_matrix_shows_support_contradiction_silence_and_dependence(
    arrest_client: tuple[TestClient, Tumen],
) -> None:
    client, tumen = arrest_client
    han = tumen.find_persons("Han Ji-woo")[0]
    file = tumen.case_file(han)
    arrest = next(f for f in file.facts if f.type == "arrest")
    page = client.get(f"/persons/{han.id}").text
    matrix = section(page, "matrix")
    columns = re.findall(r'<th class="doc" data-document="(\d+)">', matrix)
    assert sorted(map(int, columns)) == sorted({s.document for f in file.facts for s in f.supports})
    row = matrix[matrix.index(f'<tr data-fact="{arrest.id}">') :]
    row = row[: row.index("</tr>")]
    states = {int(doc): state for state, doc in re.findall(r'data-state="(\w+)" data-document="(\d+)"', row)}
    assert set(states) == set(map(int, columns))
    conflicting = {side.document for c in arrest.conflicts for side in (c.left, c.right)}
    assert conflicting == {s.document for s in arrest.supports}  # 2019 against 2017
    assert {d for d, s in states.items() if s == "contradicts"} == conflicting
    letters = set(re.findall(r'<span class="source-letter">([A-Z/]*)</span>', row))
    assert len({x for letter in letters for x in letter.split("/")}) == arrest.independent_sources == 2
    copy = next(d.id for d in tumen.documents() if d.meta.outlet == "Daily Courier")
    dependent = matrix[matrix.index('<ul class="dependent">') :]
    assert f'data-document="{copy}"' in dependent
    assert "the same witness as Seoul Wire quoting Song Mi-ja" in html.unescape(dependent)
    conflict = section(page, "events")
    assert "2019-04-01…2019-04-30 vs 2017-01-01…2017-12-31" in html.unescape(conflict)
    assert conflict.count('<div class="side">') == 2 * len(arrest.conflicts)


def test_the_dashboard_and_listing_read_the_same_on_both_engines(camp_client: tuple[TestClient, Tumen]) -> None:
    client, tumen = camp_client
    page = client.get("/").text
    persons = tumen.persons()
    detained = [p for p in persons if p.status == "detained"]
    assert len(detained) == 4  # Ri Sun-ok, Pak Chol-min, Jang Myong-hui, Kwon Tae-ho
    assert re.search(
        rf'<tr data-status="detained">\s*<td><a [^>]*>detained</a></td>\s*<td class="n">{len(detained)}<', page
    )
    assert re.search(rf'id="count-persons">{len(persons)}<', page)
    assert re.search(r'id="count-documents">3<', page) and re.search(r'id="count-sources">1<', page)
    listing = client.get("/persons", params={"status": "detained"}).text
    assert set(re.findall(r'<tr data-person="(P\w+)">', listing)) == {p.id for p in detained}
