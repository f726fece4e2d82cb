"""Who is calling the registry, and what they may do.

Coordinators (API keys configured as hashes) manage every profile. An SME's
own token, issued at registration, reads and edits only that profile; so does
an access token of a signed-in entrepreneur's page session, while it lasts. The
checks themselves live in `shared.credentials`, so other services that answer
for an SME's data check the same credentials the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from shared.credentials import (
    COORDINATOR,
    INVALID_CREDENTIAL,
    MISSING_CREDENTIAL,
    Forbidden,
    NotAuthenticated,
    Principal,
    matches,
    matches_any,
    sme_id_of_token,
)

__all__ = ["COORDINATOR", "Authenticator", "Forbidden", "NotAuthenticated", "Principal"]


class Authenticator:
    def __init__(
        self,
        coordinator_key_hashes: tuple[str, ...],
        sme_token_hash: Callable[[str], Awaitable[str | None]],
        session_access: Callable[[str], str | None] | None = None,
    ) -> None:
        self._key_hashes = coordinator_key_hashes
        self._sme_token_hash = sme_token_hash
        self._session_access = session_access

    async def authenticate(self, credential: str | None) -> Principal:
        if not credential:
            raise NotAuthenticated(MISSING_CREDENTIAL)
        if matches_any(credential, self._key_hashes):
            return COORDINATOR
        sme_id = sme_id_of_token(credential)
        if sme_id is not None and matches(credential, await self._sme_token_hash(sme_id)):
            return Principal(sme_id=sme_id)
        if sme_id is not None and self._session_access is not None and self._session_access(credential) == sme_id:
            return Principal(sme_id=sme_id)
        raise NotAuthenticated(INVALID_CREDENTIAL)
