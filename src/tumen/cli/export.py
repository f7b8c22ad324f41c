"""``tumen export``: the whole case base as JSON (schema tumen/v1), streamed from the stored tables."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tumen.cli.app import Context, main
from tumen.cli.render import plain
from tumen.errors import ExportError

if TYPE_CHECKING:
    import jsonschema


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True, help="Export format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.pass_obj
def export(obj: Context, /, fmt: str, output: Path | None) -> None:
    """Export the whole case base (schema tumen/v1): documents, persons, organisations,
    places, relations and events with evidence, verdicts and conflicts.

    The export is read from the stored case base and written item by item, so its size does
    not bound memory. Each item is validated against the JSON Schema shipped with tumen before
    it is written; when one does not match, nothing is written, the field and the reason are
    named and the exit status is 1.
    """
    from tumen.export.json_export import InvalidItem

    target = output.resolve() if output is not None else None
    folder = target.parent if target is not None else None
    handle, temporary = tempfile.mkstemp(prefix=".tumen-export-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            counts = obj.tumen().export(out)
        if target is None:
            with open(temporary, encoding="utf-8") as done:
                shutil.copyfileobj(done, sys.stdout)
            sys.stdout.flush()
        else:
            os.replace(temporary, target)
            click.echo(plain(f"wrote {output}: {counts['persons']} persons, {counts['events']} events"), err=True)
    except InvalidItem as exc:
        problem = schema_problem(exc.error, prefix=(exc.section, exc.index), record=exc.item_id)
        raise ExportError(f"the export does not match schema tumen/v1, nothing written: {problem}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


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
