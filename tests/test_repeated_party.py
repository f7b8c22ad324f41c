"""An unnamed mention of an event joins the one event of a document it can only be, also when the document
mentions that event several times with its participants (docs/extraction.md, "One event told again in a
document"). Invented events."""

from __future__ import annotations

from tumen.extract.repeated_events import merge_repeated
from tumen.extract.types import Event, Evidence, Participant, Span


def crossing(n: int, *who: str, modality: str = "asserted", quote: str = "…") -> Event:
    return Event(
        f"e{n}",
        "border_crossing",
        Span(n * 100, n * 100 + 7, "crossed"),
        participants=[Participant(p, "subject") for p in who],
        evidence=[Evidence(n * 100, n * 100 + 50, quote)],
        modality=modality,
    )


def test_an_unnamed_mention_joins_one_partys_event_told_twice() -> None:
    # "The couple tried to flee." (lead) … "Kim and her husband tried to cross" … "Kim and Pak were caught
    # trying to cross" … "The attempt was discovered" (no one named)
    events = [
        crossing(1, "p1", "p2", modality="failed"),
        crossing(2, "p2", "p1", modality="failed"),
        crossing(3, modality="attempted", quote="The attempt was discovered."),
    ]
    kept = merge_repeated(events, [])
    assert len(kept) == 2 and len(kept[0].evidence) == 2


def test_with_two_parties_it_stays_apart() -> None:
    events = [crossing(1, "p1", "p2"), crossing(2, "p3"), crossing(3, quote="The crossing took four hours.")]
    assert len(merge_repeated(events, [])) == 3
