"""Facts are regrouped only near a change, and the result is the one a full run gives (issue 9): reports
without a named victim choose their fact among the named facts at the same place and time, however the
documents arrive or leave. Synthetic invented articles (benchmarks/synthetic.py) crowd a few places and
years, so such statements and their candidates abound."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from synthetic import Corpus

from tumen import Tumen
from tumen.corroborate.facts import Support
from tumen.corroborate.grouping import group_facts, regroup
from tumen.export.json_export import to_json
from tumen.model import Interval
from tumen.store import case_schema as t

SIZE = 90


def _export(tumen: Tumen) -> dict[str, Any]:
    data = to_json(tumen.casebase())
    data.pop("versions", None)
    with tumen.store.engine.connect() as conn:  # organisations and places with every spelling; relays
        data["named"] = [list(r) for r in conn.execute(sa.select(t.named).order_by(t.named.c.id))]
        dependencies = sa.select(t.dependencies).order_by(*t.dependencies.primary_key.columns)
        data["dependencies"] = [list(r) for r in conn.execute(dependencies)]
    return json.loads(json.dumps(data, sort_keys=True))


def _write(path: Path, records: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


# A busy day at one place, invented: three named arrests, then reports of an arrest of no one there that day.
BUSY = [
    "Ri Su-ok was arrested by Chinese police in Yanji on 3 May 2019.",
    "Pak Chol-ho was arrested by Chinese police in Yanji on 3 May 2019.",
    "Mun Kyong-ae was arrested by Chinese police in Yanji on 3 May 2019.",
    "Another escapee was arrested by Chinese police in Yanji on 3 May 2019, a rights group said.",
    "Chinese police arrested a defector in Yanji on 3 May 2019.",
]


def _busy(n: int, text: str) -> dict[str, Any]:
    return {"text": text, "title": f"Arrest in Yanji {n}", "outlet": "Yalu Courier", "published": "2019-05-20",
            "language": "en", "url": f"https://news.example.org/busy/{n}"}  # fmt: skip


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return [a.record() for a in Corpus(SIZE - len(BUSY), seed=11).articles()] + [
        _busy(n, text) for n, text in enumerate(BUSY)
    ]


@pytest.fixture(scope="module")
def whole(articles: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("whole")
    with Tumen.init(str(folder / "t.db")) as tumen:
        tumen.ingest([_write(folder / "all.jsonl", articles)])
        tumen.process(workers=1)
        return _export(tumen)


@pytest.mark.slow
def test_documents_added_one_at_a_time_give_the_full_run(
    articles: list[dict[str, Any]], whole: dict[str, Any], tmp_path: Path
) -> None:
    assert added_one_at_a_time(articles, tmp_path) == whole


def added_one_at_a_time(articles: list[dict[str, Any]], folder: Path) -> dict[str, Any]:
    """The export of a base that processed all but the last 12 articles together, then those one by one."""
    with Tumen.init(str(folder / "t.db")) as tumen:
        tumen.ingest([_write(folder / "first.jsonl", articles[: SIZE - 12])])
        tumen.process(workers=1)
        for n in range(SIZE - 12, SIZE):
            tumen.ingest([_write(folder / f"{n}.jsonl", [articles[n]])])
            tumen.process(workers=1)
        return _export(tumen)


@pytest.mark.slow
def test_named_facts_near_are_weighed_a_few_at_a_time_with_the_same_result(
    articles: list[dict[str, Any]], whole: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a busy place the named facts near an update are thousands; they are outlined a few hundred at a time,
    only those a report could join are kept, and once every report near has two candidates the rest are not
    read. One at a time, the case base is still the full run's."""
    from tumen.pipeline import fact_region, refact

    weighed: list[tuple[int, int]] = []  # per update: named facts near, of them outlined
    choose, outlines = refact.choose_candidates, refact.outline_facts

    def counting(region: fact_region.FactRegion, *args: Any) -> frozenset[str]:
        outlined = 0

        def outlining(tables: Any, fact_ids: set[str]) -> dict[str, fact_region.Outlines]:
            nonlocal outlined
            outlined += len(fact_ids)
            return outlines(tables, fact_ids)

        monkeypatch.setattr(refact, "outline_facts", outlining)
        try:
            return choose(region, *args)
        finally:
            monkeypatch.setattr(refact, "outline_facts", outlines)
            weighed.append((len(region.nearby), outlined))

    monkeypatch.setattr(refact, "CANDIDATES_AT_ONCE", 1)
    monkeypatch.setattr(refact, "choose_candidates", counting)
    assert added_one_at_a_time(articles, tmp_path) == whole
    assert max(near for near, _outlined in weighed) >= 2  # some update did weigh named facts near it in rounds
    assert any(outlined < near for near, outlined in weighed)  # and stopped before the last of them


@pytest.mark.slow
def test_a_withdrawn_document_leaves_what_a_run_without_it_gives(
    articles: list[dict[str, Any]], tmp_path: Path
) -> None:
    """Withdrawing a document in the middle: the facts near it are decided again without it, as a run that
    never processed it decides them. (Persons keep the ids they were printed with, which a run that never saw
    the document need not give them, nor a fact the id it had when the document was in it: facts are compared
    without their ids.)"""
    after, never = withdrawn_both_ways(articles, SIZE // 2 + 1, tmp_path, _facts_without_ids)
    assert never == after


def _facts_without_ids(tumen: Tumen) -> list[str]:
    return sorted(
        json.dumps({k: v for k, v in e.items() if k != "id"}, sort_keys=True) for e in _export(tumen)["events"]
    )


def withdrawn_both_ways(
    articles: list[dict[str, Any]], gone: int, folder: Path, read: Callable[[Tumen], Any]
) -> tuple[Any, Any]:
    """What ``read`` gives of a base that processed every article and then withdrew document ``gone``, and of
    one that withdrew it before processing any."""
    found = []
    for name, first in (("a.db", True), ("b.db", False)):
        with Tumen.init(str(folder / name)) as tumen:
            tumen.ingest([_write(folder / "all.jsonl", articles)])
            if first:
                tumen.process(workers=1)
            tumen.withdraw(gone, reason="invented test")
            tumen.process(workers=1)
            found.append(read(tumen))
    return found[0], found[1]


DAY = Interval(date(2019, 5, 3), date(2019, 5, 3), "day")


def _said(event: str, document: int, principal: str | None, place: str = "Lhyesan") -> Support:
    return Support(
        event=event,
        type="arrest",
        document=document,
        outlet=f"outlet {document}",
        witness=None,
        witness_label=None,
        hearsay=False,
        start=0,
        end=10,
        quote="an invented sentence",
        time=DAY,
        place=place,
        place_kind="city",
        participants=((principal, "victim"),) if principal else (),
    )


def test_a_report_without_a_victim_joins_the_one_named_fact_at_its_place_and_time() -> None:
    named, loose = _said("1:e1", 1, "P1"), _said("2:e1", 2, None)
    (fact,) = group_facts([named, loose])
    assert {s.event for s in fact.supports} == {"1:e1", "2:e1"} and fact.principal == "P1"


def test_with_two_named_facts_there_it_stays_apart() -> None:
    facts = group_facts([_said("1:e1", 1, "P1"), _said("3:e1", 3, "P2"), _said("2:e1", 2, None)])
    assert sorted(len(f.supports) for f in facts) == [1, 1, 1]


def test_candidates_are_judged_on_their_own_statements_only() -> None:
    """Two reports without a victim, at two places of one named fact that tells both places: each joins it on
    its own account; what joined before never decides what joins after."""
    named = [_said("1:e1", 1, "P1"), _said("1:e2", 1, "P1", place="Lmusan")]
    loose = [_said("2:e1", 2, None), _said("3:e1", 3, None, place="Lmusan")]
    forward = group_facts([*named, *loose])
    backward = group_facts([*named, *reversed(loose)])
    assert [sorted(s.event for s in f.supports) for f in forward] == [
        sorted(s.event for s in f.supports) for f in backward
    ]


def test_a_stored_named_fact_given_as_context_takes_the_report() -> None:
    grouped = regroup([_said("2:e1", 2, None)], context=[[_said("1:e1", 1, "P1")]])
    assert grouped.facts == []
    assert [s.event for s in grouped.attached[0]] == ["2:e1"]
