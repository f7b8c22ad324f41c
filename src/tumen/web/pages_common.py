"""What every reading page shares: rendering a template, the error page, and small formatting helpers
for dates, intervals and the words of the case base (verdicts, event types)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from tumen.api import Tumen
from tumen.model import Interval, date_text
from tumen.web.deps import TEMPLATES, get_tumen

TumenDep = Annotated[Tumen, Depends(get_tumen)]  # the application's open store, in a route's signature

VERDICT_WORDS = {
    "corroborated": "corroborated",
    "single_witness": "one witness",
    "single_source": "one report",
    "contradicted": "contradicted",
}


# Defence in depth behind escaping: only the workbench's own scripts, styles and images run or load, nothing is
# framed, and following a document's URL tells its site nothing about the workbench.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered with autoescaping (every value is text, never markup), with :data:`SECURITY_HEADERS`."""
    response = TEMPLATES.TemplateResponse(request, template, {"fmt": FORMAT, **context}, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    """A plain page saying what was wrong (the HTTP status says what kind of wrong)."""
    titles = {400: "Bad request", 404: "Not found"}
    return page(
        request,
        "error.html",
        status_code=status_code,
        title=titles.get(status_code, "Error"),
        status=status_code,
        message=message,
    )


def interval_text(value: Interval | None) -> str:
    """An interval as precisely as it is known: "2019", "2019-03", "2019-03-02" or "2018-05-01 – 2019-02-28"."""
    if value is None:
        return "undated"
    if value.precision in ("year", "month", "day", "ongoing") and value.earliest.year == value.latest.year:
        if value.precision == "year":
            return str(value.earliest.year)
        if value.precision == "month" and value.earliest.month == value.latest.month:
            return value.earliest.isoformat()[:7]
        if value.earliest == value.latest:
            return value.earliest.isoformat() + (" (as of this report)" if value.precision == "ongoing" else "")
    return f"{value.earliest.isoformat()} – {value.latest.isoformat()}"


def day_text(value: date | None, precision: str | None = None) -> str:
    return date_text(value, precision) or "—"


def words(value: str | None) -> str:
    """An identifier of the case base as words: "forced_repatriation" -> "forced repatriation"."""
    return (value or "").replace("_", " ")


def web_address(url: str | None) -> str | None:
    """The URL when it is an http(s) address with a host (safe to link), else None (shown as text only)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if any(ord(c) <= 0x20 or c in "\"'<>`\\" for c in url):
        return None
    return url


FORMAT = {
    "interval": interval_text,
    "day": day_text,
    "words": words,
    "verdict": lambda v: VERDICT_WORDS.get(str(v), words(str(v))),
}
