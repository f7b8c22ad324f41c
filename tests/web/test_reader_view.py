"""The reader role sees the public view: signed in as a reader, no page, API answer or report of the workbench
names the at-risk person in any spelling (in any byte, HTML entities decoded, JSON unescaped, URLs decoded, the
PDF through pdftotext), while her events are all still there; an analyst sees her name; and without the switch
(:func:`tumen.web.public.public_redactor` overridden to give None) the same crawl finds her name.

The store: invented documents (``reader_view_corpus``) in which Choi Eun-ha, detained, is named in several
spellings and scripts, in texts, titles and URLs.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from helpers import processed_store
from reader_view_corpus import DOCUMENTS, FREE_NAMES, PSEUDONYM, leaks, private_store
from tumen import Tumen
from tumen.web import create_app
from tumen.web.public import public_redactor

NAME_QUERY = "EUN-HA choi"  # the reader's own words: echoed back as typed (another case than any document's)


@pytest.fixture(scope="module")
def reader_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return processed_store(tmp_path_factory.mktemp("reader-view"), DOCUMENTS)


@pytest.fixture
def web_tumen(reader_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tumen]:
    """A private copy of this module's store (its pseudonym key file made beside it on first use)."""
    yield from private_store(reader_db, tmp_path, monkeypatch)


def at_risk_id(tumen: Tumen) -> str:
    found = [p.id for p in tumen.persons() if p.at_risk]
    assert len(found) == 1, "Choi Eun-ha, detained, is the one person at risk"
    return found[0]


def urls(tumen: Tumen) -> list[str]:
    """Every page, API answer and report that shows the at-risk person or a document naming her."""
    choi = at_risk_id(tumen)
    persons = [p.id for p in tumen.persons()]
    documents = [d.id for d in tumen.documents()]
    span = next(s for f in tumen.case_file(choi).facts for s in f.supports if s.document == documents[0])
    pair = tumen.review()[0]
    found = ["/", "/persons", "/persons?at_risk=yes", "/persons?status=detained", "/persons?q=" + NAME_QUERY]
    found += ["/review", f"/review?decided=merge&left={pair.left}&right={pair.right}", "/search"]
    found += ["/search?q=arrested", "/search?q=teacher", "/search?q=" + NAME_QUERY, "/search?q=체포"]
    found += [f"/persons/{p}" for p in persons]
    found += [f"/documents/{d}" for d in documents]
    found += [f"/documents/{span.document}?start={span.start}&end={span.end}"]
    found += ["/api/persons", "/api/persons?q=" + NAME_QUERY, "/api/events", f"/api/events?person={choi}"]
    found += ["/api/search?q=arrested", "/api/search?q=" + NAME_QUERY, "/api/search?q=최은하"]
    found += [f"/api/persons/{p}" for p in persons]
    found += [f"/api/documents/{d}" for d in documents]
    for template in ("standard", "wgeid"):
        found += [f"/persons/{choi}/report.html?template={template}", f"/persons/{choi}/report.pdf?template={template}"]
    return found


def without_echo(url: str, body: bytes) -> bytes:
    """The response without the reader's own query echoed back (the search box, the pages' links): what they
    typed is theirs, not the store's. The query's case differs from every document's, so a name from the
    store is still found."""
    for form in (NAME_QUERY, NAME_QUERY.replace(" ", "+"), NAME_QUERY.replace(" ", "%20")):
        body = body.replace(form.encode(), b"")
    return body


def crawl(client: TestClient, tumen: Tumen) -> dict[str, bytes]:
    """Every URL's response (a PDF as its text through pdftotext), each answered 200."""
    found: dict[str, bytes] = {}
    for url in urls(tumen):
        answer = client.get(url)
        assert answer.status_code == 200, (url, answer.text[:300])
        body = answer.content
        if answer.headers["content-type"].startswith("application/pdf"):
            body = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", "-", "-"], input=body, check=True, capture_output=True
            ).stdout
        found[url] = without_echo(url, body)
    return found


def leaked(responses: dict[str, bytes]) -> dict[str, list[str]]:
    return {url: found for url, body in responses.items() if (found := leaks(body))}


@pytest.fixture
def app(web_tumen: Tumen) -> Any:
    return create_app(web_tumen)


def test_a_reader_sees_no_spelling_of_the_at_risk_person_anywhere(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]
) -> None:
    with TestClient(app) as client:
        sign_in(client, "reader")
        responses = crawl(client, web_tumen)
    assert leaked(responses) == {}
    choi = at_risk_id(web_tumen)
    page = responses[f"/persons/{choi}"].decode()
    assert PSEUDONYM.search(page) and "at risk" in page
    listing = responses["/persons?at_risk=yes"].decode()
    assert f'data-person="{choi}"' in listing and PSEUDONYM.search(listing), "listed under her pseudonym"
    for name in FREE_NAMES:  # persons not at risk keep their names
        assert any(name.encode() in body for body in responses.values()), name
    hits = json.loads(responses["/api/search?q=" + NAME_QUERY])["items"]
    assert hits and all(PSEUDONYM.search(h["snippet"]) for h in hits), "a name query: results, redacted"


def test_the_events_are_all_still_there_for_a_reader(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]
) -> None:
    choi = at_risk_id(web_tumen)
    views = {}
    for role in ("reader", "analyst"):
        with TestClient(app) as client:
            sign_in(client, role)
            events = client.get("/api/events?limit=500").json()["items"]
            case = client.get(f"/api/persons/{choi}").json()
            page = client.get(f"/persons/{choi}").text
            document = client.get(f"/documents/{web_tumen.documents()[0].id}").text
            views[role] = (events, case, page, document)
    (events, case, page, document), (all_events, full_case, full_page, full_document) = (
        views["reader"],
        views["analyst"],
    )
    assert [e["id"] for e in events] == [e["id"] for e in all_events] and events
    assert [len(e["evidence"]) for e in events] == [len(e["evidence"]) for e in all_events]
    assert [e["id"] for e in case["events"]] == [e["id"] for e in full_case["events"]] and case["events"]
    assert PSEUDONYM.fullmatch(case["person"]["name"]) and case["person"]["id"] == choi
    for marker in ('class="event-mark"', 'class="quote"', 'id="fact-', 'class="cell '):
        assert page.count(marker) == full_page.count(marker) > 0, marker
    assert any("arrested" in ev["quote"] and "[Person " in ev["quote"] for e in events for ev in e["evidence"])
    # The document reader: the same highlights (moved onto the redacted text), the same events listed.
    for marker in ('class="hl ', "<li", 'class="named"'):
        assert document.count(marker) == full_document.count(marker) > 0, marker


def test_an_analyst_and_an_admin_see_the_names(app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]) -> None:
    for role in ("analyst", "admin"):
        with TestClient(app) as client:
            sign_in(client, role)
            responses = crawl(client, web_tumen)
        found = leaked(responses)
        choi = at_risk_id(web_tumen)
        assert "choi eun-ha" in found[f"/persons/{choi}"] and "최은하" in found["/api/documents/3"]
        assert len(found) > len(responses) // 2, role


def test_without_the_switch_a_reader_sees_the_names(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]
) -> None:
    """The switch removed (the dependency gives no redactor): the same crawl as a reader finds the names in
    pages, API answers and reports, so the first test would go red."""
    app.dependency_overrides[public_redactor] = lambda: None
    with TestClient(app) as client:
        sign_in(client, "reader")
        found = leaked(crawl(client, web_tumen))
    for url in (
        "/",
        "/persons",
        "/search?q=arrested",
        "/review",
        "/persons?at_risk=yes",
        "/documents/1",
        "/api/persons",
        "/api/events",
        "/api/documents/1",
    ):
        assert url in found, url
    assert any(url.endswith("report.pdf?template=standard") for url in found)
    assert any(url.startswith("/persons/P") and "report" not in url for url in found)


def test_the_redactor_is_built_once_per_request_and_not_for_analysts(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    original = Tumen.public_redactor

    def counting(self: Tumen) -> Any:
        built.append(1)
        return original(self)

    monkeypatch.setattr(Tumen, "public_redactor", counting)
    choi = at_risk_id(web_tumen)
    with TestClient(app) as client:
        sign_in(client, "analyst")
        assert client.get(f"/persons/{choi}").status_code == 200
        assert built == []
    with TestClient(app) as client:
        sign_in(client, "reader")
        assert client.get(f"/persons/{choi}").status_code == 200
        assert built == [1]


def test_highlights_move_onto_the_redacted_text() -> None:
    """Offsets of the original land on the same words of the redacted text; a span over a name covers its
    label; a snippet's matches stay marked, a match on a name marks its label."""
    from tumen.protect.redact import Identity, Redactor
    from tumen.web.public_text import redacted, redacted_snippet

    redactor = Redactor({"P1": "Person ABCDEF"}, [Identity("P1", ("Choi Eun-ha",)), Identity("P2", ("Lim Dae-ho",))])
    original = "Choi Eun-ha met Lim Dae-ho in Seoul. Ms Choi left; Lim stayed."
    done = redacted(original, redactor)
    assert done.aligned and leaks(done.text) == []
    for start, end in ((16, 26), (30, 35), (52, 55)):  # Lim Dae-ho, Seoul, Lim
        placed = done.span(start, end)
        assert placed is not None and done.text[placed[0] : placed[1]] == original[start:end]
    name = done.span(0, 11)
    assert name is not None and done.text[name[0] : name[1]] == "[Person ABCDEF]"
    inside = done.span(3, 6)  # a piece of the name covers the whole label, never a piece of it
    assert inside == name
    snippet = redacted_snippet("…met [Lim] Dae-ho. Ms [Choi] left…", redactor, None)
    assert snippet == "…met [Lim] Dae-ho. [[Person ABCDEF]] left…"


def test_without_a_usable_pseudonym_key_a_reader_is_refused_not_shown_names(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUMEN_PSEUDONYM_KEY", "short")
    choi = at_risk_id(web_tumen)
    with TestClient(app) as client:
        sign_in(client, "reader")
        page, api = client.get(f"/persons/{choi}"), client.get(f"/api/persons/{choi}")
        assert page.status_code == 503 and "needs the pseudonym key" in page.text and not leaks(page.content)
        assert api.status_code == 503 and api.json()["error"].startswith("the reader's view needs the pseudonym key")
    with TestClient(app) as client:
        sign_in(client, "analyst")
        assert client.get(f"/persons/{choi}").status_code == 200, "analysts need no pseudonyms"


def test_a_reader_on_postgresql_sees_no_name_either(
    pg_url: str, tmp_path: Path, sign_in: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same crawl on a PostgreSQL store (its pseudonym key from the environment: no key file beside it)."""
    monkeypatch.setenv("TUMEN_PSEUDONYM_KEY", "an invented pseudonym key for the reader tests")
    batch = tmp_path / "corpus.jsonl"
    batch.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in DOCUMENTS) + "\n", encoding="utf-8")
    with Tumen.init(pg_url) as tumen:
        tumen.ingest([str(batch)])
        tumen.process(workers=1)
        with TestClient(create_app(tumen)) as client:
            sign_in(client, "reader")
            responses = crawl(client, tumen)
            assert leaked(responses) == {}
            assert PSEUDONYM.search(responses[f"/persons/{at_risk_id(tumen)}"].decode())
