"""Who may do what in the workbench: every request is signed in, every change carries its CSRF token.

:class:`AuthMiddleware` runs before any route. It finds the user — a session cookie for pages (and for the API
read from a signed-in browser), ``Authorization: Bearer <token>`` for the API — and answers itself when there is
none (pages: 303 to ``/login``; ``/api``: 401 JSON) or when the user's role is not enough (403). Only ``/login``,
``/static/`` and ``/openapi.json`` (the API's shape, no data) are open. :func:`require_csrf`, a dependency of
every route, refuses a state-changing request of a signed-in browser whose CSRF token (the form's hidden
``csrf_token`` field, or an ``X-CSRF-Token`` header) is not its session's — a page elsewhere cannot post
through an analyst's browser. The forms' Origin check (:func:`tumen.web.workflow_forms.cross_site`) stays too.

Roles (:data:`tumen.store.accounts.ROLES`): a reader reads pages, reports and the API; an analyst also decides
review pairs and uploads; an admin may everything (:func:`required_role`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from tumen.config import Limits
from tumen.errors import TumenError
from tumen.store import accounts
from tumen.store.accounts import User
from tumen.web.deps import TEMPLATES

log = logging.getLogger(__name__)

SESSION_COOKIE = "tumen_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = frozenset({"/login", "/openapi.json"})
OPEN_PREFIXES = ("/static/",)
API_PREFIX = "/api"
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_SLACK = 1024 * 1024  # bytes a form may hold beyond the upload limit (its other fields, the multipart framing)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class Refusal(Exception):
    """A request refused before its route runs: the HTTP status and a message naming the reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Identity:
    """Who sent a request and how: ``via`` is "session" (a browser's cookie) or "token" (a script's bearer)."""

    user: User
    via: str
    csrf: str | None = None


def is_api(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


def is_open(path: str) -> bool:
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


def required_role(method: str, path: str) -> str:
    """The least role a request needs: changes need an analyst, /upload too, /admin an admin, reading a reader."""
    if path.startswith("/admin"):
        return "admin"
    if path == "/logout":
        return "reader"
    if path == "/upload" or path.startswith("/upload/"):
        return "analyst"
    if method not in SAFE_METHODS and not is_api(path):
        return "analyst"
    return "reader"


def user_name(request: Request) -> str | None:
    """The signed-in user's name (who made a decision or an upload), None outside a signed-in request."""
    identity: Identity | None = getattr(request.state, "identity", None)
    return identity.user.name if identity else None


def _bearer(header: str) -> str | None:
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def identify(engine: Engine, path: str, authorization: str | None, cookie: str | None) -> Identity | None:
    """The request's user: a bearer token on the API (a wrong one is no one, whatever cookie comes with it),
    else the session cookie."""
    if authorization is not None and is_api(path):
        token = _bearer(authorization)
        user = accounts.token_user(engine, token) if token else None
        return Identity(user, "token") if user else None
    if cookie:
        found = accounts.session_user(engine, cookie)
        if found:
            return Identity(found[0], "session", found[1])
    return None


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """The workbench's error page (autoescaped) with the security headers."""
    titles = {401: "Sign in", 403: "Forbidden", 413: "Too large", 429: "Too many attempts"}
    context = {"title": titles.get(status, "Error"), "status": status, "message": message}
    response = TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def _api_error(status: int, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="tumen"'} if status == 401 else None
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class AuthMiddleware:
    """Signs every request in (or answers it: 303 to /login, 401, 403) before any route runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        state = scope.setdefault("state", {})
        state["identity"], state["user"], state["csrf"] = None, None, None
        path = scope["path"]
        answer = await self._answer(request, path, state)
        if answer is not None:
            await answer(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _answer(self, request: Request, path: str, state: dict[str, object]) -> Response | None:
        """None when the request may go on (its identity in ``state``), else the answer to send instead."""
        if path.startswith(OPEN_PREFIXES):  # stylesheets and scripts: no one to look up
            return None
        engine: Engine = request.app.state.tumen.store.engine
        request.scope.setdefault("router", request.app.router)  # url_for in an error page
        authorization = request.headers.get("authorization")
        cookie = request.cookies.get(SESSION_COOKIE)
        try:
            identity = await run_in_threadpool(identify, engine, path, authorization, cookie)
        except (SQLAlchemyError, TumenError) as exc:
            log.error("accounts could not be read for %s (%s)", path, type(exc).__name__)
            if is_open(path):
                return None
            message = "the evidence store cannot be read now (see the server log)"
            return _api_error(503, message) if is_api(path) else error_page(request, 503, message)
        if identity is not None:
            state["identity"], state["user"], state["csrf"] = identity, identity.user, identity.csrf
        if is_open(path):
            return None
        if identity is None:
            if is_api(path):
                if authorization is not None:
                    return _api_error(401, "authorization: not a valid API token (revoked, or its user disabled)")
                return _api_error(
                    401, "authentication required: send Authorization: Bearer <token> (tumen token add NAME)"
                )
            target = path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)
        needed = required_role(request.method, path)
        if not identity.user.may(needed):
            message = f"forbidden: {identity.user.name} is a {identity.user.role}; this needs the {needed} role"
            return _api_error(403, message) if is_api(path) else error_page(request, 403, message)
        return None


async def require_csrf(request: Request) -> None:
    """Dependency of every route: a signed-in browser's change must carry its session's CSRF token.

    The token comes in the form's hidden ``csrf_token`` field (every form of the workbench has it) or in an
    ``X-CSRF-Token`` header (scripts of the page). Requests without a session (the API's bearer tokens, which
    no other site can make a browser send; /login, which checks its own) are not concerned."""
    if request.method in SAFE_METHODS or is_api(request.url.path) or request.url.path == "/login":
        return  # /login checks its own token (a stale login tab of a signed-in browser still signs in)
    identity: Identity | None = getattr(request.state, "identity", None)
    if identity is None or identity.via != "session" or identity.csrf is None:
        return
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(_FORMS):
        declared = request.headers.get("content-length", "")
        limit = Limits.from_settings().max_bytes
        if declared.isdigit() and int(declared) > limit + _SLACK:
            raise Refusal(413, "file: over the size limit (TUMEN_MAX_SIZE raises it)")
        form = await request.form(max_files=1, max_fields=20)
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not given or not csrf_matches(identity.csrf, given):
        raise Refusal(403, "refused: the form's security token is missing or wrong (reload the page and try again)")


def csrf_matches(expected: str, given: str) -> bool:
    """The one comparison of a CSRF token (constant time)."""
    return accounts.same_secret(expected, given)


async def refusal_page(request: Request, exc: Exception) -> Response:
    """The answer to a :class:`Refusal` raised by a dependency: an error page (JSON under /api)."""
    assert isinstance(exc, Refusal)
    if is_api(request.url.path):
        return _api_error(exc.status, exc.message)
    return error_page(request, exc.status, exc.message)
