"""The login form in Debian's Chromium: sent to it from a page, a wrong password refused, signed in, the session
cookie out of scripts' reach, signed out again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tumen.web.auth import SESSION_COOKIE

PASSWORD = "invented-passphrase-for-tests"  # conftest's test accounts


def test_the_login_form_signs_in_and_out(page: Page, live_server: Any, artifacts: Path) -> None:
    page.context.clear_cookies()  # this test starts signed out
    page.goto(live_server.url + "/persons?status=detained")
    expect(page).to_have_url(live_server.url + "/login?next=%2Fpersons%3Fstatus%3Ddetained")
    page.fill("input[name=username]", "test-admin")
    page.fill("input[name=password]", "not-the-passphrase")
    page.click("form.login button[type=submit]")
    expect(page.locator("p.message.error")).to_have_text("wrong user name or password")
    assert not [c for c in page.context.cookies() if c["name"] == SESSION_COOKIE]
    page.fill("input[name=username]", "test-admin")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    expect(page).to_have_url(live_server.url + "/persons?status=detained")
    expect(page.locator("header .who")).to_have_text("test-admin · admin")
    page.screenshot(path=str(artifacts / "accounts-signed-in.png"))
    cookie = next(c for c in page.context.cookies() if c["name"] == SESSION_COOKIE)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and not cookie["secure"]
    assert SESSION_COOKIE not in page.evaluate("document.cookie"), "no script can read the session"
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    assert token and page.locator('form.account input[name="csrf_token"]').get_attribute("value") == token
    page.click("form.account button[type=submit]")
    expect(page).to_have_url(live_server.url + "/login")
    page.goto(live_server.url + "/review")
    expect(page).to_have_url(live_server.url + "/login?next=%2Freview")
