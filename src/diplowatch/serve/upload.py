"""``POST /api/ingest``: add uploaded articles to the database.

Off unless the server was started with ``--allow-ingest --token T``; the token
is compared in constant time. Uploads are size-limited while they are read
(not after), written to a private temporary folder under their own
extension and read by the same ingest code as ``diplowatch ingest``, so an
upload behaves exactly like a file on disk.
"""

from __future__ import annotations

import hmac
import io
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Header, HTTPException, Request, UploadFile

from diplowatch.serve.access import Settings, open_store

router = APIRouter(prefix="/api", tags=["api"])

ALLOWED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_SAFE_NAME = re.compile(r"[^\w.-]+")


def check_token(settings: Settings, authorization: str | None, x_token: str | None) -> None:
    if not settings.allow_ingest or not settings.token:
        raise HTTPException(
            403, "ingest is disabled; start the server with --allow-ingest --token T"
        )
    given = x_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise HTTPException(401, "missing or wrong token (send 'Authorization: Bearer T')")


def safe_name(name: str | None, index: int) -> str:
    """A harmless file name that keeps the original extension (it picks the reader)."""
    base = Path(name or f"upload-{index}.txt").name
    base = _SAFE_NAME.sub("_", base).strip("._") or f"upload-{index}.txt"
    if not base.lower().endswith(ALLOWED_SUFFIXES):
        raise HTTPException(
            415, f"{name}: only {', '.join(ALLOWED_SUFFIXES)} files can be ingested"
        )
    return base[-120:]


async def read_limited(upload: UploadFile, budget: int) -> bytes:
    buffer = io.BytesIO()
    while True:
        chunk = await upload.read(64 * 1024)
        if not chunk:
            return buffer.getvalue()
        buffer.write(chunk)
        if buffer.tell() > budget:
            raise HTTPException(413, f"upload larger than {budget} bytes in total")


def ingest_folder(settings: Settings, folder: Path) -> dict[str, Any]:
    """Run the real pipeline over the saved uploads and add them to the store."""
    from diplowatch.ingest import iter_documents
    from diplowatch.problems import ProblemReporter
    from diplowatch.store.ingest import ingest as store_ingest

    reporter = ProblemReporter(stream=None)
    with open_store(settings, write=True) as store:
        docs = iter_documents([str(folder)], reporter, keep_duplicates=False, follow=False)
        result = store_ingest(store, docs, reporter=reporter)
    problems = [str(p).replace(str(folder) + "/", "") for p in reporter.problems]
    answer = {"documents": result.seen, "counts": dict(result.counts), "problems": problems}
    if result.succeeded == 0:
        # Nothing in the upload could be read: the client's content is at
        # fault, and says why (a 4xx, never a 500).
        raise HTTPException(422, {"message": "no article could be read from the upload", **answer})
    return answer


@router.post(
    "/ingest",
    summary="Add uploaded .txt/.html/.jsonl articles (needs --allow-ingest and the token)",
    status_code=200,
)
async def ingest(
    request: Request,
    files: Annotated[list[UploadFile], File(description="Articles: .txt, .html/.htm or .jsonl")],
    authorization: Annotated[str | None, Header()] = None,
    x_diplowatch_token: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    settings: Settings = request.app.state.settings
    check_token(settings, authorization, x_diplowatch_token)
    if not files:
        raise HTTPException(422, "files: nothing uploaded")
    if len(files) > settings.max_upload_files:
        raise HTTPException(413, f"at most {settings.max_upload_files} files per request")
    budget = settings.max_upload_bytes
    with tempfile.TemporaryDirectory(prefix="diplowatch-upload-") as tmp:
        folder = Path(tmp)
        used: set[str] = set()
        for i, upload in enumerate(files):
            name = safe_name(upload.filename, i)
            while name in used:
                name = f"{i}-{name}"
            used.add(name)
            data = await read_limited(upload, budget)
            budget -= len(data)
            (folder / name).write_bytes(data)
        return await run_in_threadpool(ingest_folder, settings, folder)
