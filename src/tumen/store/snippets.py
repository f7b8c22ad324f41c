"""Search snippets: the passage of a hit's text holding the most different terms, each match marked.

Split from :mod:`tumen.store.search` (which re-exports these names); pure text work, no SQL.
"""

from __future__ import annotations

import re

SNIPPET_WIDTH = 200
MARK_OPEN, MARK_CLOSE = "[", "]"
ELLIPSIS = "…"


def snippet(text: str, patterns: list[re.Pattern[str]], width: int = SNIPPET_WIDTH) -> str:
    """The passage of ``text`` (about ``width`` characters) holding the most different terms, each match in
    ``[`` ``]``, white space collapsed, ``…`` where text was cut."""
    spans: list[tuple[int, int, int]] = []
    for index, pattern in enumerate(patterns):
        for n, found in enumerate(pattern.finditer(text)):
            if n >= 200:
                break
            if found.end() > found.start():
                spans.append((found.start(), found.end(), index))
    spans.sort()
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        best: tuple[int, int] = (-1, -1)
        start = end = 0
        for j, (anchor, _e, _i) in enumerate(spans):
            ws = max(0, anchor - width // 3)
            we = ws + width
            inside = [s for s in spans[j:] if s[1] <= we]
            if not any(s[0] == anchor for s in inside):  # a match longer than the window
                we = spans[j][1]
                inside = [spans[j]]
            key = (len({s[2] for s in inside}), len(inside))
            if key > best:
                best, start, end = key, ws, min(len(text), we)
        first = min(s[0] for s in spans if s[0] >= start)
        last = max(s[1] for s in spans if s[0] >= start and s[1] <= end)
        start = _cut_forward(text, start, first)
        end = _cut_back(text, end, last)
    marked: list[str] = []
    position = start
    for s, e, _i in _merge([(s, e) for s, e, _i in spans if s >= start and e <= end]):
        marked += [text[position:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        position = e
    marked.append(text[position:end])
    body = re.sub(r"\s+", " ", "".join(marked)).strip()
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(text) else "")


def _cut_forward(text: str, start: int, limit: int) -> int:
    """Move a window start to the next word boundary, not past ``limit``."""
    if start == 0:
        return 0
    space = text.find(" ", start, limit)
    newline = text.find("\n", start, limit)
    candidates = [p + 1 for p in (space, newline) if p != -1 and p - start <= 30]
    return min(candidates) if candidates else start


def _cut_back(text: str, end: int, limit: int) -> int:
    """Move a window end back to the previous word boundary, not before ``limit``."""
    if end >= len(text):
        return len(text)
    boundary = max(text.rfind(" ", limit, end), text.rfind("\n", limit, end))
    return boundary if boundary != -1 and end - boundary <= 30 else end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e, 0) for s, e in merged]
