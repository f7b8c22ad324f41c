"""What the workflow pages share: rendering a page with a status and a message, and refusing forms sent from
another site (a page elsewhere must not merge persons or upload documents through an analyst's browser)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from tumen.api import Tumen
from tumen.web.deps import TEMPLATES, get_tumen

TumenDep = Annotated[Tumen, Depends(get_tumen)]  # a route's open store

_CONTROL = {chr(c) for c in range(32)} | {chr(127)}
# Defence in depth behind escaping: only the workbench's own scripts, styles and images, forms posted only to it,
# never framed. "same-origin": a link to another site tells it nothing, while the workbench's own form posts keep
# their true Origin (with "no-referrer" a browser sends "Origin: null", which cross_site must refuse).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """A page from ``template`` (autoescaped) with ``context`` and :data:`SECURITY_HEADERS`."""
    response = TEMPLATES.TemplateResponse(request, template, context, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def cross_site(request: Request) -> str | None:
    """Why a POST must be refused because it comes from another site, or None when it comes from this one.

    Browsers send ``Origin`` with a form's POST (``Referer`` otherwise); either must name this server's host.
    A request with neither (a script, ``curl``) is allowed: it cannot ride on a browser's session.
    """
    host = request.headers.get("host", "")
    for header in ("origin", "referer"):
        value = request.headers.get(header)
        if value is None:
            continue
        if value == "null" or urlsplit(value).netloc != host:
            return f"refused: the form was sent from another site ({header} {value[:100]!r})"
        return None
    return None


def has_control(value: str) -> bool:
    """True when ``value`` holds a control character (NUL and the like): never a valid filter or form value."""
    return any(ch in _CONTROL for ch in value)
