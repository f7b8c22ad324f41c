"""Events dated by the age their principal was at the time, from the birth the same report gives.

"Lee Dal-soo (born 3 March 1990) … was sent to a labour camp when he was 15": nothing dates the
sending, but the report says when he was born, so a reader dates it between his 15th birthday and the
day before his 16th (from the earliest possible birth to the latest: 3 March 2005 – 2 March 2006).
An event its own sentence or story already dates keeps that time; an event whose principal (the
victim, else the subject) has no birth in the report stays undated here (the case base may still date
it from a birth another report gives, :mod:`tumen.corroborate.dating`). An age a clause gives someone who
takes no part in the event ("When she was 19, her father was taken away": ``age_of``) dates it from that
person's birth.
"""

from __future__ import annotations

from tumen.extract.time.ages import at_age
from tumen.extract.types import Entity, Event

FROM_AGE = "from_age"  # the time basis (see Event.time_basis)
PRINCIPALS = ("victim", "subject")
AGE_ATTRIBUTES = ("victim_age", "age_of")  # the principal's age at the event; another person's ("when she was 19")


def told_at_an_age(event: Event) -> bool:
    """Whether an age dates the event ("beaten when he was 17", "when she was 19, her father was taken away")."""
    return any(a in event.attributes for a in AGE_ATTRIBUTES)


def date_by_ages(events: list[Event], entities: list[Entity]) -> None:
    """Give each undated event with an age at the event (``victim_age``) the time that age was true."""
    births = {e.id: e.birth for e in entities if e.kind == "person" and e.birth is not None}
    for event in events:
        age = event.attributes.get("victim_age")
        principal = next(
            (p.entity for role in PRINCIPALS for p in event.participants if p.role == role and p.entity in births),
            None,
        )
        other = event.attributes.get("age_of")  # "When she was 19, her father was taken away": her age
        if isinstance(other, dict) and other.get("person") in births and not isinstance(age, int):
            principal, age = str(other["person"]), other.get("age")
        if event.time is not None or not isinstance(age, int):
            continue
        if principal is None:
            continue
        when = at_age(births[principal], age, age)
        if when is not None:
            event.time, event.time_basis, event.time_evidence = when, FROM_AGE, None
