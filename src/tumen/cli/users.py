"""``tumen user`` and ``tumen token``: the workbench's accounts and the API tokens of scripts.

Passwords are read from standard input (``--password-stdin``) or typed twice at a hidden prompt, never taken as
an argument (it would stay in the shell's history and in the process list). A token is printed once, on stdout,
and only its SHA-256 is kept: lose it and make a new one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

import click

from tumen.cli.app import Context, main
from tumen.cli.render import plain
from tumen.store import accounts
from tumen.store.accounts import AccountInputError


def _check(field: str, check: Callable[[str], str], value: str) -> str:
    """Run a store check as a click usage error (exit 2) naming the field."""
    try:
        return check(value)
    except AccountInputError as exc:
        raise click.BadParameter(exc.reason, param_hint=field) from None


def _row(*fields: str) -> str:
    """One listing line: tab-separated fields, each printed plain (a control character in a label is shown
    escaped and cannot fake a column or a line)."""
    return "\t".join(plain(field) for field in fields)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password[:-1] if password.endswith("\r") else password
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)
    return _check("password", accounts.check_password, password)


@main.group()
def user() -> None:
    """Accounts of the web workbench: reader (reads), analyst (also decides and uploads), admin (everything)."""


@user.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(accounts.ROLES), help="What the account may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@click.pass_obj
def user_add(obj: Context, /, name: str, role: str, password_stdin: bool) -> None:
    """Create the account NAME (letters, digits, . _ @ -) with a password of at least 10 characters.

    Example: printf '%s\\n' "$PASSWORD" | tumen user add amina --role analyst --password-stdin
    """
    _check("NAME", accounts.check_name, name)
    password = _password(password_stdin)
    made = accounts.add_user(obj.tumen().store.engine, name, role, password)
    click.echo(plain(f"user {made.name} added ({made.role})"), err=True)


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array for scripts.")
@click.pass_obj
def user_list(obj: Context, /, as_json: bool) -> None:
    """Every account: name, role, created, and whether it is disabled."""
    found = accounts.list_users(obj.tumen().store.engine)
    if as_json:
        click.echo(json.dumps([u.as_dict() for u in found], ensure_ascii=False, indent=2))
        return
    for account in found:
        state = f"disabled {account.as_dict()['disabled'][:10]}" if account.disabled else "active"
        click.echo(_row(account.name, account.role, account.as_dict()["created"][:10], state))


@user.command("disable")
@click.argument("name")
@click.pass_obj
def user_disable(obj: Context, /, name: str) -> None:
    """Disable the account NAME: its sessions end and its API tokens stop working at once (the row stays, so
    what it did stays attributable)."""
    accounts.disable_user(obj.tumen().store.engine, name)
    click.echo(plain(f"user {name} disabled"), err=True)


@main.group()
def token() -> None:
    """API tokens for scripts: send them as `Authorization: Bearer TOKEN` to /api."""


@token.command("add")
@click.argument("name")
@click.option("--label", required=True, help="What the token is for (e.g. the script's name).")
@click.pass_obj
def token_add(obj: Context, /, name: str, label: str) -> None:
    """Make an API token for user NAME and print it once on stdout (it is stored only as a hash)."""
    try:
        made, secret = accounts.add_token(obj.tumen().store.engine, name, label)
    except AccountInputError as exc:
        raise click.BadParameter(exc.reason, param_hint="--label") from None
    click.echo(secret)
    click.echo(plain(f"token {made.id} for {made.user} ({made.label}): shown once, keep it safe"), err=True)


@token.command("list")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON array for scripts.")
@click.pass_obj
def token_list(obj: Context, /, name: str | None, as_json: bool) -> None:
    """API tokens (of user NAME, or all): id, user, label, created, last used, revoked — never the token."""
    found = accounts.list_tokens(obj.tumen().store.engine, name)
    if as_json:
        click.echo(json.dumps([t.as_dict() for t in found], ensure_ascii=False, indent=2))
        return
    for item in found:
        data = item.as_dict()
        used = (data["last_used"] or "never")[:19]
        state = f"revoked {data['revoked'][:10]}" if data["revoked"] else "active"
        click.echo(_row(str(item.id), item.user, item.label, data["created"][:10], f"used {used}", state))


@token.command("revoke")
@click.argument("token_id", type=click.IntRange(1))
@click.pass_obj
def token_revoke(obj: Context, /, token_id: int) -> None:
    """Revoke the API token TOKEN_ID (as `tumen token list` shows it): it stops working at once."""
    revoked = accounts.revoke_token(obj.tumen().store.engine, token_id)
    click.echo(plain(f"token {revoked.id} of {revoked.user} ({revoked.label}) revoked"), err=True)
