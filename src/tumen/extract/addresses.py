"""Web addresses, e-mail addresses and file paths (docs/extraction.md, "Addresses carry nothing").

An address names a page, a mailbox or a file; the words inside it ("…/2019/05/man-killed-in-tarvik-shooting.html",
"ana.vale@tarvik-news.example", "C:\\reports\\killed_in_tarvik.pdf") are no sentence of the report: no event, person,
place or time is read from them. :func:`masked` blanks them out of the text the parser reads (same length, same
offsets): each becomes one neutral token (a run of underscores). Schemes and host words are in data/addresses.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load

MASK = "_"  # a run of it is one neutral token (no word shaped "xxxx" that sways the name finder after it)
_TRAILING = ".,;:!?)]}*'\"”’"  # a sentence's punctuation after an address is not part of it
_PART = r"[^\W_]"  # a letter or digit
_WORD = r"[\w'’%~+#=?&]+"  # a piece of a web address written with spaces around its punctuation
_SEPARATOR = r"[./\-_?=&#:]"
# A capitalised word after a separator goes on with the address only when a separator or the line's end follows it
# ("/ US / 04 /", "/ Lindsay - Lohan -"); else it opens the next sentence ("… / raid . Soldiers shot …").
_PIECE = rf"(?:(?![A-ZÀ-ÖØ-Þ]){_WORD}|{_WORD}(?= {_SEPARATOR}| ?\n| ?$))"


@cache
def _patterns() -> re.Pattern[str]:
    data = load("addresses.yaml")
    schemes = "|".join(re.escape(str(s)) for s in data["schemes"])
    hosts = "|".join(re.escape(str(h)) for h in data["hosts"])
    extensions = "|".join(re.escape(str(e)) for e in data["extensions"])
    web = rf"(?<![\w/])(?i:(?:{schemes})://|(?:{hosts})\.){_PART}[^\s<>\"“”]*"  # "https://…", "WWW.…"
    # tokenised corpora: "http : / / www . tarvik . example / raid /"
    spaced = rf"(?<![\w/])(?i:{schemes}) : / / {_WORD}(?:(?: {_SEPARATOR})+ {_PIECE})*(?: /)?"
    numbers = r"(?!(?:\d+\.)+[a-z]+/)"  # a host of numbers ("5.6.2020.at/…") is no domain
    domain_path = rf"(?<![\w./@-]){numbers}{_PART}[\w-]*(?:\.[\w-]+)*\.[a-z]{{2,12}}/[^\s<>\"“”]*"  # "example.org/…"
    email = rf"(?<![\w.+-]){_PART}[\w.+-]*@{_PART}[\w-]*(?:\.[\w-]+)+"
    drive_path = r"(?<!\w)[A-Za-z]:\\[^\s<>\"“”]+"  # "C:\reports\…"
    rooted_path = r"(?<![\w/.-])(?:~|\.{1,2})?/(?:[\w.-]+/)+[\w.-]*"  # "/home/ana/…", "~/docs/…", "./data/…"
    # "reports/2019/list.pdf": a known extension; not a path of numbers only ("5/6/2020.pdf")
    file_path = rf"(?<![\w/.-])(?![\d/.-]+\.)(?:[\w.-]+/)+[\w-]+\.(?i:{extensions})(?![\w/])"
    alternatives = (spaced, web, email, domain_path, drive_path, rooted_path, file_path)
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every address in the text, without the punctuation that follows it."""
    found = []
    for match in _patterns().finditer(text):
        start, end = match.span()
        while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):  # "… / raid ." ends it
            end -= 1
        if end - start > 1:
            found.append((start, end))
    return found


def masked(text: str) -> str:
    """The text with every address turned into one neutral word of its length (offsets unchanged)."""
    pieces = []
    last = 0
    for start, end in spans(text):
        pieces += [text[last:start], MASK * (end - start)]
        last = end
    return "".join(pieces) + text[last:] if pieces else text
