"""``tumen ingest``: files, folders, batches and stdin into the store."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tumen.cli.app import Context, main
from tumen.cli.render import console, plain, styled
from tumen.errors import MetadataError
from tumen.ingest import Result, Status, sources
from tumen.ingest.metadata import from_fields


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--title", help="Title of the document(s).")
@click.option("--outlet", help="Publishing outlet, e.g. 'Yle' (or the NGO that recorded a testimony).")
@click.option("--author", help="Author or interviewer.")
@click.option("--url", help="Where the document was published.")
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. Relative dates are read from it.",
)
@click.option("--language", metavar="CODE", help="Language code (en, ko, …); detected when not given.")
@click.option(
    "--translated-from",
    metavar="CODE",
    help="The text is a (machine) translation from this language (ko, …): its pronouns say little about gender.",
)
@click.option("--by", "ingested_by", metavar="NAME", help="Who is ingesting (default: $TUMEN_USER or login name).")
@click.option("--max-size", metavar="SIZE", help="Largest document accepted, e.g. 50MB (default; or $TUMEN_MAX_SIZE).")
@click.option(
    "--max-chars",
    metavar="N",
    help="Most characters of text one document may yield, e.g. 10M (default; or $TUMEN_MAX_CHARS).",
)
@click.option(
    "--max-unpacked",
    metavar="SIZE",
    help="Most bytes a .docx may unpack to, e.g. 100MB (default; or $TUMEN_MAX_UNPACKED).",
)
@click.pass_obj
def ingest(
    obj: Context,
    /,
    paths: tuple[str, ...],
    ingested_by: str | None,
    max_size: str | None,
    max_chars: str | None,
    max_unpacked: str | None,
    **flags: Any,
) -> None:
    """Store documents as evidence: originals kept unchanged, text extracted.

    PATH may be a file (.txt .md .html .pdf .docx), a batch (.jsonl .csv, one article per
    record), a folder (read recursively) or - for standard input. Metadata comes from
    these flags, else a sidecar NAME.meta.json, else batch-record fields, else the file
    itself. Re-ingesting the same bytes is reported as a duplicate and not stored again.
    Ends with 'ingested N, duplicates D, failed F'; exit status 1 when anything failed.
    """
    for name, value in flags.items():
        if value is not None and not value.strip():  # --published '' must not silently mean "undated"
            raise click.UsageError(f"--{name.replace('_', '-')} is empty: give a value or leave the option out")
    try:
        meta, _unused = from_fields({k: v for k, v in flags.items() if v is not None}, where="--")
    except MetadataError as exc:
        raise click.UsageError(plain(exc)) from None
    tumen = obj.tumen()
    err = console(stderr=True)
    show_progress = sys.stderr.isatty()
    total = sum(1 for item in sources.expand(list(paths)) if not isinstance(item, Exception))
    progress = (
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}", markup=False),
            console=err,
            transient=True,
        )
        if show_progress
        else None
    )
    task = progress.add_task("", total=total) if progress else None

    def on_input(name: str) -> None:
        if progress is not None and task is not None:
            progress.update(task, advance=1, description=plain(name)[-40:])

    def on_result(result: Result) -> None:
        if result.status in (Status.FAILED, Status.SKIPPED):
            colour = "red" if result.status is Status.FAILED else "yellow"
            (progress.console if progress else err).print(
                styled((result.status.value, colour), f": {result.source}: {result.reason or ''}"), soft_wrap=True
            )

    with progress if progress is not None else nullcontext():
        report = tumen.ingest(
            paths,
            meta=meta,
            max_size=max_size,
            max_chars=max_chars,
            max_unpacked=max_unpacked,
            ingested_by=ingested_by,
            on_result=on_result,
            on_input=on_input,
        )
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)
