"""A taking of a person the report also tells was sold is that trafficking (rules in docs/extraction.md, "Violations").

"A trafficking gang kidnapped her daughter … My daughter was sold for 3,000 yuan": the kidnapping is how the girl was
trafficked — one event told twice, not an abduction and a sale. An abduction told as done whose victims are all
victims of a trafficking told as done in the same report, at no other time, is typed as that trafficking.
"""

from __future__ import annotations

from tumen.extract.types import Event


def _victims(event: Event) -> set[str]:
    return {p.entity for p in event.participants if p.role == "victim"}


def _same_time(a: Event, b: Event) -> bool:
    return a.time is None or b.time is None or a.time.overlaps(b.time)


def retype(events: list[Event]) -> None:
    """Type as trafficking each asserted abduction whose victims were all sold in an asserted trafficking (in place)."""
    sales = [e for e in events if e.type == "trafficking" and e.modality == "asserted"]
    for event in events:
        if event.type != "abduction" or event.modality != "asserted" or not (taken := _victims(event)):
            continue
        if any(taken <= _victims(sale) and _same_time(event, sale) for sale in sales):
            event.type = "trafficking"
