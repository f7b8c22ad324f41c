"""Case commands: ``person``, ``persons``, ``review``, ``merge``, ``distinct``, ``split``.

Each reads the stored case base (a query, never a rebuild); ``merge``, ``distinct`` and ``split``
record an analyst's decision and redo only what it touches.
"""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tumen.cases.casefile import CaseFile
from tumen.cli.app import Context, main
from tumen.cli.render import console, json_text, plain, styled
from tumen.corroborate.facts import Fact, Support
from tumen.errors import NotFoundError, TumenError
from tumen.resolve.persons import Person

HOW_TO_NAME = "give a name, a person id such as P1a2b3c4d, or DOC:pN"


class AmbiguousPerson(TumenError):
    """A name that several persons answer to: the command lists them and fails (exit 1)."""


def _console() -> Console:
    return console(140)


def _one_person(obj: Context, query: str) -> Person:
    found = obj.tumen().find_persons(query)
    if not found:
        raise NotFoundError(f"no person {query!r} ({HOW_TO_NAME})")
    if len(found) > 1:
        listing = "; ".join(f"{p.id} {p.name} ({len(p.records)} records, {p.status})" for p in found[:20])
        more = f"; and {len(found) - 20} more" if len(found) > 20 else ""
        raise AmbiguousPerson(f"{len(found)} persons match {query!r}: {listing}{more} — give the id")
    return found[0]


def _record_of(obj: Context, query: str) -> str:
    """A record key for a record key, a person id or a name (the person's first record)."""
    if ":" in query and obj.tumen().person_of_record(query):
        return query
    return _one_person(obj, query).records[0]


def person_json(file: CaseFile) -> dict[str, Any]:
    from tumen.export.json_export import case_file_item

    return case_file_item(file)


@main.command()
@click.argument("name_or_id")
@click.option("--json", "as_json", is_flag=True, help="Print the case file as JSON (tumen/v1 items).")
@click.pass_obj
def person(obj: Context, /, name_or_id: str, as_json: bool) -> None:
    """Print a person's case file: names, birth interval, status, relations, and a
    chronological timeline of events with verdicts and sources.

    NAME_OR_ID is a person id (an id merged into another still works), a record (DOC:pN) or a
    name in any spelling or script; a name several persons answer to lists them with their ids
    and exits with status 1."""
    file = obj.tumen().case_file(_one_person(obj, name_or_id))
    if as_json:
        click.echo(json_text(person_json(file)))
        return
    render_person(_console(), file)


def render_person(out: Console, file: CaseFile) -> None:
    """The case file: its header, relations and timeline. Every name, quote and explanation is
    shown as written (no markup, control characters visible)."""
    for line in person_header(file.person):
        out.print(line)
    for key, value in sorted(file.corrections.items()):
        out.print(styled(("  analyst: ", "magenta"), f"{key.replace('_', ' ')}: {value}"))
    if file.relations:
        out.rule("relations")
        for r in file.relations:
            out.print(styled(f"  {file.entity_name(r.subject)} {r.type} {file.entity_name(r.object)}"))
    out.rule("timeline")
    for fact in file.facts:
        roles = file.roles(fact)
        if roles:
            for line in fact_lines(file, fact, roles):
                out.print(line, soft_wrap=True)


def person_header(who: Person) -> list[Text]:
    """Name and id, aliases, gender and birth (with conflicting records), status, documents."""
    lines = [styled((who.name, "bold"), f"  ({who.id})")]
    if who.aliases:
        lines.append(styled(f"  also: {', '.join(who.aliases)}"))
    birth = styled(f"  gender: {who.gender or 'unknown'}   born: ")
    birth += styled(f"{who.birth.earliest} … {who.birth.latest}" if who.birth else "unknown")
    if who.birth_conflict:
        conflicts = "; ".join(f"{key} says {i.earliest.year}–{i.latest.year}" for key, i in who.birth_conflict)
        birth += styled("  ", ("CONTRADICTED:", "red"), " ", conflicts)
    lines.append(birth)
    status = styled(f"  status: {who.status}" + (f" (as of {who.status_date})" if who.status_date else ""))
    if who.at_risk:
        status += styled("  ", ("AT RISK", "red"))
    if who.last_report:
        status += styled(f"   last report: {who.last_report}")
    lines.append(status)
    documents = sorted({m.document for m in who.mentions})
    lines.append(styled(f"  named in documents: {', '.join(map(str, documents))}"))
    return lines


def fact_lines(file: CaseFile, fact: Fact, roles: list[str]) -> list[Text]:
    """One timeline entry: when, what, the person's roles, where, verdict, explanation, conflicts."""
    when = (
        "undated"
        if fact.time is None
        else (
            str(fact.time.earliest)
            if fact.time.earliest == fact.time.latest
            else f"{fact.time.earliest} … {fact.time.latest}"
        )
    )
    where = f" in {file.entity_name(fact.place)}" if fact.place else ""
    colour = {"corroborated": "green", "contradicted": "red"}.get(fact.verdict.value, "yellow")
    lines = [
        styled(
            f"  {when:25} ",
            (fact.type, "bold"),
            f" ({'/'.join(roles)}){where}  ",
            (fact.verdict.value, colour),
            f", {fact.sources_text()}",
        ),
        styled(f"  {'':25} {fact.explanation}"),
    ]
    for key, value in sorted(file.event_corrections.get(fact.id, {}).items()):
        lines.append(styled(f"  {'':25} ", ("analyst ", "magenta"), f"{key.replace('_', ' ')}: {value}"))
    for conflict in fact.conflicts:
        lines.append(styled(f"  {'':25} ✗ {conflict.kind}: {conflict.detail}"))
        lines += [styled(f"  {'':27} {_side(side)}") for side in (conflict.left, conflict.right)]
    return lines


QUOTE_WIDTH = 110  # characters of a conflict's quote shown in the timeline


def _side(support: Support) -> str:
    quote = " ".join(support.quote.split())
    quote = quote if len(quote) <= QUOTE_WIDTH else quote[: QUOTE_WIDTH - 1] + "…"
    return f"document {support.document} [{support.start}:{support.end}] {support.source_label()}: «{quote}»"


def summary(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "aliases": p.aliases,
        "status": p.status,
        "status_date": p.status_date.isoformat() if p.status_date else None,
        "at_risk": p.at_risk,
        "last_report": p.last_report.isoformat() if p.last_report else None,
        "records": len(p.records),
        "documents": len({m.document for m in p.mentions}),
    }


@main.command()
@click.option("--status", help="Only persons with this status (detained, disappeared, repatriated, free, …).")
@click.option("--at-risk", "at_risk", is_flag=True, help="Only persons at risk.")
@click.option("--q", "query", metavar="TEXT", help="Only persons whose name (any spelling or script) matches TEXT.")
@click.option("--limit", type=int, default=100, show_default=True, help="Most persons to list.")
@click.option("--offset", type=int, default=0, show_default=True, help="Skip this many first.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.pass_obj
def persons(
    obj: Context, /, status: str | None, at_risk: bool, query: str | None, limit: int, offset: int, as_json: bool
) -> None:
    """List the persons of the case base, most mentioned first: id, name, status, whether they
    are at risk, their last report and how many documents name them."""
    found = obj.tumen().persons(status=status, at_risk=True if at_risk else None, q=query, limit=limit, offset=offset)
    if as_json:
        click.echo(json_text([summary(p) for p in found]))
        return
    table = Table(title=f"{len(found)} persons", title_justify="left")
    for column in ("id", "name", "status", "at risk", "last report", "documents"):
        table.add_column(column)
    for p in found:
        item = summary(p)
        table.add_row(
            p.id,
            Text(plain(p.name)),
            plain(item["status"] + (f" ({item['status_date']})" if item["status_date"] else "")),
            "yes" if p.at_risk else "",
            item["last_report"] or "",
            str(item["documents"]),
        )
    _console().print(table)


@main.command()
@click.option("--limit", type=int, default=50, show_default=True, help="Most pairs to list.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@click.pass_obj
def review(obj: Context, /, limit: int, as_json: bool) -> None:
    """List uncertain person pairs for an analyst: close scores, or merges with evidence
    against them. Decide with `tumen merge`, `tumen distinct` or leave them."""
    tumen = obj.tumen()
    pairs = tumen.review(limit)
    records = tumen.persons_of_records([r for pair in pairs for r in (pair.left, pair.right)])
    names = tumen.entity_names(set(records.values()))
    rows = [(pair, records.get(pair.left), records.get(pair.right), names) for pair in pairs]
    if as_json:
        click.echo(
            json_text(
                [
                    {
                        "left": pair.left,
                        "right": pair.right,
                        "score": round(pair.score.total, 2),
                        "merged": left == right,
                        "left_person": left,
                        "right_person": right,
                        "reasons": list(pair.score.reasons),
                    }
                    for pair, left, right, _names in rows
                ]
            )
        )
        return
    out = _console()
    if not pairs:
        out.print("nothing to review")
        return
    for pair, left, right, names in rows:
        state = "merged" if left == right else "apart"
        who = f"{names.get(left or '', left)} / {names.get(right or '', right)}"
        out.print(
            styled((pair.left, "bold"), " ~ ", (pair.right, "bold"), f"  score {pair.score.total:.1f} ({state}: {who})")
        )
        out.print(styled("    " + "; ".join(pair.score.reasons)))


def _judge(obj: Context, a: str, b: str, judgement: str) -> None:
    tumen = obj.tumen()
    left, right = _record_of(obj, a), _record_of(obj, b)
    tumen.judge(left, right, judgement)
    after = {r: tumen.person_of_record(r) for r in (left, right)}
    click.echo(plain(f"{judgement}: {left} ({after[left]}) and {right} ({after[right]})"))


@main.command()
@click.argument("a")
@click.argument("b")
@click.pass_obj
def merge(obj: Context, /, a: str, b: str) -> None:
    """Record that A and B are the same person (ids, DOC:pN records or names). Kept across re-runs."""
    _judge(obj, a, b, "positive")


@main.command()
@click.argument("a")
@click.argument("b")
@click.pass_obj
def distinct(obj: Context, /, a: str, b: str) -> None:
    """Record that A and B are different people; they are never merged again."""
    _judge(obj, a, b, "negative")


@main.command()
@click.argument("a")
@click.pass_obj
def split(obj: Context, /, a: str) -> None:
    """Undo a person: every record (DOC:pN) of A becomes its own person, kept apart from
    the others in every later run. Merge the right ones back with `tumen merge`."""
    tumen = obj.tumen()
    who = _one_person(obj, a)
    pairs = [(left, right) for i, left in enumerate(who.records) for right in who.records[i + 1 :]]
    tumen.judge_all(pairs, "negative", action="split")
    click.echo(plain(f"split {who.name} ({who.id}) into {len(who.records)} records: {', '.join(who.records)}"))
