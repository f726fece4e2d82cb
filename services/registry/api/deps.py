"""Request-scoped inputs of the routes: the caller, the correlation id, the If-Match version."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from services.registry.api.problems import HeaderRefused
from services.registry.auth import Authenticator, NotAuthenticated, Principal
from services.registry.bulk_import import Importer
from services.registry.errors import FieldError, InvalidProfile
from services.registry.service import Registry
from services.registry.settings import Settings
from shared.json_keys import DUPLICATE_REASON, DuplicateKey, loads_unique
from shared.rate_limit import FailureLimiter

_bearer = HTTPBearer(auto_error=False, description="Coordinator API key or SME token")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="Coordinator API key or SME token")

_CORRELATION_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_ETAG = re.compile(r'^\s*"([0-9]{1,18})"\s*$')


@dataclass(frozen=True, slots=True)
class RegistryContext:
    """What the routes need, built once by the app's lifespan."""

    settings: Settings
    registry: Registry
    importer: Importer
    authenticator: Authenticator


def _context(request: Request) -> RegistryContext:
    context: RegistryContext = request.app.state.context
    return context


Context = Annotated[RegistryContext, Depends(_context)]


def _registry(context: Context) -> Registry:
    return context.registry


RegistryDep = Annotated[Registry, Depends(_registry)]


def _failures(request: Request, context: RegistryContext) -> FailureLimiter:
    """One per app, made on first use (the app's state outlives requests)."""
    limiter: FailureLimiter | None = getattr(request.app.state, "auth_failures", None)
    if limiter is None:
        settings = context.settings
        limiter = FailureLimiter(settings.auth_failure_limit, settings.auth_failure_window_s)
        request.app.state.auth_failures = limiter
    return limiter


async def _principal(
    request: Request,
    context: Context,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    api_key: Annotated[str | None, Security(_api_key)],
) -> Principal:
    credential = bearer.credentials if bearer is not None else api_key
    failures = _failures(request, context)
    client = request.client.host if request.client else "unknown"
    failures.check(client)  # before the credential is looked up: a blocked guesser costs nothing
    try:
        return await context.authenticator.authenticate(credential)
    except NotAuthenticated:
        failures.failed(client)
        raise


Caller = Annotated[Principal, Depends(_principal)]


async def _unique_keys(request: Request) -> None:
    """A JSON body that repeats a key is refused naming it (see `json_keys`). Declared after the
    caller, so credentials are still checked first; FastAPI has parsed the body already, so a
    body that is not JSON never gets here."""
    if "json" not in request.headers.get("content-type", ""):
        return
    try:
        loads_unique(await request.body())
    except DuplicateKey as exc:
        raise InvalidProfile([FieldError(exc.key, DUPLICATE_REASON)]) from exc
    except (ValueError, RecursionError):
        return  # answered by FastAPI's own parse


UniqueKeys = Annotated[None, Depends(_unique_keys)]


def _correlation_id(
    x_correlation_id: Annotated[
        str | None, Header(description="Carried to every event this request causes; generated if absent")
    ] = None,
) -> str:
    if x_correlation_id is not None and _CORRELATION_ID.match(x_correlation_id):
        return x_correlation_id
    return str(uuid.uuid4())


CorrelationId = Annotated[str, Depends(_correlation_id)]


def etag(version: int) -> str:
    return f'"{version}"'


def _expected_version(if_match: str) -> int | None:
    """`"3"` → 3; `*` → None (any version)."""
    if if_match.strip() == "*":
        return None
    match = _ETAG.match(if_match)
    if match is None:
        raise HeaderRefused(412, "If-Match", 'must be one ETag as returned by the registry, e.g. "3", or *')
    return int(match.group(1))


# If-Match is read as a plain header and checked in the route, after the body and path
# are validated: a malformed request is a 422 whatever its precondition says.
IfMatch = Annotated[str | None, Header(description='The ETag of the version you read, e.g. "3"; a stale one gives 412')]


def required_version(if_match: str | None) -> int | None:
    if if_match is None:
        raise HeaderRefused(428, "If-Match", 'is missing: send the ETag of the version you read, e.g. If-Match: "3"')
    return _expected_version(if_match)


def optional_version(if_match: str | None) -> int | None:
    return None if if_match is None else _expected_version(if_match)
