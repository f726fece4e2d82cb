"""The coordinator dashboard: server-rendered pages under /dashboard, in Thai and English.

Signed-in coordinators (the same key as the API's, then a signed session cookie)
see the SMEs by sub-cluster, stage and province with counts, register and edit
them through forms, upload import files, export CSV and XLSX, and see the value
chain. Every form carries a CSRF token bound to the session.
"""

from __future__ import annotations

from fastapi import FastAPI

from services.registry.dashboard import (
    routes_auth,
    routes_files,
    routes_funnel,
    routes_gaps,
    routes_smes,
    routes_value_chain,
)
from services.registry.dashboard.guard import install_handlers
from services.registry.dashboard.routes_files import IMPORT_PATH

__all__ = ["IMPORT_PATH", "install"]


def install(app: FastAPI) -> None:
    install_handlers(app)
    for module in (routes_auth, routes_smes, routes_files, routes_funnel, routes_gaps, routes_value_chain):
        app.include_router(module.router)
