"""Command-line entry point.

Each command group lives in its own module so that the commands of one stage
can change without touching the others, and heavy libraries are imported only
inside the command that needs them (``diplowatch --help`` stays fast).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import click

from diplowatch.extract.built_cache import CACHE_ENV, DIR_ENV
from diplowatch.problems import UserError
from diplowatch.version import __version__


class _Group(click.Group):
    """Turns a ``UserError`` into a one-line message and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"diplowatch: error: {exc}", err=True)
            sys.exit(2)
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplowatch")
@click.option(
    "--no-lexicon-cache",
    is_flag=True,
    help="Build each language's lexicon in this process instead of reading the copy kept "
    f"in ~/.cache/diplowatch (same as {CACHE_ENV}=0; the folder is set by {DIR_ENV}).",
)
def main(no_lexicon_cache: bool) -> None:
    """Turn Arabic, Persian and English news into diplomatic event data.

    Typical use: `diplowatch extract ARTICLES... -o events.jsonl` for one-off
    extraction, or `diplowatch ingest ARTICLES...` to build a local database
    that `events`, `relations`, `timeline`, `report`, `export` and `serve` read.
    """
    if no_lexicon_cache:
        # through the environment, so local worker processes the command
        # starts (``--workers``, a local Dask cluster) build their own too;
        # put back when the command ends, so a long-lived process that runs
        # commands in turn (CliRunner, an embedding app) is not left with it
        click.get_current_context().call_on_close(_restorer(CACHE_ENV))
        os.environ[CACHE_ENV] = "0"


def _restorer(name: str) -> Callable[[], None]:
    """A function that sets the environment variable ``name`` back to the
    value it has now (or removes it, when it has none)."""
    before = os.environ.get(name)

    def restore() -> None:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before

    return restore


def _register() -> None:
    from diplowatch.cli import extract_cmd, scale_cmd, serve_cmd, store_cmd, who_cmd

    for module in (extract_cmd, store_cmd, serve_cmd, scale_cmd, who_cmd):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
