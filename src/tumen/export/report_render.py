"""Case reports rendered: self-contained HTML (CSS inline) and PDF through WeasyPrint.

Every value reaches the page through Jinja's autoescape, so a quote holding ``</p><script>`` or
``<img src=…>`` appears literally and is never markup. WeasyPrint renders with a URL fetcher that
refuses everything but ``data:`` URLs: producing a report never touches the network.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from tumen.errors import TumenError
from tumen.export.report import StandardReport

if TYPE_CHECKING:
    from tumen.export.report_wgeid import WgeidReport

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
FORMATS = ("pdf", "html")
MEDIA_TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


class ReportError(TumenError):
    """A report could not be produced (an unknown format, a rendering failure)."""


@cache
def environment() -> Environment:
    """Templates of ``export/templates/`` with autoescape on for everything (``.html`` and strings alike)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: StandardReport | WgeidReport) -> str:
    """The report as one HTML document with its stylesheet inline and no external reference."""
    template = environment().get_template(f"report_{report.template}.html")
    sources = {s.number: s for s in report.sources}
    return template.render(report=report, sources=sources)


def offline_fetcher() -> Any:
    """WeasyPrint's URL fetcher for reports: ``data:`` URLs only; anything else (http, file, …) is refused
    before any connection or file is opened, and redirects are never followed."""
    from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    return URLFetcher(allowed_protocols=("data",), allow_redirects=False, timeout=1)


def render_pdf(html: str) -> bytes:
    """``html`` as PDF (A4, Noto CJK for Hangul), rendered without any network or file access."""
    import logging

    from weasyprint import HTML  # type: ignore[import-untyped]

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # a refused fetch is expected, not news
    pdf = HTML(string=html, url_fetcher=offline_fetcher(), base_url=None).write_pdf()
    if not pdf:
        raise ReportError("the PDF renderer produced nothing")
    return bytes(pdf)


def render(report: StandardReport | WgeidReport, fmt: str) -> bytes:
    """The report as ``fmt`` ("pdf" or "html", UTF-8) bytes."""
    if fmt not in FORMATS:
        raise ReportError(f"invalid format {fmt!r}: expected one of {', '.join(FORMATS)}")
    html = render_html(report)
    return render_pdf(html) if fmt == "pdf" else html.encode("utf-8")


def format_of(path: str) -> str:
    """The format a file name asks for by its suffix (``case.pdf`` -> "pdf")."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "htm":
        return "html"
    if suffix not in FORMATS:
        raise ReportError(f"invalid output {path!r}: the file name must end in .pdf or .html")
    return suffix


def file_name(person_id: str, template: str, fmt: str) -> str:
    """A download name built only from safe characters: ``report-P1a2b3c4d-wgeid.pdf``."""
    safe = "".join(ch for ch in f"{person_id}-{template}" if ch.isascii() and (ch.isalnum() or ch == "-"))
    return f"report-{safe}.{fmt}"
