"""Access to one SME's data from a service that does not hold the credentials.

Coordinator keys are checked here against the configured hashes (the same
`REGISTRY_COORDINATOR_KEY_HASHES` the registry uses). An SME token is checked
by the registry, which holds its hash: `GET /v1/smes/{id}/access` with the
caller's token answers 204 for a valid one. A token found valid is remembered
for `access_cache_s`, so a page of requests costs the registry one check; a
token replaced at the registry therefore keeps working here for at most that
long. Failures are never remembered.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Annotated
from urllib.parse import quote

import httpx
from fastapi import HTTPException, Request, status
from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from shared.credentials import (
    COORDINATOR,
    INVALID_CREDENTIAL,
    MISSING_CREDENTIAL,
    NotAuthenticated,
    Principal,
    credential_of,
    hash_secret,
    matches_any,
    sme_id_of_token,
)
from shared.rate_limit import FailureLimiter, TooManyFailures
from shared.settings import comma_separated

_CACHE_ENTRIES = 10_000


class AccessUnavailable(Exception):
    """The registry could not say whether a token is valid."""


class AccessSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    coordinator_key_hashes: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        validation_alias=AliasChoices(
            "coordinator_key_hashes", "COORDINATOR_KEY_HASHES", "REGISTRY_COORDINATOR_KEY_HASHES"
        ),
        description="Comma-separated `sha256:<hex>` hashes of coordinator API keys, as the registry's",
    )
    registry_url: str = Field(
        "http://127.0.0.1:8001",
        validation_alias=AliasChoices("registry_url", "CLUSTERLINK_REGISTRY_URL"),
        description="Where SME tokens are checked",
    )
    access_cache_s: float = Field(
        30.0,
        ge=0,
        validation_alias=AliasChoices("access_cache_s", "ACCESS_CACHE_S"),
        description="How long a token the registry found valid is trusted without asking again",
    )
    access_timeout_s: float = Field(3.0, gt=0, validation_alias=AliasChoices("access_timeout_s", "ACCESS_TIMEOUT_S"))
    auth_failure_limit: int = Field(
        20,
        ge=1,
        validation_alias=AliasChoices("auth_failure_limit", "ACCESS_FAILURE_LIMIT"),
        description="Failed authentications a client address may make per window before it gets 429",
    )
    auth_failure_window_s: float = Field(
        60.0, gt=0, validation_alias=AliasChoices("auth_failure_window_s", "ACCESS_FAILURE_WINDOW_S")
    )

    @field_validator("coordinator_key_hashes", mode="before")
    @classmethod
    def _split_hashes(cls, value: object) -> object:
        return tuple(comma_separated(value)) if isinstance(value, str) else value


class AccessCheck:
    def __init__(self, settings: AccessSettings, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._settings = settings
        self._transport = transport
        self._valid_until: OrderedDict[str, float] = OrderedDict()  # token hash -> monotonic expiry
        self._failures = FailureLimiter(settings.auth_failure_limit, settings.auth_failure_window_s)

    async def principal(self, credential: str | None, *, client: str | None = None) -> Principal:
        """Who presents `credential`; `client` (an address) is passed on so the registry's limits see the caller.

        A client past its failure limit gets `TooManyFailures` before anything is checked."""
        address = client or "unknown"
        self._failures.check(address)
        try:
            return await self._principal(credential, client)
        except NotAuthenticated:
            self._failures.failed(address)
            raise

    async def _principal(self, credential: str | None, client: str | None) -> Principal:
        if not credential:
            raise NotAuthenticated(MISSING_CREDENTIAL)
        if matches_any(credential, self._settings.coordinator_key_hashes):
            return COORDINATOR
        sme_id = sme_id_of_token(credential)
        if sme_id is None:
            raise NotAuthenticated(INVALID_CREDENTIAL)
        key = hash_secret(credential)
        if self._valid_until.get(key, 0.0) > time.monotonic():
            return Principal(sme_id=sme_id)
        await self._ask_registry(sme_id, credential, client)
        self._remember(key)
        return Principal(sme_id=sme_id)

    async def _ask_registry(self, sme_id: str, credential: str, client: str | None) -> None:
        headers = {"Authorization": f"Bearer {credential}"}
        if client:
            headers["X-Forwarded-For"] = client
        try:
            async with httpx.AsyncClient(
                base_url=self._settings.registry_url,
                timeout=self._settings.access_timeout_s,
                transport=self._transport,
            ) as http:
                response = await http.get(f"/v1/smes/{quote(sme_id, safe='')}/access", headers=headers)
        except httpx.HTTPError as exc:
            raise AccessUnavailable("the registry, which checks SME tokens, is not reachable") from exc
        if response.status_code == 204:
            return
        if response.status_code in (401, 403, 404, 422):
            raise NotAuthenticated(INVALID_CREDENTIAL)
        if response.status_code == 429:
            retry_after = response.headers.get("Retry-After", "")
            raise TooManyFailures(int(retry_after) if retry_after.isdigit() else 60)
        raise AccessUnavailable(f"the registry could not check the token (HTTP {response.status_code})")

    def _remember(self, key: str) -> None:
        if self._settings.access_cache_s <= 0:
            return
        self._valid_until[key] = time.monotonic() + self._settings.access_cache_s
        self._valid_until.move_to_end(key)
        while len(self._valid_until) > _CACHE_ENTRIES:
            self._valid_until.popitem(last=False)


async def principal_or_refusal(check: AccessCheck, request: Request, *, realm: str) -> Principal:
    """The caller of this request, or the HTTP refusal that says why not: 401 (with `realm` in
    WWW-Authenticate), 429, or 503 when tokens cannot be checked. What the caller may see (403)
    is the endpoint's to decide."""
    client = request.client.host if request.client else None
    try:
        return await check.principal(credential_of(request.headers), client=client)
    except NotAuthenticated as exc:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, detail=str(exc), headers={"WWW-Authenticate": f'Bearer realm="{realm}"'}
        ) from exc
    except TooManyFailures as exc:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, detail=str(exc), headers={"Retry-After": str(exc.retry_after_s)}
        ) from exc
    except AccessUnavailable as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=str(exc), headers={"Retry-After": "5"}) from exc
