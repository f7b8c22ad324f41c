"""Case reports (`tumen report`, the web downloads): checked against the stored case file on real processed stores —
the invented sample corpus and a few invented documents, one of them hostile — with real WeasyPrint PDFs read back
by poppler (pdftotext, pdffonts, pdftoppm), the real CLI and the real FastAPI app."""

from __future__ import annotations

import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from markupsafe import escape

from accounts_testing import sign_in_client
from tumen import Tumen
from tumen.cli.app import main
from tumen.export.report import report_for
from tumen.export.report_render import render, render_html, render_pdf
from tumen.export.report_wgeid import WgeidReport
from tumen.resolve.persons import Person
from tumen.web import create_app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
ARTIFACTS = ROOT / "tests" / "artifacts"

HYESAN = """Teacher detained in Hyesan, family says

Kim Ha-neul, a 34-year-old schoolteacher from Hyesan, was arrested by Ministry of State Security agents at her home \
in Hyesan on 3 March 2021, her brother Kim Do-yun told the Northern Ledger.
"They took her in the night and would not say where," Kim Do-yun said. Her family has searched the detention \
centres of Ryanggang province and filed a complaint with the provincial prosecutor, but has received no answer.
"""
# An invented witness statement whose quote is hostile markup; PORT is a listener that must never be contacted.
HOSTILE = """Witness describes arrest of Oh Se-ra

Oh Se-ra was arrested by police in Chongjin in May 2020, according to a former neighbour who wrote: \
"</p><script>alert('x')</script> <img src=http://127.0.0.1:PORT/x> they came at dawn".
Oh Se-ra was later held in Chongjin, the neighbour said.
"""
HOSTILE_TITLE = "</p><script>alert(1)</script><b>Chongjin</b>"


class Listener:
    """A TCP port on the loopback that records whether anything connected to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.setblocking(False)
        self.port = self.socket.getsockname()[1]

    def contacted(self) -> bool:
        try:
            connection, _ = self.socket.accept()
        except BlockingIOError:
            return False
        connection.close()
        return True


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.socket.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tumen]:
    path = tmp_path_factory.mktemp("report-sample") / "tumen.db"
    with Tumen.init(f"sqlite:///{path}") as tumen:
        tumen.ingest([str(EXAMPLES)])
        tumen.process(workers=1)
        yield tumen


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory, listener: Listener) -> Iterator[Tumen]:
    folder = tmp_path_factory.mktemp("report-invented")
    (folder / "hyesan.txt").write_text(HYESAN, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE.replace("PORT", str(listener.port)), encoding="utf-8")
    with Tumen.init(f"sqlite:///{folder / 'tumen.db'}") as tumen:
        meta = {"outlet": "Northern Ledger", "published": "2021-04-02", "url": "https://example.org/ledger/hyesan"}
        tumen.ingest([str(folder / "hyesan.txt")], meta={**meta, "title": "Teacher detained in Hyesan"})
        tumen.ingest(
            [str(folder / "hostile.txt")],
            meta={"outlet": "<b>Bold</b> Outlet", "published": "2020-06-01", "title": HOSTILE_TITLE},
        )
        tumen.process(workers=1)
        yield tumen


def one(tumen: Tumen, name: str) -> Person:
    found = tumen.find_persons(name)
    assert len(found) == 1, [p.name for p in found]
    return found[0]


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def squeeze(text: str) -> str:
    """Text without any whitespace: PDF lines wrap where the page does."""
    return "".join(text.split())


def row_of(html: str, fact_id: str) -> str:
    start = html.index(f'id="fact-{fact_id}"')
    return html[start : html.index("</tr>", start)]


def source_item(html: str, number: int) -> str:
    start = html.index(f'<li id="source-{number}"')
    return html[start : html.index("</li>", start)]


def test_standard_html_cites_every_fact_of_the_case_file(sample: Tumen) -> None:
    person = one(sample, "Kang Mi-rae")
    file = sample.case_file(person)
    report = report_for(sample, person, "standard")
    html = render_html(report)
    assert file.facts
    for fact in file.facts:
        row = row_of(html, fact.id)
        assert escape(fact.explanation) in row
        cited = {int(n) for n in re.findall(r'href="#source-(\d+)"', row)}
        spans = {(s.document, s.start, s.end) for s in fact.supports}
        by_number = {s.number: s for s in report.sources}
        assert {(by_number[n].document, by_number[n].start, by_number[n].end) for n in cited} == spans
        for number in cited:
            item = source_item(html, number)
            assert escape(by_number[number].quote) in item
            document = sample.document(by_number[number].document)
            span = document.text[by_number[number].start : by_number[number].end]
            assert span.strip() == by_number[number].quote.strip()  # the cited offsets hold the quote
            assert escape(document.meta.outlet or "") in item
    for relation in file.relations:
        assert escape(file.entity_name(relation.object)) in html
    assert escape(sample.chain_head()) in html
    for name in [person.name, *person.aliases]:
        assert escape(name) in html
    assert "Methodology" in html and "independent" in html
    assert "http://" not in html.replace("https://example.org", "")  # no reference to load, only URLs as text
    assert "<link" not in html and "<script" not in html and "<img" not in html


def test_contradictions_shown_side_by_side(sample: Tumen) -> None:
    contested = [
        (p, f) for p in sample.persons() for f in sample.case_file(p).facts if f.conflicts and p.id == f.principal
    ]
    assert contested, "the sample corpus holds a contradicted fact"
    person, fact = contested[0]
    html = render_html(report_for(sample, person, "standard"))
    section = html[html.index('id="contradictions"') : html.index('id="relations"')]
    for conflict in fact.conflicts:
        assert escape(conflict.detail) in section
        assert escape(conflict.left.quote) in section and escape(conflict.right.quote) in section


def test_pdf_has_the_hangul_name_the_quotes_and_an_embedded_cjk_font(sample: Tumen, tmp_path: Path) -> None:
    person = one(sample, "Kang Mi-rae")
    hangul = [n for n in person.aliases if any("\uac00" <= ch <= "\ud7a3" for ch in n)]
    assert hangul
    data = render(report_for(sample, person, "standard"), "pdf")
    assert data.startswith(b"%PDF")
    text = squeeze(pdf_text(data, tmp_path))
    assert squeeze(hangul[0]) in text
    for fact in sample.case_file(person).facts:
        for support in fact.supports:
            assert squeeze(support.quote) in text, support.quote
    fonts = subprocess.run(["pdffonts", str(tmp_path / "report.pdf")], capture_output=True, check=True, text=True)
    cjk = [line for line in fonts.stdout.splitlines() if "CJK" in line]
    assert cjk and all(" yes " in line for line in cjk)  # embedded
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            str(tmp_path / "report.pdf"),
            str(ARTIFACTS / "report-page1"),
        ],
        check=True,
    )
    assert (ARTIFACTS / "report-page1.png").stat().st_size > 10_000


def test_wgeid_cites_filled_fields_and_lists_missing_ones(invented: Tumen) -> None:
    person = one(invented, "Kim Ha-neul")
    file = invented.case_file(person)
    report = report_for(invented, person, "wgeid")
    assert isinstance(report, WgeidReport)
    fields = {f.label: f for s in report.sections for f in s.fields}
    by_number = {s.number: s for s in report.sources}
    for f in fields.values():  # every value rests on citations of stored spans
        for value in f.values:
            assert value.citations
            for n in value.citations:
                source = by_number[n]
                assert (
                    invented.document(source.document).text[source.start : source.end].strip() == source.quote.strip()
                )
    arrest = next(f for f in file.facts if f.type == "arrest")
    assert fields["Family name"].values[0].text == "Kim" and fields["First name"].values[0].text == "Ha-neul"
    date_citations = {(by_number[n].document, by_number[n].start) for n in fields["Date"].values[0].citations}
    assert {(s.document, s.start) for s in arrest.supports} <= date_citations
    assert "2021-03-03" in fields["Date"].values[0].text
    assert file.entity_name(arrest.place) in fields["Place"].values[0].text
    perpetrator = next(e for e, r in arrest.participants() if r == "perpetrator")
    assert file.entity_name(perpetrator) in fields["Forces"].values[0].text
    steps = fields["Searches, inquiries, complaints"]
    assert any("complaint" in v.text for v in steps.values)
    missing = {label for _section, label, _why in report.missing}
    assert {"Nationality", "Other identifying features", "Submitted by", "Occupation"} <= missing
    assert not missing & {"Family name", "First name", "Date", "Place", "Forces"}
    html = render_html(report)
    listed = html[html.index('id="missing"') : html.index('id="sources"')]
    for label in missing:
        assert f"<strong>{escape(label)}</strong>" in listed


def test_wgeid_of_a_person_with_no_deprivation_lists_date_place_forces_missing(sample: Tumen) -> None:
    free = [
        p
        for p in sample.persons()
        if not any(
            f.type in ("arrest", "abduction", "detention", "disappearance", "forced_repatriation")
            and (p.id, "victim") in f.participants()
            for f in sample.case_file(p).facts
        )
    ]
    report = report_for(sample, free[0], "wgeid")
    assert isinstance(report, WgeidReport)
    missing = {label for _section, label, _why in report.missing}
    assert {"Date", "Place", "Forces"} <= missing


def test_hostile_text_is_literal_and_fetches_nothing(invented: Tumen, listener: Listener, tmp_path: Path) -> None:
    person = one(invented, "Oh Se-ra")
    quote = next(s.quote for f in invented.case_file(person).facts for s in f.supports if "<script>" in s.quote)
    for template in ("standard", "wgeid"):
        report = report_for(invented, person, template)
        html = render_html(report)
        assert "<script>alert" not in html and "<img src=http" not in html and "<b>Bold" not in html
        assert escape(quote) in html and escape(HOSTILE_TITLE) in html
        text = pdf_text(render(report, "pdf"), tmp_path)
        assert squeeze(quote) in squeeze(text)  # byte for byte, as evidence
        assert squeeze(HOSTILE_TITLE) in squeeze(text) and "<b>Bold</b>Outlet" in squeeze(text)
    assert not listener.contacted()


def test_pdf_renderer_refuses_every_external_resource(listener: Listener, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{listener.port}"
    data = render_pdf(
        f'<html><head><link rel="stylesheet" href="{url}/a.css"><style>@import url("{url}/b.css");'
        f'p {{ background: url("{url}/c.png") }}</style></head><body><p>kept</p><img src="{url}/d.png">'
        f'<img src="file:///etc/hostname"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>'
    )
    assert "kept" in pdf_text(data, tmp_path)
    assert not listener.contacted()


def test_cli_writes_pdf_and_html(sample: Tumen, tmp_path: Path) -> None:
    person = one(sample, "Kang Mi-rae")
    db = sample.store.name
    runner = CliRunner()
    for name, template in (("case.pdf", "standard"), ("wgeid.html", "wgeid"), ("case.PDF", "wgeid")):
        out = tmp_path / name
        result = runner.invoke(main, ["--db", db, "report", person.id, "-o", str(out), "--template", template])
        assert result.exit_code == 0, result.output
        assert person.id in result.output
        assert out.read_bytes().startswith(b"%PDF") == name.lower().endswith(".pdf")
    assert b"Missing information" in (tmp_path / "wgeid.html").read_bytes()
    result = runner.invoke(main, ["--db", db, "report", "Kang Mi-rae", "-o", str(tmp_path / "by-name.html")])
    assert result.exit_code == 0 and (tmp_path / "by-name.html").exists()


def test_cli_ambiguous_unknown_and_bad_output(sample: Tumen, tmp_path: Path) -> None:
    db = sample.store.name
    ambiguous = next(q for q in ("Lee", "Choi", "Kim", "Park") if len(sample.find_persons(q)) > 1)
    runner = CliRunner()
    result = runner.invoke(main, ["--db", db, "report", ambiguous, "-o", str(tmp_path / "a.pdf")])
    assert result.exit_code == 1
    for candidate in sample.find_persons(ambiguous):
        assert candidate.id in result.output
    assert not (tmp_path / "a.pdf").exists()
    result = runner.invoke(main, ["--db", db, "report", "Nobody Atall", "-o", str(tmp_path / "b.pdf")])
    assert result.exit_code == 1 and "no person 'Nobody Atall'" in result.output
    result = runner.invoke(main, ["--db", db, "report", "Kang Mi-rae", "-o", str(tmp_path / "c.docx")])
    assert result.exit_code == 2 and ".pdf or .html" in result.output
    result = runner.invoke(
        main, ["--db", db, "report", "Kang Mi-rae", "-o", str(tmp_path / "d.pdf"), "--template", "x"]
    )
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_web_downloads(sample: Tumen) -> None:
    person = one(sample, "Kang Mi-rae")
    client = sign_in_client(TestClient(create_app(sample)))
    pdf = client.get(f"/persons/{person.id}/report.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-disposition"] == f'attachment; filename="report-{person.id}-standard.pdf"'
    html = client.get(f"/persons/{person.id}/report.html", params={"template": "wgeid"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert html.headers["content-disposition"] == f'attachment; filename="report-{person.id}-wgeid.html"'
    assert "Missing information" in html.text and escape(person.name) in html.text
    assert client.get("/persons/P00000000/report.pdf").status_code == 404
    assert client.get("/persons/Kang/report.html").status_code == 404
    bad = client.get(f"/persons/{person.id}/report.html", params={"template": "nope"})
    assert bad.status_code == 422 and "template" in bad.text


def test_wgeid_never_fills_a_value_no_passage_states(sample: Tumen) -> None:
    """Without the documents' texts no sentence can be cited for sex or age: the values tumen holds are named in
    the reason, to be confirmed, and the fields are listed as missing rather than filled."""
    from tumen.export.report import provenance
    from tumen.export.report_wgeid import wgeid_report

    person = one(sample, "Kang Mi-rae")
    file = sample.case_file(person)
    report = wgeid_report(file, {}, {}, provenance(sample.chain_head()))
    missing = {label: why for _section, label, why in report.missing}
    assert person.gender and person.gender in missing["Sex"] and "confirm" in missing["Sex"]
    assert person.birth and person.birth.earliest.isoformat() in missing["Date of birth or age"]
    assert "Family name" not in missing  # the name's own mentions are cited
