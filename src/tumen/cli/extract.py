"""``tumen process`` and ``tumen facts``: extraction and what it found."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from tumen.cli.app import Context, lookup, main
from tumen.cli.render import console, json_text, plain, styled
from tumen.errors import TumenError
from tumen.extract.types import Entity, Event, Extraction
from tumen.model import Money
from tumen.pipeline.cluster import ClusterError, parse_cluster


@main.command()
@click.option("--workers", type=click.IntRange(1, 64), metavar="N", help="Worker processes (default: one per core).")
@click.option("--force", is_flag=True, help="Process every document again, not only new or outdated ones.")
@click.option("--cluster", metavar="local:N", help="Extract on a Dask LocalCluster of N worker processes.")
@click.option("--scheduler", metavar="ADDRESS", help="Extract on the Dask cluster of this scheduler (tcp://HOST:8786).")
@click.pass_obj
def process(obj: Context, /, workers: int | None, force: bool, cluster: str | None, scheduler: str | None) -> None:
    """Extract persons, places, times, amounts and events from the stored documents.

    Only documents not yet processed (or processed by an older extractor) are read;
    each result is saved as soon as it is ready. Exit status 1 when a document failed.

    With --cluster or --scheduler the extraction runs on Dask workers and this command
    alone writes to the store: the case base is the same as with local workers.
    """
    if sum(option is not None for option in (workers, cluster, scheduler)) > 1:
        raise click.UsageError("give one of --workers, --cluster and --scheduler")
    if cluster is not None or scheduler is not None:
        try:
            spec = parse_cluster(cluster or scheduler or "")
        except ClusterError as error:
            raise click.UsageError(str(error)) from error
        if (cluster is not None) != (spec.address is None):
            option = "--cluster local:N" if cluster is None else "--scheduler ADDRESS"
            raise click.UsageError(f"{cluster or scheduler!r}: use {option} for this")
    tumen = obj.tumen()
    progress = (
        Progress(
            TextColumn("[bold]process"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        if sys.stderr.isatty()
        else None
    )
    task = progress.add_task("", total=None) if progress else None

    def on_progress(done: int, total: int) -> None:
        if progress is not None and task is not None:
            progress.update(task, completed=done, total=total)

    if progress is not None:
        with progress:
            report = tumen.process(workers=workers, force=force, on_progress=on_progress, cluster=cluster or scheduler)
    else:
        report = tumen.process(workers=workers, force=force, cluster=cluster or scheduler)
    for document_id, reason in report.failed:
        click.echo(f"failed: document {document_id}: {plain(reason)}", err=True)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


def _interval(value: object) -> str:
    if value is None:
        return "—"
    earliest, latest = str(getattr(value, "earliest", "")), str(getattr(value, "latest", ""))
    return earliest if earliest == latest else f"{earliest} … {latest}"


def _who(extraction: Extraction, entity_id: str | None) -> str:
    if entity_id is None:
        return "the outlet"
    try:
        entity = extraction.entity(entity_id)
    except KeyError:
        return entity_id
    return _label(extraction, entity)


def _label(extraction: Extraction, entity: Entity) -> str:
    if entity.name:
        return entity.name
    if entity.anchor:
        relation, anchor = entity.anchor
        noun = entity.descriptor or "relative"
        return (
            f"{_who(extraction, anchor)}'s {noun}"
            if relation != "grandparent_of"
            else f"{noun} of {_who(extraction, anchor)}"
        )
    return entity.descriptor or entity.id


def _eur(money: Money, digits: int) -> str:
    """The euro value as " ≈ €1,234 (ECB rate of 2022-06-15)", or with the note of a rate of another day."""
    if money.value_eur is None:
        return ""
    rate = f"ECB rate of {money.rate_date}" if money.rate_date else ""
    if money.rate_note:
        rate = money.rate_note
    return f" ≈ €{money.value_eur:,.{digits}f}" + (f" ({rate})" if rate else "")


def _event_line(extraction: Extraction, event: Event) -> Text:
    """One event: type, trigger, participants, time, place, amount and flags, all shown as written."""
    who = ", ".join(f"{_who(extraction, p.entity)} ({p.role})" for p in event.participants) or "—"
    rest = f" «{event.trigger.text}»  who: {who}  when: {_interval(event.time)}"
    if event.place:
        rest += f"  where: {_who(extraction, event.place)}"
    if event.amount:
        rest += f"  amount: {event.amount.value:,.0f} {event.amount.currency}{_eur(event.amount, 0)}"
    flags = [k if v is True else f"{k}={v}" for k, v in event.attributes.items()]
    if event.modality != "asserted":  # negated and hypothetical ones too: shown here, never in a case file
        flags.insert(0, f"modality={event.modality}")
    if flags:
        rest += "  (" + ", ".join(flags) + ")"
    return styled((event.type, "bold"), rest)


@main.command()
@click.argument("document")
@click.option("--json", "as_json", is_flag=True, help="Print the whole extraction as JSON.")
@click.pass_obj
def facts(obj: Context, /, document: str, as_json: bool) -> None:
    """List what was extracted from one document, each fact with its quote.

    Persons (with gender, birth interval and relatives), organisations, places, times,
    amounts and events with participants, time, place, amount and witness.
    """
    tumen = obj.tumen()
    with lookup():
        extraction = tumen.extraction(document)
        info = tumen.document(document)
    if extraction is None:
        raise TumenError(f"document {plain(document)} is not processed yet: run `tumen process`")
    if as_json:
        click.echo(json_text(extraction.to_json()))
        return
    out = console(140)
    meta = info.meta
    out.print(
        styled(
            (f"document {info.id}", "bold"),
            f"  {meta.title or ''}  ({meta.outlet or '?'}, {meta.published_text() or 'undated'})",
        )
    )
    out.rule("persons")
    for entity in extraction.of_kind("person"):
        details = [entity.gender or "gender unknown"]
        if entity.birth:
            details.append(f"born {_interval(entity.birth)}")
        if entity.titles:
            details.append("title " + "/".join(entity.titles))
        aliases = f"  aka {', '.join(entity.aliases)}" if entity.aliases else ""
        out.print(plain(f"{entity.id:>4}  {_label(extraction, entity)}  ({', '.join(details)}){aliases}"), markup=False)
    for kind in ("organization", "place", "group"):
        entities = extraction.of_kind(kind)
        if entities:
            out.rule(kind + "s")
            for entity in entities:
                extra = f" [{entity.place_kind}]" if entity.place_kind else ""
                out.print(plain(f"{entity.id:>4}  {entity.name}{extra}"), markup=False)
    if extraction.relations:
        out.rule("relations")
        for relation in extraction.relations:
            out.print(
                plain(
                    f"      {_who(extraction, relation.subject)} {relation.type} {_who(extraction, relation.object)}"
                ),
                markup=False,
            )
    out.rule("times and amounts")
    for time in extraction.times:
        out.print(plain(f"      «{time.text}» {time.kind} {time.value}  {_interval(time.interval)}"), markup=False)
    for amount in extraction.amounts:
        eur = _eur(amount.money, 2) if amount.money.value_eur is not None else " (no EUR rate)"
        approx = " approximate" if amount.money.approximate else ""
        line = f"      «{amount.text}» {amount.money.value:,.2f} {amount.money.currency}{eur}{approx}"
        out.print(plain(line), markup=False)
    if extraction.aggregates:
        out.rule("generic statements (no events of persons)")
        for aggregate in extraction.aggregates:
            count = f"{aggregate.qualifier + ' ' if aggregate.qualifier else ''}{aggregate.count}"
            if aggregate.count is None:  # a kind of events spoken of: "reports of torture"
                count = "kind:"
            period = f" ({aggregate.period})" if aggregate.period else ""
            out.print(plain(f"      {count} {aggregate.what}: {aggregate.type or '—'}{period}"), markup=False)
    out.rule("events")
    for event in extraction.events:
        out.print(styled(f"{event.id:>4}  ") + _event_line(extraction, event), soft_wrap=True)
        for evidence in event.evidence:
            hearsay = ", hearsay" if evidence.hearsay else ""
            witness = f"        witness: {_who(extraction, evidence.witness)}{hearsay}"
            offsets = f" — [{evidence.start}:{evidence.end}]"
            out.print(styled((witness + offsets, "dim"), " ", evidence.quote), soft_wrap=True)
