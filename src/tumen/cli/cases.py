"""Case commands: ``export``, ``person``, ``review``, ``merge``, ``distinct``, ``split``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.text import Text

from tumen.cases.casebase import CaseBase, Person
from tumen.cli.app import Context, main
from tumen.cli.render import console, json_text, plain, styled
from tumen.corroborate.facts import Fact, Support
from tumen.errors import ExportError, NotFoundError

if TYPE_CHECKING:
    import jsonschema


def _console() -> Console:
    return console(140)


def _person_or_fail(case: CaseBase, query: str) -> Person:
    person = case.find_person(query)
    if person is None:
        raise NotFoundError(f"no person {query!r} (give a name, a person id such as P1a2b3c4d, or DOC:pN)")
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

    The output is validated against the JSON Schema shipped with tumen before it is written;
    when it does not match, nothing is written, the field and the reason are named and the
    exit status is 1.
    """
    import jsonschema

    from tumen.export.json_export import to_json, validate

    data = to_json(obj.tumen().casebase())
    try:
        validate(data)
    except jsonschema.ValidationError as exc:
        problem = schema_problem(exc, data)
        raise ExportError(f"the export does not match schema tumen/v1, nothing written: {problem}") from None
    text = json_text(data)
    if output is None:
        click.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        click.echo(plain(f"wrote {output}: {len(data['persons'])} persons, {len(data['events'])} events"), err=True)


_WHY = {
    "type": "must be of type {}",
    "enum": "must be one of {}",
    "const": "must be {}",
    "pattern": "must match {}",
    "format": "must be a {}",
    "minimum": "must be at least {}",
    "maximum": "must be at most {}",
    "minItems": "needs at least {} item(s)",
    "minLength": "needs at least {} character(s)",
}


def schema_problem(error: jsonschema.ValidationError, data: Any) -> str:
    """Which field breaks the schema and why, in one line, never quoting the offending value
    (which may be a document's text)."""
    path = list(error.absolute_path)
    where = "/".join(map(str, path)) or "the top level"
    if len(path) >= 2 and isinstance(data, dict):
        record = data.get(str(path[0]))
        if isinstance(record, list) and isinstance(path[1], int) and path[1] < len(record):
            item = record[path[1]]
            if isinstance(item, dict) and "id" in item:
                where += f" (id {item['id']})"
    rule = str(error.validator)
    if rule in ("required", "additionalProperties", "dependentRequired"):
        why = error.message  # names the properties only
    elif rule in _WHY:
        why = _WHY[rule].format(json.dumps(error.validator_value, ensure_ascii=False)[:80])
    elif rule in ("oneOf", "anyOf"):
        why = "matches none of the shapes the schema allows"
    else:
        why = f"breaks the schema's {rule!r} rule"
    return f"field {where}: {why}"


@main.command()
@click.argument("name_or_id")
@click.pass_obj
def person(obj: Context, /, name_or_id: str) -> None:
    """Print a person's case file: names, birth interval, status, relations, and a
    chronological timeline of events with verdicts and sources."""
    case = obj.tumen().casebase()
    render_person(_console(), case, _person_or_fail(case, name_or_id))


def render_person(out: Console, case: CaseBase, who: Person) -> None:
    """The case file of ``who``: its header, relations and timeline. Every name, quote and
    explanation is shown as written (no markup, control characters visible)."""
    related = [r for r in case.relations if who.id in (r.subject, r.object)]
    for line in person_header(who):
        out.print(line)
    if related:
        out.rule("relations")
        for r in related:
            out.print(styled(f"  {case.entity_name(r.subject)} {r.type} {case.entity_name(r.object)}"))
    out.rule("timeline")
    family = {r.subject for r in related} | {r.object for r in related}
    family.discard(who.id)
    for fact in case.facts:
        roles = [role for entity, role in fact.participants() if entity == who.id]
        roles += [f"{case.entity_name(entity)}: {role}" for entity, role in fact.participants() if entity in family]
        if roles:
            for line in fact_lines(case, fact, roles):
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


def fact_lines(case: CaseBase, fact: Fact, roles: list[str]) -> list[Text]:
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
    where = f" in {case.entity_name(fact.place)}" if fact.place else ""
    colour = {"corroborated": "green", "contradicted": "red"}.get(fact.verdict.value, "yellow")
    lines = [
        styled(
            f"  {when:25} ",
            (fact.type, "bold"),
            f" ({'/'.join(roles)}){where}  ",
            (fact.verdict.value, colour),
            f", {fact.independent_sources} independent",
        ),
        styled(f"  {'':25} {fact.explanation}"),
    ]
    for conflict in fact.conflicts:
        lines.append(styled(f"  {'':25} ✗ {conflict.kind}: {conflict.detail}"))
        lines += [styled(f"  {'':27} {_side(side)}") for side in (conflict.left, conflict.right)]
    return lines


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
            styled(
                (pair.left, "bold"),
                " ~ ",
                (pair.right, "bold"),
                f"  score {pair.score.total:.1f} ({state}: {case.entity_name(left)} / {case.entity_name(right)})",
            )
        )
        out.print(styled("    " + "; ".join(pair.score.reasons)))


def _judge(obj: Context, a: str, b: str, judgement: str) -> None:
    tumen = obj.tumen()
    case = tumen.casebase()
    left, right = _record_of(case, a), _record_of(case, b)
    tumen.judge(left, right, judgement)
    click.echo(
        plain(
            f"{judgement}: {left} ({case.entity_name(case.global_of[left])}) and "
            f"{right} ({case.entity_name(case.global_of[right])})"
        )
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
    click.echo(plain(f"split {who.name} ({who.id}) into {len(who.records)} records: {', '.join(who.records)}"))
