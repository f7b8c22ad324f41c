"""Where the evidence store lives and the limits ingestion works within."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tumen.errors import ConfigError

DEFAULT_DB_FILE = "tumen.db"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
ENV_DB = "TUMEN_DB"
ENV_MAX_SIZE = "TUMEN_MAX_SIZE"
ENV_USER = "TUMEN_USER"

_SIZE_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2, "G": 1024**3, "GB": 1024**3}


def database_url(value: str | None = None) -> str:
    """Turn ``--db`` / ``TUMEN_DB`` (a path or a SQLAlchemy URL) into a SQLAlchemy URL.

    Anything containing ``://`` is taken as a URL (``postgresql+psycopg://…``,
    ``sqlite:///…``); anything else is a path to a SQLite file. With neither set the
    store is ``./tumen.db``.
    """
    raw = value or os.environ.get(ENV_DB) or DEFAULT_DB_FILE
    raw = raw.strip()
    if not raw:
        raise ConfigError("the database setting is empty (use --db PATH_OR_URL or TUMEN_DB)")
    if "://" in raw:
        if raw.startswith("postgresql://") or raw.startswith("postgres://"):
            # Use psycopg 3, the driver tumen installs, unless a driver is named.
            raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def parse_size(value: str | int | None) -> int:
    """Parse a size limit such as ``50MB``, ``200K`` or ``1048576`` into bytes."""
    if value is None or value == "":
        env = os.environ.get(ENV_MAX_SIZE)
        return parse_size(env) if env else DEFAULT_MAX_BYTES
    if isinstance(value, int):
        size = value
    else:
        text = value.strip().upper().replace(" ", "")
        number = text.rstrip("BKMG")
        unit = text[len(number) :]
        if unit not in _SIZE_UNITS or not number.replace(".", "", 1).isdigit():
            raise ConfigError(f"invalid size limit {value!r} (examples: 50MB, 200K, 1048576)")
        size = int(float(number) * _SIZE_UNITS[unit])
    if size <= 0:
        raise ConfigError(f"invalid size limit {value!r}: must be positive")
    return size


def current_user(explicit: str | None = None) -> str:
    """Who is ingesting: ``--by``, else ``TUMEN_USER``, else the login name."""
    if explicit:
        return explicit
    env = os.environ.get(ENV_USER)
    if env:
        return env
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run."""

    db_url: str
    max_bytes: int = DEFAULT_MAX_BYTES
