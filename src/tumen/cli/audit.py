"""``tumen audit``: the tamper-evident audit log — verify it, list it, print its head."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tumen.cli.app import Context, main
from tumen.cli.render import json_text, plain


@main.group()
def audit() -> None:
    """The audit log: who ingested, processed, merged, split, protected, exported, reported,
    read an at-risk person's case file, failed to log in, withdrew or imported corrections, and when.

    Every entry is chained to the one before it by SHA-256; `tumen audit verify` recomputes the
    chain and names the first entry that was edited, deleted, inserted or reordered. Save the head
    printed by `tumen audit head` outside the database; `verify --against` then also catches a log
    rewritten whole or cut at its end.
    """


@audit.command()
@click.option(
    "--against",
    metavar="HEAD",
    help="Also fail unless the log extends this saved head (SEQ:SHA256, or a file holding it).",
)
@click.pass_obj
def verify(obj: Context, /, against: str | None) -> None:
    """Verify the audit log: every entry's hash and its link to the entry before it.

    Prints "audit log intact: N entries, head SEQ:SHA256" and exits 0, or names the first bad
    entry and what is wrong with it (edited, deleted, inserted, reordered) and exits 1.
    """
    from tumen.store import audit as log

    tumen = obj.tumen()
    with tumen.store.engine.connect() as conn:
        verdict = log.verify(conn)
        problem = verdict.problem
        if problem is None and against is not None:
            problem = log.against(conn, _saved_head(against))
    if problem is not None:
        where = f"audit log entry {verdict.bad_seq}: " if verdict.bad_seq is not None else "audit log: "
        click.echo(f"error: {where}{plain(problem)}", err=True)
        sys.exit(1)
    extends = f", extends the saved head {plain(_saved_head(against))}" if against is not None else ""
    click.echo(f"audit log intact: {verdict.entries} entries, head {verdict.head}{extends}")


@audit.command()
@click.pass_obj
def head(obj: Context) -> None:
    """Print the audit log's head (SEQ:SHA256): keep it outside the database."""
    from tumen.store import audit as log

    with obj.tumen().store.engine.connect() as conn:
        click.echo(log.head(conn))


@audit.command("log")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="The latest N entries.")
@click.option("--action", help="Only entries of this action (ingest, export, view_case_file, login_failed, …).")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of the entries, for scripts.")
@click.pass_obj
def log_(obj: Context, /, limit: int, action: str | None, as_json: bool) -> None:
    """List the latest audit log entries, oldest first: seq, time (UTC), actor, action, subject, details."""
    from tumen.store import audit as log

    with obj.tumen().store.engine.connect() as conn:
        found = log.entries(conn, limit=limit, action=action)
    if as_json:
        click.echo(json_text([entry.as_json() for entry in found]))
        return
    for entry in found:
        details = " ".join(f"{k}={v}" for k, v in sorted(entry.details.items()))
        at = entry.as_json()["at"][:19].replace("T", " ")
        line = f"{entry.seq:>6}  {at}  {entry.actor}  {entry.action}  {entry.subject or '-'}  {details}"
        click.echo(plain(line.rstrip()))


def _saved_head(value: str) -> str:
    """A head given as such, or the first word of a file that holds one."""
    if ":" not in value and Path(value).is_file():
        words = Path(value).read_text(encoding="utf-8").split()
        return words[0] if words else ""
    return value.strip()
