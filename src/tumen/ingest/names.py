"""File names as text that can be shown, logged and stored.

POSIX file names are bytes: one that is not UTF-8 reaches Python holding lone surrogates,
which no store, log or terminal can encode. The bytes that are not UTF-8 are written as
``\\xff`` escapes instead; the path used to open the file keeps its real bytes. Control
characters stay as they are here and are escaped where they are shown (``tumen.cli.render``).
"""

from __future__ import annotations

import os
from pathlib import PurePath


def shown(name: str | PurePath) -> str:
    """``name`` with every byte that is not UTF-8 written as a ``\\xNN`` escape."""
    text = str(name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text
