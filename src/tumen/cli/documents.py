"""``tumen documents`` and ``tumen show``: what the store holds."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.table import Table

from tumen.cli.app import Context, lookup, main
from tumen.cli.render import console, json_text, plain, styled
from tumen.model import Document, DocumentInfo


def info_dict(doc: DocumentInfo) -> dict[str, Any]:
    meta = doc.meta
    return {
        "id": doc.id,
        "sha256": doc.sha256,
        "title": meta.title,
        "outlet": meta.outlet,
        "author": meta.author,
        "url": meta.url,
        "published": meta.published_text(),
        "language": meta.language,
        "media_type": doc.media_type,
        "filename": doc.filename,
        "encoding": doc.encoding,
        "size": doc.size,
        "chars": doc.chars,
        "ingested_at": doc.ingested_at.isoformat(),
        "ingested_by": doc.ingested_by,
        "extra": doc.extra,
    }


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per document) instead of a table.")
@click.pass_obj
def documents(obj: Context, /, as_json: bool) -> None:
    """List stored documents: id, title, outlet, published, language, chars, sha256."""
    docs = obj.tumen().documents()
    if as_json:
        click.echo(json_text([info_dict(d) for d in docs]))
        return
    table = Table(title=f"{len(docs)} documents", title_justify="left")
    for column, justify in (
        ("id", "right"),
        ("title", "left"),
        ("outlet", "left"),
        ("published", "left"),
        ("language", "left"),
        ("chars", "right"),
        ("sha256", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for d in docs:
        m = d.meta
        table.add_row(
            str(d.id),
            styled(m.title or ""),
            styled(m.outlet or ""),
            styled(m.published_text() or ""),
            styled(m.language or ""),
            f"{d.chars:,}",
            d.sha256[:12],
        )
    console(160).print(table)


def _print_document(doc: Document) -> None:
    out = console(100)
    fields = info_dict(doc)
    fields.pop("extra")
    for key, value in [*fields.items(), *doc.extra.items()]:
        out.print(styled((f"{key:>12}", "bold"), "  ", value if value is not None else "—"), soft_wrap=True)
    out.rule()
    out.print(plain(doc.text, multiline=True), markup=False, soft_wrap=True)  # the text as stored, unwrapped


@main.command()
@click.argument("document")
@click.option("--json", "as_json", is_flag=True, help="Print metadata and text as JSON.")
@click.option("--original", is_flag=True, help="Write the original bytes, unchanged, to stdout.")
@click.pass_obj
def show(obj: Context, /, document: str, as_json: bool, original: bool) -> None:
    """Show one document's metadata and extracted text.

    DOCUMENT is its id or the first digits (at least 6) of its SHA-256.
    """
    tumen = obj.tumen()
    if original:
        with lookup():
            data = tumen.original(document)
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with lookup():
        doc = tumen.document(document)
    if as_json:
        click.echo(json_text({**info_dict(doc), "text": doc.text}))
        return
    _print_document(doc)
