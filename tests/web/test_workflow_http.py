"""The workflow pages over plain HTTP (no browser): search parameters and their errors, hostile queries, upload
refusals and the upload job's status, forms from another site. The app runs over a private copy of the processed
invented sample corpus."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from html import unescape

import pytest
from fastapi.testclient import TestClient

from tumen import Tumen
from tumen.web import create_app
from tumen.web.jobs import JobBoard, Stage

HOSTILE_QUERIES = [
    "' OR 1=1 --",
    '"; DROP TABLE documents; --',
    "NEAR(arrest detained)",
    '"unbalanced',
    "arrest*",
    "title:arrest",
    "<script>window.pwned=1</script>",
    '" onmouseover="window.pwned=1',
    "javascript:window.pwned=1",
    "%_%",
    "\\",
    "a\u0000b",
]
# Invented testimony, not from any real report.
INVENTED = (
    "Invented testimony for a test\n\n"
    "Min Ha-yul, 34, was arrested by border guards in Musan in April 2021, her neighbour told the Test Desk.\n"
)


@pytest.fixture
def client(web_tumen: Tumen, sign_in: Callable[..., TestClient]) -> Iterator[TestClient]:
    with TestClient(create_app(web_tumen)) as test_client:
        yield sign_in(test_client)


def message(html: str) -> str:
    found = re.search(r'class="message[^"]*"[^>]*>(.*?)</p>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip() if found else ""


def hit_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'class="hit" data-document="(\d+)"', html)]


def test_search_lists_hits_with_escaped_snippets_and_our_own_marks(client: TestClient, web_tumen: Tumen) -> None:
    response = client.get("/search", params={"q": "sentenced"})
    assert response.status_code == 200
    expected = [h.document_id for h in web_tumen.search("sentenced", limit=20)]
    assert expected and hit_ids(response.text) == expected
    marks = re.findall(r"<mark>(.*?)</mark>", response.text)
    assert marks and all(m.lower() == "sentenced" for m in marks)
    assert f'data-total="{len(expected)}"' in response.text
    for document_id in expected:
        assert f'href="/documents/{document_id}"' in response.text


def test_search_without_a_query_lists_every_document_with_facets(client: TestClient, web_tumen: Tumen) -> None:
    response = client.get("/search")
    assert response.status_code == 200
    assert f'data-total="{len(web_tumen.documents())}"' in response.text
    for facet in ("type", "place", "year", "verdict", "outlet", "lang"):
        assert f'data-facet="{facet}"' in response.text
    page_two = client.get("/search", params={"page": "2"})
    assert page_two.status_code == 200
    assert not set(hit_ids(response.text)) & set(hit_ids(page_two.text))


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_are_escaped_text_never_markup_nor_syntax(client: TestClient, query: str) -> None:
    response = client.get("/search", params={"q": query})
    assert response.status_code == 200, response.text[:300]
    assert "<script>window.pwned" not in response.text
    assert 'onmouseover="window' not in response.text
    assert 'href="javascript:' not in response.text


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"year": "20x9"}, "year"),
        ({"year": "99999"}, "year"),
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "abc"}, "page"),
        ({"outlet": "a\x00b"}, "outlet"),
        ({"type": "x" * 300}, "type"),
        ({"q": "w " * 600}, "q"),
        ({"q": " ".join(f"w{i}" for i in range(80))}, "terms"),
    ],
)
def test_bad_search_parameters_are_a_400_naming_the_parameter(
    client: TestClient, params: dict[str, str], field: str
) -> None:
    response = client.get("/search", params=params)
    assert response.status_code == 400
    assert field in message(response.text)


def test_facet_links_narrow_the_hits_to_their_count(client: TestClient) -> None:
    page = client.get("/search").text
    links = re.findall(
        r'<a href="(/search\?[^"]*)" data-value="[^"]*">[^<]*</a> <span class="count">(\d+)</span>', page
    )
    assert len(links) >= 6
    for href, count in links[:12]:
        narrowed = client.get(unescape(href))
        assert narrowed.status_code == 200
        assert f'data-total="{count}"' in narrowed.text, href


def upload(client: TestClient, name: str, data: bytes, **fields: str) -> tuple[int, str, str]:
    response = client.post("/upload", files={"file": (name, data, "application/octet-stream")}, data=fields,
                           follow_redirects=False)  # fmt: skip
    return response.status_code, response.headers.get("location", ""), response.text


def test_bad_uploads_are_refused_with_the_reason(client: TestClient, web_tumen: Tumen) -> None:
    before = len(web_tumen.documents())
    assert upload(client, "tool.exe", b"MZ\x90\x00")[0] == 415
    status, _where, html = upload(client, "empty.txt", b"")
    assert status == 400 and "empty" in message(html)
    status, _where, html = upload(client, "batch.jsonl", b'{"text": "x"}\n')
    assert status == 415 and "batch" in message(html)
    status, _where, html = upload(client, "note.txt", INVENTED.encode(), published="2021-13-40")
    assert status == 400 and message(html).startswith("published:")
    status, _where, html = upload(client, "note.txt", INVENTED.encode(), url="javascript:alert(1)")
    assert status == 400 and message(html).startswith("url:")
    status, _where, html = upload(client, "note.txt", INVENTED.encode(), language="not a language")
    assert status == 400 and message(html).startswith("language:")
    status, _where, html = upload(client, "note.txt", INVENTED.encode(), source_type="<script>")
    assert status == 400 and message(html).startswith("source type:")
    status, _where, html = upload(client, "broken.pdf", b"%PDF-1.4 not really a pdf")
    assert status == 422 and message(html).startswith("file:")
    response = client.post("/upload", data={"title": "no file"})
    assert response.status_code == 400 and "file" in message(response.text)
    assert len(web_tumen.documents()) == before, "nothing refused was stored"


def test_uploads_over_the_size_limit_are_refused(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUMEN_MAX_SIZE", "1KB")
    status, _where, html = upload(client, "long.txt", INVENTED.encode() * 40)
    assert status == 413 and "size limit" in message(html)


def test_a_form_from_another_site_is_refused(client: TestClient, web_tumen: Tumen) -> None:
    before = len(web_tumen.documents())
    response = client.post(
        "/upload",
        files={"file": ("note.txt", INVENTED.encode(), "text/plain")},
        headers={"origin": "http://elsewhere.example"},
    )
    assert response.status_code == 403 and "another site" in message(response.text)
    response = client.post(
        "/review/decide",
        data={"left": "1:p1", "right": "2:p1", "decision": "merge"},
        headers={"origin": "null"},
    )
    assert response.status_code == 403
    assert len(web_tumen.documents()) == before


def test_an_upload_is_processed_in_the_background_and_its_job_reports_each_stage(
    client: TestClient, web_tumen: Tumen
) -> None:
    status, where, _html = upload(
        client, "invented.txt", INVENTED.encode(), title="Invented <b>note</b>", outlet="Test Desk",
        published="2021-05-02", language="en", source_type="testimony",
    )  # fmt: skip
    assert status == 303 and re.fullmatch(r"/upload/[0-9a-f]{16}", where)
    stages = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = client.get(where + "/status").json()
        if not stages or stages[-1] != state["stage"]:
            stages.append(state["stage"])
        if state["finished"]:
            break
        time.sleep(0.05)
    assert stages[-1] == "done", stages
    assert set(stages) <= {"queued", "extracting", "updating the case base", "done"}
    document_id = state["document_id"]
    document = web_tumen.document(document_id)
    assert document.meta.title == "Invented <b>note</b>" and document.meta.outlet == "Test Desk"
    assert document.extra.get("source_type") == "testimony"
    assert web_tumen.extraction(document_id) is not None
    assert any(p.name == "Min Ha-yul" for p in web_tumen.persons(q="Min Ha-yul"))
    page = client.get(where)
    assert f'href="/documents/{document_id}"' in page.text and "Invented &lt;b&gt;note&lt;/b&gt;" in page.text
    status, _where, html = upload(client, "again.txt", INVENTED.encode())
    assert status == 409 and f"document {document_id}" in message(html)
    assert client.get("/upload/0000000000000000").status_code == 404
    assert client.get("/upload/not-a-job/status").status_code == 404


def test_two_uploads_at_once_are_both_processed(client: TestClient, web_tumen: Tumen) -> None:
    texts = [INVENTED.replace("Min Ha-yul", name).replace("Musan", town) for name, town in
             (("Oh Seung-a", "Hyesan"), ("Pyo Dan-bi", "Hoeryong"))]  # fmt: skip
    jobs = []
    for n, text in enumerate(texts):
        status, where, _html = upload(client, f"twin{n}.txt", text.encode(), language="en", published="2022-01-03")
        assert status == 303
        jobs.append(where)
    deadline = time.monotonic() + 120
    states = [client.get(j + "/status").json() for j in jobs]
    while not all(s["finished"] for s in states) and time.monotonic() < deadline:
        time.sleep(0.1)
        states = [client.get(j + "/status").json() for j in jobs]
    assert [s["stage"] for s in states] == ["done", "done"]
    for state, name in zip(states, ("Oh Seung-a", "Pyo Dan-bi"), strict=True):
        assert web_tumen.extraction(state["document_id"]) is not None
        assert web_tumen.persons(q=name), name


def test_a_job_that_cannot_finish_fails_with_its_reason_on_the_page(
    web_tumen: Tumen, sign_in: Callable[..., TestClient]
) -> None:
    app = create_app(web_tumen)
    board = JobBoard(web_tumen)
    app.state.upload_jobs = board  # the board the upload pages use
    missing = max(d.id for d in web_tumen.documents()) + 1000
    job = board.submit(missing, "<i>never stored</i>")
    deadline = time.monotonic() + 60
    while not job.stage.finished and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.stage is Stage.FAILED and str(missing) in (job.reason or "")
    with TestClient(app) as client:
        sign_in(client)
        state = client.get(f"/upload/{job.id}/status").json()
        assert state["stage"] == "failed" and state["reason"] == job.reason
        page = client.get(f"/upload/{job.id}").text
    assert "Failed:" in page and "&lt;i&gt;never stored&lt;/i&gt;" in page and "<i>never" not in page
    assert "workflow.js" not in page, "a finished job's page stops polling"


@pytest.mark.parametrize("query", ["*", "\\", "--", '""', "( )"])
def test_a_query_with_nothing_searchable_says_so_and_lists_nothing(client: TestClient, query: str) -> None:
    response = client.get("/search", params={"q": query})
    assert response.status_code == 200
    assert "Nothing to search for" in message(response.text) and not hit_ids(response.text)


def test_workflow_pages_forbid_foreign_scripts_and_framing(client: TestClient) -> None:
    for url in ("/search?q=arrested", "/review", "/upload", "/upload/0000000000000000"):
        headers = client.get(url).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "form-action 'self'" in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin", "no-referrer would make the forms' Origin null"
