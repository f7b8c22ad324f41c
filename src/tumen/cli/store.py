"""``tumen init`` and ``tumen check``: creating and verifying the evidence store."""

from __future__ import annotations

import sys
from pathlib import Path

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
@click.option(
    "--head", "show_head", is_flag=True, help="Print only the evidence chain's head (SEQ:SHA256), to save elsewhere."
)
@click.option(
    "--against",
    metavar="HEAD",
    help="Also fail unless the store's history extends this saved head (SEQ:SHA256, or a file holding it).",
)
@click.pass_obj
def check(obj: Context, show_head: bool, against: str | None) -> None:
    """Verify the store: database integrity, every document's SHA-256 hashes and the evidence chain.

    The evidence chain is a hash chain over every document's hashes and metadata, every stored
    extraction, every analyst judgement and every withdrawal; check recomputes it from the tables
    and names what differs. Save the head printed by --head outside the database (print it, mail
    it, commit it); --against HEAD later fails when the history was rewritten since.

    Exits with status 1 when a problem is found.
    """
    tumen = obj.tumen()
    problems = tumen.check()
    saved = _saved_head(against) if against is not None else None
    if saved is not None:
        problems += tumen.check_against(saved)
    for problem in problems:
        click.echo(f"problem: {plain(problem)}", err=True)
    if problems:
        click.echo(plain(f"{len(problems)} problem(s) in {tumen.store.name}"))
        sys.exit(1)
    head = tumen.chain_head()
    if show_head:
        click.echo(head)
        return
    extends = f", history extends {plain(saved.strip())[:24]}…" if saved is not None else ""
    click.echo(f"ok: {tumen.store.count()} documents, all hashes match, chain head {head[:24]}…{extends}")


def _saved_head(value: str) -> str:
    """A head given as such, or the first line of a file that holds one."""
    if ":" not in value and Path(value).is_file():
        lines = Path(value).read_text(encoding="utf-8").split()
        return lines[0] if lines else ""
    return value
