"""``tumen serve``: the analyst's workbench in the browser."""

from __future__ import annotations

import ipaddress
import threading

import click

from tumen.cli.app import Context, main
from tumen.cli.render import plain
from tumen.errors import TumenError


class NoAdminError(TumenError):
    """The store has no enabled admin account: the workbench would have no one to manage it."""


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option(
    "--preload/--no-preload",
    default=True,
    show_default=True,
    help="Load the language model at start, in the background, so that the first upload is processed as quickly "
    "as the next (about 150 MB more memory).",
)
@click.pass_obj
def serve(obj: Context, /, host: str, port: int, preload: bool) -> None:
    """Serve the workbench: case files, the document reader, search, the review queue,
    uploads, the REST API under /api and case reports. Open http://HOST:PORT/ in a browser
    and log in with an account of `tumen user add`.

    Refuses to start (exit 1) while the store has no enabled admin account.
    """
    import uvicorn

    from tumen.store.accounts import has_admin
    from tumen.web import create_app

    tumen = obj.tumen()
    if not has_admin(tumen.store.engine):
        raise NoAdminError(
            f"{tumen.store.name} has no admin account: create one first with "
            "`tumen user add NAME --role admin --password-stdin` (the password on standard input)"
        )
    app = create_app(tumen)
    if preload:
        from tumen.pipeline.process import warm_up

        threading.Thread(target=warm_up, name="tumen-preload", daemon=True).start()
    if not _loopback(host):
        click.echo(
            plain(f"tumen: warning: listening on {host}, beyond this machine; put HTTPS in front of it"), err=True
        )
    click.echo(plain(f"tumen: serving {tumen.store.name} at http://{host}:{port}/ (Ctrl-C stops)"), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
