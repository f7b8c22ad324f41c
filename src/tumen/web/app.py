"""The FastAPI application: one :class:`~tumen.api.Tumen` shared by the pages, the REST API and the reports."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from tumen import __version__
from tumen.api import Tumen

HERE = Path(__file__).resolve().parent


def create_app(tumen: Tumen) -> FastAPI:
    """The workbench over an open store. The caller keeps ownership of ``tumen`` (and closes it).

    Every request but /login, /static/ and /openapi.json must be signed in (:mod:`tumen.web.auth`).
    """
    from tumen.web import api, auth, auth_login, pages, reports, workflow

    app = FastAPI(
        title="tumen",
        version=__version__,
        description="The evidence engine's case base: persons, events with their sources, documents and search.",
        docs_url=None,  # FastAPI's /docs and /redoc load scripts from a CDN: the OpenAPI document is /openapi.json
        redoc_url=None,
        dependencies=[Depends(auth.require_csrf)],  # every state-changing form carries its session's token
    )
    app.state.tumen = tumen
    app.state.login_throttle = auth_login.LoginThrottle()
    app.add_middleware(auth.AuthMiddleware)  # signed in, with the role the path needs, before any route runs
    app.add_exception_handler(auth.Refusal, auth.refusal_page)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(auth_login.router)
    app.include_router(api.router, prefix="/api")
    app.include_router(reports.router)
    app.include_router(workflow.router)
    app.include_router(pages.router)
    return app
