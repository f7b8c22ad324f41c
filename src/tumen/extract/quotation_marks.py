"""Where quotations are: the one reader of quotation marks (rules in docs/extraction.md, "Who says what").

A quotation never reaches past its paragraph (a blank line). In double quotes (“…”, "…") a character is quoted
when more curly quotes open than close before it in its paragraph (*“He said: “go”, and left”*: nested; a stray
closing mark opens nothing), or an odd number of straight ones stand before it; a quotation left open runs to the
end of its paragraph. Guillemets (*«…»*) close at the first closing guillemet of the paragraph. A single quote opens
a quotation when it is a left quote (‘), or a straight one (') before a word and after none that does not begin a
clitic split from its word (tokenised *it 's*); it closes at the first ’ or ' of the paragraph that no letter or
digit follows (*'I didn't go,' she said*; *‘Ana’s son’*): a mark inside a word (*didn't*, *I’ll*) is an
apostrophe, and a mark that nothing closes in its paragraph opened no quotation (*the Bergs' house*).

The speakers of quotations (tumen.extract.attribution) take the passages :func:`paired`: each double opening mark
with the first closing mark after it, a curly one over paragraphs too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
MARK_TOKENS = frozenset(["'", '"', "‘", "’", "“", "”", "``", "''"])  # the tokens a parser makes of the marks
PARAGRAPH = "\n\n"
CLITIC = re.compile(r"(?:s|re|ll|ve|m|d|t)(?![^\W\d_])", re.I)  # "it 's", "we 'll": no quotation opens so


@lru_cache(maxsize=2)
def _marks(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Where the text's paragraph breaks (each blank line's two line breaks, overlapping ones too), opening and
    closing curly double quotes and straight double quotes are: found once per text, so asking whether a word is
    quoted is a few binary searches, not a count over its paragraph."""
    breaks = [m.start() for m in re.finditer(r"(?=\n\n)", text)]
    return breaks, _places(text, "“"), _places(text, "”"), _places(text, '"')


def _places(text: str, mark: str) -> list[int]:
    return [m.start() for m in re.finditer(mark, text)]


def _paragraph(breaks: list[int], index: int) -> tuple[int, int]:
    """The index of the last paragraph break wholly before ``index``, and where its paragraph starts."""
    last = bisect_right(breaks, index - 2) - 1
    return last, breaks[last] + 1 if last >= 0 else 0


def depth(text: str, index: int) -> int:
    """How many more curly double quotes open than close before character ``index`` in its paragraph."""
    breaks, opening, closing, _straight = _marks(text)
    start = _paragraph(breaks, index)[1]
    end = min(index, len(text))

    def count(places: list[int]) -> int:
        return max(0, bisect_left(places, end) - bisect_left(places, start)) if end > start else 0

    return count(opening) - count(closing)


def in_double(text: str, index: int) -> bool:
    """Is character ``index`` inside a quotation in double quotes of its paragraph (curly or straight)?"""
    breaks, _opening, _closing, straight = _marks(text)
    start, end = _paragraph(breaks, index)[1], min(index, len(text))
    odd = end > start and (bisect_left(straight, end) - bisect_left(straight, start)) % 2 == 1
    return depth(text, index) > 0 or odd


def opened_on_line(text: str, index: int) -> bool:
    """Is character ``index`` inside a quotation in double quotes opened on its own line? (A quotation left open on
    an earlier line, as careless text has them, says nothing of this one.)"""
    before = text[text.rfind("\n", 0, index) + 1 : index]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def double_bounds(text: str, index: int) -> tuple[int, int]:
    """Where the double-quoted quotation holding character ``index`` opens and closes (the last opening or straight
    quote before it and the first closing or straight quote after it, within its paragraph; the paragraph's ends
    when there is none)."""
    breaks, opening, closing, straight = _marks(text)
    last, start = _paragraph(breaks, index)
    end = breaks[last + 1] if last + 1 < len(breaks) else len(text)
    before = [p[bisect_left(p, index) - 1] for p in (opening, straight) if bisect_left(p, index) > 0]
    after = [p[bisect_right(p, index)] for p in (closing, straight) if bisect_right(p, index) < len(p)]
    opens = max((p for p in before if p >= start), default=start)
    closes = min((p for p in after if p < end), default=max(start, end - 1))
    return opens, closes


def opens(text: str, at: int) -> bool:
    """Does the quote mark at ``at`` open a quotation if one closes it? A left single quote (‘) or guillemet does; a
    straight one (') before a word and after none, not before the clitic of a word split from it ("it 's")."""
    if text[at] != "'":
        return True
    return not text[at - 1 : at].isalnum() and text[at + 1 : at + 2].isalnum() and not CLITIC.match(text, at + 1)


def closes(text: str, at: int) -> bool:
    """Does the quote mark at ``at`` stand where a quotation may close: before no letter or digit (not the
    apostrophe of "didn't")?"""
    return not text[at + 1 : at + 2].isalnum()


def closing(text: str, opening: str, start: int) -> int | None:
    """Where the quotation opened by the mark ``opening`` before character ``start`` closes, within its paragraph:
    the first closing mark that :func:`closes` it (not the apostrophe of "I'll"), or None."""
    limit = text.find(PARAGRAPH, start)
    limit = len(text) if limit < 0 else limit
    position = start
    while (end := text.find(CLOSING[opening], position, limit)) > start:
        if opening == "«" or closes(text, end):  # « texte »: a guillemet is no apostrophe
            return end
        position = end + 1
    return None


@lru_cache(maxsize=2)
def other_quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations in guillemets or single quotes, marks included, in order; not one inside another."""
    found: list[tuple[int, int]] = []
    for mark in re.finditer(r"[«‘']", text):
        at = mark.start()
        if (found and at < found[-1][1]) or not opens(text, at):
            continue
        end = closing(text, mark.group(), at + 1)
        if end is not None:
            found.append((at, end + 1))
    return tuple(found)


def in_other(text: str, index: int) -> bool:
    """Is character ``index`` inside a quotation in guillemets or single quotes (or on its closing mark)?"""
    spans = other_quotations(text)
    holding = bisect_right(spans, (index,)) - 1
    return holding >= 0 and spans[holding][0] < index < spans[holding][1]


def paired(text: str) -> list[tuple[int, int]]:
    """The passages in double quotes, each opening mark with the first closing mark after it (without the marks; of
    more than three characters), for the speakers of quotations: a curly quotation may run over paragraphs (one of
    several paragraphs, each opened and the last closed), a straight one not (its closing mark cannot be told from
    the next opening one)."""
    spans: list[tuple[int, int]] = []
    for opening in '“"':
        position = 0
        while (start := text.find(opening, position)) >= 0:
            end = text.find(CLOSING[opening], start + 1)
            paragraph_end = text.find(PARAGRAPH, start)
            if end < 0 or (0 <= paragraph_end < end and opening == '"'):
                position = start + 1
                continue
            if end - start > 3:
                spans.append((start + 1, end))
            position = end + 1
    return spans
