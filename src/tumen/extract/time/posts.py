"""Posts quoted in a report: an embedded social-media post ends with its signature and its own date ("… arrested a
protester today. — Ana Berg (@anaberg) March 12, 2022"); the post's relative times ("today", "on Monday",
"yesterday's raid") count from that date, not from the report's publication.

Only the signature of a post — a dash, a name, an account in parentheses and a written date, at the end of the
post's line — makes one: nothing else in a line changes its anchor.
"""

from __future__ import annotations

import re
from datetime import date

from .words import MONTHS

_SIGNATURE = re.compile(
    r"[—–-]{1,2}[ \t]*[^\n()—–]{1,80}\(@\w{1,40}\)"  # "— Ana Berg (@anaberg)"
    r"[ \t]+(?P<m>[A-Za-z]{3,9})\.?[ \t]+(?P<d>\d{1,2}),[ \t]*(?P<y>(?:19|20)\d\d)\b"  # "March 12, 2022"
)


def post_anchors(text: str) -> list[tuple[int, int, date]]:
    """For each post signature: where the post's line begins, where the signature begins, and the post's date."""
    found: list[tuple[int, int, date]] = []
    for match in _SIGNATURE.finditer(text):
        month = MONTHS.get(match["m"].lower())
        if month is None:
            continue
        try:
            when = date(int(match["y"]), month, int(match["d"]))
        except ValueError:
            continue
        found.append((text.rfind("\n", 0, match.start()) + 1, match.start(), when))
    return found


def anchor_at(posts: list[tuple[int, int, date]], start: int, anchor: date | None) -> date | None:
    """The anchor of an expression at ``start``: the date of the post it is in, else ``anchor``."""
    return next((when for first, signature, when in posts if first <= start < signature), anchor)
