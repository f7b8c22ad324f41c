"""Case commands: ``export``, ``person``, ``review``, ``merge``, ``distinct``, ``split``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

from tumen.cases.casebase import CaseBase, Person
from tumen.cli.app import Context, main
from tumen.corroborate.facts import Support


def _console() -> Console:
    return Console(highlight=False, width=None if sys.stdout.isatty() else 140)


def _person_or_fail(case: CaseBase, query: str) -> Person:
    person = case.find_person(query)
    if person is None:
        raise click.ClickException(f"no person {query!r} (give a name, a person id such as P1a2b3c4d, or DOC:pN)")
    return person


def _record_of(case: CaseBase, query: str) -> str:
    """A record key for an id, a record key or a name (its first record)."""
    if ":" in query and query in case.global_of:
        return query
    return _person_or_fail(case, query).records[0]


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True, help="Export format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.pass_obj
def export(obj: Context, /, fmt: str, output: Path | None) -> None:
    """Export the whole case base (schema tumen/v1): documents, persons, organisations,
    places, relations and events with evidence, verdicts and conflicts.

    The output is validated against the JSON Schema shipped with tumen before it is written.
    """
    from tumen.export.json_export import to_json, validate

    data = to_json(obj.tumen().casebase())
    validate(data)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if output is None:
        click.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        click.echo(f"wrote {output}: {len(data['persons'])} persons, {len(data['events'])} events", err=True)


@main.command()
@click.argument("name_or_id")
@click.pass_obj
def person(obj: Context, /, name_or_id: str) -> None:
    """Print a person's case file: names, birth interval, status, relations, and a
    chronological timeline of events with verdicts and sources."""
    case = obj.tumen().casebase()
    who = _person_or_fail(case, name_or_id)
    out = _console()
    out.print(f"[bold]{who.name}[/bold]  ({who.id})")
    if who.aliases:
        out.print(f"  also: {', '.join(who.aliases)}", markup=False)
    birth = f"{who.birth.earliest} … {who.birth.latest}" if who.birth else "unknown"
    if who.birth_conflict:
        birth += "  [red]CONTRADICTED:[/red] " + "; ".join(
            f"{key} says {interval.earliest.year}–{interval.latest.year}" for key, interval in who.birth_conflict
        )
    out.print(f"  gender: {who.gender or 'unknown'}   born: {birth}")
    risk = "  [red]AT RISK[/red]" if who.at_risk else ""
    out.print(
        f"  status: {who.status}"
        + (f" (as of {who.status_date})" if who.status_date else "")
        + risk
        + (f"   last report: {who.last_report}" if who.last_report else "")
    )
    documents = sorted({m.document for m in who.mentions})
    out.print(f"  named in documents: {', '.join(map(str, documents))}")
    related = [r for r in case.relations if who.id in (r.subject, r.object)]
    if related:
        out.rule("relations")
        for r in related:
            out.print(f"  {case.entity_name(r.subject)} {r.type} {case.entity_name(r.object)}", markup=False)
    out.rule("timeline")
    family = {r.subject for r in related} | {r.object for r in related}
    family.discard(who.id)
    for fact in case.facts:
        roles = [role for entity, role in fact.participants() if entity == who.id]
        roles += [f"{case.entity_name(entity)}: {role}" for entity, role in fact.participants() if entity in family]
        if not roles:
            continue
        when = (
            "undated"
            if fact.time is None
            else (
                str(fact.time.earliest)
                if fact.time.earliest == fact.time.latest
                else f"{fact.time.earliest} … {fact.time.latest}"
            )
        )
        where = f" in {case.entity_name(fact.place)}" if fact.place else ""
        colour = {"corroborated": "green", "contradicted": "red"}.get(fact.verdict.value, "yellow")
        out.print(
            f"  {when:25} [bold]{fact.type}[/bold] ({'/'.join(roles)}){where}  "
            f"[{colour}]{fact.verdict.value}[/{colour}], {fact.independent_sources} independent",
            highlight=False,
        )
        out.print(f"  {'':25} {fact.explanation}", markup=False, highlight=False)
        for conflict in fact.conflicts:
            out.print(f"  {'':25} ✗ {conflict.kind}: {conflict.detail}", markup=False, highlight=False)
            for side in (conflict.left, conflict.right):
                out.print(f"  {'':27} {_side(side)}", markup=False, highlight=False, soft_wrap=True)


QUOTE_WIDTH = 110  # characters of a conflict's quote shown in the timeline


def _side(support: Support) -> str:
    quote = " ".join(support.quote.split())
    quote = quote if len(quote) <= QUOTE_WIDTH else quote[: QUOTE_WIDTH - 1] + "…"
    return f"document {support.document} [{support.start}:{support.end}] {support.source_label()}: «{quote}»"


@main.command()
@click.option("--limit", type=int, default=50, show_default=True, help="Most pairs to list.")
@click.pass_obj
def review(obj: Context, /, limit: int) -> None:
    """List uncertain person pairs for an analyst: close scores, or merges with evidence
    against them. Decide with `tumen merge`, `tumen distinct` or leave them."""
    case = obj.tumen().casebase()
    out = _console()
    if not case.resolution.review:
        out.print("nothing to review")
        return
    for pair in case.resolution.review[:limit]:
        left, right = case.global_of.get(pair.left), case.global_of.get(pair.right)
        state = "merged" if left == right else "apart"
        out.print(
            f"[bold]{pair.left}[/bold] ~ [bold]{pair.right}[/bold]  score {pair.score.total:.1f} ({state}: "
            f"{case.entity_name(left)} / {case.entity_name(right)})"
        )
        out.print("    " + "; ".join(pair.score.reasons), markup=False)


def _judge(obj: Context, a: str, b: str, judgement: str) -> None:
    tumen = obj.tumen()
    case = tumen.casebase()
    left, right = _record_of(case, a), _record_of(case, b)
    tumen.judge(left, right, judgement)
    click.echo(
        f"{judgement}: {left} ({case.entity_name(case.global_of[left])}) and "
        f"{right} ({case.entity_name(case.global_of[right])})"
    )


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
    case = tumen.casebase()
    who = _person_or_fail(case, a)
    for i, left in enumerate(who.records):
        for right in who.records[i + 1 :]:
            tumen.judge(left, right, "negative")
    click.echo(f"split {who.name} ({who.id}) into {len(who.records)} records: {', '.join(who.records)}")
