"""`diplowatch serve`: the local dashboard and REST API."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import click

from diplowatch.problems import UserError

DEFAULT_DB = "diplowatch.db"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_port_free(host: str, port: int) -> None:
    """Fail with one clear line, before uvicorn starts, if the address is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


@click.command()
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=lambda: os.environ.get("DIPLOWATCH_DB", DEFAULT_DB),
    show_default="$DIPLOWATCH_DB or diplowatch.db",
    help="Database written by `diplowatch ingest` (an absent file shows a first-run page).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback exposes the data to your network.",
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port."
)
@click.option(
    "--allow-ingest", is_flag=True, help="Accept uploads at POST /api/ingest (needs --token)."
)
@click.option(
    "--token",
    envvar="DIPLOWATCH_TOKEN",
    default=None,
    help="Secret for POST /api/ingest, sent as 'Authorization: Bearer T' (or $DIPLOWATCH_TOKEN).",
)
@click.option(
    "--max-upload-mb",
    type=click.FloatRange(0.01, 1024),
    default=5.0,
    show_default=True,
    help="Largest upload accepted by /api/ingest, in MB per request.",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
    help="uvicorn's log level.",
)
def serve(
    db: str,
    host: str,
    port: int,
    allow_ingest: bool,
    token: str | None,
    max_upload_mb: float,
    log_level: str,
) -> None:
    """Start the web dashboard and REST API (read-only by default).

    Pages: relations network, timeline, events with their evidence sentences,
    documents (right-to-left for Arabic and Persian), search. API under /api,
    schema at /openapi.json, endpoint list at /docs. Nothing is loaded from the
    internet.

    \b
    Examples:
      diplowatch serve --db news.db
      diplowatch serve --db news.db --port 8080
      diplowatch serve --db news.db --allow-ingest --token "$(openssl rand -hex 16)"
      curl -H "Authorization: Bearer $TOKEN" -F files=@story.txt http://127.0.0.1:8000/api/ingest
    """
    from diplowatch.serve.access import Settings

    if allow_ingest and not token:
        raise UserError(
            "--allow-ingest needs --token T (or $DIPLOWATCH_TOKEN) so only you can add articles"
        )
    if token and len(token) < 8:
        raise UserError("--token: use at least 8 characters")
    path = Path(db)
    if path.exists() and not path.is_file():
        raise UserError(f"--db {db}: not a file")
    if not path.exists():
        click.echo(
            f"diplowatch: {db} does not exist yet; the dashboard will show how to ingest articles.",
            err=True,
        )
    if not _is_loopback(host):
        click.echo(
            f"diplowatch: warning: listening on {host}, reachable from other machines.", err=True
        )
    _check_port_free(host, port)

    import uvicorn

    from diplowatch.serve import create_app

    settings = Settings(
        db=path,
        allow_ingest=allow_ingest,
        token=token,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
    )
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"diplowatch: serving {db} on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=log_level == "debug")


COMMANDS: list[click.Command] = [serve]
