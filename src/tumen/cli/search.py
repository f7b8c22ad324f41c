"""``tumen search``: full-text search over the stored documents."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.text import Text

from tumen.cli.app import Context, main
from tumen.store.search import MARK_CLOSE, MARK_OPEN, SearchHit


def _snippet_text(snippet: str) -> Text:
    """The snippet as plain text (never markup), its ``[match]`` brackets kept and the match in bold."""
    text = Text(snippet)
    start = 0
    while (opening := snippet.find(MARK_OPEN, start)) != -1:
        closing = snippet.find(MARK_CLOSE, opening + 1)
        if closing == -1:
            break
        text.stylize("bold", opening + 1, closing)
        start = closing + 1
    return text


def _print_hit(console: Console, hit: SearchHit) -> None:
    heading = Text(f"{hit.rank:>3}. ", style="bold")
    heading.append(f"document {hit.document_id}", style="bold")
    details = [hit.title or "(untitled)", hit.outlet or "", hit.published_text() or "", f"score {hit.score:.3f}"]
    heading.append("  " + " · ".join(d for d in details if d))
    console.print(heading)
    console.print(Text("     ").append_text(_snippet_text(hit.snippet)))


@main.command()
@click.argument("query")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True, help="Most hits to show.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Hits to skip (paging).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of hits (for scripts).")
@click.pass_obj
def search(obj: Context, /, query: str, limit: int, offset: int, as_json: bool) -> None:
    """Find documents whose title or text contain every word of QUERY, best first, each with the passage
    that matched ([match] marks the words found).

    Case is ignored; English words match at the start of a word (arrest finds "arrested"); Korean,
    Chinese and Japanese words match anywhere, so 김정아 finds "김정아가 말했다". "Quoted words" must
    follow one another. Nothing in QUERY is syntax: quotes aside, every character is searched as text.
    """
    hits = obj.tumen().search(query, limit=limit, offset=offset)
    if as_json:
        click.echo(json.dumps([hit.as_dict() for hit in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("no documents match")
        return
    console = Console(width=None if sys.stdout.isatty() else 120, highlight=False)
    for hit in hits:
        _print_hit(console, hit)
