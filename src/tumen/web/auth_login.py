"""/login and /logout, and the login's rate limit.

The login form (fields ``username``, ``password``) carries a token of its own, also set as a short-lived cookie:
a POST whose token does not match its cookie (a form posted from another site) is refused, as is one whose
Origin names another site. After :data:`MAX_FAILURES` failed logins within :data:`WINDOW_SECONDS` for one user
name, or from one client address, further attempts are refused with 429 until the oldest failure is a minute
old — even with the right password, so that guessing gains nothing. Every failed login goes to the audit log
(:func:`tumen.store.accounts.record_failed_login`).

A successful login starts a server-side session (:func:`tumen.store.accounts.start_session`) whose random key is
the ``tumen_session`` cookie: HttpOnly (no script reads it), SameSite=Lax (no other site's form or frame sends
it), Secure when the request came over HTTPS, and without Max-Age (it ends with the browser; the server ends it
after :data:`tumen.store.accounts.SESSION_LIFETIME` in any case).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tumen.store import accounts
from tumen.web.auth import CSRF_FIELD, SECURITY_HEADERS, SESSION_COOKIE, Identity
from tumen.web.deps import TEMPLATES
from tumen.web.workflow_forms import cross_site

router = APIRouter(include_in_schema=False)

LOGIN_COOKIE = "tumen_login"  # the login form's own token (there is no session yet to hold one)
MAX_FAILURES = 5
WINDOW_SECONDS = 60.0
MAX_KEYS = 10_000  # user names and addresses remembered at most (the oldest are forgotten first)


class LoginThrottle:
    """Failed logins per user name and per client address in a sliding window (in memory, per server)."""

    def __init__(
        self, limit: int = MAX_FAILURES, window: float = WINDOW_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        found = self._failures.get(key)
        if found is None:
            return deque()
        while found and now - found[0] >= self.window:
            found.popleft()
        if not found:
            del self._failures[key]
        return found

    def wait(self, name: str, address: str) -> float:
        """Seconds before another attempt for this name or from this address is heard (0: now)."""
        now = self.clock()
        with self._lock:
            waits = [
                self.window - (now - recent[0])
                for key in (f"user:{name.casefold()}", f"addr:{address}")
                if len(recent := self._recent(key, now)) >= self.limit
            ]
        return max(waits, default=0.0)

    def failed(self, name: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            for key in (f"user:{name.casefold()}", f"addr:{address}"):
                self._recent(key, now)
                self._failures.setdefault(key, deque()).append(now)
            while len(self._failures) > MAX_KEYS:
                del self._failures[next(iter(self._failures))]

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{name.casefold()}", None)


def throttle(request: Request) -> LoginThrottle:
    found: LoginThrottle = request.app.state.login_throttle
    return found


def _safe_next(value: object) -> str:
    """Where to go after signing in: a path of this site only (never ``//elsewhere`` or a scheme)."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    if any(ord(c) < 32 for c in value) or len(value) > 2000:
        return "/"
    return value


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _form(request: Request, status: int = 200, message: str | None = None, **context: Any) -> HTMLResponse:
    # One token per browser, kept while its cookie lasts: every GET of /login (a favicon's redirect, a second
    # tab) must not invalidate the form already shown.
    token = request.cookies.get(LOGIN_COOKIE, "")
    if not (30 <= len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum()):
        token = secrets.token_urlsafe(32)
    values = {"message": message, "next": "/", "username": "", "login_token": token} | context
    response = TEMPLATES.TemplateResponse(request, "login.html", values, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    response.headers["Cache-Control"] = "no-store"
    response.set_cookie(
        LOGIN_COOKIE, token, max_age=3600, path="/login", httponly=True, samesite="strict", secure=_secure(request)
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    """The login form; a signed-in browser goes straight on."""
    wanted = _safe_next(request.query_params.get("next"))
    if getattr(request.state, "identity", None) is not None:
        return RedirectResponse(wanted, status_code=303)
    return _form(request, next=wanted)


@router.post("/login", response_model=None)
async def login(request: Request) -> Response:
    """Check the name and password; on success a new session and 303 to where the user was going."""
    refused = cross_site(request)
    if refused:
        return _form(request, 403, refused)
    form = await request.form(max_files=0, max_fields=6)
    fields = {key: form.get(key) for key in ("username", "password", CSRF_FIELD, "next")}
    name, password, token, wanted = (v if isinstance(v, str) else "" for v in fields.values())
    wanted = _safe_next(wanted)
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not token or not expected or not accounts.same_secret(expected, token):
        message = "refused: the login form has expired or was sent from elsewhere (reload the page and try again)"
        return _form(request, 403, message, next=wanted, username=name)
    if not name or not password:
        return _form(request, 400, f"{'username' if not name else 'password'}: required", next=wanted, username=name)
    address = request.client.host if request.client else "unknown"
    limiter = throttle(request)
    wait = limiter.wait(name, address)
    if wait > 0:
        seconds = max(1, int(wait + 0.999))
        message = f"too many failed logins for this user or from this address: try again in {seconds} seconds"
        await run_in_threadpool(accounts.record_failed_login, _engine(request), name, address, "rate limited")
        response = _form(request, 429, message, next=wanted, username=name)
        response.headers["Retry-After"] = str(seconds)
        return response
    user = await run_in_threadpool(accounts.authenticate, _engine(request), name, password)
    if user is None:
        limiter.failed(name, address)
        await run_in_threadpool(accounts.record_failed_login, _engine(request), name, address, "wrong credentials")
        return _form(request, 401, "wrong user name or password", next=wanted, username=name)
    limiter.succeeded(name)
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        await run_in_threadpool(accounts.end_session, _engine(request), old)
    key, _csrf = await run_in_threadpool(accounts.start_session, _engine(request), user)
    signed_in = RedirectResponse(wanted, status_code=303)
    signed_in.set_cookie(SESSION_COOKIE, key, path="/", httponly=True, samesite="lax", secure=_secure(request))
    return signed_in


@router.post("/logout", response_model=None)
async def logout(request: Request) -> Response:
    """End this browser's session and go to the login form. The CSRF token was checked before (the Origin is
    not: the reading pages' no-referrer policy makes the browser send ``Origin: null`` from them)."""
    identity: Identity | None = getattr(request.state, "identity", None)
    key = request.cookies.get(SESSION_COOKIE)
    if key and identity is not None and identity.via == "session":
        await run_in_threadpool(accounts.end_session, _engine(request), key)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=_secure(request))
    return response


def _engine(request: Request) -> Any:
    return request.app.state.tumen.store.engine
