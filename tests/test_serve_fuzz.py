"""Schema-driven fuzzing of the REST API with schemathesis: never a 500.

Every operation in ``/openapi.json`` is called with generated parameters,
valid and invalid, against an app over the sample database (ingest enabled
with its token, so uploads run the real pipeline). Bounded to a few dozen
examples per operation to stay fast.
"""

from __future__ import annotations

import atexit
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from test_serve_fixtures import build_store

TOKEN = "fuzz-token-123456"


def _load_schema() -> Any:
    """The app over a fresh sample database; schemathesis loads it at collection time."""
    import tempfile

    from diplowatch.serve import create_app
    from diplowatch.serve.access import Settings

    folder = tempfile.mkdtemp(prefix="diplowatch-fuzz-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = build_store(Path(folder) / "fuzz.db")
    app = create_app(
        Settings(
            db=db,
            allow_ingest=True,
            token=TOKEN,
            max_upload_bytes=64 * 1024,
            allowed_hosts=("testserver",),  # the name schemathesis sends
        )
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = _load_schema()


@pytest.fixture(scope="module")
def api_schema() -> Any:
    return schema


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_500(case: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500, response.text


def test_schema_documents_every_filter(api_schema: Any) -> None:
    raw = api_schema.raw_schema
    names = {p["name"] for p in raw["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "partner",
        "type",
        "status",
        "sector",
        "since",
        "until",
        "lang",
        "source",
        "limit",
        "offset",
        "order",
    } <= names


def test_db_path_is_not_leaked_in_the_schema(api_schema: Any, tmp_path: Path) -> None:
    assert "fuzz.db" not in str(api_schema.raw_schema)
