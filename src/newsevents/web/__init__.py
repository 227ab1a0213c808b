"""The web UI and JSON API: `newsevents serve --db PATH` (see docs/web.md).

`create_app(db_path)` returns the FastAPI application; `serve(db_path, host, port)` runs it with uvicorn.
"""

from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
