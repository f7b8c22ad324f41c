"""``tumen keys``: encryption at rest — sealing a store under a data key, rotating the key, and its status.

The key is never an argument (it would stay in the shell's history and the process list) and never enters the
database: it is read from ``TUMEN_DATA_KEY``, the file ``TUMEN_DATA_KEY_FILE`` names, or ``.tumen-data.key``
beside a SQLite store (see :mod:`tumen.store.crypto`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from tumen.cli.app import Context, main
from tumen.cli.render import plain
from tumen.errors import ConfigError, StoreError
from tumen.store import crypto, crypto_keys
from tumen.store.crypto import DataKey


@main.group()
def keys() -> None:
    """Encryption at rest: documents' original bytes and text sealed with AES-256-GCM under a data key."""


@keys.command("init")
@click.pass_obj
def keys_init(obj: Context) -> None:
    """Encrypt the store in place, under the data key of TUMEN_DATA_KEY or TUMEN_DATA_KEY_FILE, or a new key
    written to .tumen-data.key beside a SQLite store (mode 0600; the file TUMEN_DATA_KEY_FILE names is created
    when it does not exist).

    One transaction: every document's bytes and text are sealed and the word index is replaced by a blind
    index of keyed tokens. From then on the store does not open without the key: keep it safe, and apart from
    the store's backups — a lost key is a lost store.
    """
    store = obj.tumen().store
    engine = store.engine
    key = crypto.find_key(engine)
    created: Path | None = None
    if key is None:
        path = crypto.key_path(engine)
        if path is None:
            raise ConfigError(
                f"no data key: set {crypto.KEY_FILE_ENV} to the file the new key should be written to "
                f"(or {crypto.KEY_ENV} to a key of 64 hexadecimal digits); a server database has no file beside it"
            )
        crypto.write_key_file(path, crypto.new_key())
        created = path
        key = crypto.read_key_file(path)
    try:
        count = crypto_keys.seal_store(engine, key)
    except BaseException:
        if created is not None:  # nothing was sealed under it: a key that opens nothing is not left behind
            created.unlink(missing_ok=True)
        raise
    where = f"a new key written to {created}" if created is not None else f"the key from {key.source}"
    click.echo(plain(f"{store.name} encrypted: {count} documents sealed under {where}"))
    click.echo("keep the key safe and apart from the store's backups: without it the store cannot be opened", err=True)


@keys.command("rotate")
@click.option(
    "--new-key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the new key to this new file (needed when the current key comes from TUMEN_DATA_KEY).",
)
@click.pass_obj
def keys_rotate(obj: Context, new_key_file: Path | None) -> None:
    """Re-encrypt every document under a new data key, in one transaction; the old key stops opening the store.

    The new key replaces the current key file when the key came from one (written first as FILE.new and moved
    into place once the store is re-sealed), or goes to --new-key-file.
    """
    store = obj.tumen().store
    engine = store.engine
    old = crypto.sealer_of(engine)
    if old is None:
        raise StoreError(f"{store.name} is not encrypted: `tumen keys init` encrypts it")
    current = crypto.find_key(engine)
    replace: Path | None = None
    if new_key_file is not None:
        target = new_key_file.expanduser()
    elif current is not None and current.path is not None:
        replace = current.path
        target = current.path.with_name(current.path.name + ".new")
        target.unlink(missing_ok=True)  # a key left by an interrupted rotation that did not commit
    else:
        raise click.UsageError(f"the key comes from {crypto.KEY_ENV}: name a file for the new key with --new-key-file")
    crypto.write_key_file(target, crypto.new_key())
    key: DataKey = crypto.read_key_file(target)
    try:
        count = crypto_keys.rotate_store(engine, old, key)
    except BaseException:
        target.unlink(missing_ok=True)  # the store is still sealed under the old key
        raise
    if replace is not None:
        os.replace(target, replace)  # atomic: the old key is gone, the new one in its place
        click.echo(plain(f"{store.name}: {count} documents re-sealed; the new key is in {replace}"))
        return
    click.echo(plain(f"{store.name}: {count} documents re-sealed; the new key is in {target}"))
    click.echo(plain(f"set {crypto.KEY_FILE_ENV}={target} (or its contents as {crypto.KEY_ENV}) from now on"), err=True)


@keys.command("status")
@click.option("--json", "as_json", is_flag=True, help="One JSON object for scripts.")
@click.pass_obj
def keys_status(obj: Context, as_json: bool) -> None:
    """Whether the store is encrypted, since when, and how many tokens its blind index holds."""
    store = obj.tumen().store
    found = crypto_keys.status(store.engine)
    if as_json:
        click.echo(json.dumps(found, default=str, indent=2))
        return
    if not found["encrypted"]:
        click.echo(plain(f"{store.name}: not encrypted (`tumen keys init` encrypts it)"))
        return
    rotated = f", key rotated {found['rotated']}" if found["rotated"] is not None else ""
    click.echo(
        plain(
            f"{store.name}: encrypted ({found['cipher']}) since {found['since']}{rotated}; "
            f"blind index of {found['index_tokens']} tokens"
        )
    )
