"""The pieces the reading pages are drawn with: the reader's highlighted text (highlights that overlap each
other and the evidence mark, hostile characters) and the timeline SVG (one mark per dated event, escaped
titles), checked by parsing what they produce."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from tumen.web import pages_text, timeline
from tumen.web.pages_text import Highlight

HOSTILE = '<script>window.pwned=1</script> & <img src=x onerror="window.pwned=1">'


class Tree(HTMLParser):
    """Text inside and outside ``<mark>``, the tags seen, and every ``<title>``'s text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text, self.marked, self.tags, self.titles = "", "", [], []
        self.in_mark = self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.in_mark |= tag == "mark"
        if tag == "title":
            self.in_title = True
            self.titles.append("")

    def handle_endtag(self, tag: str) -> None:
        self.in_mark &= tag != "mark"
        self.in_title &= tag != "title"

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.titles[-1] += data
            return
        self.text += data
        if self.in_mark:
            self.marked += data


def parsed(markup: str) -> Tree:
    tree = Tree()
    tree.feed(str(markup))
    tree.close()
    return tree


def test_highlights_and_the_mark_never_lose_or_change_a_character() -> None:
    text = f"Ri Sun-ok was detained at Camp 25 in 2016. {HOSTILE}\nShe was released."
    marks = [
        Highlight(0, 9, "person", "person: Ri Sun-ok"),
        Highlight(14, 22, "event", "event: detention"),
        Highlight(26, 33, "place", "place: Camp 25"),
        Highlight(20, 30, "time", 'time: <b onclick="x">'),  # overlaps two others
        Highlight(37, 41, "time", "time: 2016"),
    ]
    evidence = (18, 60)  # starts and ends inside highlights and inside the hostile text
    tree = parsed(pages_text.render(text, marks, evidence))
    assert tree.text == text
    assert tree.marked == text[18:60]
    assert [t for t, _a in tree.tags].count("mark") == 1
    assert not any(t in ("script", "img", "b") for t, _a in tree.tags)
    assert not any(k.startswith("on") for _t, attrs in tree.tags for k in attrs)
    notes = [a.get("title") for t, a in tree.tags if t == "span"]
    assert 'time: <b onclick="x">' in "".join(n or "" for n in notes)


def test_the_mark_leaves_white_space_at_its_ends_outside() -> None:
    text = "First line.\n\nShe was detained in 2016.\n\nLast line."
    start, end = pages_text.trimmed(text, 11, 39)
    assert text[start:end] == "She was detained in 2016."
    assert parsed(pages_text.render(text, [], (start, end))).marked == "She was detained in 2016."


def mark(fact_id: str, first: date, last: date, lane: str = "own", label: str = "victim") -> timeline.Mark:
    return timeline.Mark(fact_id, "detention", first, last, "corroborated", "asserted", False, lane, label)


def test_the_timeline_has_one_mark_per_event_with_an_escaped_title() -> None:
    marks = [
        mark("F1", date(2015, 1, 1), date(2017, 12, 31), label=f"victim in {HOSTILE}"),
        mark("F2", date(2016, 3, 1), date(2016, 3, 31)),
        mark("F3", date(2021, 5, 2), date(2021, 5, 2), lane="family"),
    ]
    svg = timeline.render(marks, f"Timeline of {HOSTILE}")
    tree = parsed(svg)
    links = [a for t, a in tree.tags if t == "a"]
    assert [a["data-fact"] for a in links] == ["F1", "F2", "F3"]
    assert [a["data-lane"] for a in links] == ["own", "own", "family"]
    assert not any(t in ("script", "img") for t, _a in tree.tags)
    assert tree.titles[0] == f"Timeline of {HOSTILE}"
    assert any(HOSTILE in t and "2015-01-01 – 2017-12-31: detention" in t for t in tree.titles)
    assert "2016" in tree.text and "relatives" in tree.text
    assert str(timeline.render([], "nothing")) == '<p class="timeline-empty">No dated events.</p>'
