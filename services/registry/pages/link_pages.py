"""Reading a link from an email, and the clear pages for one that is tampered, expired or used."""

from __future__ import annotations

from typing import TypeVar

from fastapi import Request
from fastapi.responses import Response

from services.registry.pages.guard import SESSION_COOKIE, PageRefused, context_of, render, set_cookie, signer
from services.registry.pages.signing import ExpiredLink, LinkClaims, LinkPurpose, TamperedLink

R = TypeVar("R", bound=Response)


class LinkProblem(PageRefused):
    pass


def link_claims(request: Request, purpose: LinkPurpose, token: str | None) -> LinkClaims:
    again = "register" if purpose is LinkPurpose.CONFIRM_REGISTRATION else "sign_in"
    try:
        return signer(request).read_link(purpose, token)
    except ExpiredLink as exc:
        raise LinkProblem(410, "link_expired", again=again) from exc
    except TamperedLink as exc:
        raise LinkProblem(400, "link_bad", again=again) from exc


async def link_problem_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LinkProblem)
    return render(request, "link_problem.html.j2", exc.status, problem=exc.word, again=exc.values["again"])


def signed_in_response(request: Request, sme_id: str, response: R) -> R:
    _, cookie = signer(request).open_session(sme_id)
    set_cookie(request, response, SESSION_COOKIE, cookie, context_of(request).settings.pages_session_s)
    return response
