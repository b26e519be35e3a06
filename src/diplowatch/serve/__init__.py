"""serve stage: the local web dashboard and REST API (``diplowatch serve``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from diplowatch.serve.access import Settings


def create_app(settings: Settings) -> FastAPI:
    """Build the web app (imported lazily: FastAPI is slow to import)."""
    from diplowatch.serve.app import create_app as build

    return build(settings)
