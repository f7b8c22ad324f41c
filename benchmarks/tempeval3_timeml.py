"""TimeML for benchmarks/tempeval3.py: reading a document's text and tags (entities decoded), its creation time,
and writing tumen's expressions into a copy of it as TIMEX3 tags (the text kept byte for byte)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from tumen.extract.time import TimeExpression, find_times

TEXT_ELEMENT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


_PIECES = re.compile(r"<(/?)([A-Za-z][\w.-]*)([^>]*?)(/?)>|&(#\d+|#x[0-9a-fA-F]+|\w+);|[^<&]+|[<&]", re.S)


_ATTR = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')


_LINKS = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\n?")


_DCT_TIMEX = re.compile(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>')


@dataclass(frozen=True)
class Tag:
    """An annotation inside <TEXT>, as a [start, end) span of the decoded text."""

    name: str
    attrs: dict[str, str]
    start: int
    end: int


@dataclass
class TimeMLText:
    """The inside of <TEXT>: the decoded text, where each of its characters is in the markup-free raw text,
    and the tags."""

    plain: str
    bare: str  # the raw text without tags (entities still encoded)
    offsets: list[int]  # plain index -> bare index (one more entry: the end)
    tags: list[Tag] = field(default_factory=list)


def read_text(inner: str) -> TimeMLText:
    """Decode the inside of <TEXT>: drop tags (keeping their spans), decode entities, map offsets."""
    plain: list[str] = []
    bare: list[str] = []
    offsets: list[int] = []
    size = 0  # length of the bare text so far
    tags: list[Tag] = []
    open_tags: list[tuple[str, dict[str, str], int]] = []
    for piece in _PIECES.finditer(inner):
        name = piece.group(2)
        if name is not None:
            attrs = dict(_ATTR.findall(piece.group(3)))
            here = len(plain)
            if piece.group(1):  # closing tag
                for k in range(len(open_tags) - 1, -1, -1):
                    if open_tags[k][0] == name:
                        _, opened_attrs, begin = open_tags.pop(k)
                        tags.append(Tag(name, opened_attrs, begin, here))
                        break
            elif piece.group(4):  # empty element
                tags.append(Tag(name, attrs, here, here))
            else:
                open_tags.append((name, attrs, here))
            continue
        raw = piece.group(0)
        decoded = html.unescape(raw) if piece.group(5) is not None else raw
        if len(decoded) == 1 and len(raw) > 1:  # an entity: one character of the text
            plain.append(decoded)
            offsets.append(size)
        else:  # text, or an entity unknown to HTML ("&Cx1f;") kept as written
            plain.extend(raw)
            offsets.extend(range(size, size + len(raw)))
        bare.append(raw)
        size += len(raw)
    offsets.append(size)
    tags.sort(key=lambda t: (t.start, -t.end))
    return TimeMLText("".join(plain), "".join(bare), offsets, tags)


def creation_time(document: str) -> date | None:
    """The document creation time: the day of the TIMEX3 marked CREATION_TIME (outside or inside <TEXT>)."""
    tag = _DCT_TIMEX.search(document)
    if tag is None:
        return None
    value = dict(_ATTR.findall(tag.group(0))).get("value", "")
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def timex_tag(tid: str, expression: TimeExpression) -> str:
    attrs = f'tid="{tid}" type="{expression.kind}" value="{html.escape(expression.value)}"'
    if expression.mod:
        attrs += f' mod="{expression.mod}"'
    return f"<TIMEX3 {attrs}>"


def annotate(document: str, language: str = "en") -> tuple[str, list[TimeExpression]]:
    """A TimeML document re-annotated by tumen: gold tags inside <TEXT> replaced by tumen's TIMEX3s,
    event instances and links dropped, everything else unchanged. A range ("from 1991 to 1997") is written
    as its two ends: TimeML has no range value. Returns the document and the expressions written."""
    found = TEXT_ELEMENT.search(document)
    if found is None:
        raise ValueError("no <TEXT> element")
    text = read_text(found.group(1))
    expressions = find_times(text.plain, creation_time(document), language)
    timexes = [part for found in expressions for part in (found.parts or (found,))]  # a range: its two ends
    pieces: list[str] = []
    at = 0
    for number, expression in enumerate(timexes, start=1):
        start, end = text.offsets[expression.start], text.offsets[expression.end]
        pieces += [text.bare[at:start], timex_tag(f"t{number}", expression), text.bare[start:end], "</TIMEX3>"]
        at = end
    pieces.append(text.bare[at:])
    head, tail = document[: found.start(1)], document[found.end(1) :]
    return head + "".join(pieces) + _LINKS.sub("", tail), timexes
