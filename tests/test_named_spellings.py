"""Organisations, places and groups keep every spelling their documents give (the ``named`` table), updated by
what the changed documents hold: re-reading documents alike reads nothing else, and a spelling that only a
withdrawn document gave goes with it (issue 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from conftest import EXAMPLES
from tumen import Tumen
from tumen.pipeline.process import absorb
from tumen.store import case_schema as t
from tumen.store.casebase import CaseTables


def _named(tumen: Tumen) -> list[tuple[Any, ...]]:
    with tumen.store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(t.named).order_by(t.named.c.id))]


def _spelled_once(tumen: Tumen) -> tuple[int, str, str]:
    """A document, an entity and a spelling of it that no other document gives."""
    by_spelling: dict[tuple[str, str], set[int]] = {}
    with tumen.store.engine.connect() as conn:
        for entity, document, data in conn.execute(sa.select(t.named_mentions)):
            for spelling in data["aliases"]:
                by_spelling.setdefault((entity, spelling), set()).add(int(document))
    named = {row[0]: row for row in _named(tumen)}
    for (entity, spelling), documents in sorted(by_spelling.items()):
        others = {s for (e, s), d in by_spelling.items() if e == entity and d - documents}
        if len(documents) == 1 and others and spelling != named[entity][2]:
            return next(iter(documents)), entity, spelling
    raise AssertionError("the sample corpus has no spelling given by one document only")


@pytest.fixture()
def processed(tmp_path: Path) -> Tumen:
    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    tumen.process(workers=1)
    return tumen


def test_documents_re_read_alike_keep_every_spelling_and_read_no_other_document(
    processed: Tumen, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _named(processed)
    assert any(row[4] for row in before), "the sample corpus spells some place or organisation two ways"
    whole: list[str] = []
    read = CaseTables.named_mention_rows

    def counting(self: CaseTables, entity: str, docs: Any = None) -> Any:
        whole.append(entity)
        return read(self, entity, docs)

    monkeypatch.setattr(CaseTables, "named_mention_rows", counting)
    absorb(processed.store, [d.id for d in processed.documents()][:4])
    assert _named(processed) == before
    assert whole == []  # what the four documents hold was enough
    processed.close()


def test_a_spelling_only_a_withdrawn_document_gave_goes_with_it(processed: Tumen, tmp_path: Path) -> None:
    document, entity, spelling = _spelled_once(processed)
    processed.withdraw(document, reason="invented test")
    processed.process(workers=1)
    after = {row[0]: row for row in _named(processed)}
    assert spelling not in after[entity][4]
    with Tumen.init(str(tmp_path / "never.db")) as never:
        never.ingest([str(EXAMPLES)])
        never.withdraw(document, reason="invented test")
        never.process(workers=1)
        assert _named(never) == _named(processed)
    processed.close()
