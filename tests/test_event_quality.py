"""Event rules added for real reporting (docs/extraction.md), each on sentences written for these tests:
an event told again without its participants is the document's one named event of that type; ..."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2020, 5, 20)


def run(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def names(x: Extraction, event: Event) -> set[str]:
    by_id = {e.id: e for e in x.entities}
    return {str(by_id[p.entity].name or by_id[p.entity].descriptor) for p in event.participants}


# -- an event told again without its participants -------------------------------------------------------
def test_an_unnamed_repetition_joins_the_one_named_event_of_its_type() -> None:
    x = run(
        "A farmer was executed in Hoeryong this month, residents said. "
        "Pak Chol-su, 52, was executed by a firing squad on 4 May after a trial that lasted an hour. "
        "The execution was watched by hundreds of residents."
    )
    executions = of_type(x, "execution")
    assert len(executions) == 1, [(e.trigger.text, e.participants) for e in executions]
    assert "Pak Chol-su" in names(x, executions[0])
    assert len(executions[0].evidence) >= 2


def test_two_named_events_of_a_type_leave_an_unnamed_one_alone() -> None:
    x = run(
        "Two arrests were reported in Hyesan this month. "
        "Ri Myong-hui was arrested by police on 3 May. "
        "Kang Song-il was arrested by police on 9 May for selling phones."
    )
    named = [e for e in of_type(x, "arrest") if e.participants]
    assert len(named) == 2
    assert all(len(e.evidence) == 1 for e in named)
