"""Showing document-derived text in a terminal safely.

Everything a document, a file name or a user supplies (quotes, titles, outlets, names, file
names, error reasons) goes through these helpers before it reaches the terminal:

- :func:`plain` makes control characters visible as escapes (``\\x1b``, ``\\r``, ``\\u202e``),
  so a title cannot clear the screen or move the cursor, and a file name with a newline
  cannot print a line of its own (a fake ``ingested 999, …`` summary). Single-line fields
  also show ``\\n`` and ``\\t`` escaped; ``multiline=True`` keeps them (a document's text).
- :func:`styled` builds a line of output as a rich ``Text`` from pieces, some with a style:
  no piece is ever read as markup, so ``[redacted]`` stays ``[redacted]`` and ``[/laughs]``
  neither vanishes nor crashes the command. Prefer it to markup strings.
- :func:`markup_safe` is :func:`plain` escaped for rich markup, for text that must sit inside
  a markup string (rich cannot show a trailing backslash exactly unless a tag follows it).
- :func:`json_text` is JSON in which the control characters JSON itself leaves raw (C1
  controls, bidirectional overrides, line separators) are ``\\u`` escapes too.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

__all__ = ["console", "json_text", "markup_safe", "plain", "styled"]

# Besides C0 controls: DEL and C1 controls (0x9b is a one-byte CSI); bidirectional marks, embeddings,
# overrides and isolates (they reorder what follows them on screen); line and paragraph separators.
_OTHER = r"\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_SINGLE_LINE = re.compile(rf"[\x00-\x1f{_OTHER}]")
_MULTILINE = re.compile(rf"[\x00-\x08\x0b-\x1f{_OTHER}]")  # keeps \t and \n
_RAW_IN_JSON = re.compile(rf"[{_OTHER}]")  # json.dumps escapes C0 itself
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(text: object, *, multiline: bool = False) -> str:
    """``text`` with every control character shown as an escape; ``multiline`` keeps newlines and tabs."""
    return (_MULTILINE if multiline else _SINGLE_LINE).sub(_visible, str(text))


def markup_safe(text: object, *, multiline: bool = False) -> str:
    """``text`` for use inside rich markup: control characters visible, brackets shown as written."""
    return escape(plain(text, multiline=multiline))


def styled(*parts: object) -> Text:
    """One piece of output from ``parts``: each a text, or a ``(text, style)`` pair such as ``(name, "bold")``.

    Every text is shown as written, control characters visible (:func:`plain`); none is read as markup.
    """
    out = Text()
    for part in parts:
        if isinstance(part, tuple):
            text, style = part
            out.append(plain(text), style=str(style))
        else:
            out.append(plain(part))
    return out


def json_text(data: Any) -> str:
    """``data`` as indented JSON (non-ASCII kept) with no raw control character in it."""
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=2))


def console(piped_width: int | None = None, *, stderr: bool = False) -> Console:
    """A rich console for tumen's output: the terminal's width (``piped_width`` when not a terminal), no
    emoji codes (``:smile:`` in a quote stays text) and no highlighting."""
    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else piped_width
    return Console(stderr=stderr, width=width, emoji=False, highlight=False)
