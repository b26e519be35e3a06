"""`diplowatch serve`: the local dashboard and REST API."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplowatch.problems import UserError

if TYPE_CHECKING:
    from diplowatch.serve.access import Settings

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


def _read_token(token: str | None, token_file: str | None) -> str | None:
    """The token from --token-file (first line) or --token/$DIPLOWATCH_TOKEN."""
    if token_file:
        if token:
            raise UserError("give --token or --token-file, not both")
        try:
            lines = Path(token_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"--token-file {token_file}: cannot read it ({exc})") from None
        token = lines[0].strip() if lines else ""
        if not token:
            raise UserError(f"--token-file {token_file}: the file is empty")
        return token
    if token and any(arg == "--token" or arg.startswith("--token=") for arg in sys.argv):
        click.echo(
            "diplowatch: warning: --token on the command line is visible to other users in "
            "`ps`; use $DIPLOWATCH_TOKEN or --token-file instead.",
            err=True,
        )
    return token


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
    help="Secret for POST /api/ingest, sent as 'Authorization: Bearer T'. Prefer "
    "$DIPLOWATCH_TOKEN or --token-file: a command-line argument is visible to every user in `ps`.",
)
@click.option(
    "--token-file",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Read the ingest token from the first line of this file (not visible in `ps`).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests for this host name (repeatable; '*' for any). By default only "
    "the --host address, localhost and 127.0.0.1 are served, which stops DNS rebinding.",
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
    token_file: str | None,
    allow_hosts: tuple[str, ...],
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
      DIPLOWATCH_TOKEN="$(openssl rand -hex 16)" diplowatch serve --db news.db --allow-ingest
      diplowatch serve --db news.db --allow-ingest --token-file ~/.diplowatch-token
      diplowatch serve --db news.db --host 0.0.0.0 --allow-host analysis.example.org
      curl -H "Authorization: Bearer $TOKEN" -F files=@story.txt http://127.0.0.1:8000/api/ingest
    """
    token = _checked_token(allow_ingest, token, token_file)
    path = _checked_db(db)
    _warn_if_exposed(host)
    _check_port_free(host, port)

    import uvicorn

    from diplowatch.serve import create_app

    app = create_app(_settings(path, host, allow_ingest, token, allow_hosts, max_upload_mb))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"diplowatch: serving {db} on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=log_level == "debug")


def _warn_if_exposed(host: str) -> None:
    """Say so on stderr when the server will be reachable from other machines."""
    if not _is_loopback(host):
        click.echo(
            f"diplowatch: warning: listening on {host}, reachable from other machines.", err=True
        )


def _settings(
    path: Path,
    host: str,
    allow_ingest: bool,
    token: str | None,
    allow_hosts: tuple[str, ...],
    max_upload_mb: float,
) -> Settings:
    """The app's settings: the checked options, with loopback names always allowed as Host."""
    from diplowatch.serve.access import LOOPBACK_HOSTS, Settings

    return Settings(
        db=path,
        allow_ingest=allow_ingest,
        token=token,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        allowed_hosts=(host, *LOOPBACK_HOSTS, *_host_names(host, allow_hosts)),
    )


def _checked_token(allow_ingest: bool, token: str | None, token_file: str | None) -> str | None:
    """The ingest token, refused when ingest is on without one or when it is too short."""
    token = _read_token(token, token_file)
    if allow_ingest and not token:
        raise UserError(
            "--allow-ingest needs --token T (or $DIPLOWATCH_TOKEN) so only you can add articles"
        )
    if token and len(token) < 8:
        raise UserError("--token: use at least 8 characters")
    return token


def _checked_db(db: str) -> Path:
    """The database path: a directory is an error, a missing file gets a first-run note."""
    path = Path(db)
    if path.exists() and not path.is_file():
        raise UserError(f"--db {db}: not a file")
    if not path.exists():
        click.echo(
            f"diplowatch: {db} does not exist yet; the dashboard will show how to ingest articles.",
            err=True,
        )
    return path


def _host_names(host: str, allow_hosts: tuple[str, ...]) -> list[str]:
    """The --allow-host names (comma lists split); a note when 0.0.0.0 is served without any."""
    names = [n.strip() for value in allow_hosts for n in value.split(",") if n.strip()]
    if host in ("0.0.0.0", "::") and not names:
        click.echo(
            "diplowatch: note: browsers on other machines must use a name given with "
            "--allow-host (e.g. --allow-host $(hostname)); other Host headers get 400.",
            err=True,
        )
    return names


COMMANDS: list[click.Command] = [serve]
