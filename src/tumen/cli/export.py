"""``tumen export``: the whole case base as JSON (schema tumen/v1), CSV tables, FollowTheMoney entities or a static
HTML site, streamed from the stored tables."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from tumen.cli.app import Context, main
from tumen.cli.render import plain
from tumen.errors import ExportError

if TYPE_CHECKING:
    import jsonschema


FORMATS = ("json", "csv", "ftm", "html")


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Export format.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write: a file for json and ftm (default stdout); a folder or a .zip for csv; a folder for html.",
)
@click.option("--excel", is_flag=True, help="csv: add a byte-order mark and neutralise formulas (see docs/exports.md).")
@click.option(
    "--public",
    is_flag=True,
    help="Pseudonymise every at-risk person: their names and aliases redacted from every string (docs/security.md).",
)
@click.pass_obj
def export(obj: Context, /, fmt: str, output: Path | None, excel: bool, public: bool) -> None:
    """Export the whole case base: documents, persons, organisations, places, relations and
    events with evidence, verdicts and conflicts.

    json (schema tumen/v1), csv (persons.csv, events.csv and evidence.csv in a folder or a .zip;
    read corrections back with tumen import-csv), ftm (FollowTheMoney entities as JSON lines,
    for Aleph) or html (a static browsable site in a folder, no JavaScript).

    The export is read from the stored case base and written item by item, so its size does
    not bound memory. Each JSON item is validated against the JSON Schema shipped with tumen
    before it is written, each FollowTheMoney entity against its schema; when one does not
    match, nothing is written, the field and the reason are named and the exit status is 1.

    --public replaces each at-risk person (tumen protected) by a stable pseudonym ("Person K7F3Q2")
    and redacts their names in every spelling and script from quotes, titles, URLs, texts and
    metadata; the events and their sources stay.
    """
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to --format csv only")
    if fmt == "json":
        _json(obj, output, public)
    elif fmt == "ftm":
        _ftm(obj, output, public)
    elif output is None:
        raise click.UsageError(
            f"--format {fmt} writes several files: name a folder{' or a .zip' if fmt == 'csv' else ''} with -o"
        )
    elif fmt == "csv":
        _csv(obj, output, excel, public)
    else:
        _html(obj, output, public)


def _csv(obj: Context, output: Path, excel: bool, public: bool) -> None:
    import tumen.export.csv_export as csv_export

    if output.exists() and not output.is_dir() and output.suffix.lower() != ".zip":
        raise click.BadParameter(
            f"{plain(str(output))} is a file: csv needs a folder or a .zip", param_hint="'-o' / '--output'"
        )
    with _items(obj, "csv", public) as items:
        counts = csv_export.write(output, items, excel=excel)
    click.echo(
        plain(f"wrote {output}: {counts['persons']} persons, {counts['events']} events, {counts['evidence']} sources"),
        err=True,
    )


def _html(obj: Context, output: Path, public: bool) -> None:
    import tumen.export.html_site as html_site

    if output.exists() and not output.is_dir():
        raise click.BadParameter(f"{plain(str(output))} is a file: html needs a folder", param_hint="'-o' / '--output'")
    with _items(obj, "html", public) as items:
        counts = html_site.write(output, items)
    click.echo(
        plain(f"wrote {output}: {counts['persons']} person pages, {counts['documents']} document pages"), err=True
    )


def _ftm(obj: Context, output: Path | None, public: bool) -> None:
    import tumen.export.ftm_export as ftm_export

    def write(out: TextIO) -> dict[str, int]:
        with _items(obj, "ftm", public) as items:
            try:
                return ftm_export.write(out, items)
            except ftm_export.InvalidEntity as exc:
                raise ExportError(f"nothing written: {exc}") from None

    counts = _atomically(output, ".ftm.json", write)
    if output is not None:
        click.echo(plain(f"wrote {output}: {sum(counts.values())} entities"), err=True)


def _json(obj: Context, output: Path | None, public: bool) -> None:
    from tumen.export.json_export import InvalidItem

    def write(out: TextIO) -> dict[str, int]:
        try:
            return obj.tumen().export(out, public=public)
        except InvalidItem as exc:
            problem = schema_problem(exc.error, prefix=(exc.section, exc.index), record=exc.item_id)
            raise ExportError(f"the export does not match schema tumen/v1, nothing written: {problem}") from None

    counts = _atomically(output, ".json", write)
    if output is not None:
        click.echo(plain(f"wrote {output}: {counts['persons']} persons, {counts['events']} events"), err=True)


@contextmanager
def _items(obj: Context, fmt: str, public: bool) -> Iterator[Mapping[str, Iterable[dict[str, Any]]]]:
    """The export's items (recorded in the audit log as an export of ``fmt``); with ``--public``, every
    at-risk person pseudonymised (tumen.protect.public.public_view, one filter for every format)."""
    with obj.tumen().export_items(fmt, public=public) as items:
        yield items


def _atomically(output: Path | None, suffix: str, write: Callable[[TextIO], dict[str, int]]) -> dict[str, int]:
    """Write to a temporary file beside ``output`` and move it into place only when all went well
    (to stdout when ``output`` is None), so a failed export leaves nothing half written."""
    if output is not None and output.is_dir():
        raise click.BadParameter(f"{plain(str(output))} is a folder: name a file", param_hint="'-o' / '--output'")
    target = output.resolve() if output is not None else None
    folder = target.parent if target is not None else None
    handle, temporary = tempfile.mkstemp(prefix=".tumen-export-", suffix=suffix, dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            counts = write(out)
        if target is None:
            with open(temporary, encoding="utf-8") as done:
                shutil.copyfileobj(done, sys.stdout)
            sys.stdout.flush()
        else:
            os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return counts


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


def schema_problem(
    error: jsonschema.ValidationError, data: Any = None, prefix: tuple[Any, ...] = (), record: Any = None
) -> str:
    """Which field breaks the schema and why, in one line, never quoting the offending value
    (which may be a document's text). ``prefix`` is where the validated item sits in the export."""
    path = [*prefix, *error.absolute_path]
    where = "/".join(map(str, path)) or "the top level"
    if record is None and len(path) >= 2 and isinstance(data, dict):
        items = data.get(str(path[0]))
        if isinstance(items, list) and isinstance(path[1], int) and path[1] < len(items):
            item = items[path[1]]
            record = item.get("id") if isinstance(item, dict) else None
    if record is not None:
        where += f" (id {record})"
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
