"""Signed dashboard sessions and the CSRF tokens bound to them. Pure: no I/O, the clock is passed in.

A session cookie is `<payload>.<mac>`: the payload names a random session id, a
digest of the coordinator key's configured hash and the expiry; the MAC is
HMAC-SHA256 under the dashboard secret, so any replica with the same secret
reads it. A session ends when it expires, when the key it was opened with is no
longer configured (a rotated key ends its sessions), or when the server forgets
it at sign-out (`session_store`: a copy of the cookie is then refused too).

A CSRF token is an HMAC of the session id: a page of one session cannot post
into another, and a token outlives no session. The login form, which has no
session yet, binds its token to a random nonce in a short-lived cookie instead.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

LOGIN_NONCE_S = 15 * 60


@dataclass(frozen=True, slots=True)
class Session:
    session_id: str
    key_digest: str
    expires_at: int


def key_digest(key_hash: str) -> str:
    """A short, non-secret name of a configured key hash (itself a hash): what a session remembers."""
    return hashlib.sha256(key_hash.encode()).hexdigest()[:24]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionSigner:
    def __init__(self, secret: bytes, lifetime_s: int, clock: Callable[[], float] = time.time) -> None:
        self._secret = secret
        self._lifetime_s = lifetime_s
        self._clock = clock

    def _mac(self, purpose: str, text: str) -> str:
        return _b64(hmac.new(self._secret, f"{purpose}\x1f{text}".encode(), hashlib.sha256).digest())

    def open(self, key_hash: str) -> tuple[Session, str]:
        """A new session for the key with this configured hash, and its cookie value."""
        session = Session(secrets.token_urlsafe(18), key_digest(key_hash), int(self._clock()) + self._lifetime_s)
        payload = _b64(json.dumps([session.session_id, session.key_digest, session.expires_at]).encode())
        return session, f"{payload}.{self._mac('session', payload)}"

    def read(self, cookie: str | None) -> Session | None:
        """The session a cookie names, or None if it is missing, altered, malformed or expired."""
        if not cookie or cookie.count(".") != 1:
            return None
        payload, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac("session", payload)):
            return None
        try:
            session_id, digest, expires_at = json.loads(_unb64(payload))
        except (ValueError, TypeError):
            return None
        if not (isinstance(session_id, str) and isinstance(digest, str) and isinstance(expires_at, int)):
            return None
        if expires_at <= self._clock():
            return None
        return Session(session_id, digest, expires_at)

    def csrf_token(self, session: Session) -> str:
        return self._mac("csrf", session.session_id)

    def csrf_valid(self, session: Session, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf_token(session))

    def login_nonce(self) -> str:
        """For the login form's cookie: random, with its issue time, signed."""
        payload = f"{secrets.token_urlsafe(18)}~{int(self._clock())}"
        return f"{payload}.{self._mac('nonce', payload)}"

    def login_token(self, nonce: str) -> str:
        return self._mac("login", nonce)

    def login_token_valid(self, nonce: str | None, token: str | None) -> bool:
        if not nonce or not token or nonce.count(".") != 1:
            return False
        payload, mac = nonce.split(".")
        if not hmac.compare_digest(mac, self._mac("nonce", payload)):
            return False
        issued = payload.rpartition("~")[2]
        if not issued.isdigit() or int(issued) + LOGIN_NONCE_S <= self._clock():
            return False
        return hmac.compare_digest(str(token), self.login_token(nonce))
