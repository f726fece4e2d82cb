"""HMAC-signed link tokens: what a link may do, for whom, and until when.

A token is `base64url(json payload) "." base64url(HMAC-SHA256(secret, payload))`.
Nothing in the payload is secret (ids and an expiry); the signature makes it
unforgeable, and the expiry bounds how long a leaked accept or decline link is
useful. Unsubscribe links never expire (the worst a leaked one does is stop
emails the person can restart), so an old email can always stop the next.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum


class LinkAction(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    UNSUBSCRIBE = "unsubscribe"


class InvalidToken(Exception):
    """The token was not issued by us, or was altered."""


class ExpiredToken(Exception):
    """The token was genuine but is past its expiry."""


@dataclass(frozen=True)
class LinkClaims:
    action: LinkAction
    sme_id: str
    expires_at: datetime
    suggestion_id: str | None = None
    supplier_id: str | None = None
    buyer_id: str | None = None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class LinkSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()

    def issue(self, claims: LinkClaims) -> str:
        body: dict[str, str | int | None] = {
            "a": claims.action.value,
            "r": claims.sme_id,
            "e": int(claims.expires_at.timestamp()),
        }
        if claims.suggestion_id is not None:
            body |= {"s": claims.suggestion_id, "sp": claims.supplier_id, "by": claims.buyer_id}
        payload = json.dumps(body, separators=(",", ":"), sort_keys=True).encode("utf-8")
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def verify(self, token: str, *, now: datetime) -> LinkClaims:
        try:
            payload_part, signature_part = token.split(".", 1)
            payload = _unb64(payload_part)
            signature = _unb64(signature_part)
        except (ValueError, binascii.Error) as exc:
            raise InvalidToken("malformed token") from exc
        if not hmac.compare_digest(signature, self._sign(payload)):
            raise InvalidToken("bad signature")
        try:
            body = json.loads(payload)
            claims = LinkClaims(
                action=LinkAction(body["a"]),
                sme_id=str(body["r"]),
                expires_at=datetime.fromtimestamp(int(body["e"]), UTC),
                suggestion_id=body.get("s"),
                supplier_id=body.get("sp"),
                buyer_id=body.get("by"),
            )
        except (ValueError, KeyError, TypeError) as exc:  # signed by us, so only a bug gets here
            raise InvalidToken("unreadable claims") from exc
        if claims.action is not LinkAction.UNSUBSCRIBE and not (
            claims.suggestion_id and claims.supplier_id and claims.buyer_id
        ):
            raise InvalidToken("answer link without its pair")
        # An unsubscribe must keep working however old the email: only answer links expire.
        if claims.action is not LinkAction.UNSUBSCRIBE and now >= claims.expires_at:
            raise ExpiredToken("link expired")
        return claims
