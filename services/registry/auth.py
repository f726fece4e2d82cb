"""Who is calling, and what they may do.

Coordinators (API keys configured as hashes) manage every profile. An SME's
own token, issued at registration, reads and edits only that profile. A missing
or wrong credential is "not authenticated" (401); a valid one used outside its
rights is "forbidden" (403).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from services.registry.keys import matches, matches_any, sme_id_of_token


class NotAuthenticated(Exception):
    pass


class Forbidden(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Principal:
    sme_id: str | None  # None: a coordinator

    @property
    def is_coordinator(self) -> bool:
        return self.sme_id is None

    def require_coordinator(self) -> None:
        if not self.is_coordinator:
            raise Forbidden("this needs a coordinator API key")

    def require_access_to(self, sme_id: str) -> None:
        if not self.is_coordinator and self.sme_id != sme_id:
            raise Forbidden("an SME token gives access to its own profile only")


COORDINATOR = Principal(sme_id=None)


class Authenticator:
    def __init__(
        self, coordinator_key_hashes: tuple[str, ...], sme_token_hash: Callable[[str], Awaitable[str | None]]
    ) -> None:
        self._key_hashes = coordinator_key_hashes
        self._sme_token_hash = sme_token_hash

    async def authenticate(self, credential: str | None) -> Principal:
        if not credential:
            raise NotAuthenticated("send a coordinator API key or an SME token (Authorization: Bearer ...)")
        if matches_any(credential, self._key_hashes):
            return COORDINATOR
        sme_id = sme_id_of_token(credential)
        if sme_id is not None and matches(credential, await self._sme_token_hash(sme_id)):
            return Principal(sme_id=sme_id)
        raise NotAuthenticated("the API key or token is not valid")
