"""Case reports (HTML and PDF) downloadable from a person's case file.

``GET /persons/{id}/report.pdf`` and ``/persons/{id}/report.html``, ``?template=standard|wgeid``: the same
reports as ``tumen report``, as attachments with a file name made of safe characters only.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from tumen.api import Tumen
from tumen.model import is_person_id
from tumen.protect.redact import Redactor
from tumen.resolve.persons import Person
from tumen.web.deps import get_tumen
from tumen.web.public import PublicDep

router = APIRouter()

Template = Literal["standard", "wgeid"]
Store = Annotated[Tumen, Depends(get_tumen)]


def _person(tumen: Tumen, person_id: str) -> Person:
    """The person with this id (a retired id leads to the person it joined); 404 otherwise."""
    wanted = person_id.strip()
    found = tumen.find_persons(wanted) if is_person_id(wanted) else []
    if len(found) != 1:
        raise HTTPException(status_code=404, detail="no person with this id")
    return found[0]


def _report(tumen: Tumen, person_id: str, template: str, fmt: str, public: Redactor | None) -> Response:
    from tumen.export.report import report_for
    from tumen.export.report_render import MEDIA_TYPES, file_name, render

    who = _person(tumen, person_id)
    built = report_for(tumen, who, template)
    if public is not None:  # a reader downloads the public report (as tumen report --public writes it)
        from tumen.protect.public import public_report

        built = public_report(built, public)
    data = render(built, fmt)
    headers = {
        "Content-Disposition": f'attachment; filename="{file_name(who.id, template, fmt)}"',
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    }
    return Response(content=data, media_type=MEDIA_TYPES[fmt], headers=headers)


@router.get("/persons/{person_id}/report.pdf", response_class=Response)
def report_pdf(person_id: str, tumen: Store, public: PublicDep, template: Template = "standard") -> Response:
    """The person's case report as PDF (``template=wgeid`` for the WGEID communication)."""
    return _report(tumen, person_id, template, "pdf", public)


@router.get("/persons/{person_id}/report.html", response_class=Response)
def report_html(person_id: str, tumen: Store, public: PublicDep, template: Template = "standard") -> Response:
    """The person's case report as one self-contained HTML file."""
    return _report(tumen, person_id, template, "html", public)
