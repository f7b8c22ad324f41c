"""Where the evidence store lives and the limits ingestion works within."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tumen.errors import ConfigError

DEFAULT_DB_FILE = "tumen.db"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Limits on what comes out of a file, not only on its bytes (a 600 KB .docx can unpack to 300 MB).
DEFAULT_MAX_CHARS = 10_000_000  # characters of extracted text per document (about 5,000 pages)
DEFAULT_MAX_UNPACKED = 100 * 1024 * 1024  # bytes all members of a ZIP container (.docx) unpack to
DEFAULT_MAX_MEMBERS = 5_000  # members of a ZIP container
DEFAULT_MAX_RATIO = 100  # largest compression ratio of a ZIP member over 1 MB unpacked
DEFAULT_MAX_SECONDS = 300  # reading one PDF's pages
ENV_DB = "TUMEN_DB"
ENV_MAX_SIZE = "TUMEN_MAX_SIZE"
ENV_MAX_CHARS = "TUMEN_MAX_CHARS"
ENV_MAX_UNPACKED = "TUMEN_MAX_UNPACKED"
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


def parse_chars(value: str | int | None) -> int:
    """Parse a character limit such as ``10M``, ``500K`` or ``2000000`` (K and M are thousands and millions)."""
    if value is None or value == "":
        env = os.environ.get(ENV_MAX_CHARS)
        return parse_chars(env) if env else DEFAULT_MAX_CHARS
    if isinstance(value, int):
        chars = value
    else:
        text = value.strip().upper().replace(" ", "").replace("_", "")
        factor = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
        number = text[:-1] if factor > 1 else text
        if not number.replace(".", "", 1).isdigit():
            raise ConfigError(f"invalid character limit {value!r} (examples: 10M, 500K, 2000000)")
        chars = int(float(number) * factor)
    if chars <= 0:
        raise ConfigError(f"invalid character limit {value!r}: must be positive")
    return chars


@dataclass(frozen=True)
class Limits:
    """What one input may hold: its bytes, and what comes out of it (text, ZIP members, time).

    A file under ``max_bytes`` can still expand without bound (a decompression bomb): the
    extracted text, the unpacked size and count of a container's members and the ratio of
    any large member are bounded too. Each refusal names the limit and how to raise it.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_unpacked: int = DEFAULT_MAX_UNPACKED
    max_members: int = DEFAULT_MAX_MEMBERS
    max_ratio: int = DEFAULT_MAX_RATIO
    max_seconds: float = DEFAULT_MAX_SECONDS

    @classmethod
    def from_settings(
        cls,
        max_size: str | int | None = None,
        max_chars: str | int | None = None,
        max_unpacked: str | int | None = None,
    ) -> Limits:
        """Limits from flags, else ``TUMEN_MAX_SIZE`` / ``TUMEN_MAX_CHARS`` / ``TUMEN_MAX_UNPACKED``, else defaults."""
        if max_unpacked is None or max_unpacked == "":
            max_unpacked = os.environ.get(ENV_MAX_UNPACKED) or DEFAULT_MAX_UNPACKED
        return cls(
            max_bytes=parse_size(max_size), max_chars=parse_chars(max_chars), max_unpacked=parse_size(max_unpacked)
        )


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


DEFAULT_LIMITS = Limits()


def cache_dir() -> Path:
    """Where tumen keeps files it derives from its installed data to start faster (the gazetteer, the language
    identifier restricted to the languages in use): ``$TUMEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/tumen``, else
    ``~/.cache/tumen``. Nothing in it is needed: a missing or unwritable cache only costs start-up time."""
    explicit = os.environ.get("TUMEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tumen"
