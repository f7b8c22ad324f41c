"""``tumen report``: a person's case report as PDF or HTML."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from tumen.cli.app import Context, main
from tumen.cli.cases import _one_person
from tumen.cli.render import plain
from tumen.export.report import TEMPLATES


@main.command()
@click.argument("person")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The report file: its suffix chooses the format, .pdf or .html (self-contained).",
)
@click.option(
    "--template",
    type=click.Choice(TEMPLATES),
    default="standard",
    show_default=True,
    help="standard: the case report; wgeid: a draft communication to the UN Working Group on Enforced or "
    "Involuntary Disappearances, with every missing field listed.",
)
@click.option(
    "--public",
    is_flag=True,
    help="Pseudonymise every at-risk person: their names and aliases redacted from the whole report.",
)
@click.pass_obj
def report(obj: Context, /, person: str, output: Path, template: str, public: bool) -> None:
    """Write PERSON's case report (a person id, a record DOC:pN or a name, as for `tumen person`).

    standard: summary (names in every script, birth, status, last known whereabouts), timeline
    with numbered citations, contradictions side by side, relations, sources, how verdicts are
    computed, and the store's chain head for verification. wgeid: identity, date and place of
    the deprivation of liberty, the forces believed responsible, steps taken and the source, each
    field cited or listed as missing. A name several persons answer to lists them and exits with
    status 1. Rendering never fetches anything from the network. --public: every at-risk person
    (PERSON too) appears only under their pseudonym and their names are redacted from every quote,
    title and URL of the report (docs/security.md).
    """
    from tumen.export.report import report_for
    from tumen.export.report_render import ReportError, format_of, render

    try:
        fmt = format_of(str(output))  # a wrong suffix is a usage error, found before any work
    except ReportError as exc:
        raise click.BadParameter(str(exc), param_hint="'-o' / '--output'") from exc
    tumen = obj.tumen()
    who = _one_person(obj, person)
    built = report_for(tumen, who, template)
    shown = who.name
    if public:
        from tumen.protect.public import public_report

        redactor = tumen.public_redactor()
        built = public_report(built, redactor)
        shown = redactor.name(who.name, who.id)
    data = render(built, fmt)
    _write(output, data)
    tumen.audit("report", who.id, {"template": template, "format": fmt, "public": public})
    click.echo(plain(f"wrote the {template} report of {shown} ({who.id}) to {output} ({len(data):,} bytes)"))


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file beside it, then renamed)."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=".report-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
