"""The analyst's workbench: server-rendered pages, the REST API and downloadable reports over the stored case base.

Every page and API call is a query on stored results (never a rebuild). The app is built by
:func:`tumen.web.app.create_app` over one :class:`tumen.api.Tumen`; ``tumen serve`` runs it on 127.0.0.1.
"""

from __future__ import annotations

from tumen.web.app import create_app

__all__ = ["create_app"]
