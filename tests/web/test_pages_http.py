"""The reading pages over plain HTTP (FastAPI's test client on the app over a real store): the dashboard's
counts against the stored case base, the filters of /persons, 404 pages, redirects of retired ids, bad
evidence spans, and the reader's mark holding exactly the stored characters."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tumen import Tumen
from tumen.cases import codec
from tumen.store import case_schema as t
from tumen.web import create_app


@pytest.fixture
def client(web_tumen: Tumen, sign_in: Callable[..., TestClient]) -> Iterator[TestClient]:
    with TestClient(create_app(web_tumen)) as test_client:
        yield sign_in(test_client)


def listed(page: str) -> list[str]:
    """The person ids of a /persons table, in order."""
    return re.findall(r'<tr data-person="(P\w+)">', page)


def count_shown(page: str, name: str) -> int:
    found = re.search(rf'id="count-{name}">(\d+)<', page)
    assert found, f"no count of {name} on the page"
    return int(found.group(1))


def test_dashboard_counts_are_the_stored_case_base(client: TestClient, web_tumen: Tumen) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    documents = web_tumen.documents()
    with web_tumen.store.reading() as r:
        facts = [codec.to_fact(row.data) for row in r.every(t.facts, t.facts.c.id)]
    assert count_shown(page, "documents") == len(documents) > 0
    assert count_shown(page, "persons") == len(web_tumen.persons()) > 0
    assert count_shown(page, "events") == len(facts) > 0
    assert count_shown(page, "sources") == len({d.meta.outlet for d in documents if d.meta.outlet})
    assert count_shown(page, "review") == len(web_tumen.review())
    assert 'href="/review"' in page
    for status in {p.status for p in web_tumen.persons()} - {"unknown"}:  # persons of concern, by status
        assert f'<tr data-status="{status}">' in page
    for fact in facts:
        if fact.verdict.value == "contradicted":
            assert f'data-fact="{fact.id}"' in page
    newest = max(documents, key=lambda d: (d.ingested_at, d.id))
    assert f'href="/documents/{newest.id}"' in page


def test_persons_filters_by_status_risk_and_name(client: TestClient, web_tumen: Tumen) -> None:
    everyone = listed(client.get("/persons").text)
    assert everyone == [p.id for p in web_tumen.persons(limit=50)]
    for status in {p.status for p in web_tumen.persons()}:
        shown = listed(client.get("/persons", params={"status": status}).text)
        assert shown == [p.id for p in web_tumen.persons(status=status, limit=50)] != []
    at_risk = listed(client.get("/persons", params={"at_risk": "yes"}).text)
    assert at_risk == [p.id for p in web_tumen.persons(at_risk=True, limit=50)] != []
    safe = listed(client.get("/persons", params={"at_risk": "no"}).text)
    assert set(safe).isdisjoint(at_risk) and set(safe) | set(at_risk) == set(everyone)
    someone = web_tumen.persons()[0]
    by_name = listed(client.get("/persons", params={"q": someone.name}).text)
    assert someone.id in by_name and len(by_name) < len(everyone)
    nobody = client.get("/persons", params={"status": "no-such-status"})
    assert nobody.status_code == 200 and listed(nobody.text) == []


def test_bad_filters_are_400_naming_the_field(client: TestClient) -> None:
    for params, field in (({"at_risk": "maybe"}, "at_risk"), ({"page": "zero"}, "page"), ({"page": "0"}, "page")):
        response = client.get("/persons", params=params)
        assert response.status_code == 400
        assert field in response.text


def test_unknown_person_and_document_are_404_pages(client: TestClient) -> None:
    for url in ("/persons/P00000000", "/persons/nobody", "/documents/99999", "/documents/ffffffffff"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "text/html" in response.headers["content-type"]
        assert "404" in response.text and "Not found" in response.text


def test_a_retired_id_redirects_to_the_surviving_person(client: TestClient, web_tumen: Tumen) -> None:
    first, second = [p for p in web_tumen.persons() if not p.anonymous and p.records][:2]
    web_tumen.judge(first.records[0], second.records[0], "positive", by="test")
    with web_tumen.store.reading() as r:
        retired = dict(r.conn.execute(sa.select(t.redirects.c.id, t.redirects.c.target)).all())
    gone = next(pid for pid in (first.id, second.id) if pid in retired)
    response = client.get(f"/persons/{gone}", follow_redirects=False)
    assert response.status_code in (307, 308)
    assert response.headers["location"] == f"/persons/{retired[gone]}"
    followed = client.get(f"/persons/{gone}")
    assert followed.status_code == 200 and f'data-person="{retired[gone]}"' in followed.text


def test_bad_evidence_spans_are_400_with_the_reason(client: TestClient, web_tumen: Tumen) -> None:
    document = web_tumen.documents()[0]
    cases = {
        "start=abc&end=10": "start must be a whole number",
        "start=-1&end=10": "start must be a whole number",
        "start=10&end=5": "start (10) must be before end (5)",
        "start=7&end=7": "start (7) must be before end (7)",
        f"start=0&end={document.chars + 1}": f"beyond the end of the document's text ({document.chars} characters)",
        "start=3": "give both start and end",
    }
    for query, reason in cases.items():
        response = client.get(f"/documents/{document.id}?{query}")
        assert response.status_code == 400, query
        assert reason in html.unescape(response.text), query


def test_the_reader_marks_exactly_the_stored_span(client: TestClient, web_tumen: Tumen) -> None:
    with web_tumen.store.reading() as r:
        fact = next(codec.to_fact(row.data) for row in r.every(t.facts, t.facts.c.id))
    support = fact.supports[0]
    text = web_tumen.document(support.document).text
    response = client.get(f"/documents/{support.document}", params={"start": support.start, "end": support.end})
    assert response.status_code == 200
    marked = re.search(r'<mark id="evidence"[^>]*>(.*?)</mark>', response.text, re.S)
    assert marked is not None
    shown = html.unescape(re.sub(r"<[^>]+>", "", marked.group(1)))
    assert shown == text[support.start : support.end].strip() == support.quote
    by_sha = client.get(f"/documents/{web_tumen.document(support.document).sha256[:12]}")
    assert by_sha.status_code == 200  # the reader takes what `tumen show` takes


def test_the_reader_shows_metadata_highlights_and_a_legend(client: TestClient, web_tumen: Tumen) -> None:
    document = next(d for d in web_tumen.documents() if d.meta.url)
    extraction = web_tumen.extraction(document.id)
    assert extraction is not None
    page = client.get(f"/documents/{document.id}").text
    for value in (document.meta.title, document.meta.outlet, document.meta.url):
        assert html.escape(value or "", quote=False) in page
    person = next(e for e in extraction.entities if e.kind == "person")
    assert 'class="hl hl-person"' in page and html.escape(f"person: {person.label}") in page
    assert 'class="legend"' in page
    record = web_tumen.person_of_record(f"{document.id}:{person.id}")
    assert record is not None and f'href="/persons/{record}"' in page


def test_the_case_file_links_its_downloadable_report(client: TestClient, web_tumen: Tumen) -> None:
    person = web_tumen.persons()[0]
    page = client.get(f"/persons/{person.id}").text
    link = f'href="/persons/{person.id}/report.html"'
    assert link in page
    report = client.get(f"/persons/{person.id}/report.html")
    assert report.status_code == 200 and html.escape(person.name, quote=False) in report.text
