"""What a route needs from the application: the open store and the page templates."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

from tumen.api import Tumen

TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates", autoescape=True)


def get_tumen(request: Request) -> Tumen:
    """The application's store (``Depends(get_tumen)``)."""
    tumen: Tumen = request.app.state.tumen
    return tumen
