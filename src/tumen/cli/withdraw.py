"""``tumen withdraw``: taking a document out of the store for good, leaving a tombstone."""

from __future__ import annotations

import click

from tumen.cli.app import Context, lookup, main
from tumen.cli.render import plain


@main.command()
@click.argument("document")
@click.option("--reason", required=True, help="Why it is withdrawn (kept in the evidence chain).")
@click.option("--by", "by", metavar="NAME", help="Who withdraws it (default: $TUMEN_USER or the login name).")
@click.pass_obj
def withdraw(obj: Context, document: str, reason: str, by: str | None) -> None:
    """Withdraw DOCUMENT (id or SHA-256 prefix): a witness withdrew consent, or a file got in by mistake.

    Its text, original bytes, metadata, extraction and full-text entry are deleted from every table
    and index; a tombstone (its hashes, who, when, why) stays in the evidence chain; every person,
    fact and verdict that depended on it is derived again. This cannot be undone.
    """
    tumen = obj.tumen()
    with lookup():
        done = tumen.withdraw(document, reason, by)
    gone = done.withdrawn
    click.echo(
        f"withdrew document {gone.document_id} (sha256 {gone.sha256[:12]}); "
        f"re-derived {done.updated.persons} person(s), {done.updated.facts} fact(s); "
        f"chain head {plain(gone.head)}"
    )
