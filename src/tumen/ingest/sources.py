"""Turning what the user named (files, folders, ``-``) into inputs, in a stable order."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tumen.errors import InputError
from tumen.ingest.metadata import is_sidecar
from tumen.ingest.names import shown

STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One file to ingest (a batch file stands for all its records), or stdin."""

    name: str
    path: Path | None  # None for stdin

    @property
    def is_stdin(self) -> bool:
        return self.path is None


class Skipped(InputError):
    """An entry of a folder that is not a regular file (a named pipe, socket or device): never opened."""


_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Files below ``folder``, sorted, skipping hidden entries and sidecars; anything that is
    not a regular file (a named pipe would block the read forever) comes back as :class:`Skipped`."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or is_sidecar(path):
                continue
            try:
                kind = _kind(path.stat().st_mode)
            except OSError as exc:  # a dangling symbolic link, a file gone since the listing
                yield Skipped(shown(path), f"cannot read ({exc.strerror or exc})")
                continue
            if kind is not None:
                yield Skipped(shown(path), f"{kind}, not a regular file")
                continue
            yield path


def expand(names: list[str]) -> Iterator[Input | InputError]:
    """Every input the names stand for; a name that does not exist becomes an error."""
    for name in names:
        if name == STDIN:
            yield Input("<stdin>", None)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield file if isinstance(file, Skipped) else Input(shown(file), file)
        elif path.is_file():
            yield Input(shown(path), path)
        elif path.exists():
            yield InputError(shown(name), "not a regular file or folder")
        else:
            yield InputError(shown(name), "no such file or folder")


def read_limited(path: Path | None, max_bytes: int, name: str) -> bytes:
    """The bytes of a file (or stdin), refusing anything over ``max_bytes``."""
    import sys

    limit_text = f"over the size limit of {max_bytes:,} bytes (raise it with --max-size)"
    if path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(name, limit_text)
        return data
    try:
        # Non-blocking: opening a named pipe put here since the folder was listed must not hang.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            kind = _kind(info.st_mode)
            if kind is not None:
                raise InputError(name, f"{kind}, not a regular file")
            if info.st_size > max_bytes:
                raise InputError(name, f"{info.st_size:,} bytes, {limit_text}")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(name, limit_text)
    return data
