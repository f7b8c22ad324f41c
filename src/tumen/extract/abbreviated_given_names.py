"""A given name written short with a period inside a person's name (docs/extraction.md, "Persons").

Filipino reporting writes the given name Maria "Ma." before a second given name ("Dr. Ma. Lourdes Tanco"), and
older English writing shortens William, Charles, Thomas and James so ("Wm. Tarvell"). The parser ends a sentence at
the period, or takes the abbreviation for a one-word name of its own. A listed abbreviation
(``abbreviated_given_names`` in ``data/given_names.yaml``) with its period, right before a person's mention, is
part of that name — unless a capitalised word that is no title stands before it ("Jack Ma. Lourdes Tanco said"):
there it ends another name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract.vocab import load


@cache
def _abbreviation_before() -> re.Pattern[str]:
    words = sorted((str(w) for w in load("given_names.yaml").get("abbreviated_given_names") or {}), key=len)
    alternatives = "|".join(re.escape(w.capitalize()) for w in reversed(words))
    return re.compile(rf"(?<![\w.])(?:{alternatives})\.[ \t]+$")


_WORD_BEFORE = re.compile(r"([\w.’'-]+)[ \t]+$")


def with_abbreviated_given_names(text: str, mentions: list[Any]) -> None:
    """Grow each person's mention over a listed given-name abbreviation right before it (in place)."""
    titles = load("kinship.yaml")["titles"]
    for mention in mentions:
        if mention.kind != "person":
            continue
        found = _abbreviation_before().search(text, max(0, mention.start - 12), mention.start)
        if found is None:
            continue
        word = _WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
        before = "" if word is None else word.group(1)
        if before[:1].isupper() and before not in titles and not before.endswith("."):
            continue  # "Jack Ma. Lourdes Tanco said": "Ma" ends the name before it
        mention.start, mention.text = found.start(), text[found.start() : mention.end]
