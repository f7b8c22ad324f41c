"""Stable pseudonyms for at-risk persons: a keyed HMAC of the person's id ("Person K7F3Q2").

The same key gives the same pseudonym in every export and report, so readers of several public outputs can
follow one person without learning who they are; without the key the pseudonym cannot be traced back (nor
recomputed from a guessed id). The key comes from, in order:

1. ``TUMEN_PSEUDONYM_KEY`` — the key itself (at least 16 characters);
2. ``TUMEN_PSEUDONYM_KEY_FILE`` — a file holding it;
3. ``.tumen-pseudonym.key`` next to a SQLite store.

A key file that does not exist yet is created on first use with 32 random bytes (hex), readable by its owner
only (mode 0600). Keep it with the store's backups: a new key gives every person a new pseudonym.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import secrets
import tempfile
from pathlib import Path

from tumen.errors import TumenError

KEY_ENV = "TUMEN_PSEUDONYM_KEY"
KEY_FILE_ENV = "TUMEN_PSEUDONYM_KEY_FILE"
KEY_FILE_NAME = ".tumen-pseudonym.key"
MIN_KEY_LENGTH = 16
CODE_LENGTH = 6
PREFIX = "Person"


class PseudonymKeyError(TumenError):
    """No usable pseudonym key: where one was looked for and what was wrong."""


def key_path(sqlite_file: Path | None) -> Path | None:
    """Where the key file is: ``TUMEN_PSEUDONYM_KEY_FILE``, else beside the SQLite store (None: nowhere)."""
    named = os.environ.get(KEY_FILE_ENV)
    if named:
        return Path(named).expanduser()
    if sqlite_file is not None:
        return sqlite_file.resolve().parent / KEY_FILE_NAME
    return None


def _create(path: Path) -> None:
    """Write a new random key to ``path``, owner-readable only, atomically: the key is written whole to a temporary
    file beside it, then linked into place, so a concurrent reader never sees a half-written key, and a concurrent
    creator's key is kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tumen-key-", dir=path.parent)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
        with contextlib.suppress(FileExistsError):  # another creator was first: its key stays
            os.link(temporary, path)
    finally:
        os.unlink(temporary)


def load_key(sqlite_file: Path | None = None) -> bytes:
    """The pseudonym key (see the module's docstring for where it is looked for)."""
    given = os.environ.get(KEY_ENV)
    if given is not None:
        if len(given.strip()) < MIN_KEY_LENGTH:
            raise PseudonymKeyError(
                f"{KEY_ENV} is too short: a pseudonym key needs at least {MIN_KEY_LENGTH} characters"
            )
        return given.strip().encode("utf-8")
    path = key_path(sqlite_file)
    if path is None:
        raise PseudonymKeyError(
            f"no pseudonym key: set {KEY_ENV} or {KEY_FILE_ENV} "
            "(a store that is not a SQLite file has no key file beside it)"
        )
    if not path.exists():
        _create(path)
    try:
        key = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise PseudonymKeyError(f"cannot read the pseudonym key file {path}: {exc}") from None
    if len(key) < MIN_KEY_LENGTH:
        raise PseudonymKeyError(
            f"the pseudonym key file {path} is too short: a key needs at least {MIN_KEY_LENGTH} characters"
        )
    return key.encode("utf-8")


def key_for(backend: str, database: str | None) -> bytes:
    """The pseudonym key of a store by its URL's backend and database: a SQLite file has a key file beside it."""
    sqlite_file = Path(database) if backend == "sqlite" and database and database != ":memory:" else None
    return load_key(sqlite_file)


def code(key: bytes, person_id: str, length: int = CODE_LENGTH) -> str:
    """``length`` base-32 characters (A-Z, 2-7) of HMAC-SHA256(key, person id)."""
    digest = hmac.new(key, b"tumen-pseudonym\x00" + person_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:length]


def pseudonyms(key: bytes, person_ids: list[str]) -> dict[str, str]:
    """Person id -> "Person K7F3Q2", one per id. Ids whose codes collide get longer codes (rare: about one
    pair in a billion), so no two persons share a pseudonym and the others keep theirs."""
    found: dict[str, str] = {}
    waiting, length = sorted(set(person_ids)), CODE_LENGTH
    while waiting:
        codes = {pid: code(key, pid, length) for pid in waiting}
        taken = {c for c in found.values()}
        counts: dict[str, int] = {}
        for c in codes.values():
            counts[c] = counts.get(c, 0) + 1
        clash = {pid for pid, c in codes.items() if (counts[c] > 1 or c in taken) and length < 52}
        found.update({pid: c for pid, c in codes.items() if pid not in clash})
        waiting, length = sorted(clash), length + 2
    return {pid: f"{PREFIX} {c}" for pid, c in found.items()}
