"""Every failure becomes a JSON `ErrorBody` with a fitting 4xx/5xx status."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pymongo.errors import ConnectionFailure, PyMongoError
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.registry.auth import Forbidden, NotAuthenticated
from services.registry.bulk_formats import UnreadableFile
from services.registry.bulk_import import TooManyLines
from services.registry.errors import (
    ConcurrentChange,
    ErasedProfile,
    FieldError,
    InvalidProfile,
    ProfileAlreadyExists,
    ProfileNotFound,
    VersionMismatch,
    field_errors,
)
from shared.rate_limit import TooManyFailures

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    412: "version_mismatch",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    428: "precondition_required",
    429: "too_many_failures",
    503: "unavailable",
}


class HeaderRefused(StarletteHTTPException):
    """A refusal about one request header: its `errors` name the header as FastAPI names a header it
    validates (`header.if-match`), so a client reads every 4xx the same way."""

    def __init__(self, status: int, header: str, reason: str) -> None:
        super().__init__(status, f"{header} {reason}")
        self.error = FieldError(f"header.{header.lower()}", reason)


def error_response(
    status: int,
    message: str,
    *,
    code: str | None = None,
    errors: list[FieldError] | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = {
        "code": code or _HTTP_CODES.get(status, "error"),
        "message": message,
        "errors": [{"field": e.field, "reason": e.reason} for e in errors or []],
        **extra,
    }
    return JSONResponse(body, status_code=status, headers=headers)


def _request_field_errors(exc: RequestValidationError) -> list[FieldError]:
    out: list[FieldError] = []
    for error in exc.errors():
        loc = tuple(error.get("loc", ()))
        if error.get("type") == "json_invalid":
            detail = error.get("ctx", {}).get("error", "")
            out.append(FieldError("(body)", f"is not valid JSON ({detail})" if detail else "is not valid JSON"))
            continue
        if loc == ("body",) and error.get("type") == "missing":
            out.append(FieldError("(body)", "is empty; send a JSON object"))
            continue
        if loc == ("body",) and error.get("type") in ("model_attributes_type", "dict_type"):
            # Often a JSON object sent without `Content-Type: application/json`: read as text.
            out.append(FieldError("(body)", "is not a JSON object (send one, as Content-Type: application/json)"))
            continue
        # Body fields are named as in the document; other inputs say where they come from.
        path = loc[1:] if not loc or loc[0] == "body" else (".".join(map(str, loc[:2])), *loc[2:])
        out.extend(field_errors([dict(error, loc=path)]))
    return out


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "the request is not valid", errors=_request_field_errors(exc))


def _allowed_methods(request: Request) -> str:
    """Every method of every route on this path (the router alone names the first route's only)."""
    path = request.url.path
    methods = {
        method
        for route in request.app.routes
        if isinstance(route, APIRoute) and route.path_regex.match(path)
        for method in route.methods or ()
    }
    return ", ".join(sorted(methods))


def _unparsed_body_reason(cause: BaseException | None) -> str | None:
    """Why FastAPI could not parse a JSON body (it answers 400 and keeps the cause)."""
    if isinstance(cause, RecursionError):
        return "is nested too deeply"
    if isinstance(cause, UnicodeDecodeError):
        return "is not valid UTF-8"
    if isinstance(cause, ValueError) and "digits" in str(cause):
        return f"holds a number longer than {sys.get_int_max_str_digits()} digits"
    return None


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    reason = _unparsed_body_reason(exc.__cause__) if exc.status_code == 400 else None
    if reason is not None:
        return error_response(400, "the request body is not valid JSON", errors=[FieldError("(body)", reason)])
    errors = [exc.error] if isinstance(exc, HeaderRefused) else None
    return error_response(exc.status_code, str(exc.detail), errors=errors, headers=headers)


async def _not_authenticated(_: Request, exc: Exception) -> JSONResponse:
    return error_response(401, str(exc), headers={"WWW-Authenticate": 'Bearer realm="clusterlink-registry"'})


async def _too_many_failures(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TooManyFailures)
    return error_response(429, str(exc), headers={"Retry-After": str(exc.retry_after_s)})


async def _forbidden(_: Request, exc: Exception) -> JSONResponse:
    return error_response(403, str(exc))


async def _not_found(_: Request, exc: Exception) -> JSONResponse:
    return error_response(404, str(exc))


async def _exists(_: Request, exc: Exception) -> JSONResponse:
    return error_response(409, str(exc), code="already_exists")


async def _concurrent(_: Request, exc: Exception) -> JSONResponse:
    return error_response(409, str(exc), code="concurrent_change")


async def _version_mismatch(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, VersionMismatch)
    return error_response(
        412,
        str(exc),
        headers={"ETag": f'"{exc.current_version}"'},
        current_version=exc.current_version,
    )


async def _erased(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ErasedProfile)
    what = repr(exc.sme_id) if exc.field == "id" else exc.field
    return error_response(409, f"{what} {exc}", code="erased", errors=[FieldError(exc.field, str(exc))])


async def _invalid_profile(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, InvalidProfile)
    return error_response(422, "the request is not valid", errors=exc.errors)


async def _unreadable_file(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, UnreadableFile)
    field = "(file)" if exc.line is None else f"line {exc.line}"
    return error_response(422, str(exc), code="unreadable_file", errors=[FieldError(field, exc.reason)])


async def _too_many_lines(_: Request, exc: Exception) -> JSONResponse:
    return error_response(413, str(exc), code="too_many_lines")


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable", extra={"path": request.url.path, "error": repr(exc)})
    return error_response(
        503,
        "the profile database is unavailable; nothing was changed, retry shortly",
        code="database_unavailable",
        headers={"Retry-After": "5"},
    )


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    log.error("database error", exc_info=exc, extra={"path": request.url.path})
    return error_response(503, "the profile database failed this request; retry shortly", code="database_error")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error", exc_info=exc, extra={"path": request.url.path})
    return error_response(500, "internal error; it has been logged", code="internal_error")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(NotAuthenticated, _not_authenticated)
    app.add_exception_handler(Forbidden, _forbidden)
    app.add_exception_handler(TooManyFailures, _too_many_failures)
    app.add_exception_handler(ProfileNotFound, _not_found)
    app.add_exception_handler(ProfileAlreadyExists, _exists)
    app.add_exception_handler(ErasedProfile, _erased)
    app.add_exception_handler(ConcurrentChange, _concurrent)
    app.add_exception_handler(VersionMismatch, _version_mismatch)
    app.add_exception_handler(InvalidProfile, _invalid_profile)
    app.add_exception_handler(UnreadableFile, _unreadable_file)
    app.add_exception_handler(TooManyLines, _too_many_lines)
    app.add_exception_handler(ConnectionFailure, _database_unavailable)
    app.add_exception_handler(PyMongoError, _database_error)
    app.add_exception_handler(Exception, _unexpected)
