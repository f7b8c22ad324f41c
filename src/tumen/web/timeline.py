"""A case file's timeline as inline SVG, rendered on the server.

Every dated event is one mark on a time axis: a bar over the interval the sources allow (a year, a
month, a range) and a shape at its middle. The colour is the fact's verdict, the shape its modality
(asserted, attempted or failed, demanded or offered, planned), a dashed outline marks an event known only
at second hand (hearsay). Each mark has a ``<title>`` (read by screen readers, shown on hover) and links
to the event's entry in the page. The person's own events lie on the upper rows, their relatives' below.

Built only through escaping: every text and attribute value goes through :func:`markupsafe.escape`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

from tumen.corroborate.facts import Fact

WIDTH = 960
MARGIN = 24
ROW = 22
LEGEND = 44
AXIS = 28
MIN_MARK = 16  # pixels an event takes on its row, however short its interval

VERDICT_COLOURS = {
    "corroborated": "#2e7d32",
    "single_witness": "#b7791f",
    "single_source": "#5a6b7b",
    "contradicted": "#c62828",
}
VERDICT_WORDS = {
    "corroborated": "corroborated",
    "single_witness": "one witness, several reports",
    "single_source": "one report",
    "contradicted": "contradicted",
}
SHAPES = {  # modality -> shape
    "asserted": "circle",
    "attempted": "triangle",
    "failed": "triangle",
    "demanded": "diamond",
    "offered": "diamond",
    "planned": "square",
}
SHAPE_WORDS = {
    "circle": "stated as fact",
    "triangle": "attempted or failed",
    "diamond": "demanded or offered",
    "square": "planned",
}


@dataclass(frozen=True)
class Mark:
    fact_id: str
    type: str
    earliest: date
    latest: date
    verdict: str
    modality: str
    hearsay: bool
    lane: str  # own | family
    label: str  # how the person (or a relative) takes part, and where

    @property
    def title(self) -> str:
        when = self.earliest.isoformat() if self.earliest == self.latest else f"{self.earliest} – {self.latest}"
        parts = [f"{when}: {self.type.replace('_', ' ')}", self.label, VERDICT_WORDS.get(self.verdict, self.verdict)]
        if self.modality != "asserted":
            parts.append(self.modality)
        if self.hearsay:
            parts.append("hearsay")
        return " — ".join(p for p in parts if p)


def modality_of(fact: Fact) -> str:
    """The modality most of the fact's current statements give it ("asserted" when unmarked)."""
    found = Counter(str(s.attribute("modality") or "asserted") for s in fact.current)
    return found.most_common(1)[0][0] if found else "asserted"


def mark_of(fact: Fact, lane: str, label: str) -> Mark | None:
    """The fact as a mark, or None when no source dates it (it is listed apart)."""
    time = fact.time
    if time is None:
        return None
    hearsay = bool(fact.current) and all(s.hearsay for s in fact.current)
    return Mark(
        fact.id, fact.type, time.earliest, time.latest, fact.verdict.value, modality_of(fact), hearsay, lane, label
    )


def _rows(marks: Sequence[Mark], x: dict[str, tuple[float, float]]) -> list[int]:
    """A row for each mark so that no two marks on a row overlap (greedy, in time order)."""
    ends: list[float] = []
    rows: list[int] = []
    for mark in marks:
        left, right = x[mark.fact_id]
        right = max(right, left + MIN_MARK)
        for number, end in enumerate(ends):
            if left > end + 4:
                ends[number] = right
                rows.append(number)
                break
        else:
            ends.append(right)
            rows.append(len(ends) - 1)
    return rows


def _shape(shape: str, cx: float, cy: float, colour: str, dashed: bool) -> str:
    dash = ' stroke-dasharray="2 2"' if dashed else ""
    stroke = f' stroke="#1d1d1f" stroke-width="1.2"{dash}'
    fill = f' fill="{escape(colour)}"'
    if shape == "triangle":
        points = f"{cx:.1f},{cy - 7:.1f} {cx - 7:.1f},{cy + 6:.1f} {cx + 7:.1f},{cy + 6:.1f}"
        return f'<polygon class="shape" points="{points}"{fill}{stroke}/>'
    if shape == "diamond":
        points = f"{cx:.1f},{cy - 7:.1f} {cx + 7:.1f},{cy:.1f} {cx:.1f},{cy + 7:.1f} {cx - 7:.1f},{cy:.1f}"
        return f'<polygon class="shape" points="{points}"{fill}{stroke}/>'
    if shape == "square":
        return f'<rect class="shape" x="{cx - 6:.1f}" y="{cy - 6:.1f}" width="12" height="12"{fill}{stroke}/>'
    return f'<circle class="shape" cx="{cx:.1f}" cy="{cy:.1f}" r="6.5"{fill}{stroke}/>'


def _ticks(first: date, last: date) -> list[date]:
    years = last.year - first.year + 1
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= 12)
    start = first.year + (-first.year) % step
    return [date(y, 1, 1) for y in range(start, last.year + 1, step) if first <= date(y, 1, 1) <= last]


def _legend(y: float) -> list[str]:
    parts = [f'<g class="legend" transform="translate({MARGIN},{y:.1f})">']
    x = 0.0
    for verdict, colour in VERDICT_COLOURS.items():
        parts.append(f'<rect x="{x:.1f}" y="0" width="12" height="12" fill="{escape(colour)}"/>')
        parts.append(f'<text x="{x + 16:.1f}" y="10">{escape(VERDICT_WORDS[verdict])}</text>')
        x += 24 + 7 * len(VERDICT_WORDS[verdict])
    x = 0.0
    for shape, words in SHAPE_WORDS.items():
        parts.append(_shape(shape, x + 7, 27, "#ffffff", False))
        parts.append(f'<text x="{x + 18:.1f}" y="31">{escape(words)}</text>')
        x += 30 + 7 * len(words)
    parts.append(_shape("circle", x + 7, 27, "#ffffff", True))
    parts.append(f'<text x="{x + 18:.1f}" y="31">hearsay only</text>')
    parts.append("</g>")
    return parts


def render(marks: Sequence[Mark], title: str) -> Markup:
    """The timeline of ``marks`` (dated events) as one ``<svg>`` element; an empty timeline says so."""
    marks = sorted(marks, key=lambda m: (m.lane != "own", m.earliest, m.latest, m.type, m.fact_id))
    if not marks:
        return Markup('<p class="timeline-empty">No dated events.</p>')
    first = min(m.earliest for m in marks)
    last = max(m.latest for m in marks)
    pad = max(timedelta(days=120), (last - first) / 20)
    first, last = first - pad, last + pad
    span = (last - first).days or 1
    usable = WIDTH - 2 * MARGIN

    def at(day: date) -> float:
        return MARGIN + usable * (day - first).days / span

    x = {m.fact_id: (at(m.earliest), at(m.latest)) for m in marks}
    own = [m for m in marks if m.lane == "own"]
    family = [m for m in marks if m.lane != "own"]
    own_rows, family_rows = _rows(own, x), _rows(family, x)
    own_height = (max(own_rows) + 1) * ROW if own_rows else 0
    family_top = LEGEND + own_height + (18 if family else 0)
    family_height = (max(family_rows) + 1) * ROW if family_rows else 0
    axis_y = family_top + family_height + 8
    height = axis_y + AXIS
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height:.0f}"'
        f' width="100%" aria-labelledby="timeline-title">',
        f'<title id="timeline-title">{escape(title)}</title>',
        *_legend(4),
    ]
    if family:
        parts.append(f'<text class="lane-label" x="{MARGIN}" y="{family_top - 4:.1f}">relatives\u2019 events</text>')
    placed = [(m, LEGEND + r * ROW + ROW / 2) for m, r in zip(own, own_rows, strict=True)]
    placed += [(m, family_top + r * ROW + ROW / 2) for m, r in zip(family, family_rows, strict=True)]
    for mark, cy in placed:
        left, right = x[mark.fact_id]
        colour = VERDICT_COLOURS.get(mark.verdict, "#5a6b7b")
        parts.append(
            f'<a class="event-mark" href="#fact-{escape(mark.fact_id)}" data-fact="{escape(mark.fact_id)}"'
            f' data-lane="{escape(mark.lane)}" data-verdict="{escape(mark.verdict)}"'
            f' data-modality="{escape(mark.modality)}">'
        )
        parts.append(f"<title>{escape(mark.title)}</title>")
        parts.append(
            f'<rect class="span" x="{left:.1f}" y="{cy - 2:.1f}" width="{max(right - left, 1):.1f}" height="4"'
            f' fill="{escape(colour)}" fill-opacity="0.35"/>'
        )
        shape = SHAPES.get(mark.modality, "circle")
        parts.append(_shape(shape, (left + right) / 2, cy, colour, mark.hearsay))
        parts.append("</a>")
    parts.append(
        f'<line class="axis" x1="{MARGIN}" y1="{axis_y:.1f}" x2="{WIDTH - MARGIN}" y2="{axis_y:.1f}" stroke="#555"/>'
    )
    for tick in _ticks(first, last):
        tx = at(tick)
        parts.append(f'<line x1="{tx:.1f}" y1="{axis_y:.1f}" x2="{tx:.1f}" y2="{axis_y + 5:.1f}" stroke="#555"/>')
        parts.append(f'<text class="tick" x="{tx:.1f}" y="{axis_y + 18:.1f}" text-anchor="middle">{tick.year}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
