"""``tumen init`` and ``tumen check``: creating and verifying the evidence store."""

from __future__ import annotations

import sys

import click

from tumen.api import Tumen
from tumen.cli.app import Context, main
from tumen.cli.render import plain


@main.command()
@click.pass_obj
def init(obj: Context) -> None:
    """Create the evidence store (or upgrade its schema). Safe to run again."""
    tumen = Tumen.init(obj.db)
    store = tumen.store
    click.echo(f"tumen store ready: {plain(store.name)} (schema {store.revision()}, {store.count()} documents)")
    tumen.close()


@main.command()
@click.pass_obj
def check(obj: Context) -> None:
    """Verify the store: database integrity and every document's SHA-256 hashes.

    Exits with status 1 when a problem is found.
    """
    tumen = obj.tumen()
    problems = tumen.check()
    for problem in problems:
        click.echo(f"problem: {plain(problem)}", err=True)
    if problems:
        click.echo(plain(f"{len(problems)} problem(s) in {tumen.store.name}"))
        sys.exit(1)
    click.echo(f"ok: {tumen.store.count()} documents, all hashes match")
