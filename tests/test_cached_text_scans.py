"""The text scans kept per text give the answers of the whole-text searches they replace (docs/performance.md)."""

from __future__ import annotations

import re

from tumen.extract.capital_nouns import written_alone
from tumen.extract.quotation_marks import in_double

TEXTS = [
    'Vela Munro said: "My brother was taken.\n\nHe never came back," she told us.',
    "“Nobody knew,” Orrin Pask said. “They came at night.”\n\n\n“Again?” he asked.",
    '"\n\n"x',
    "",
    "Conspiracy charges. The conspiracy-theory group met; a conspiracy, again: CONSPIRACY_1 conspiracy_ conspiracy.",
    "Straße and STRASSE, İnan and inan, the Kelvin sign K and k.",
]


def _quoted_by_count(text: str, index: int) -> bool:
    start = text.rfind("\n\n", 0, index) + 1
    before = text[start:index]
    return before.count("“") - before.count("”") > 0 or before.count('"') % 2 == 1


def test_in_double_agrees_with_counting_the_paragraph_at_every_character() -> None:
    for text in TEXTS:
        for index in range(len(text) + 3):
            assert in_double(text, index) == _quoted_by_count(text, index), (text, index)


def test_written_alone_agrees_with_the_bounded_search() -> None:
    for text in TEXTS:
        words = set(re.findall(r"[^\W\d_]+", text))
        words |= {w.lower() for w in words} | {w.upper() for w in words} | {"i̇nan", "x", "strasse"}
        for word in words:
            expected = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
            assert written_alone(text, word) == expected, (text, word)
