"""A request body bounded while it is read: an upload over the limit is refused after the limit, not after the end.

Starlette parses a multipart form by writing each file part to a temporary file as the bytes arrive. A request
that declares its ``Content-Length`` is refused from that header before anything is read (see
:func:`tumen.web.auth.require_csrf` and :mod:`tumen.web.workflow_upload`); a request sent in chunks
(``Transfer-Encoding: chunked``) declares nothing, and without a bound the whole body — gigabytes, if a client
keeps sending — would be spooled to disk before any size check could see it.

:class:`BoundedBodyRoute` is the route class of the upload routes: before the route and its dependencies run
(the CSRF check parses the form too), it wraps the request's ``receive`` so that the body bytes are counted as
they come and reading stops with :class:`BodyTooLarge` as soon as they pass the limit. The form parser then closes
(and so deletes) the temporary file it had started, and the route answers with :meth:`BoundedBodyRoute.refused`.
At most ``limit`` bytes plus one chunk of the server are ever read.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request
from fastapi.responses import PlainTextResponse, Response
from fastapi.routing import APIRoute
from starlette.types import Message, Receive

from tumen.config import Limits

SLACK = 1024 * 1024  # bytes a form may hold beyond the file limit: its other fields and the multipart framing
_BOUNDED_METHODS = frozenset({"POST", "PUT", "PATCH"})


class BodyTooLarge(Exception):
    """The request body passed ``limit`` bytes while it was being read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"request body over {limit:,} bytes")
        self.limit = limit


def bounded_receive(receive: Receive, limit: int) -> Receive:
    """``receive`` counting the body's bytes: :class:`BodyTooLarge` once more than ``limit`` have arrived."""
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return counted


def body_limit() -> int:
    """The most body bytes an upload request may send: the file size limit (``TUMEN_MAX_SIZE``) plus slack."""
    return Limits.from_settings().max_bytes + SLACK


class BoundedBodyRoute(APIRoute):
    """A route whose request body (for POST, PUT, PATCH) is read only up to :func:`body_limit`.

    Subclasses override :meth:`refused` to answer in their own page."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def bounded(request: Request) -> Response:
            if request.method not in _BOUNDED_METHODS:
                return await handler(request)
            limit = body_limit()
            limited = Request(request.scope, bounded_receive(request.receive, limit))
            try:
                return await handler(limited)
            except BodyTooLarge as exc:
                return self.refused(limited, exc.limit - SLACK)

        return bounded

    def refused(self, request: Request, max_bytes: int) -> Response:
        """The answer to a body over the limit (413); ``max_bytes`` is the file size limit."""
        return PlainTextResponse(f"file: over the size limit of {max_bytes:,} bytes", status_code=413)
