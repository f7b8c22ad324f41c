"""Accounts in the workbench over HTTP (a real SQLite store of two invented reports that leave one "same
person?" pair to review): signing in and out, the session cookie's flags, the login's rate limit, CSRF tokens on
every change, what each role may do, API tokens."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import Request
from fastapi.testclient import TestClient

from helpers import stored_reports
from tumen import Tumen
from tumen.store import accounts
from tumen.web import auth, create_app
from tumen.web.auth_login import LoginThrottle

PASSWORD = "invented-passphrase-for-tests"  # conftest's test accounts
INVENTED = "Invented note: Kwon Ha-neul, a teacher, was questioned in an imaginary town in 2020.\n"
# Invented reports: one woman in two spellings with ages that disagree, which tumen leaves to an analyst.
REPORTS = {
    "gazette.txt": (
        "Seamstress held near the river\n\nBaek Eun-ji, 38, a seamstress from Hyesan, was detained by security "
        "agents in Hyesan in June 2018, her neighbour told the Imaginary Gazette.\n",
        {"outlet": "Imaginary Gazette", "published": "2020-01-05", "language": "en"},
    ),
    "courier.txt": (
        "Student recalls detention at the border\n\nPaek Eunji, a 19-year-old student from Hyesan, was detained "
        "by agents in Hyesan in June 2018, a relative told the Fictional Courier.\n",
        {"outlet": "Fictional Courier", "published": "2020-02-05", "language": "en"},
    ),
}


@pytest.fixture(scope="module")
def accounts_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = stored_reports(tmp_path_factory.mktemp("accounts"), REPORTS)
    with Tumen.open(f"sqlite:///{path}") as tumen:
        assert tumen.review(), "the two spellings wait for an analyst"
        accounts.add_user(tumen.store.engine, "test-admin", "admin", PASSWORD)
    return path


@pytest.fixture
def web_tumen(accounts_db: Path, tmp_path: Path) -> Iterator[Tumen]:
    """This module's store: a private copy of the two reports' store, with the test admin."""
    path = tmp_path / "tumen.db"
    path.write_bytes(accounts_db.read_bytes())
    with Tumen.open(f"sqlite:///{path}") as tumen:
        yield tumen


@pytest.fixture
def app(web_tumen: Tumen) -> Any:
    return create_app(web_tumen)


@pytest.fixture
def anonymous(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


def login_token(client: TestClient) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert found, "the login form carries its token"
    return found.group(1)


def log_in(client: TestClient, name: str, password: str, **extra: str) -> Any:
    data = {"username": name, "password": password, "csrf_token": login_token(client), **extra}
    return client.post("/login", data=data, follow_redirects=False)


def message(html: str) -> str:
    found = re.search(r'class="message[^"]*"[^>]*>(.*?)</p>', html, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)).strip() if found else ""


def form_token(client: TestClient, path: str) -> str:
    """The CSRF token a page's forms carry (the hidden field), as a browser would post it."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found, f"{path} has a form with its CSRF token"
    return found.group(1)


def test_pages_redirect_to_login_and_the_api_answers_401(anonymous: TestClient) -> None:
    page = anonymous.get("/persons?status=detained", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Fpersons%3Fstatus%3Ddetained"
    for path in ("/", "/review", "/upload", "/documents/1", "/persons/P00000000/report.pdf"):
        assert anonymous.get(path, follow_redirects=False).status_code == 303, path
    api = anonymous.get("/api/persons")
    assert api.status_code == 401 and api.json()["error"].startswith("authentication required")
    assert api.headers["www-authenticate"].startswith("Bearer")
    post = anonymous.post("/review/decide", data={"left": "1:p1", "right": "2:p1", "decision": "merge"})
    assert post.status_code == 200 and "Log in" in post.text, "a change without a session ends at the login form"
    assert anonymous.get("/login").status_code == 200 and anonymous.get("/static/tumen.css").status_code == 200


def test_login_works_wrong_passwords_fail_and_logout_ends_the_session(anonymous: TestClient, web_tumen: Tumen) -> None:
    client = anonymous
    wrong = log_in(client, "test-admin", "not-the-passphrase", next="/persons")
    assert wrong.status_code == 401 and message(wrong.text) == "wrong user name or password"
    assert auth.SESSION_COOKIE not in client.cookies
    unknown = log_in(client, "nobody-here", PASSWORD)
    assert unknown.status_code == 401 and message(unknown.text) == "wrong user name or password", "one answer"
    right = log_in(client, "test-admin", PASSWORD, next="/persons")
    assert right.status_code == 303 and right.headers["location"] == "/persons"
    key = client.cookies[auth.SESSION_COOKIE]
    page = client.get("/persons")
    assert page.status_code == 200 and "test-admin · admin" in page.text and 'action="/logout"' in page.text
    assert client.get("/api/persons?limit=1").status_code == 200, "a signed-in browser reads the API too"
    assert client.post("/logout", follow_redirects=False).status_code == 403, "logging out needs the token too"
    out = client.post("/logout", data={"csrf_token": form_token(client, "/persons")}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert accounts.session_user(web_tumen.store.engine, key) is None, "the session ended on the server"
    client.cookies.set(auth.SESSION_COOKIE, key)  # the old cookie, replayed
    assert client.get("/persons", follow_redirects=False).status_code == 303


def test_login_goes_only_to_pages_of_this_site(anonymous: TestClient) -> None:
    for wanted in ("//elsewhere.example/x", "https://elsewhere.example/", "/\\elsewhere.example", "javascript:x"):
        anonymous.cookies.clear()
        answer = log_in(anonymous, "test-admin", PASSWORD, next=wanted)
        assert answer.status_code == 303 and answer.headers["location"] == "/", wanted


def test_the_login_form_refuses_posts_from_elsewhere(anonymous: TestClient) -> None:
    data = {"username": "test-admin", "password": PASSWORD}
    forged = anonymous.post("/login", data=data, follow_redirects=False)
    assert forged.status_code == 403 and "login form" in message(forged.text)
    data["csrf_token"] = login_token(anonymous)
    foreign = anonymous.post("/login", data=data, headers={"origin": "http://elsewhere.example"})
    assert foreign.status_code == 403 and "another site" in message(foreign.text)
    assert auth.SESSION_COOKIE not in anonymous.cookies


def test_session_cookie_flags(app: Any) -> None:
    with TestClient(app) as client:
        answer = log_in(client, "test-admin", PASSWORD)
    cookie = next(v for v in answer.headers.get_list("set-cookie") if v.startswith(auth.SESSION_COOKIE + "="))
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=lax", "path=/"} <= flags
    assert "secure" not in flags and not any(f.startswith(("max-age", "expires")) for f in flags)
    with TestClient(app, base_url="https://testserver") as client:  # behind TLS
        answer = log_in(client, "test-admin", PASSWORD)
    cookie = next(v for v in answer.headers.get_list("set-cookie") if v.startswith(auth.SESSION_COOKIE + "="))
    assert "secure" in {part.strip().lower() for part in cookie.split(";")[1:]}


def test_failed_logins_are_rate_limited_per_user_and_per_address(app: Any) -> None:
    now = [1000.0]
    app.state.login_throttle = LoginThrottle(clock=lambda: now[0])
    with TestClient(app, client=("10.0.0.7", 40000)) as client:
        for _ in range(5):
            assert log_in(client, "test-admin", "wrong-passphrase-1").status_code == 401
        limited = log_in(client, "test-admin", PASSWORD)  # even the right password waits
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) == 60
        assert message(limited.text) == (
            "too many failed logins for this user or from this address: try again in 60 seconds"
        )
        assert log_in(client, "test-analyst-unknown", PASSWORD).status_code == 429, "the address is limited too"
    with TestClient(app, client=("10.0.0.8", 40000)) as elsewhere:
        assert log_in(elsewhere, "test-admin", PASSWORD).status_code == 429, "so is the user, from anywhere"
        now[0] += 30
        assert log_in(elsewhere, "test-admin", PASSWORD).status_code == 429
        now[0] += 31  # the failures are a minute old
        assert log_in(elsewhere, "test-admin", PASSWORD).status_code == 303


def test_failed_logins_are_in_the_audit_log(anonymous: TestClient, web_tumen: Tumen) -> None:
    from tumen.store import audit

    log_in(anonymous, "test-admin", "not-the-passphrase")
    with web_tumen.store.engine.connect() as conn:
        failed = audit.entries(conn, action=audit.LOGIN_FAILED)
    assert [(e.actor, e.subject) for e in failed][-1:] == [("client:testclient", "user:test-admin")]
    assert "not-the-passphrase" not in str([e.as_json() for e in failed]), "never the password tried"


# -- CSRF ------------------------------------------------------------------------------------------------------


def forged_changes_refused(app: Any, web_tumen: Tumen) -> bool:
    """A signed-in admin's browser sends changes without its session's token (what another site's page would
    make it do): True when each is refused with 403 and nothing was changed."""
    pair = web_tumen.review()[0]
    judged, documents = web_tumen.store.judgements(), len(web_tumen.documents())
    with TestClient(app) as client:
        assert log_in(client, "test-admin", PASSWORD).status_code == 303
        decide = {"left": pair.left, "right": pair.right, "decision": "distinct"}
        answers = [
            client.post("/review/decide", data=decide, follow_redirects=False),
            client.post("/review/decide", data={**decide, "csrf_token": "x" * 43}, follow_redirects=False),
            client.post("/review/decide", data=decide, headers={"X-CSRF-Token": "wrong"}, follow_redirects=False),
            client.post(
                "/upload", files={"file": ("note.txt", INVENTED.encode(), "text/plain")}, follow_redirects=False
            ),
        ]
    refused = all(a.status_code == 403 and "security token" in message(a.text) for a in answers)
    return refused and web_tumen.store.judgements() == judged and len(web_tumen.documents()) == documents


def test_a_change_without_or_with_a_wrong_csrf_token_is_refused(app: Any, web_tumen: Tumen) -> None:
    assert forged_changes_refused(app, web_tumen)


def test_without_the_csrf_check_the_same_changes_would_pass(web_tumen: Tumen, monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_check(request: Request) -> None:  # the dependency without its check
        return None

    monkeypatch.setattr(auth, "require_csrf", no_check)
    assert not forged_changes_refused(create_app(web_tumen), web_tumen), "the test above depends on the check"


def test_the_forms_token_lets_the_change_through(anonymous: TestClient, web_tumen: Tumen) -> None:
    pair = web_tumen.review()[0]
    assert log_in(anonymous, "test-admin", PASSWORD).status_code == 303
    token = form_token(anonymous, "/review")
    data = {"left": pair.left, "right": pair.right, "decision": "distinct", "csrf_token": token}
    answer = anonymous.post("/review/decide", data=data, follow_redirects=False)
    assert answer.status_code == 303
    assert web_tumen.store.judgements()[-1][3] == "test-admin", "recorded as the signed-in user's decision"


# -- roles -----------------------------------------------------------------------------------------------------


def test_a_reader_reads_but_cannot_merge_or_upload(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]
) -> None:
    pair = web_tumen.review()[0]
    judged, documents = web_tumen.store.judgements(), len(web_tumen.documents())
    with TestClient(app) as client:
        sign_in(client, "reader")
        assert client.get("/persons").status_code == 200 and client.get("/api/persons?limit=1").status_code == 200
        queue = client.get("/review")
        assert queue.status_code == 200 and 'action="/review/decide"' not in queue.text, "no buttons for a reader"
        assert 'href="/upload"' not in client.get("/").text
        decide = client.post("/review/decide", data={"left": pair.left, "right": pair.right, "decision": "merge"})
        assert decide.status_code == 403 and message(decide.text).startswith("forbidden: test-reader is a reader")
        upload = client.post("/upload", files={"file": ("note.txt", INVENTED.encode(), "text/plain")})
        assert upload.status_code == 403 and client.get("/upload").status_code == 403
    assert web_tumen.store.judgements() == judged and len(web_tumen.documents()) == documents


def test_an_analyst_merges_and_uploads(app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]) -> None:
    pair = web_tumen.review()[0]
    with TestClient(app) as client:
        sign_in(client, "analyst")
        decide = client.post(
            "/review/decide",
            data={"left": pair.left, "right": pair.right, "decision": "merge"},
            follow_redirects=False,
        )
        assert decide.status_code == 303
        assert web_tumen.person_of_record(pair.left) == web_tumen.person_of_record(pair.right)
        assert web_tumen.store.judgements()[-1][2:] == ("positive", "test-analyst")
        upload = client.post(
            "/upload", files={"file": ("kwon.txt", INVENTED.encode(), "text/plain")}, follow_redirects=False
        )
        assert upload.status_code == 303 and upload.headers["location"].startswith("/upload/")
    newest = max(web_tumen.documents(), key=lambda d: d.id)
    assert web_tumen.document(newest.id).ingested_by == "test-analyst"


# -- API tokens ------------------------------------------------------------------------------------------------


def test_the_api_with_and_without_a_token(anonymous: TestClient, web_tumen: Tumen) -> None:
    engine = web_tumen.store.engine
    accounts.add_user(engine, "script-owner", "reader", PASSWORD)
    made, secret = accounts.add_token(engine, "script-owner", "nightly export")
    assert secret.startswith("tmn_") and made.last_used_at is None
    bearer = {"Authorization": f"Bearer {secret}"}
    assert anonymous.get("/api/persons?limit=1").status_code == 401
    bad = anonymous.get("/api/persons?limit=1", headers={"Authorization": "Bearer tmn_not-a-token"})
    assert bad.status_code == 401 and bad.json()["error"].startswith("authorization: not a valid API token")
    answer = anonymous.get("/api/persons?limit=1", headers=bearer)
    assert answer.status_code == 200 and len(answer.json()["items"]) == 1
    assert accounts.list_tokens(engine, "script-owner")[0].last_used_at is not None
    page = anonymous.get("/persons", headers=bearer, follow_redirects=False)
    assert page.status_code == 303, "a token opens the API, not the pages"
    accounts.revoke_token(engine, made.id)
    assert anonymous.get("/api/persons?limit=1", headers=bearer).status_code == 401
    _again, other = accounts.add_token(engine, "script-owner", "second")
    assert anonymous.get("/api/persons?limit=1", headers={"Authorization": f"Bearer {other}"}).status_code == 200
    accounts.disable_user(engine, "script-owner")
    assert anonymous.get("/api/persons?limit=1", headers={"Authorization": f"Bearer {other}"}).status_code == 401


def test_a_disabled_account_is_signed_out_at_once(anonymous: TestClient, web_tumen: Tumen) -> None:
    accounts.add_user(web_tumen.store.engine, "leaving-analyst", "analyst", PASSWORD)
    assert log_in(anonymous, "leaving-analyst", PASSWORD).status_code == 303
    assert anonymous.get("/persons", follow_redirects=False).status_code == 200
    accounts.disable_user(web_tumen.store.engine, "leaving-analyst")
    assert anonymous.get("/persons", follow_redirects=False).status_code == 303
    assert log_in(anonymous, "leaving-analyst", PASSWORD).status_code == 401


def test_reading_an_at_risk_persons_file_is_audited_under_the_signed_in_account(
    app: Any, web_tumen: Tumen, sign_in: Callable[..., TestClient]
) -> None:
    from tumen.store import audit

    at_risk = [p for p in web_tumen.persons() if p.at_risk]
    assert at_risk, "the two reports' woman is detained: at risk"
    with TestClient(app) as client:
        sign_in(client, "reader")
        assert client.get(f"/persons/{at_risk[0].id}").status_code == 200
        assert client.get(f"/api/persons/{at_risk[0].id}").status_code == 200
    with web_tumen.store.engine.connect() as conn:
        viewed = [(e.actor, e.subject) for e in audit.entries(conn, action="view_case_file")]
    assert viewed[-2:] == [("test-reader", at_risk[0].id)] * 2


def test_a_login_form_left_open_still_signs_in_after_signing_in_elsewhere(anonymous: TestClient) -> None:
    stale = login_token(anonymous)  # a second tab's form, shown before signing in
    assert log_in(anonymous, "test-admin", PASSWORD).status_code == 303
    data = {"username": "test-admin", "password": PASSWORD, "csrf_token": stale}
    again = anonymous.post("/login", data=data, follow_redirects=False)
    assert again.status_code == 303, "the login form's own token decides, not the session's"
