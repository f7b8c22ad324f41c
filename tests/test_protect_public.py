"""``--public`` on every export and report: no spelling of any at-risk person's name in any byte of any output
(json, csv folder, csv zip, ftm, html site — every file —, report html, report pdf through pdftotext), the
events all still there, persons not at risk still named, and the same test red when redaction is removed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import processed_store
from test_protect_corpus import AT_RISK_SPELLINGS, DOCUMENTS, FREE_NAMES, leaks, readable
from tumen import Tumen
from tumen.cli.app import main
from tumen.protect.redact import Redactor

PSEUDONYM = re.compile(r"Person [A-Z2-7]{6}")


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented documents ingested and processed once for this module."""
    return processed_store(tmp_path_factory.mktemp("protect"), DOCUMENTS)


@pytest.fixture
def db(processed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private copy of the processed store (its pseudonym key file is created beside it on first use)."""
    for name in ("TUMEN_PSEUDONYM_KEY", "TUMEN_PSEUDONYM_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "store" / "tumen.db"
    path.parent.mkdir()
    shutil.copyfile(processed, path)
    yield f"sqlite:///{path}"


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def every_output(db: str, folder: Path, public: bool) -> dict[str, Path]:
    """Every export format and both report formats, written with or without ``--public``."""
    flag = ["--public"] if public else []
    outputs = {
        "json": folder / "case.json",
        "csv": folder / "csv",
        "zip": folder / "case.zip",
        "ftm": folder / "case.ftm.json",
        "html": folder / "site",
        "report.html": folder / "report.html",
        "report.pdf": folder / "report.pdf",
        "wgeid.html": folder / "wgeid.html",
        "son.html": folder / "son.html",
        "son-file.html": folder / "son-file.html",
    }
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in ("json", "ftm", "html"):
        run(db, "export", "--format", fmt, *flag, "-o", str(outputs[fmt]))
    run(db, "export", "--format", "csv", *flag, "-o", str(outputs["csv"]))
    run(db, "export", "--format", "csv", *flag, "-o", str(outputs["zip"]))
    with Tumen.open(db) as tumen:
        kang = next(p.id for p in tumen.persons() if p.name == "Kang Mi-rae")
        son = next(p.id for p in tumen.persons() if p.name.startswith("son of"))
    run(db, "report", kang, *flag, "-o", str(outputs["report.html"]))
    run(db, "report", kang, *flag, "-o", str(outputs["report.pdf"]))
    run(db, "report", kang, "--template", "wgeid", *flag, "-o", str(outputs["wgeid.html"]))
    run(db, "report", "Yoon Seo-yeon", *flag, "-o", str(outputs["son.html"]))
    run(db, "report", son, "--template", "wgeid", *flag, "-o", str(outputs["son-file.html"]))
    return outputs


def files_of(outputs: dict[str, Path]) -> dict[str, str]:
    """Every file of every output as readable text (the PDF through pdftotext)."""
    texts: dict[str, str] = {}
    for path in outputs.values():
        if path.is_dir():
            for member in sorted(p for p in path.rglob("*") if p.is_file()):
                texts[str(member)] = readable(member)
        elif path.suffix == ".pdf":
            texts[str(path)] = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
            ).stdout.decode("utf-8")
        else:
            texts[str(path)] = readable(path)
    return texts


def test_every_public_output_is_free_of_every_spelling_of_at_risk_persons(db: str, tmp_path: Path) -> None:
    full = files_of(every_output(db, tmp_path / "full", public=False))
    public = files_of(every_output(db, tmp_path / "public", public=True))
    # The check itself finds the names where they are: the full outputs leak every kind of spelling.
    found = {s for text in full.values() for s in leaks(text)}
    expected = ("kang mi-rae", "mirae kang", "강미래", "강 씨", "kang", "son of yoon seo-yeon", "yoon seo-yeon's son")
    assert set(expected) <= found
    assert len(public) == len(full) and len(public) > 10  # every html page, csv table, report
    for name, text in public.items():
        assert leaks(text) == [], f"{name} names an at-risk person: {leaks(text)}"
        if leaks(full[name.replace("/public/", "/full/")]):  # where a name was, a pseudonym is
            assert PSEUDONYM.search(text), name


def test_events_stay_and_free_persons_keep_their_names(db: str, tmp_path: Path) -> None:
    full = every_output(db, tmp_path / "full", public=False)
    public = every_output(db, tmp_path / "public", public=True)
    whole, shown = json.loads(full["json"].read_text()), json.loads(public["json"].read_text())
    for section in ("documents", "persons", "events", "relations", "places", "organizations"):
        assert len(shown[section]) == len(whole[section]), section
    assert [e["id"] for e in shown["events"]] == [e["id"] for e in whole["events"]]
    assert [len(e["evidence"]) for e in shown["events"]] == [len(e["evidence"]) for e in whole["events"]]
    at_risk = {p["id"] for p in shown["persons"] if PSEUDONYM.fullmatch(p["name"])}
    assert len(at_risk) == 2 and all(p["at_risk"] for p in shown["persons"] if p["id"] in at_risk)
    free = [p["name"] for p in shown["persons"] if p["id"] not in at_risk]
    assert {name for name in free if name[:1].isupper()} == set(FREE_NAMES)
    # persons known only by what they are ("source" for a quoted anonymous source) are shown as the full export has them
    described = {p["name"] for p in whole["persons"] if p["id"] not in at_risk and not p["name"][:1].isupper()}
    assert {name for name in free if not name[:1].isupper()} == described
    assert any("arrested" in ev["quote"] and "[Person " in ev["quote"] for e in shown["events"] for ev in e["evidence"])
    for table in ("persons.csv", "events.csv", "evidence.csv"):
        assert len((public["csv"] / table).read_text().splitlines()) == len(
            (full["csv"] / table).read_text().splitlines()
        )
    with zipfile.ZipFile(public["zip"]) as archive:
        assert sorted(archive.namelist()) == ["events.csv", "evidence.csv", "persons.csv"]
    assert len(public["ftm"].read_text().splitlines()) == len(full["ftm"].read_text().splitlines())
    pages = sorted(p.relative_to(public["html"]) for p in public["html"].rglob("*"))
    assert pages == sorted(p.relative_to(full["html"]) for p in full["html"].rglob("*"))
    sources = re.compile(r'id="source-\d+"')
    for report in ("report.html", "wgeid.html", "son.html"):
        assert len(sources.findall(public[report].read_text())) == len(sources.findall(full[report].read_text()))
    texts = files_of(public)
    for name in FREE_NAMES:
        assert any(name in text for text in texts.values()), name
    assert "Yoon Seo-yeon" in texts[str(public["son.html"])]


def test_pseudonyms_are_stable_and_keyed(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = json.loads(run(db, "export", "--public"))
    again = json.loads(run(db, "export", "--public"))
    names = [p["name"] for p in first["persons"]]
    assert names == [p["name"] for p in again["persons"]]
    key_file = Path(db.removeprefix("sqlite:///")).parent / ".tumen-pseudonym.key"
    assert key_file.exists() and key_file.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("TUMEN_PSEUDONYM_KEY", "another key, long enough to be one")
    other = [p["name"] for p in json.loads(run(db, "export", "--public"))["persons"]]
    pseudonyms = [n for n in names if PSEUDONYM.fullmatch(n)]
    assert len(pseudonyms) == 2 and not set(pseudonyms) & set(other)
    monkeypatch.setenv("TUMEN_PSEUDONYM_KEY", "short")
    result = CliRunner().invoke(main, ["--db", db, "export", "--public"])
    assert result.exit_code == 1 and "TUMEN_PSEUDONYM_KEY is too short" in result.output


def test_without_redaction_the_same_check_fails(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove the redaction (the redactor returns every string as it is): the public outputs leak, so the
    test above would go red."""
    monkeypatch.setattr(Redactor, "text", lambda self, value, *args, **kwargs: value)
    public = files_of(every_output(db, tmp_path / "public", public=True))
    leaked = {name: leaks(text) for name, text in public.items() if leaks(text)}
    assert any(name.endswith("case.json") for name in leaked)
    assert any(name.endswith("report.html") for name in leaked)
    assert any("/site/documents/" in name for name in leaked)
    assert len(leaked) > 5


def test_unprotect_and_protect_decide_over_the_rules(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", db, "unprotect", "Kang Mi-rae"])
    assert result.exit_code == 2 and "--reason" in result.output
    run(db, "unprotect", "Kang Mi-rae", "--reason", "released and speaking publicly under her name", "--by", "ana")
    run(db, "protect", "Park Sung-chol", "--reason", "his church is watched", "--by", "ana")
    shown = json.loads(run(db, "export", "--public"))
    names = {p["name"] for p in shown["persons"]}
    assert "Kang Mi-rae" in names and "Park Sung-chol" not in names
    text = json.dumps(shown, ensure_ascii=False)
    assert "Park Sung-chol" not in text and "Kang Mi-rae" in text
    listing = run(db, "protected", "--all")
    assert re.search(r"Kang Mi-rae  not at risk: analyst ana: unprotected \(released", listing)
    assert re.search(r"Park Sung-chol  at risk: analyst ana: protected \(his church is watched\)", listing)
    result = CliRunner().invoke(main, ["--db", db, "protect", "Nobody Atall"])
    assert result.exit_code == 1 and "no person" in result.output
    assert len([n for n in leaks(text, AT_RISK_SPELLINGS) if n.startswith("son")]) == 0


def test_a_case_file_as_the_public_may_see_it(db: str) -> None:
    """What the web app's reader role is to show: the case file JSON through public_case_file."""
    from tumen.export.json_export import case_file_item
    from tumen.protect.public import public_case_file

    with Tumen.open(db) as tumen:
        tumen.protect("Yoon Seo-yeon", "her family in the North", by="ana")
        redactor = tumen.public_redactor()
        son_id = next(p.id for p in tumen.persons() if p.name.startswith("son of"))
        files = [case_file_item(tumen.case_file(x)) for x in ("Kang Mi-rae", son_id, "Park Sung-chol")]
    kang, son, park = (public_case_file(f, redactor) for f in files)
    full = json.dumps(files, ensure_ascii=False)
    assert "Yoon Seo-yeon" in full and leaks(full)
    text = json.dumps([kang, son], ensure_ascii=False)
    assert leaks(text) == [] and "Yoon Seo-yeon" not in text and "Yoon" not in text
    assert PSEUDONYM.fullmatch(kang["person"]["name"]) and PSEUDONYM.fullmatch(son["person"]["name"])
    persons = [name for key, name in son["names"].items() if key.startswith("P")]
    assert son["relations"] and len(persons) == 2 and all(PSEUDONYM.fullmatch(n) for n in persons)
    assert park["person"]["name"] == "Park Sung-chol" and kang["events"] and son["events"]
