"""What the entrepreneur pages sign: links sent by email, sessions, CSRF tokens, access tokens. Pure.

One secret, one HMAC-SHA256, a different purpose mixed into every MAC so a value
made for one use never passes as another. Nothing is stored to check a
signature; single use of a sign-in link is claimed in the database by the
caller (`store.LinkClaims`), by its random nonce.

- A link token is `<payload>.<mac>`, the payload naming its purpose, subject
  (an SME id), a random nonce and its expiry. A token that does not verify is
  *tampered*; one that verifies after its expiry is *expired*.
- A session cookie is the same shape: SME id, random session id, expiry.
- A CSRF token is the MAC of the session id (or, before sign-in, of a random
  nonce kept in a short-lived cookie).
- An access token has the shape of an SME token (`<sme id>.<secret>`) so the
  matcher and the notifier, which check SME tokens at the registry, accept it
  for that SME until the session that made it expires.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from shared.credentials import TOKEN_SEPARATOR, sme_id_of_token

MAX_TOKEN_LENGTH = 1024
FORM_NONCE_S = 2 * 3600


class LinkPurpose(StrEnum):
    CONFIRM_REGISTRATION = "confirm_registration"
    SIGN_IN = "sign_in"


class TamperedLink(Exception):
    """Not a token we issued, or altered, or for another purpose."""


class ExpiredLink(Exception):
    """Genuine, but past its expiry."""


@dataclass(frozen=True, slots=True)
class LinkClaims:
    purpose: LinkPurpose
    sme_id: str
    nonce: str
    expires_at: int


@dataclass(frozen=True, slots=True)
class SmeSession:
    sme_id: str
    session_id: str
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class PageSigner:
    def __init__(self, secret: bytes, session_s: int, clock: Callable[[], float] = time.time) -> None:
        self._secret = secret
        self._session_s = session_s
        self._clock = clock

    def _mac(self, purpose: str, text: str) -> bytes:
        return hmac.new(self._secret, f"{purpose}\x1f{text}".encode(), hashlib.sha256).digest()

    def _signed(self, purpose: str, values: list[object]) -> str:
        payload = _b64(json.dumps(values, ensure_ascii=True, separators=(",", ":")).encode())
        return f"{payload}.{_b64(self._mac(purpose, payload))}"

    def _opened(self, purpose: str, token: str | None) -> list[object] | None:
        if not token or len(token) > MAX_TOKEN_LENGTH or token.count(".") != 1:
            return None
        payload, mac = token.split(".")
        try:
            if not hmac.compare_digest(_unb64(mac), self._mac(purpose, payload)):
                return None
            values = json.loads(_unb64(payload))
        except (ValueError, binascii.Error):
            return None
        return values if isinstance(values, list) else None

    # ------------------------------------------------------------ links in emails

    def link(self, purpose: LinkPurpose, sme_id: str, ttl_s: int) -> tuple[LinkClaims, str]:
        claims = LinkClaims(purpose, sme_id, secrets.token_urlsafe(16), int(self._clock()) + ttl_s)
        return claims, self._signed(f"link:{purpose.value}", [sme_id, claims.nonce, claims.expires_at])

    def read_link(self, purpose: LinkPurpose, token: str | None) -> LinkClaims:
        values = self._opened(f"link:{purpose.value}", token)
        if values is None or len(values) != 3:
            raise TamperedLink(purpose.value)
        sme_id, nonce, expires_at = values
        if not (isinstance(sme_id, str) and isinstance(nonce, str) and isinstance(expires_at, int)):
            raise TamperedLink(purpose.value)
        if expires_at <= self._clock():
            raise ExpiredLink(purpose.value)
        return LinkClaims(purpose, sme_id, nonce, expires_at)

    # ------------------------------------------------------------ sessions

    def open_session(self, sme_id: str) -> tuple[SmeSession, str]:
        session = SmeSession(sme_id, secrets.token_urlsafe(18), int(self._clock()) + self._session_s)
        return session, self._signed("session", [session.sme_id, session.session_id, session.expires_at])

    def read_session(self, cookie: str | None) -> SmeSession | None:
        values = self._opened("session", cookie)
        if values is None or len(values) != 3:
            return None
        sme_id, session_id, expires_at = values
        if not (isinstance(sme_id, str) and isinstance(session_id, str) and isinstance(expires_at, int)):
            return None
        return SmeSession(sme_id, session_id, expires_at) if expires_at > self._clock() else None

    def csrf_token(self, session: SmeSession) -> str:
        return _b64(self._mac("csrf", session.session_id))

    def csrf_valid(self, session: SmeSession, token: object) -> bool:
        return isinstance(token, str) and hmac.compare_digest(token, self.csrf_token(session))

    # ------------------------------------------------------------ forms before sign-in

    def form_nonce(self) -> str:
        return self._signed("form-nonce", [secrets.token_urlsafe(18), int(self._clock()) + FORM_NONCE_S])

    def form_token(self, nonce: str) -> str:
        return _b64(self._mac("form", nonce))

    def form_token_valid(self, nonce: str | None, token: object) -> bool:
        values = self._opened("form-nonce", nonce)
        if values is None or len(values) != 2 or not isinstance(values[1], int) or values[1] <= self._clock():
            return False
        return isinstance(token, str) and hmac.compare_digest(token, self.form_token(str(nonce)))

    # ------------------------------------------------------------ access tokens for the other services

    def access_token(self, session: SmeSession) -> str:
        expiry = session.expires_at.to_bytes(8, "big")
        mac = self._mac("access", f"{session.sme_id}|{session.expires_at}")
        return f"{session.sme_id}{TOKEN_SEPARATOR}{_b64(expiry + mac)}"

    def access_sme_id(self, token: str) -> str | None:
        """The SME an access token is for, while its session lasts; None for anything else."""
        sme_id = sme_id_of_token(token)
        if sme_id is None:
            return None
        try:
            raw = _unb64(token.rpartition(TOKEN_SEPARATOR)[2])
        except (ValueError, binascii.Error):
            return None
        if len(raw) != 40:
            return None
        expires_at = int.from_bytes(raw[:8], "big")
        if not hmac.compare_digest(raw[8:], self._mac("access", f"{sme_id}|{expires_at}")):
            return None
        return sme_id if expires_at > self._clock() else None
