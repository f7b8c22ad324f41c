"""Limits on what comes out of a file: extracted text, ZIP members, unpacked size, ratio.

A file's size says little about what it holds: a .docx of 600 KB can unpack to 300 MB of
XML (a decompression bomb). Containers are inspected from their directory before anything
is unpacked, and every reader's text is measured before it is stored. Each refusal names
the limit and the flag or variable that raises it.
"""

from __future__ import annotations

import io
import zipfile

from tumen.config import Limits
from tumen.errors import InputError

_RATIO_FLOOR = 1024 * 1024  # members smaller than this unpacked are never "bombs"


def check_chars(chars: int, source: str, limits: Limits) -> None:
    """Refuse text longer than ``limits.max_chars`` characters."""
    if chars > limits.max_chars:
        raise InputError(
            source,
            f"extracted text over the limit of {limits.max_chars:,} characters "
            f"({chars:,} or more; raise it with --max-chars or TUMEN_MAX_CHARS)",
        )


def check_zip(data: bytes, source: str, limits: Limits, kind: str = "ZIP container") -> None:
    """Refuse a ZIP container whose directory promises too many members, too many bytes or a bomb's ratio.

    The directory's sizes bound what Python's ``zipfile`` will ever unpack (a member yielding
    more than its declared size fails its CRC check), so checking them is enough.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError(source, f"corrupt {kind} ({type(exc).__name__}: {exc})") from exc
    if len(members) > limits.max_members:
        raise InputError(source, f"{kind} with {len(members):,} members, over the limit of {limits.max_members:,}")
    total = 0
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            ratio = member.file_size // max(member.compress_size, 1)
            raise InputError(
                source,
                f"decompression bomb refused: member {member.filename!r} unpacks {member.compress_size:,} bytes "
                f"to {member.file_size:,} (ratio {ratio:,}:1, the limit is {limits.max_ratio}:1)",
            )
        total += member.file_size
        if total > limits.max_unpacked:
            raise InputError(
                source,
                f"{kind} unpacks to more than {limits.max_unpacked:,} bytes "
                "(raise the limit with --max-unpacked or TUMEN_MAX_UNPACKED)",
            )
