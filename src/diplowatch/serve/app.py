"""The FastAPI application behind ``diplowatch serve``.

Built by a factory so tests and benchmarks can run it on any database
without a server process. Swagger UI is not used (it loads from a CDN and
this tool never reaches the internet): ``/openapi.json`` is the schema and
``/docs`` is a local page generated from it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplowatch.problems import UserError
from diplowatch.serve import api, pages, upload
from diplowatch.serve.access import Settings, StoreUnavailable
from diplowatch.serve.params import InvalidParameter
from diplowatch.version import __version__

HERE = Path(__file__).parent

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; connect-src 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}


class UploadLimit:
    """Refuse request bodies to the ingest endpoint beyond the size limit.

    Checked while the body arrives (and from Content-Length when given), so
    a huge upload is cut off before it is parsed or spooled to disk.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") != "/api/ingest":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers", []):
            if key == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _too_large(self.limit)(scope, receive, send)
                return
        received = 0
        too_big = False
        started = False

        async def limited() -> Message:
            nonlocal received, too_big
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    too_big = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if too_big:
                return  # whatever the app answers to a cut body, the answer is 413
            started = True
            await send(message)

        with contextlib.suppress(_BodyTooLarge):
            await self.app(scope, limited, guarded_send)
        if too_big and not started:
            await _too_large(self.limit)(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


def host_name(header: str) -> str:
    """The name in a Host header: no port, lower case, no trailing dot."""
    value = header.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


class HostCheck:
    """Answer 400 to a request whose Host header names another server.

    A page on evil.example can make its own name resolve to 127.0.0.1 (DNS
    rebinding); the browser then sends ``Host: evil.example`` to this server
    and lets that page read the answers. Only the names the server was
    started under are served.
    """

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {host_name(h) for h in allowed}
        self.any = "*" in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.any:
            await self.app(scope, receive, send)
            return
        header = ""
        for key, value in scope.get("headers", []):
            if key == b"host":
                header = value.decode("latin-1")
                break
        if host_name(header) in self.allowed:
            await self.app(scope, receive, send)
            return
        shown = header[:100] or "(none)"
        response = JSONResponse(
            {
                "detail": f"Host {shown!r} is not served here; if that is this machine's name, "
                "start the server with --allow-host NAME"
            },
            status_code=400,
            headers=SECURITY_HEADERS,
        )
        await response(scope, receive, send)


def _too_large(limit: int) -> Response:
    return JSONResponse({"detail": f"upload larger than {limit} bytes"}, status_code=413)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_page(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return pages.render(request, "error.html", status_code=status, status=status, message=message)


def create_app(settings: Settings) -> FastAPI:
    """The dashboard and the API on ``settings.db``, behind the host check and upload limit."""
    app = FastAPI(
        lifespan=_lifespan(settings),
        title="diplowatch",
        version=__version__,
        description=(
            "Diplomatic events extracted from Arabic, Persian and English news, "
            "with the evidence sentence behind every number."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.include_router(api.router)
    app.include_router(upload.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_exception_handler(InvalidParameter, _bad_request)
    app.add_exception_handler(UserError, _bad_request)
    app.add_exception_handler(StoreUnavailable, _store_unavailable)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    app.middleware("http")(_security_headers)
    app.add_middleware(UploadLimit, limit=settings.max_upload_bytes + 64 * 1024)
    app.add_middleware(HostCheck, allowed=settings.allowed_hosts)
    return app


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Warm the caches in the background when the server starts."""

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        threading.Thread(
            target=_warm, args=(settings,), name="diplowatch-warm", daemon=True
        ).start()
        yield

    return lifespan


async def _bad_request(request: Request, exc: Exception) -> Response:
    """A bad parameter (``InvalidParameter``) or value (``UserError``): 422 for the API, 400 for pages."""
    return _error_page(request, 422 if _wants_json(request) else 400, str(exc))


async def _store_unavailable(request: Request, exc: Exception) -> Response:
    return _error_page(request, 503, f"cannot read the database: {exc}")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail: Any = exc.detail
    if _wants_json(request) or not isinstance(detail, str):
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)
    return _error_page(request, exc.status_code, detail)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    message = "; ".join(problems) or "invalid request"
    if _wants_json(request):
        return JSONResponse({"detail": message, "errors": _plain(exc.errors())}, status_code=422)
    return _error_page(request, 400, message)


async def _server_error(request: Request, exc: Exception) -> Response:
    # Runs outside every middleware (Starlette's outermost layer), so the
    # security headers are set here; the error itself is still logged.
    response = _error_page(request, 500, "internal error; the server log has the details")
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    return response


async def _security_headers(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    return response


def _warm(settings: Settings) -> None:
    """Best effort: a failure here only means the first visitor waits."""
    with contextlib.suppress(Exception):
        pages.warm_caches(settings)


def _plain(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the raw input objects (not always JSON-safe)."""
    out = []
    for err in errors:
        out.append({"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))})
    return out
