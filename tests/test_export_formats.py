"""tumen export --format csv|ftm|html on a real processed store: the invented sample corpus plus an invented
hostile document. Every check compares against the JSON export of the same store, never hard-coded values."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import tumen.cli.corrections  # noqa: F401  (registers tumen import-csv until cli/app.py imports it)
from tumen import Tumen
from tumen.cli.app import main
from tumen.export import csv_export, ftm_export, html_site

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"

HOSTILE_TITLE = '<img src=x onerror=alert(1)> "Quoted" & <b>bold</b>'
HOSTILE_TEXT = (
    "Hyesan, March 2021 — Kim Ha-neul, 34, was arrested by security agents in Hyesan in March 2021, "
    "her brother Kim Do-yun said.\n"
    '<script>alert("stolen")</script> <a href="javascript:alert(2)">click</a> '
    "<img src=x onerror=alert(3)>\n"
    '=HYPERLINK("http://example.org") +1 -2 @sum\n'
)


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus and one hostile invented document, ingested and processed once for this module."""
    folder = tmp_path_factory.mktemp("formats")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    path = folder / "tumen.db"
    with Tumen.init(f"sqlite:///{path}") as t:
        t.ingest([str(EXAMPLES)])
        t.ingest(
            [str(hostile)], meta={"title": HOSTILE_TITLE, "outlet": "Invented <Outlet>", "published": "2021-04-02"}
        )
        t.process(workers=1)
    return path


@pytest.fixture
def db(processed: Path, tmp_path: Path) -> str:
    """A private copy of the processed store."""
    copy = tmp_path / "tumen.db"
    shutil.copyfile(processed, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def exported(db: str, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "cases.json"
    result = cli("--db", db, "export", "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def read_table(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- CSV ------------------------------------------------------------------------------------------------


def test_csv_tables_hold_what_the_json_export_holds(db: str, exported: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = cli("--db", db, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["events.csv", "evidence.csv", "persons.csv"]
    raw = (out / "persons.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM without --excel"

    persons = read_table(out / "persons.csv")
    assert [r["person_id"] for r in persons] == [p["id"] for p in exported["persons"]]
    for row, person in zip(persons, exported["persons"], strict=True):
        assert row["name"] == person["name"]
        assert row["status"] == person["status"]
        assert row["at_risk"] == ("true" if person["at_risk"] else "false")
        assert row["aliases"].split("; ") == (person["aliases"] or [""])
        assert int(row["mentions"]) == len(person["mentions"])
        assert row["preferred_name"] == row["analyst_notes"] == ""

    events = read_table(out / "events.csv")
    assert [r["event_id"] for r in events] == [e["id"] for e in exported["events"]]
    for row, event in zip(events, exported["events"], strict=True):
        assert row["type"] == event["type"] and row["verdict"] == event["verdict"]
        assert int(row["evidence_count"]) == len(event["evidence"])
        assert row["explanation"] == event["explanation"]
        participants = [f"{p['entity']}:{p['role']}" for p in event["participants"]]
        assert row["participants"] == "; ".join(participants)

    evidence = read_table(out / "evidence.csv")
    expected = [(e["id"], ev) for e in exported["events"] for ev in e["evidence"]]
    assert len(evidence) == len(expected)
    for row, (event_id, ev) in zip(evidence, expected, strict=True):
        assert row["event_id"] == event_id
        assert (int(row["document_id"]), int(row["start"]), int(row["end"])) == (ev["document"], ev["start"], ev["end"])
        assert row["quote"] == ev["quote"], "a quote is evidence: byte for byte"
        assert row["hearsay"] == ("true" if ev["hearsay"] else "false")
        assert row["evidence_id"].startswith(f"{event_id}/{ev['document']}:{ev['start']}-{ev['end']}")
        assert row["evidence_id"].endswith("/earlier") == ev["earlier_account"]
    ids = [r["evidence_id"] for r in evidence]
    assert len(set(ids)) == len(ids), "every evidence row has its own stable id"
    # every source belongs to one of the independent sources the verdict counted
    by_event = {e["id"]: e for e in exported["events"]}
    for row in evidence:
        assert 1 <= int(row["independent_source"]) <= len(by_event[row["event_id"]]["sources"])


def test_csv_quotes_with_newlines_and_hangul_survive_the_file(
    db: str, exported: dict[str, Any], tmp_path: Path
) -> None:
    quotes = [ev["quote"] for e in exported["events"] for ev in e["evidence"]]
    assert any(re.search("[가-힣]", q) for q in quotes), "the sample has Korean quotes"
    out = tmp_path / "tables.zip"
    assert cli("--db", db, "export", "--format", "csv", "-o", str(out)).exit_code == 0
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["events.csv", "evidence.csv", "persons.csv"]
        text = archive.read("evidence.csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["quote"] for r in rows] == quotes


def write_table(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_excel_adds_a_bom_and_neutralises_formulas_only_there(db: str, tmp_path: Path) -> None:
    first = tmp_path / "first"
    assert cli("--db", db, "export", "--format", "csv", "-o", str(first)).exit_code == 0
    persons, events = read_table(first / "persons.csv"), read_table(first / "events.csv")
    persons[0]["preferred_name"] = '=HYPERLINK("http://example.org/x")'
    persons[1]["analyst_notes"] = "-2+3\ttabbed"
    persons[2]["analyst_notes"] = "'quoted already"
    events[0]["analyst_notes"] = "@SUM(A1:A9)"
    write_table(first / "persons.csv", persons)
    write_table(first / "events.csv", events)
    assert cli("--db", db, "import-csv", str(first)).exit_code == 0

    plain, excel = tmp_path / "plain", tmp_path / "excel"
    assert cli("--db", db, "export", "--format", "csv", "-o", str(plain)).exit_code == 0
    assert cli("--db", db, "export", "--format", "csv", "--excel", "-o", str(excel)).exit_code == 0
    neutralised = 0
    for name in ("persons.csv", "events.csv", "evidence.csv"):
        assert (excel / name).read_bytes().startswith(b"\xef\xbb\xbf")
        assert not (plain / name).read_bytes().startswith(b"\xef\xbb\xbf")
        with open(excel / name, encoding="utf-8-sig", newline="") as handle:
            excel_rows = list(csv.DictReader(handle))
        for before, after in zip(read_table(plain / name), excel_rows, strict=True):
            for column, value in before.items():
                if value.startswith((*csv_export.FORMULA_STARTS, "'")):
                    assert after[column] == "'" + value, "neutralised with one apostrophe"
                    neutralised += 1
                else:
                    assert after[column] == value
                assert csv_export.restore(after[column]) == value, "and exactly restorable"
    assert neutralised >= 4
    assert b"'=HYPERLINK" in (excel / "persons.csv").read_bytes()
    assert b"'@SUM" in (excel / "events.csv").read_bytes()


def test_csv_needs_a_folder_or_zip(db: str, tmp_path: Path) -> None:
    result = cli("--db", db, "export", "--format", "csv")
    assert result.exit_code == 2 and "-o" in result.output
    result = cli("--db", db, "export", "--format", "json", "--excel")
    assert result.exit_code == 2 and "--excel" in result.output


# --- FollowTheMoney -------------------------------------------------------------------------------------


def ftm_lines(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def test_ftm_entities_parse_validate_and_link_within_the_file(
    db: str, exported: dict[str, Any], tmp_path: Path
) -> None:
    from followthemoney import model
    from followthemoney.types import registry

    out = tmp_path / "cases.ftm.json"
    result = cli("--db", db, "export", "--format", "ftm", "-o", str(out))
    assert result.exit_code == 0, result.output
    entities = list(ftm_lines(out))
    ids = [e["id"] for e in entities]
    assert len(set(ids)) == len(ids), "one entity per id"
    present = set(ids)
    for data in entities:
        proxy = model.get_proxy(data)
        assert proxy.schema.validate(proxy.to_dict()) is None
        assert [p for p in proxy.schema.required if not proxy.has(p)] == [], data["id"]
        for prop, values in _props(proxy):
            if prop.type == registry.entity:
                assert set(values) <= present, f"{data['id']}.{prop.name} points outside the file"

    by_schema: dict[str, list[dict[str, Any]]] = {}
    for data in entities:
        by_schema.setdefault(data["schema"], []).append(data)
    persons = {e["id"]: e for e in by_schema["Person"]}
    assert set(persons) == {ftm_export.entity_id(p["id"]) for p in exported["persons"]}
    for person in exported["persons"]:
        entity = persons[ftm_export.entity_id(person["id"])]
        assert entity["properties"]["name"] == [person["name"]]
    events = {e["id"] for e in by_schema["Event"]}
    assert events == {ftm_export.entity_id(e["id"]) for e in exported["events"]}
    documents = {e["id"] for e in by_schema["Document"]}
    assert documents == {ftm_export.document_id(d["id"]) for d in exported["documents"]}
    sources = sum(len(e["evidence"]) for e in exported["events"]) + sum(
        len(r["evidence"]) for r in exported["relations"]
    )
    quotes = [q for e in by_schema["Documentation"] for q in e["properties"].get("summary", [])]
    assert len(by_schema["Documentation"]) == sources
    assert sorted(quotes) == sorted(
        ev["quote"] for section in ("events", "relations") for item in exported[section] for ev in item["evidence"]
    )
    assert len(by_schema["Family"]) == sum(1 for r in exported["relations"] if r["object"].startswith("P"))
    text = out.read_text(encoding="utf-8")
    assert '<script>alert(\\"stolen\\")</script>' in text, "document text kept as written (it is data, not markup)"


def _props(proxy: Any) -> Iterator[tuple[Any, list[str]]]:
    for name, values in proxy.properties.items():
        yield proxy.schema.get(name), values


def test_ftm_membership_and_a_place_as_participant_link_valid_entities() -> None:
    """Relations to organisations become Membership; a state (a place) that acts becomes an UnknownLink."""
    evidence = {"document": 1, "start": 0, "end": 12, "quote": "Invented one", "witness": None, "hearsay": False}
    items: dict[str, Any] = {
        "documents": [{"id": 1, "title": "Invented", "outlet": "Nowhere Weekly", "url": None, "published": "2020-05"}],
        "texts": [{"document": 1, "text": "Invented one."}],
        "persons": [{"id": "P00000001", "name": "Han Bo-ra", "aliases": ["한보라"], "birth": None, "gender": "female"}],
        "organizations": [{"id": "O00000001", "name": "Riverside Mission", "aliases": []}],
        "places": [{"id": "L00000001", "name": "Hyesan"}],
        "relations": [
            {
                "id": "R00000001",
                "type": "member_of",
                "subject": "P00000001",
                "object": "O00000001",
                "evidence": [evidence],
            }
        ],
        "events": [
            {
                "id": "F00000001",
                "type": "arrest",
                "time": {"earliest": "2020-03-01", "latest": "2020-03-31", "precision": "month"},
                "place": "L00000001",
                "route": [],
                "participants": [
                    {"entity": "P00000001", "role": "victim"},
                    {"entity": "L00000001", "role": "perpetrator"},
                ],
                "verdict": "single_source",
                "independent_sources": 1,
                "explanation": "one source",
                "evidence": [evidence],
            }
        ],
        "corrections": [{"subject": "person", "id": "P00000001", "field": "preferred_name", "value": "Han Bora"}],
    }
    out = io.StringIO()
    counts = ftm_export.write(out, items)
    assert counts["Membership"] == 1 and counts["UnknownLink"] == 1 and counts["Documentation"] == 2
    entities = {e["id"]: e for e in map(json.loads, out.getvalue().splitlines())}
    membership = next(e for e in entities.values() if e["schema"] == "Membership")
    assert membership["properties"]["member"] == ["tumen-P00000001"]
    assert membership["properties"]["organization"] == ["tumen-O00000001"]
    person = entities["tumen-P00000001"]["properties"]
    assert person["name"] == ["Han Bora"] and set(person["alias"]) == {"Han Bo-ra", "한보라"}
    event = entities["tumen-F00000001"]["properties"]
    assert event["date"] == ["2020-03"] and event["involved"] == ["tumen-P00000001"]
    assert entities["tumen-D1"]["properties"]["fileName"]


def test_an_entity_missing_a_required_property_stops_the_export() -> None:
    items: dict[str, Any] = {"relations": [{"id": "R1", "type": "x", "subject": "", "object": "", "evidence": []}]}
    with pytest.raises(ftm_export.InvalidEntity, match="R1"):
        ftm_export.write(io.StringIO(), items)


# --- HTML -----------------------------------------------------------------------------------------------


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_html_site_has_a_page_for_every_person_and_document_with_working_relative_links(
    db: str, exported: dict[str, Any], tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = cli("--db", db, "export", "--format", "html", "-o", str(site))
    assert result.exit_code == 0, result.output
    for person in exported["persons"]:
        page = site / "persons" / html_site.page_name(person["id"])
        assert page.is_file()
        assert person["id"] in page.read_text(encoding="utf-8")
    for document in exported["documents"]:
        assert (site / "documents" / f"{document['id']}.html").is_file()
    index = (site / "index.html").read_text(encoding="utf-8")
    pages = list(site.rglob("*.html"))
    assert len(pages) == 1 + len(exported["persons"]) + len(exported["documents"])
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html, "no JavaScript anywhere"
        for href in hrefs(html):
            if href.startswith(("http://", "https://")):
                continue
            assert not href.startswith(("/", "javascript:")) and "://" not in href, href
            assert (page.parent / href.split("#")[0]).resolve().is_file(), f"{page.name}: {href}"
    assert all(f"persons/{html_site.page_name(p['id'])}" in index for p in exported["persons"])
    # every quote of a person's events stands on their page, escaped exactly once
    for event in exported["events"]:
        for participant in event["participants"]:
            page = site / "persons" / html_site.page_name(participant["entity"])
            if page.exists():
                html = page.read_text(encoding="utf-8")
                for ev in event["evidence"]:
                    assert _escaped(ev["quote"]) in html


def _escaped(text: str) -> str:
    import markupsafe

    return str(markupsafe.escape(text))


def test_html_site_shows_hostile_text_inert(db: str, exported: dict[str, Any], tmp_path: Path) -> None:
    document = next(d for d in exported["documents"] if d["title"] == HOSTILE_TITLE)
    site = tmp_path / "site"
    assert cli("--db", db, "export", "--format", "html", "-o", str(site)).exit_code == 0
    page = (site / "documents" / f"{document['id']}.html").read_bytes()
    for raw in (b"<script>alert", b"<img src=x", b'href="javascript:', b"<b>bold"):
        for path in site.rglob("*.html"):
            assert raw not in path.read_bytes(), (path.name, raw)
    assert b"&lt;script&gt;alert(&#34;stolen&#34;)&lt;/script&gt;" in page
    assert b"&lt;img src=x onerror=alert(3)&gt;" in page
    assert b"&lt;img src=x onerror=alert(1)&gt; &#34;Quoted&#34; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert b"Invented &lt;Outlet&gt;" in page
    index = (site / "index.html").read_bytes()
    assert b"&lt;img src=x onerror=alert(1)&gt;" in index


def test_html_site_refuses_a_folder_it_did_not_write_and_replaces_its_own(db: str, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    result = cli("--db", db, "export", "--format", "html", "-o", str(other))
    assert result.exit_code == 1 and "error:" in result.output
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"
    site = tmp_path / "site"
    assert cli("--db", db, "export", "--format", "html", "-o", str(site)).exit_code == 0
    (site / "persons" / "stale.html").write_text("old", encoding="utf-8")
    assert cli("--db", db, "export", "--format", "html", "-o", str(site)).exit_code == 0
    assert not (site / "persons" / "stale.html").exists(), "an earlier site is replaced whole"


def test_html_links_only_web_urls_and_escapes_analyst_text(tmp_path: Path) -> None:
    items: dict[str, Any] = {
        "documents": [
            {"id": 1, "title": "One", "url": "javascript:alert(1)", "sha256": "0" * 64},
            {"id": 2, "title": "Two", "url": "https://example.org/a?b=1&c=2", "sha256": "1" * 64},
        ],
        "texts": [{"document": 1, "text": "x"}, {"document": 2, "text": "y"}],
        "persons": [{"id": "P1", "name": "Yoon Ji-woo", "aliases": [], "mentions": [], "status": "unknown"}],
        "corrections": [
            {"subject": "person", "id": "P1", "field": "preferred_name", "value": "<script>alert(9)</script>"},
            {"subject": "person", "id": "P1", "field": "analyst_notes", "value": '" onmouseover="alert(8)'},
        ],
    }
    html_site.write(tmp_path / "site", items)
    one = (tmp_path / "site" / "documents" / "1.html").read_text(encoding="utf-8")
    assert 'href="javascript:' not in one and "javascript:alert(1)" in one
    two = (tmp_path / "site" / "documents" / "2.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/a?b=1&amp;c=2"' in two
    person = (tmp_path / "site" / "persons" / "P1.html").read_text(encoding="utf-8")
    assert "<script>" not in person and "&lt;script&gt;alert(9)&lt;/script&gt;" in person
    assert '" onmouseover' not in person and "&#34; onmouseover=&#34;alert(8)" in person


def test_html_site_browses_in_chromium_without_javascript_and_runs_none(
    db: str, exported: dict[str, Any], tmp_path: Path
) -> None:
    """Real Chromium: the site is navigable with JavaScript off, and with it on the hostile page runs nothing."""
    from playwright.sync_api import sync_playwright

    site = tmp_path / "site"
    assert cli("--db", db, "export", "--format", "html", "-o", str(site)).exit_code == 0
    hostile = next(d for d in exported["documents"] if d["title"] == HOSTILE_TITLE)
    person = max(exported["persons"], key=lambda p: len(p["mentions"]))
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--disable-gpu", "--disable-quic"])
        try:
            page = browser.new_context(java_script_enabled=False).new_page()
            page.goto((site / "index.html").as_uri())
            page.get_by_role("link", name=person["name"], exact=True).first.click()
            assert page.locator("h1").inner_text() == person["name"]
            page.get_by_role("link", name=f"document {person['mentions'][0]['document']}").first.click()
            assert page.url.endswith(f"documents/{person['mentions'][0]['document']}.html")
            page.get_by_role("link", name="Case base").click()
            assert page.url.endswith("index.html")

            dialogs: list[str] = []
            scripted = browser.new_context(java_script_enabled=True).new_page()
            scripted.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            scripted.goto((site / "documents" / f"{hostile['id']}.html").as_uri())
            scripted.wait_for_timeout(300)
            assert dialogs == [], "no script in a document runs"
            assert scripted.locator("h1").inner_text() == HOSTILE_TITLE, "the title shown as written"
            assert '<script>alert("stolen")</script>' in scripted.locator("pre.text").inner_text()
            assert scripted.locator("img").count() == 0
        finally:
            browser.close()


def test_output_paths_that_do_not_fit_the_format_are_usage_errors(db: str, tmp_path: Path) -> None:
    afile = tmp_path / "afile.txt"
    afile.write_text("x", encoding="utf-8")
    for fmt in ("csv", "html"):
        result = cli("--db", db, "export", "--format", fmt, "-o", str(afile))
        assert result.exit_code == 2 and "is a file" in result.output, fmt
    for fmt in ("json", "ftm"):
        result = cli("--db", db, "export", "--format", fmt, "-o", str(tmp_path))
        assert result.exit_code == 2 and "is a folder" in result.output, fmt
    assert afile.read_text(encoding="utf-8") == "x"
