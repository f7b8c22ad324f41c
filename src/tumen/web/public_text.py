"""Redacted text whose highlights still fit: where a redacted string's pieces came from in the original.

The reader role sees every document text, quote and search snippet through :class:`tumen.protect.redact.Redactor`,
which replaces each name of an at-risk person by a label ("[Person K7F3Q2]", "[name withheld]") of another length.
The highlights of the document reader and the matches of a search snippet are offsets into the original; here they
are carried over to the redacted text. The redacted text is always exactly what the redactor returned — the offsets
only decide where highlights go, so a misplaced highlight can never bring a name back. When the redacted text cannot
be aligned with the original (it always can, unless a label stands right beside another), highlights are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tumen.protect.redact import Redactor

Region = tuple[int, int, int, int]  # (start, end) in the original, (start, end) of its label in the redacted text


@dataclass(frozen=True)
class Redacted:
    """A redacted string, the regions the redaction replaced, and whether they are known (``aligned``)."""

    text: str
    regions: tuple[Region, ...] = ()
    aligned: bool = True

    def at(self, position: int, end: bool = False) -> int:
        """Where an offset of the original falls in the redacted text: inside a replaced name, at the start of its
        label (or, for the ``end`` of a span, at the label's end), so that a span covers whole labels."""
        shift = 0
        for start, stop, shown_start, shown_stop in self.regions:
            if position <= start:
                break
            if position < stop:
                return shown_stop if end else shown_start
            shift = shown_stop - stop
        return position + shift

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """A span of the original in the redacted text, None when it cannot be placed or is empty there."""
        if not self.aligned:
            return None
        first, last = self.at(start), self.at(end, end=True)
        return (first, last) if first < last else None


def labels_of(redactor: Redactor) -> re.Pattern[str]:
    """Every label the redactor may write (each pseudonym and "name withheld" in brackets), longest first: built
    once per redactor (:attr:`Redactor.labels`), not per string."""
    return redactor.labels


def redacted(text: str, redactor: Redactor, document: int | None = None, offset: int | None = None) -> Redacted:
    """``text`` through ``redactor`` (``document``/``offset`` as :meth:`Redactor.text` takes them), aligned."""
    shown = redactor.text(text, document, offset=offset)
    if shown == text:
        return Redacted(text)
    regions = align(text, shown, labels_of(redactor))
    return Redacted(shown, tuple(regions or ()), regions is not None)


def align(original: str, shown: str, labels: re.Pattern[str]) -> list[Region] | None:
    """The regions of ``original`` that became labels in ``shown``: the text between labels is the original's
    own, so each label's region ends where the text after the label resumes. None when that does not add up."""
    regions: list[Region] = []
    found = list(labels.finditer(shown))
    i = j = 0  # positions in the original and in the redacted text
    for n, label in enumerate(found):
        before = shown[j : label.start()]
        if not original.startswith(before, i):
            return None
        i += len(before)
        following = shown[label.end() : found[n + 1].start() if n + 1 < len(found) else len(shown)]
        if following:
            resume = original.find(following, i + 1)
        elif n + 1 == len(found):
            resume = len(original)
        else:
            return None  # two labels side by side: where the first name ends is unknown
        if resume <= i:
            return None
        regions.append((i, resume, label.start(), label.end()))
        i, j = resume, label.end()
    if original[i:] != shown[j:]:
        return None
    return regions


def redacted_parts(
    parts: Sequence[tuple[str, bool]], redactor: Redactor, document: int | None
) -> tuple[tuple[str, bool], ...]:
    """A snippet as (text, is_match) parts, redacted as one string (a name split across parts is still one
    name), with the matches carried over (a match on a name marks its label)."""
    whole = "".join(text for text, _match in parts)
    done = redacted(whole, redactor, document)
    if done.text == whole:
        return tuple(parts)
    marks: list[tuple[int, int]] = []
    position = 0
    for text, match in parts:
        if match and (placed := done.span(position, position + len(text))) is not None:
            marks.append(placed)
        position += len(text)
    out: list[tuple[str, bool]] = []
    last = 0
    for start, end in sorted(marks):
        start = max(start, last)
        if start >= end:
            continue
        if start > last:
            out.append((done.text[last:start], False))
        out.append((done.text[start:end], True))
        last = end
    if last < len(done.text):
        out.append((done.text[last:], False))
    return tuple(out)


_MARKED = re.compile(r"\[([^\[\]]*)\]")


def redacted_snippet(snippet: str, redactor: Redactor, document: int | None) -> str:
    """An API search snippet (each match in ``[`` ``]``, :func:`tumen.store.search.snippet`) redacted as one
    string, its matches marked again."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for found in _MARKED.finditer(snippet):
        if found.start() > position:
            parts.append((snippet[position : found.start()], False))
        parts.append((found.group(1), True))
        position = found.end()
    if position < len(snippet):
        parts.append((snippet[position:], False))
    if not any(match for _text, match in parts):
        return redactor.text(snippet, document)
    return "".join(f"[{text}]" if match else text for text, match in redacted_parts(parts, redactor, document))
