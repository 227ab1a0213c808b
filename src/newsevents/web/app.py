"""The web application: `create_app(db_path)` returns a FastAPI app serving the JSON API under /api and
the pages, over a database it only ever opens read-only.

- One read-only DuckDB connection per request (`Store(db, read_only=True)`), closed when the request
  ends: the server holds no lock between requests, so `newsevents ingest` can add articles while it
  runs (a request that arrives while an ingest is writing gets 503 and can be retried).
- Every asset is served from this package (no CDN, no map tiles); the content security policy
  allows nothing from elsewhere, nor inline scripts.
- With `allowed_hosts`, requests naming another Host are refused (a page elsewhere cannot read the
  local server through DNS rebinding); `newsevents serve` sets it for a loopback address.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import StoreError
from ..store import Store

PACKAGE = resources.files("newsevents.web")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(db_path: str | Path, *, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app for the database at `db_path` (checked now: a missing database or one of another schema
    version raises StoreError, as the CLI reports it)."""
    path = str(db_path)
    Store(path, read_only=True).close()
    app = FastAPI(
        title="newsevents",
        version=__version__,
        description="Read-only JSON API over a newsevents database: events, actors across articles, stories, "
                    "articles with their evidence spans, quotes and statistics.",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: /api lists the routes instead, offline
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_path = path
    app.state.templates = templates()
    app.state.templates.env.globals.update(db_name=Path(path).name, version=__version__)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        if _wants_json(request):
            return JSONResponse({"detail": _jsonable_errors(exc.errors())}, status_code=422)
        messages = [f"{' '.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()]
        return error_page(request, 422, "Invalid parameters", messages)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        titles = {400: "Bad request", 404: "Not found", 503: "Database busy"}
        return error_page(request, exc.status_code, titles.get(exc.status_code, "Error"), [str(exc.detail)])

    from .api import router as api_router
    from .pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=str(PACKAGE.joinpath("static"))), name="static")
    return app


def templates() -> Jinja2Templates:
    env = Jinja2Templates(directory=str(PACKAGE.joinpath("templates")))
    env.env.autoescape = True
    from . import render

    env.env.globals.update(
        actor_url=render.actor_url, article_url=render.article_url, events_url=render.events_url,
        quad_colour=render.quad_colour, quad_names=render.QUAD_NAMES, swatch=render.swatch,
    )
    return env


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _jsonable_errors(errors: Any) -> list[dict[str, Any]]:
    out = []
    for error in errors:
        item = {k: v for k, v in error.items() if k in ("type", "loc", "msg")}
        if "input" in error and isinstance(error["input"], (str, int, float, bool, type(None))):
            item["input"] = error["input"]
        out.append(item)
    return out


def error_page(request: Request, status: int, title: str, messages: list[str]) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"title": title, "status": status, "messages": messages}, status_code=status)


def get_store(request: Request) -> Iterator[Store]:
    """A read-only store for one request (FastAPI dependency)."""
    try:
        store = Store(request.app.state.db_path, read_only=True)
    except StoreError as exc:
        raise HTTPException(503, f"the database cannot be read now: {exc.message}") from exc
    try:
        yield store
    finally:
        store.close()


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server (blocking) until interrupted."""
    import uvicorn

    allowed = None
    if host in LOOPBACK_HOSTS:
        allowed = ["127.0.0.1", "localhost", "[::1]", "::1"]
    app = create_app(db_path, allowed_hosts=allowed)
    uvicorn.run(app, host=host, port=port, log_level="info")
