"""Turning what the user named (files, folders, ``-``) into inputs, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tumen.errors import InputError
from tumen.ingest.metadata import is_sidecar

STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One file to ingest (a batch file stands for all its records), or stdin."""

    name: str
    path: Path | None  # None for stdin

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def _walk(folder: Path) -> Iterator[Path]:
    """Files below ``folder``, sorted, skipping hidden entries and sidecars."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or is_sidecar(path):
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
                yield Input(str(file), file)
        elif path.is_file():
            yield Input(str(path), path)
        elif path.exists():
            yield InputError(name, "not a regular file or folder")
        else:
            yield InputError(name, "no such file or folder")


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
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"{size:,} bytes, {limit_text}")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(name, limit_text)
    return data
