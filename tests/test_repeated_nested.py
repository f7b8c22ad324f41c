"""An unnamed mention of an event joins the one party's event also when the document names that party in
part and in full ("the couple" and "the couple and their nephew") — docs/extraction.md, "One event told again
in a document". Invented events."""

from __future__ import annotations

from tumen.extract.repeated_events import merge_repeated
from tumen.extract.types import Event, Evidence, Participant, Span


def crossing(n: int, *who: str, modality: str = "failed") -> Event:
    return Event(
        f"e{n}",
        "border_crossing",
        Span(n * 100, n * 100 + 7, "crossed"),
        participants=[Participant(p, "subject") for p in who],
        evidence=[Evidence(n * 100, n * 100 + 50, "…")],
        modality=modality,
    )


def test_an_unnamed_mention_joins_a_party_told_in_part_and_in_full() -> None:
    # "Caught fleeing: a couple" (headline) … "the couple tried to cross" … "the couple and their nephew
    # tried to cross but were caught"
    events = [crossing(1), crossing(2, "husband", "wife"), crossing(3, "husband", "wife", "nephew")]
    kept = merge_repeated(events, [])
    assert len(kept) == 2 and len(kept[0].evidence) == 2


def test_two_parties_sharing_one_person_stay_apart() -> None:
    events = [crossing(1), crossing(2, "husband", "wife"), crossing(3, "wife", "daughter")]
    assert len(merge_repeated(events, [])) == 3
