"""Where an encrypted store's data key comes from: the environment, or a key file (see :mod:`tumen.store.crypto`)."""

from __future__ import annotations

import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from tumen.errors import StoreError

KEY_ENV = "TUMEN_DATA_KEY"
KEY_FILE_ENV = "TUMEN_DATA_KEY_FILE"
KEY_FILE_NAME = ".tumen-data.key"


class DataKeyError(StoreError):
    """An encrypted store cannot be opened: its data key is missing, malformed or not this store's."""


@dataclass(frozen=True)
class DataKey:
    """32 key bytes and where they came from (for messages; never the key itself)."""

    key: bytes
    source: str
    path: Path | None = None


def sqlite_file(engine: Engine) -> Path | None:
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def key_path(engine: Engine) -> Path | None:
    """Where the key file is: ``TUMEN_DATA_KEY_FILE``, else beside a SQLite store (None: nowhere)."""
    named = os.environ.get(KEY_FILE_ENV)
    if named:
        return Path(named).expanduser()
    found = sqlite_file(engine)
    return found.resolve().parent / KEY_FILE_NAME if found is not None else None


def parse_key(text: str, source: str) -> bytes:
    value = text.strip()
    try:
        key = bytes.fromhex(value)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise DataKeyError(f"the data key in {source} is malformed: it must be 64 hexadecimal digits (32 bytes)")
    return key


def read_key_file(path: Path) -> DataKey:
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataKeyError(f"cannot read the data key file {path}: {exc.__class__.__name__}") from None
    return DataKey(parse_key(text, str(path)), str(path), path)


def find_key(engine: Engine) -> DataKey | None:
    """The data key named by the environment or found beside the store; None when there is none."""
    given = os.environ.get(KEY_ENV)
    if given is not None:
        return DataKey(parse_key(given, KEY_ENV), KEY_ENV)
    path = key_path(engine)
    if path is None or not path.exists():
        return None
    return read_key_file(path)


def new_key() -> bytes:
    return secrets.token_bytes(32)


def write_key_file(path: Path, key: bytes) -> None:
    """Write ``key`` (hex) to ``path``, owner-readable only, atomically; an existing file is refused."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tumen-key-", dir=path.parent)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(key.hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise DataKeyError(f"the key file {path} already exists: tumen never overwrites a key") from None
    finally:
        os.unlink(temporary)
