"""HRDsAttack mapping (benchmarks/hrdsattack.py, hrdsattack_labels.py): what a report recalls from years before a
recent attack gives no label — also the custody an old sentence imposes and the trial filed under an old arrest.
Every case here is invented."""

from __future__ import annotations

import copy
from datetime import date
from types import SimpleNamespace
from typing import Any

import hrdsattack as hb

PUBLISHED = date(2021, 6, 14)


def event(
    kind: str, first: date, last: date | None = None, basis: str = "stated", *victims: str, **attributes: Any
) -> Any:
    time = SimpleNamespace(earliest=first, latest=last or first, precision="day")
    parts = [SimpleNamespace(entity=v, role="victim") for v in victims]
    evidence = [SimpleNamespace(start=attributes.pop("sentence", first.toordinal()), witness=None, hearsay=False)]
    return SimpleNamespace(
        type=kind,
        modality="asserted",
        attributes=attributes,
        participants=parts,
        time=time,
        time_basis=basis,
        place=None,
        evidence=evidence,
    )


def labels(*events: Any, off: str = "") -> list[str]:
    """The labels of a report telling ``events``, with the ``past_events`` setting ``off`` turned off."""
    mapping = hb.Mapping(copy.deepcopy(hb.Mapping.load(hb.DEFAULT_MAP).data))
    if off:
        mapping.data["violation_rule"]["past_events"][off] = False
    people = sorted({p.entity for e in events for p in e.participants})
    entities = [
        SimpleNamespace(
            id=p, kind="person", name=p.title(), descriptor=None, titles=[], gender=None, birth=None, mentions=[]
        )
        for p in people
    ]
    extraction = SimpleNamespace(entities=entities, events=list(events), relations=[], aggregates=[], times=[])
    return list(hb.predict(extraction, PUBLISHED, mapping)["violation_types"])


def test_the_custody_an_old_sentence_imposes_is_that_history() -> None:
    """ "Gunmen killed the editor on Sunday … Tom Reller was sentenced in 2014 to ten years in prison": the ten years
    run past the report's day, but the case is of 2014, recalled — no detention label (``sentenced_terms``)."""
    killed = event("killing", date(2021, 6, 13))
    sentenced = event("sentencing", date(2014, 5, 2), None, "stated", "reller", duration="P10Y", sentence=7)
    term = event(
        "detention",
        date(2014, 5, 2),
        date(2024, 5, 1),
        "inherited",
        "reller",
        duration="P10Y",
        from_sentencing=True,
        sentence=7,
    )
    assert labels(killed, sentenced, term) == ["killing"]
    assert labels(killed, sentenced, term, off="sentenced_terms") == ["arbitrary detention", "killing"]


def test_the_trial_filed_under_an_old_arrest_is_that_history() -> None:
    """ "Gunmen killed the editor on Sunday … Tom Reller was arrested in 2015; rights groups said his trial was
    unfair": the trial is filed under the 2015 arrest, history — no label (``proceedings``); with an arrest of Reller
    told this month, the trial is filed under that one."""
    killed = event("killing", date(2021, 6, 13))
    arrested = event("arrest", date(2015, 3, 2), None, "stated", "reller")
    tried = event("trial", date(2021, 6, 10), None, "inherited", "reller")
    assert labels(killed, arrested, tried) == ["killing"]
    assert labels(killed, arrested, tried, off="proceedings") == ["arbitrary detention", "killing"]
    again = event("arrest", date(2021, 6, 1), None, "stated", "reller")
    assert labels(killed, arrested, again, tried) == ["arbitrary detention", "killing"]
