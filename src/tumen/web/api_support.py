"""What every REST API route shares: errors as ``{"error": "..."}`` and opaque page cursors.

Errors are caught in the routes themselves (:class:`ApiRoute`), so the API answers in its own shape whatever the
application around it does: 400 for a cursor or query tumen cannot use, 404 for what the store does not hold, 422
for a malformed parameter (naming it), 503 when the store cannot be read, 500 — without a traceback — for a bug.
Messages name the field and the reason; they never repeat a document's text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from sqlalchemy.exc import OperationalError

from tumen.errors import NotFoundError, StoreError, TumenError

log = logging.getLogger(__name__)

MAX_MESSAGE = 300  # characters of an error line


class ApiProblem(Exception):
    """An answer other than 200: its status and the one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error(status: int, message: str) -> JSONResponse:
    line = " ".join(message.split())
    return JSONResponse({"error": line[:MAX_MESSAGE]}, status_code=status)


def json_response(content: Any, status: int = 200) -> JSONResponse:
    """UTF-8 JSON with every script as is (Hangul stays Hangul, not ``\\uXXXX``)."""
    return JSONResponse(content, status_code=status)


def validation_message(errors: Sequence[Any]) -> str:
    """ "limit: input should be less than or equal to 500" — the parameter and the reason, never its value."""
    parts = []
    for problem in errors:
        where = [str(x) for x in problem.get("loc", ()) if x not in ("query", "path", "header", "body")]
        reason = str(problem.get("msg", "invalid"))
        reason = reason[:1].lower() + reason[1:]
        parts.append(f"{'.'.join(where) or 'request'}: {reason}")
    return "; ".join(parts) or "the request is malformed"


class ApiRoute(APIRoute):
    """A route whose every failure is answered as ``{"error": ...}`` with the right status."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                return error(422, validation_message(exc.errors()))
            except ApiProblem as exc:
                return error(exc.status, exc.message)
            except NotFoundError as exc:
                return error(404, str(exc))
            except (StoreError, OperationalError) as exc:  # logged without the message: it may hold parameters
                log.error("the evidence store could not be read for %s (%s)", request.url.path, type(exc).__name__)
                log.debug("the store's error", exc_info=True)
                return error(503, "the evidence store cannot be read now (see the server log)")
            except TumenError as exc:
                return error(400, str(exc))
            except Exception as exc:
                log.error("API request failed: %s (%s)", request.url.path, type(exc).__name__)
                log.debug("the failure", exc_info=True)  # a traceback may quote SQL parameters: debug level only
                return error(500, "internal error: the request failed on the server (see the server log)")

        return guarded


# -- cursors -------------------------------------------------------------------------------------------------


def scope_of(listing: str, filters: dict[str, Any]) -> str:
    """A short fingerprint of a listing and its filters: a cursor only continues the walk it came from."""
    text = json.dumps([listing, filters], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def encode_cursor(scope: str, position: list[Any]) -> str:
    raw = json.dumps([scope, position], separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, scope: str) -> list[Any] | None:
    """The position a cursor of this walk holds, None without a cursor; 400 for anything else."""
    if cursor is None:
        return None
    refused = ApiProblem(400, "cursor: not a cursor of this listing with these filters (start again without it)")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise refused from None
    if not (isinstance(found, list) and len(found) == 2 and found[0] == scope and isinstance(found[1], list)):
        raise refused
    position: list[Any] = found[1]
    return position
