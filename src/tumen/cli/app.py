"""The command group, its global options and error handling."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from tumen import __version__
from tumen.api import Tumen
from tumen.errors import TumenError


class Context:
    """What every command gets: the chosen database, opened on first use."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._tumen: Tumen | None = None

    def tumen(self) -> Tumen:
        if self._tumen is None:
            self._tumen = Tumen.open(self.db)
        return self._tumen


class TumenGroup(click.Group):
    """Turns tumen's own errors into one clear line and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TumenError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


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
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = Context(db)
    ctx.call_on_close(lambda: ctx.obj._tumen.close() if ctx.obj._tumen else None)


from tumen.cli import cases, documents, extract, ingest, search, store  # noqa: E402  (commands register themselves)

__all__ = ["Context", "cases", "documents", "extract", "ingest", "main", "search", "store"]
