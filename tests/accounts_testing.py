"""Signing test clients and browsers in to the workbench (every request of it needs an account).

Importable from any test (``tests`` is on pytest's ``pythonpath``): ``sign_in_client(TestClient(create_app(t)))``
signs a TestClient in as the store's ``test-admin`` (made on first use), through the login form, and sends its
session's CSRF token with every request; ``via="token"`` gives it an API token instead. ``tests/web/conftest.py``
offers the same as the fixtures ``sign_in`` and ``sign_in_browser``.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from playwright.sync_api import Page

from tumen import Tumen
from tumen.store import accounts
from tumen.web.auth import SESSION_COOKIE

PASSWORD = "invented-passphrase-for-tests"  # every test account's password


def ensure_account(tumen: Tumen, role: str = "admin") -> str:
    """The name of the store's test account with ``role`` (``test-admin``, ``test-analyst``, ``test-reader``),
    made on first use."""
    name = f"test-{role}"
    if accounts.find_user(tumen.store.engine, name) is None:
        accounts.add_user(tumen.store.engine, name, role, PASSWORD)
    return name


def sign_in_client(client: TestClient, role: str = "admin", via: str = "session") -> TestClient:
    """Sign ``client`` in as the test account with ``role``: through the login form (``via="session"``; its
    session's CSRF token then goes with every request as ``X-CSRF-Token``) or with an API token (``"token"``)."""
    tumen: Tumen = client.app.state.tumen  # type: ignore[attr-defined]
    name = ensure_account(tumen, role)
    if via == "token":
        _made, secret = accounts.add_token(tumen.store.engine, name, "tests")
        client.headers["Authorization"] = f"Bearer {secret}"
        return client
    form = client.get("/login")
    found = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert form.status_code == 200 and found, "the login form carries its token"
    answer = client.post(
        "/login",
        data={"username": name, "password": PASSWORD, "csrf_token": found.group(1)},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text[:500]
    session = accounts.session_user(tumen.store.engine, client.cookies[SESSION_COOKIE])
    assert session is not None
    client.headers["X-CSRF-Token"] = session[1]
    return client


def sign_in_page(page: Page, url: str, tumen: Tumen, role: str = "admin") -> Page:
    """Give the browser a signed-in session of the test account with ``role`` for the server at ``url``."""
    user = accounts.find_user(tumen.store.engine, ensure_account(tumen, role))
    assert user is not None
    key, _csrf = accounts.start_session(tumen.store.engine, user)
    page.context.add_cookies([{"name": SESSION_COOKIE, "value": key, "url": url}])
    return page
