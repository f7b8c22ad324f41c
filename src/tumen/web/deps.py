"""What a route needs from the application: the open store and the page templates."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from tumen.api import Tumen

# Autoescaping on for every template: a quote is evidence and is shown byte for byte, never as markup.
TEMPLATES = Jinja2Templates(
    env=Environment(
        loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
)


def get_tumen(request: Request) -> Tumen:
    """The application's store (``Depends(get_tumen)``)."""
    tumen: Tumen = request.app.state.tumen
    return tumen
