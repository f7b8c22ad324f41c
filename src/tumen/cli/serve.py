"""``tumen serve``: the analyst's workbench in the browser."""

from __future__ import annotations

import click

from tumen.cli.app import Context, main


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.pass_obj
def serve(obj: Context, /, host: str, port: int) -> None:
    """Serve the workbench: case files, the document reader, search, the review queue,
    uploads, the REST API under /api and case reports. Open http://HOST:PORT/ in a browser.
    """
    import uvicorn

    from tumen.web import create_app

    app = create_app(obj.tumen())
    click.echo(f"tumen: serving {obj.tumen().store.name} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
