"""A photo caption tells the moment of its picture, not a time of the story around it (docs/extraction.md, "Story
time").

Reports copied from the web carry the captions of their photos as lines of their own, marked by a photo credit
("(AP Photo/Ana Berg)", "Photo: Ivo Lesk/AFP", "Photograph: Tarvik Times", "… via Getty Images", "FILE PHOTO: …"):
*Protesters march in Velar on Nov. 18, 2023. (AP Photo/Ana Berg)* — the march is of that day, but the story's next
sentence is not: the photo may be of another day, even years before (a file photo). A date on such a line dates the
caption's own clauses and sets no reference time of the story (:func:`tumen.extract.story_time.references`). The
credits are the regular expressions of ``caption_credits`` in data/time_words.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load

LONGEST = 400  # a caption is one short line; a longer one is prose that happens to name a photo


@cache
def _credits() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{c})" for c in load("time_words.yaml")["story"]["caption_credits"]))


@cache
def _stamped() -> re.Pattern[str]:
    stamps = "|".join(re.escape(str(w)) for w in load("time_words.yaml")["story"]["caption_stamps"])
    return re.compile(rf"\b(?:{stamps})\W*$", re.I)


def in_caption(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` of ``text`` lies on a line that carries a photo credit (and is no date
    a stamp word opens: "Updated: 10 June 2019 | Photos by …")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if end - start > LONGEST or _stamped().search(text, start, offset):
        return False
    return _credits().search(text[start:end]) is not None
