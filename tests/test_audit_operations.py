"""What tumen records in its audit log: who ingested, processed, judged, exported, read an at-risk
person's case file and withdrew — with the right actor, action and subject — and never a word of
the documents themselves. On a SQLite file and on PostgreSQL, with invented documents."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tumen import Tumen
from tumen.cli.app import main
from tumen.store import audit
from tumen.store.audit import audit_log

ARREST = (
    "Invented report: Kang Mi-rae was arrested by the State Security Department in Hyesan in 2019. "
    "She has been detained in a prison camp since then, her brother Kang Jun-ho said."
)
MARKET = "Invented report: Ryu Hana, a teacher from Seoul, said she met Kang Mi-rae at a market in Hyesan in 2018."
TITLES = ("Arrest of a weaver near Hyesan", "A market meeting remembered")
# Words only the documents hold: none may reach the audit log.
DOCUMENT_WORDS = ("Kang", "Mi-rae", "Jun-ho", "Ryu", "Hana", "Hyesan", "arrested", "weaver", "market", "teacher")


@pytest.fixture
def worked(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tumen]:
    """Two invented reports ingested by ann and processed by bob."""
    monkeypatch.delenv("TUMEN_USER", raising=False)
    monkeypatch.setenv("TUMEN_PSEUDONYM_KEY", "an invented test key, not a secret")  # public exports on any store
    for name, text, title in (("weaver-kang.txt", ARREST, TITLES[0]), ("market-ryu.txt", MARKET, TITLES[1])):
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"title": title}), encoding="utf-8")
    t = Tumen.init(db_url)
    report = t.ingest(
        [str(tmp_path / "weaver-kang.txt"), str(tmp_path / "market-ryu.txt")],
        meta={"outlet": "Invented Wire", "published": "2024-03-01"},
        ingested_by="ann",
    )
    assert report.summary().startswith("ingested 2,")
    assert not t.process(workers=1, by="bob").failed
    yield t
    t.close()


def _log(t: Tumen) -> list[audit.Entry]:
    with t.store.engine.connect() as conn:
        return audit.entries(conn)


def _since(t: Tumen, seq: int) -> list[tuple[str, str, str]]:
    return [(e.actor, e.action, e.subject) for e in _log(t) if e.seq > seq]


def _last_seq(t: Tumen) -> int:
    return max((e.seq for e in _log(t)), default=0)


def test_each_operation_is_recorded_with_its_actor_action_and_subject(
    worked: Tumen, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = worked
    ids = [d.id for d in t.documents()]
    assert _since(t, 0) == [
        ("ann", "ingest", f"document:{ids[0]}"),
        ("ann", "ingest", f"document:{ids[1]}"),
        ("bob", "process", "documents"),
    ]
    assert _log(t)[2].details == {"processed": 2, "failed": 0, "force": False}

    (kang,) = [p for p in t.find_persons("Kang Mi-rae") if p.at_risk]
    (ryu,) = t.find_persons("Ryu Hana")
    assert not ryu.at_risk

    # reading case files: an at-risk person's is recorded, another's is not, nor an anonymous read
    mark = _last_seq(t)
    t.case_file(kang, viewer="erin")
    t.case_file(ryu, viewer="erin")
    t.case_file(kang)
    assert _since(t, mark) == [("erin", "view_case_file", kang.id)]
    monkeypatch.setenv("TUMEN_USER", "fay")
    t.case_file(kang.id)
    assert _since(t, mark)[-1] == ("fay", "view_case_file", kang.id)
    monkeypatch.delenv("TUMEN_USER")

    # judgements: merge, distinct, split — per pair, by whom
    brother = t.find_persons("Kang Jun-ho")[0]
    left, right = kang.records[0], brother.records[0]
    pair = " ".join(sorted((left, right)))
    mark = _last_seq(t)
    t.judge(left, right, "negative", by="carol")
    t.judge(left, right, "positive", by="carol")
    t.judge_all([(left, right)], "negative", by="carol", action=audit.SPLIT)
    assert _since(t, mark) == [("carol", "distinct", pair), ("carol", "merge", pair), ("carol", "split", pair)]
    assert [e.details for e in _log(t)[-3:]] == [
        {"judgement": "negative"},
        {"judgement": "positive"},
        {"judgement": "negative"},
    ]

    # exports: the format and whether the output is public; reading items for another purpose is not one
    mark = _last_seq(t)
    t.export(io.StringIO(), by="dan")
    with t.export_items("csv", public=True, by="dan") as items:
        assert list(items["persons"])
    with t.export_items() as items:
        assert list(items["documents"])
    assert _since(t, mark) == [("dan", "export", "case base"), ("dan", "export", "case base")]
    assert [e.details for e in _log(t)[-2:]] == [{"format": "json", "public": False}, {"format": "csv", "public": True}]

    # what the interfaces record through Tumen.audit (a report), and a withdrawal
    mark = _last_seq(t)
    t.audit(audit.REPORT, kang.id, {"template": "standard", "format": "pdf", "public": False}, by="gus")
    t.withdraw(ids[1], "the witness withdrew consent", by="hal")
    assert _since(t, mark) == [("gus", "report", kang.id), ("hal", "withdraw", f"document:{ids[1]}")]

    with t.store.engine.connect() as conn:
        verdict = audit.verify(conn)
    assert verdict.intact and verdict.entries == _last_seq(t)

    url = t.store.engine.url.render_as_string(hide_password=False)
    listed = CliRunner().invoke(main, ["--db", url, "audit", "log", "--json", "--action", "view_case_file"])
    assert listed.exit_code == 0
    assert [(e["actor"], e["subject"]) for e in json.loads(listed.output)] == [("erin", kang.id), ("fay", kang.id)]


def test_no_document_text_reaches_the_audit_log(worked: Tumen) -> None:
    t = worked
    (kang,) = [p for p in t.find_persons("Kang Mi-rae") if p.at_risk]
    t.case_file(kang, viewer="erin")
    with t.export_items("html", by="dan") as items:
        assert list(items["texts"])
    t.withdraw(1, "consent withdrawn", by="hal")
    with t.store.engine.connect() as conn:
        rows = [" ".join(str(v) for v in row) for row in conn.execute(sa.select(audit_log))]
    assert len(rows) >= 6
    stored = "\n".join(rows).lower()
    for word in (ARREST, MARKET, *TITLES, "weaver-kang", "market-ryu", *DOCUMENT_WORDS):
        assert word.lower() not in stored, word


def test_protection_is_recorded_and_decides_which_reads_are(worked: Tumen) -> None:
    t = worked
    (kang,) = [p for p in t.find_persons("Kang Mi-rae") if p.at_risk]
    (ryu,) = t.find_persons("Ryu Hana")
    mark = _last_seq(t)
    t.protect(ryu, reason="her family is still in the north", by="ivy")
    t.case_file(ryu, viewer="erin")  # flagged by an analyst: at risk, whatever the rules say
    t.unprotect(kang, reason="resettled abroad since", by="ivy")
    t.case_file(kang, viewer="erin")  # the analyst's flag lifts the rule: no longer recorded
    assert _since(t, mark) == [
        ("ivy", "protect", ryu.id),
        ("erin", "view_case_file", ryu.id),
        ("ivy", "unprotect", kang.id),
    ]
    rows = " ".join(str(e.as_json()) for e in _log(t))
    assert "north" not in rows and "resettled" not in rows  # reasons stay with the flags


def test_the_commands_record_reports_corrections_and_splits(
    worked: Tumen, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tumen report`, `tumen import-csv` and `tumen split` leave their entry, by the user who ran them."""
    monkeypatch.setenv("TUMEN_USER", "cy")
    start = _last_seq(worked)
    (person,) = worked.find_persons("Kang Mi-rae")[:1]
    run = CliRunner()
    assert run.invoke(main, ["--db", db_url, "report", person.id, "-o", str(tmp_path / "r.html")]).exit_code == 0
    tables = tmp_path / "tables"
    assert run.invoke(main, ["--db", db_url, "export", "--format", "csv", "-o", str(tables)]).exit_code == 0
    with open(tables / "persons.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["analyst_notes"] = "checked"
    with open(tables / "persons.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = run.invoke(main, ["--db", db_url, "import-csv", str(tables)])
    assert result.exit_code == 0, result.output
    assert run.invoke(main, ["--db", db_url, "split", person.id]).exit_code == 0
    actions = [(actor, action) for actor, action, _subject in _since(worked, start)]
    assert ("cy", "report") in actions and ("cy", "import_csv") in actions
    assert ("cy", "split") in actions or len(person.records) == 1
