"""Hostile uploads and queries against the workbench (issue 13, point 6): file names that try to leave the upload
folder or fool a reader (path traversal, absolute paths, NUL, control characters, very long names, a right-to-left
override), a .docx bomb and a deeply nested archive, files over the size limit with and without Content-Length,
an HTML document full of scripts shown inert in Chromium, a PDF that is not one, an empty file, wrong content
types, SQL-injection strings in metadata and in search filters. Each is refused with a status and a message naming
the field, or stored byte for byte — never a 500, never a file outside the store, and the server keeps serving.
Every document here is invented."""

from __future__ import annotations

import contextlib
import io
import re
import select
import socket
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from accounts_testing import ensure_account
from helpers import fill_upload_form, make_docx
from tumen import Tumen
from tumen.store import accounts
from tumen.web import create_app
from tumen.web.workflow_upload import MAX_NAME_BYTES

STORY = "The invented ferryman Gu Han-sol said guards searched every bag twice at the quay in {n}.\n"
SQL = ["'); DROP TABLE documents; --", "' OR '1'='1", 'x" UNION SELECT password_hash FROM users --', "%' --"]


@pytest.fixture
def client(web_tumen: Tumen, sign_in: Callable[..., TestClient]) -> Iterator[TestClient]:
    with TestClient(create_app(web_tumen)) as test_client:  # a 500 would raise here: the app's errors propagate
        yield sign_in(test_client, role="analyst")


def story(n: object) -> bytes:
    """A short invented document, different for each ``n`` (so no upload is a duplicate of another)."""
    return STORY.format(n=n).encode()


def message(html: str) -> str:
    found = re.search(r'class="message[^"]*"[^>]*>(.*?)</p>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip() if found else ""


def upload(
    client: TestClient, name: str, data: bytes, media: str = "application/octet-stream", **fields: str
) -> tuple[int, str, str]:
    response = client.post("/upload", files={"file": (name, data, media)}, data=fields, follow_redirects=False)
    assert response.status_code != 500
    return response.status_code, response.headers.get("location", ""), response.text


def stored_document(tumen: Tumen, before: set[int]) -> int:
    (new,) = {d.id for d in tumen.documents()} - before
    return new


def still_serving(client: TestClient) -> None:
    assert client.get("/api/persons", params={"limit": 1}).status_code == 200
    assert client.get("/upload").status_code == 200


# --- file names ------------------------------------------------------------------------------------------------

STORED_NAMES = [
    "../../etc/passwd.txt",
    "..\\..\\windows\\system32\\evil.txt",
    "/etc/cron.d/evil.txt",
    "/tmp/../../root/.ssh/authorized_keys.txt",
    "nul\x00byte.txt",
    "bell\x07escape\x1b[31mred\r\nsecond line.txt",
    "report\u202egnp.txt",  # shown as "reporttxt.png" by a naive viewer
    "x" * 1000 + ".txt",
    "가" * 300 + ".txt",  # 900 bytes of UTF-8: over what a file system allows in one name
]
REFUSED_NAMES = {
    "../../etc/passwd": 415,  # no extension
    "invoice\u202etxt.exe": 415,  # really .exe
    "..": 415,
    "/": 415,
    "archive.txt/..": 415,
}


@pytest.mark.parametrize("raw", STORED_NAMES)
def test_a_file_name_never_leads_outside_the_upload_folder(client: TestClient, web_tumen: Tumen, raw: str) -> None:
    before = {d.id for d in web_tumen.documents()}
    status, where, html = upload(client, raw, story(len(raw)), "text/plain")
    assert status == 303 and where.startswith("/upload/"), message(html)
    document = web_tumen.document(stored_document(web_tumen, before))
    name = document.filename or ""
    assert name.endswith(".txt") and 0 < len(name.encode("utf-8")) <= MAX_NAME_BYTES, name
    assert not re.search(r"[/\\\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]", name), repr(name)
    assert ".." not in name.split(".")[0:1] and not name.startswith(".")
    assert web_tumen.original(document.id) == story(len(raw)), "the bytes are stored unchanged"
    # Nothing was written where the name pointed, relative to the upload folder or the working folder.
    upload_folder = Path(tempfile.gettempdir()) / "tumen-upload-x"
    for base in (upload_folder, Path.cwd()):
        target = base / raw.replace("\\", "/").replace("\x00", "")
        with contextlib.suppress(OSError):  # a name too long for the file system: nothing can be there
            assert not target.exists() or target.read_bytes() != story(len(raw)), target
    still_serving(client)


@pytest.mark.parametrize(("raw", "status"), REFUSED_NAMES.items())
def test_a_file_name_without_an_accepted_type_is_refused(
    client: TestClient, web_tumen: Tumen, raw: str, status: int
) -> None:
    before = len(web_tumen.documents())
    answer, _where, html = upload(client, raw, story(raw))
    assert answer == status and message(html).startswith("file: unsupported type"), message(html)
    assert len(web_tumen.documents()) == before


def test_a_file_part_without_a_name_is_refused(client: TestClient, web_tumen: Tumen) -> None:
    status, _where, html = upload(client, "", story("nameless"))
    assert status == 400 and message(html).startswith("file:")


def test_a_name_longer_than_the_form_parser_reads_is_refused_in_the_page(client: TestClient) -> None:
    status, _where, html = upload(client, "x" * 20_000 + ".txt", story("very long name"))
    assert status == 400 and message(html) == "file: the form could not be read (Invalid multipart data.)"


# --- bombs, nested archives, fakes, empty files, content types ------------------------------------------------


def docx_bomb(path: Path, unpacked: int) -> bytes:
    """A real .docx whose document.xml holds ``unpacked`` bytes of one repeated paragraph: a small zip."""
    base = make_docx(path, ["seed"])
    paragraph = b"<w:p><w:r><w:t>the same invented sentence again</w:t></w:r></w:p>"
    body = paragraph * (unpacked // len(paragraph))
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body, 1)
            dst.writestr(info.filename, data)
    return out.getvalue()


def nested_archive(depth: int) -> bytes:
    """A zip holding a zip holding a zip … ``depth`` times, innermost an invented line."""
    data = story("the bottom of the archive")
    for level in range(depth):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"level{level}.zip" if level else "word/document.xml", data)
        data = out.getvalue()
    return data


def test_a_docx_bomb_is_refused_quickly(client: TestClient, web_tumen: Tumen, tmp_path: Path) -> None:
    bomb = docx_bomb(tmp_path / "seed.docx", 400 * 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024, "a small file"
    before = len(web_tumen.documents())
    started = time.monotonic()
    status, _where, html = upload(client, "minutes.docx", bomb)
    assert status == 422 and message(html).startswith("file:"), message(html)
    assert "bomb" in message(html) or "unpacks to more than" in message(html)
    assert time.monotonic() - started < 30, "refused from the archive's directory, not by unpacking it"
    assert len(web_tumen.documents()) == before
    still_serving(client)


def test_a_deeply_nested_archive_is_refused_or_read_without_unpacking_its_insides(
    client: TestClient, web_tumen: Tumen
) -> None:
    before = len(web_tumen.documents())
    status, _where, html = upload(client, "nested.docx", nested_archive(40))
    assert status == 422 and message(html).startswith("file:"), message(html)
    assert len(web_tumen.documents()) == before
    still_serving(client)


@pytest.mark.parametrize(
    ("name", "data", "status", "start"),
    [
        ("bulletin.pdf", b"<html><script>window.pwned=1</script>not a pdf</html>", 422, "file:"),
        ("bulletin.pdf", b"%PDF-1.7\n" + b"\x00\xff" * 500, 422, "file:"),
        ("statement.docx", story("docx that is text"), 422, "file:"),
        ("empty.txt", b"", 400, "file: the file is empty"),
        ("empty.pdf", b"", 400, "file: the file is empty"),
        ("program.txt.exe", b"MZ\x90\x00", 415, "file: unsupported type"),
        ("records.csv", b"text\nan invented line\n", 415, "file: .csv is a batch"),
    ],
)
def test_fakes_and_empty_files_are_refused_with_the_reason(
    client: TestClient, web_tumen: Tumen, name: str, data: bytes, status: int, start: str
) -> None:
    before = len(web_tumen.documents())
    answer, _where, html = upload(client, name, data, "application/pdf")
    assert answer == status and message(html).startswith(start), message(html)
    assert len(web_tumen.documents()) == before
    still_serving(client)


def test_a_wrong_part_content_type_does_not_decide_how_the_file_is_read(client: TestClient, web_tumen: Tumen) -> None:
    before = {d.id for d in web_tumen.documents()}
    status, _where, html = upload(client, "note.txt", story("image/png said"), "image/png")
    assert status == 303, message(html)
    document = web_tumen.document(stored_document(web_tumen, before))
    assert document.media_type == "text/plain" and document.text == story("image/png said").decode()


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b'{"file": "../../etc/passwd"}'),
        ("text/plain", story("raw body")),
        ("multipart/form-data", story("no boundary")),
        ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data; name=\r\n\r\nbroken"),
        ("application/x-www-form-urlencoded", b"title=%00&file=x"),
    ],
)
def test_a_request_that_is_not_an_upload_form_is_refused_not_an_error(
    client: TestClient, web_tumen: Tumen, content_type: str, body: bytes
) -> None:
    before = len(web_tumen.documents())
    response = client.post("/upload", content=body, headers={"content-type": content_type})
    assert response.status_code == 400, response.text[:300]
    assert len(web_tumen.documents()) == before
    still_serving(client)


# --- size: with and without Content-Length ---------------------------------------------------------------------


def test_a_file_over_the_limit_with_content_length_is_refused(
    client: TestClient, web_tumen: Tumen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUMEN_MAX_SIZE", "1KB")
    before = len(web_tumen.documents())
    status, _where, html = upload(client, "long.txt", story("long") * 200)
    assert status == 413 and "over the size limit of 1 KB" in message(html)
    big = story("far too long") * 50_000  # several MB: refused from the header, before the form is read
    status, _where, html = upload(client, "longer.txt", big)
    assert status == 413 and "size limit" in (message(html) or html)
    assert len(web_tumen.documents()) == before


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n" % len(data) + data + b"\r\n"


def _response(sock: socket.socket) -> tuple[int, str]:
    """The HTTP status and body of the one response on ``sock`` (read up to its Content-Length)."""
    sock.settimeout(30)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536) or b"\r\n\r\n"
    head, _sep, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        more = sock.recv(65536)
        if not more:
            break
        body += more
    return int(head.split()[1]), body.decode("utf-8", "replace")


def test_a_chunked_upload_without_content_length_stops_being_read_at_the_limit(
    live_server: Any, web_tumen: Tumen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sent with ``Transfer-Encoding: chunked`` (nothing declared), a body that never ends is answered 413 once the
    limit is passed; without the bound the server would read all of it (spooled to a temporary file) first."""
    monkeypatch.setenv("TUMEN_MAX_SIZE", "1KB")
    before = len(web_tumen.documents())
    user = accounts.find_user(web_tumen.store.engine, ensure_account(web_tumen, "analyst"))
    assert user is not None
    session, csrf = accounts.start_session(web_tumen.store.engine, user)
    boundary = "invented-boundary-7"
    total, sent, block = 96 * 1024 * 1024, 0, _chunk(b"a" * 65536)
    with socket.create_connection(("127.0.0.1", live_server.port)) as sock:
        sock.sendall(
            f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1:{live_server.port}\r\nCookie: tumen_session={session}\r\n"
            f"X-CSRF-Token: {csrf}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
            "Transfer-Encoding: chunked\r\n\r\n".encode()
        )
        part = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.txt"\r\n\r\n'
        sock.sendall(_chunk(part.encode()))
        while sent < total:  # keep sending until the server answers (or everything is sent)
            readable, writable, _ = select.select([sock], [sock], [], 10)
            if readable:
                break
            if writable:
                sock.sendall(block)
                sent += 65536
        assert sent < total, "the server answered only after the whole body: nothing bounded it"
        status, body = _response(sock)
    assert status == 413 and "file: over the size limit of 1 KB" in message(body)
    assert len(web_tumen.documents()) == before
    monkeypatch.delenv("TUMEN_MAX_SIZE")
    import httpx

    assert httpx.get(live_server.url + "/api/persons", headers=live_server.api_headers).status_code == 200


# --- HTML with scripts, shown in the reader ---------------------------------------------------------------------

HOSTILE_HTML = """<!doctype html><html><head><title>Invented quay bulletin</title>
<script>window.pwned = 1</script>
<style>body { background: url("javascript:window.pwned=1") } p { width: expression(window.pwned = 1) }</style>
<meta http-equiv="refresh" content="0; url=javascript:window.pwned=1">
</head><body onload="window.pwned = 1"><article>
<h1>Invented quay bulletin about the ferry crossing</h1>
<p>The invented ferryman Gu Han-sol said the crossing at dawn was quiet and a guard searched every bag twice.</p>
<p>A notice pinned at the quay read &lt;img src=x onerror=window.pwned=1&gt; and nobody knew who had written it.</p>
<p>Another line said &lt;script&gt;window.pwned=1&lt;/script&gt; in chalk, next to a drawing of the ferry.</p>
<p>The third was a link <a href="javascript:window.pwned=1">javascript:window.pwned=1</a> copied by hand
<img src="x" onerror="window.pwned = 1"> and a style="x:expression(window.pwned=1)" scrawled below it.</p>
<svg onload="window.pwned = 1"><circle r="1"/></svg><iframe src="javascript:window.pwned=1"></iframe>
</article></body></html>
"""
LITERALS = ["<img src=x onerror=window.pwned=1>", "<script>window.pwned=1</script>"]


def _after_reload(page: Page, expression: str) -> Any:
    """The expression's value once the job page has settled: a finished job reloads its page right after it shows
    "done", and a script evaluated during that reload loses its page."""
    for _ in range(20):
        page.wait_for_load_state("load")
        try:
            return page.evaluate(expression)
        except PlaywrightError as error:
            if "context was destroyed" not in str(error):
                raise
    raise AssertionError("the job page kept reloading")


def test_an_html_document_with_scripts_is_stored_and_shown_inert(
    page: Page, live_server: Any, web_tumen: Tumen, artifacts: Path
) -> None:
    before = {d.id for d in web_tumen.documents()}
    fill_upload_form(
        page,
        live_server.url,
        "quay<script>.html",
        "text/html",
        HOSTILE_HTML.encode(),
        title='<svg onload="window.pwned=1"> quay bulletin',
        author="' OR '1'='1",
    )
    page.click("form.upload-form button[type=submit]")
    expect(page.locator("section.job .stage")).to_have_text("done", timeout=120_000)
    assert _after_reload(page, "typeof window.pwned") == "undefined"
    new = stored_document(web_tumen, before)
    document = web_tumen.document(new)
    assert document.meta.title == '<svg onload="window.pwned=1"> quay bulletin'
    assert document.meta.author == "' OR '1'='1"
    assert web_tumen.original(new) == HOSTILE_HTML.encode(), "the original bytes are kept as evidence"
    shown = [literal for literal in LITERALS if literal in document.text]
    assert shown, "the document's text keeps the notices it quotes"
    page.goto(f"{live_server.url}/documents/{new}")
    for literal in shown:
        expect(page.locator("body")).to_contain_text(literal)  # shown byte for byte, as text
    expect(page.locator("body")).to_contain_text('<svg onload="window.pwned=1"> quay bulletin')
    page.mouse.move(10, 10)
    for link in page.locator("a").all():
        href = link.get_attribute("href") or ""
        assert not href.strip().lower().startswith("javascript:"), href
    assert page.locator("script:not([src])").count() == 0, "no inline script reaches the page"
    assert page.locator("iframe, svg[onload], img[onerror], [onload], [onerror]").count() == 0
    page.screenshot(path=str(artifacts / "hostile-upload-reader.png"), full_page=True)
    page.goto(f"{live_server.url}/search?q=ferryman")
    page.goto(f"{live_server.url}/api/documents/{new}")
    assert page.evaluate("typeof window.pwned") == "undefined"


# --- SQL injection in metadata and filters ---------------------------------------------------------------------


def test_sql_injection_in_metadata_is_stored_as_written(client: TestClient, web_tumen: Tumen) -> None:
    before = {d.id for d in web_tumen.documents()}
    persons = len(web_tumen.persons())
    status, _where, html = upload(
        client, "note.txt", story("sql"), title=SQL[0], outlet=SQL[1], author=SQL[2], language="en"
    )
    assert status == 303, message(html)
    document = web_tumen.document(stored_document(web_tumen, before))
    assert (document.meta.title, document.meta.outlet, document.meta.author) == (SQL[0], SQL[1], SQL[2])
    assert len(web_tumen.documents()) == len(before) + 1 and len(web_tumen.persons()) >= persons
    for field in ("published", "language", "url", "translated_from"):
        status, _where, html = upload(client, "other.txt", story(field), **{field: SQL[1]})
        assert status == 400 and re.match(field.replace("_", "[ _-]") + ":", message(html)), message(html)
    status, _where, html = upload(client, "other.txt", story("type"), source_type=SQL[0])
    assert status == 400 and message(html).startswith("source type:")


@pytest.mark.parametrize("value", SQL)
def test_sql_injection_in_search_and_filters_finds_nothing_and_breaks_nothing(
    client: TestClient, web_tumen: Tumen, value: str
) -> None:
    documents, persons = len(web_tumen.documents()), len(web_tumen.persons())
    for parameter in ("q", "type", "place", "outlet", "lang", "verdict"):
        response = client.get("/search", params={parameter: value})
        assert response.status_code in (200, 400), (parameter, response.status_code)
        if response.status_code == 200 and parameter != "q":
            assert 'data-total="0"' in response.text, parameter
    for path, params in [
        ("/api/search", {"q": value}),
        ("/api/persons", {"q": value}),
        ("/api/persons", {"status": value}),
        ("/api/events", {"person": value}),
        ("/api/events", {"type": value}),
        ("/api/events", {"place": value}),
        ("/api/events", {"from": value}),
    ]:
        response = client.get(path, params=params)
        assert response.status_code in (200, 400, 404, 422), (path, params, response.status_code)
        if response.status_code == 200 and path != "/api/search":
            assert response.json()["items"] == [], (path, params)
        elif response.status_code != 200:
            assert response.json(), "a refusal says why"
    assert client.get("/api/persons/" + value).status_code in (404, 422)
    assert client.get("/documents/" + value.replace("/", "")).status_code in (400, 404)
    assert (len(web_tumen.documents()), len(web_tumen.persons())) == (documents, persons)
    still_serving(client)
