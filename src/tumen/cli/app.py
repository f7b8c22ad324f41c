"""The command group, its global options and error handling."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
import sqlalchemy as sa

from tumen import __version__
from tumen.api import Tumen
from tumen.cli.render import plain
from tumen.config import database_url
from tumen.errors import NotFoundError, StoreError, TumenError


class Context:
    """What every command gets: the chosen database, opened on first use."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._tumen: Tumen | None = None

    def tumen(self) -> Tumen:
        if self._tumen is None:
            self._tumen = Tumen.open(self.db)
        return self._tumen


EXIT_FAILED = 1  # the operation failed: an input not ingested, no such person, an invalid export
EXIT_USAGE = 2  # click's own usage errors, and malformed settings
EXIT_STORE = 3  # the evidence store cannot be opened or queried


@contextmanager
def lookup() -> Iterator[None]:
    """Around finding a document in an open store: "no document 42" fails the operation (exit 1),
    it does not mean that the store is broken (exit 3)."""
    try:
        yield
    except NotFoundError:
        raise
    except StoreError as exc:
        raise NotFoundError(str(exc)) from exc


class TumenGroup(click.Group):
    """Turns errors into one clear line on stderr (never a traceback) and the documented exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TumenError as exc:
            _fail(_message(exc), exc.exit_code)
        except sa.exc.SQLAlchemyError as exc:
            _fail(f"store {_store_name(ctx)}: {database_reason(exc)}", EXIT_STORE)
        except BrokenPipeError:
            raise
        except OSError as exc:
            _fail(plain(exc), EXIT_FAILED)


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _message(exc: TumenError) -> str:
    """The error's own words, a database error inside it told without SQL or values, on one line."""
    message = str(exc)
    cause = exc.__cause__
    if isinstance(cause, sa.exc.SQLAlchemyError) and str(cause) and str(cause) in message:
        message = message.replace(str(cause), database_reason(cause))
    return plain(message)


def database_reason(exc: sa.exc.SQLAlchemyError) -> str:
    """Why the database refused, in the driver's first line: never the SQL, its parameters or its values."""
    orig = exc.orig if isinstance(exc, sa.exc.DBAPIError) else None
    if orig is None or isinstance(exc, sa.exc.DataError):  # a DataError's message quotes the value
        return f"the database refused the operation ({type(orig or exc).__name__})"
    lines = str(orig).strip().splitlines()
    first = lines[0].strip() if lines else type(orig).__name__
    return plain(first if len(first) <= 200 else first[:199] + "…")


def _store_name(ctx: click.Context) -> str:
    """The store's name for messages (a path, or a URL without its password)."""
    obj = ctx.obj
    if isinstance(obj, Context) and obj._tumen is not None:
        return plain(obj._tumen.store.name)
    try:
        url = sa.engine.make_url(database_url(obj.db if isinstance(obj, Context) else None))
    except Exception:  # a malformed setting: say "the store" rather than fail while failing
        return "the store"
    return plain(url.database if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True))


class _PlainFormatter(logging.Formatter):
    """Log lines with file names and reasons shown plain: a control character cannot fake a line."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = plain(record.message)
        return super().formatMessage(record)


@click.group(cls=TumenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="TUMEN_DB",
    metavar="PATH_OR_URL",
    help="Evidence store: a SQLite file path or a SQLAlchemy URL such as "
    "postgresql+psycopg://user@host/db. Default: $TUMEN_DB, else ./tumen.db.",
)
@click.option("-v", "--verbose", count=True, help="Say more on stderr (-v: progress per file, -vv: debug).")
@click.version_option(__version__, prog_name="tumen")
@click.pass_context
def main(ctx: click.Context, db: str | None, verbose: int) -> None:
    """tumen — an evidence engine for human-rights documentation.

    Ingest testimonies and reports; tumen keeps every original unchanged and builds the
    case file from them.

    Exit status: 0 when the command did its work; 1 when the operation failed (an input
    could not be ingested, no such person or document, an export that does not match its
    schema); 2 for a usage error (an unknown command or option, a missing argument, a
    malformed setting such as --db or --max-size); 3 when the evidence store cannot be
    opened or queried. Errors are one line on stderr, starting with "error:".
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PlainFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    ctx.obj = Context(db)
    ctx.call_on_close(lambda: ctx.obj._tumen.close() if ctx.obj._tumen else None)


from tumen.cli import (  # noqa: E402  (commands register themselves)
    audit,
    cases,
    corrections,
    documents,
    export,
    extract,
    ingest,
    keys,
    protect,
    report,
    search,
    serve,
    store,
    users,
    withdraw,
)

__all__ = [
    "Context",
    "audit",
    "cases",
    "corrections",
    "documents",
    "export",
    "extract",
    "ingest",
    "keys",
    "main",
    "protect",
    "report",
    "search",
    "serve",
    "store",
    "users",
    "withdraw",
]
