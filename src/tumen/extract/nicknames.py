"""A nickname in quotation marks inside a full name: "Natalia “Nat” Berg", "Jose 'Pepe' Ruiz".

The quoted word is another name of that person, not a part of the name itself: later "Natalia Berg", "Nat Berg"
and "Nat" alone are the same person. The name without the nickname is the person's name; the nickname is
kept apart, to be matched by the grouping of mentions (tumen.extract.entities).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tumen.extract.gender import is_given_name

# A quoted capitalised word or two between two words of a name, in any quotation marks.
_QUOTED = re.compile(r"\s+[\"“‘'«]([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[\"”’'»]\s+(?=\S)")


def split_nickname(text: str) -> tuple[str, str | None]:
    """The name without a nickname quoted inside it, and the nickname: "Jose 'Pepe' Ruiz" -> ("Jose Ruiz",
    "Pepe"). A quoted word that opens or closes the text is no nickname inside a name."""
    match = _QUOTED.search(text)
    if match is None or not text[: match.start()].strip():
        return text, None
    return f"{text[: match.start()]} {text[match.end() :]}", match.group(1)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def called_by(nickname: str, surname: str | None, written: str) -> bool:
    """Whether ``written`` is the nickname alone or the nickname with the family name: "Pepe" or "Pepe Ruiz" for
    Jose 'Pepe' Ruiz."""
    nick = _letters(nickname)
    if _letters(written) == nick:
        return True
    words = written.split()
    return (
        bool(surname)
        and len(words) >= 2
        and _letters(words[-1]) == _letters(surname or "")
        and (_letters(" ".join(words[:-1])) == nick)
    )


# A capitalised word, a quoted capitalised word or two, a capitalised word: "Jose 'Pepe' Ruiz".
_IN_TEXT = re.compile(
    r"(?<![\w.'’-])([A-Z][\w.'’-]*)[ \t]+[\"“‘'«]([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)[\"”’'»][ \t]+([A-Z][\w'’-]*\w)"
)


def with_quoted_nicknames(text: str, mentions: list[Any], make: Callable[..., Any]) -> list[Any]:
    """One person's mention over a name with a quoted nickname inside it, where the parser cut it in pieces or
    took it for something else ("Arturo" and "Turo' Benavid" for "Arturo 'Turo' Benavid", "Rodrigo “Digo”" an
    organisation): the person mentions that meet the words around the nickname grow into one, from the first word
    of the first to the last word of the last, and other mentions within it are dropped. The word before the
    quotes must be a person mention's, or a listed given name (data/given_names.yaml): in "Watergate 'Bagman' Fred
    LaRue" the quoted word is an epithet before the name."""
    for found in _IN_TEXT.finditer(text):
        start, end = found.span()
        met = [m for m in mentions if m.start < end and start < m.end]
        persons = [m for m in met if m.kind == "person"]
        before = found.end(1)  # the word before the quotes must be a name's: not "Watergate 'Bagman' Fred LaRue"
        if not any(m.start < before for m in persons) and not is_given_name(found.group(1)):
            continue
        first = min(start, *(m.start for m in persons)) if persons else start
        last = max(end, *(m.end for m in persons)) if persons else end
        if any(m.start < first or m.end > last for m in mentions if m.start < last and first < m.end):
            continue  # a mention reaching out of the name: left as it was
        gone = {id(m) for m in mentions if first <= m.start and m.end <= last}
        mentions = [m for m in mentions if id(m) not in gone]
        label = persons[0].label if persons else "PERSON"
        mentions = sorted([*mentions, make(first, last, text[first:last], "person", label)], key=lambda m: m.start)
    return mentions
