"""``tumen import-csv``: analysts' corrections read back from edited persons.csv / events.csv."""

from __future__ import annotations

from pathlib import Path

import click

from tumen.cli.app import Context, main
from tumen.cli.render import plain


@main.command("import-csv")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--by", help="Who made the corrections (default: $TUMEN_USER, else the login name).")
@click.pass_obj
def import_csv(obj: Context, /, source: Path, by: str | None) -> None:
    """Apply analysts' corrections from tables made by `tumen export --format csv`.

    SOURCE is the export's folder, its .zip, or one edited persons.csv or events.csv. Only
    the editable columns are read: for persons preferred_name, status_override,
    at_risk_override and analyst_notes; for events analyst_verdict and analyst_notes. They
    are stored as corrections beside what tumen extracted, which stays as it was.

    Every other column must be unchanged (or deleted). When a column that is not editable
    was changed, or a value is invalid, the file, row and column are named, nothing is
    applied, and the exit status is 1. Importing an unchanged export changes nothing.
    """
    from tumen.config import current_user
    from tumen.export import csv_import
    from tumen.store import corrections as stored

    tables = csv_import.read(source)
    tumen = obj.tumen()
    with tumen.export_items() as items:
        changes = csv_import.plan(tables, items)
    stored.record(
        tumen.store.engine,
        (stored.Change(c.subject_kind, c.subject_id, c.field, c.value) for c in changes),
        current_user(by),
        source=str(source),
    )
    subjects = {(c.subject_kind, c.subject_id) for c in changes}
    persons = sum(1 for kind, _id in subjects if kind == "person")
    if changes:
        details = {"fields": len(changes), "persons": persons, "events": len(subjects) - persons}
        tumen.audit("import_csv", "corrections", details, by=by)
    click.echo(
        plain(
            f"imported {source}: {len(changes)} field(s) changed, "
            f"{persons} person(s), {len(subjects) - persons} event(s)"
            if changes
            else f"imported {source}: no changes"
        ),
        err=True,
    )
