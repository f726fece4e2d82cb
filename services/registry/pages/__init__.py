"""Pages for entrepreneurs under /my, in Thai and English: register, sign in by email link,
edit the profile and its emails, see and answer suggestions. Server-rendered, no script.

They live in the registry (the system of record of profiles) and reach the
matcher and the notifier only over HTTP and Kafka (decision 0011).
"""

from __future__ import annotations

from fastapi import FastAPI

from services.registry.pages import routes_profile, routes_register, routes_sign_in, routes_suggestions
from services.registry.pages.guard import install_handlers
from services.registry.pages.link_pages import LinkProblem, link_problem_page

__all__ = ["install"]


def install(app: FastAPI) -> None:
    install_handlers(app)
    app.add_exception_handler(LinkProblem, link_problem_page)
    for module in (routes_sign_in, routes_register, routes_profile, routes_suggestions):
        app.include_router(module.router)
