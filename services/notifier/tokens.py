"""HMAC-signed link tokens: what a link may do, for whom, and until when.

A token is `base64url(json payload) "." base64url(HMAC-SHA256(key, payload))`.
Nothing in the payload is secret (ids, an expiry, the id of the signing key); the
signature makes it unforgeable, and the expiry bounds how long a leaked accept or
decline link is useful. Keys come from a ring (shared.link_keys): the newest
signs, older ones verify until they are retired; a payload without a key id was
signed by the key from before key ids. Unsubscribe links never expire (the worst a leaked one does is stop
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

from shared.link_keys import KeyRing

# Far above any token we issue (a few hundred characters): a longer one is not read at all.
MAX_TOKEN_LENGTH = 2048


class LinkAction(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    UNSUBSCRIBE = "unsubscribe"
    CONFIRM_EMAIL = "confirm_email"  # a new contact address, confirmed by the person who reads it


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
    # Set only in the token of a confirmation page's form: the decision shown on that page
    # ("none", "accept", "decline"), so the form changes nothing if the state moved since.
    expect: str | None = None
    # What a confirm_email link confirms: the id of the stored address check (no address in the URL).
    ref: str | None = None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, payload, hashlib.sha256).digest()


class LinkSigner:
    def __init__(self, keys: KeyRing | bytes) -> None:
        self._ring = keys if isinstance(keys, KeyRing) else KeyRing.single(keys)

    def issue(self, claims: LinkClaims) -> str:
        key = self._ring.signing
        body: dict[str, str | int | None] = {
            "a": claims.action.value,
            "r": claims.sme_id,
            "e": int(claims.expires_at.timestamp()),
        }
        if claims.suggestion_id is not None:
            body |= {"s": claims.suggestion_id, "sp": claims.supplier_id, "by": claims.buyer_id}
        if claims.expect is not None:
            body["x"] = claims.expect
        if claims.ref is not None:
            body["c"] = claims.ref
        if key.key_id is not None:  # without an id the token is exactly as before key ids
            body["k"] = key.key_id
        payload = json.dumps(body, separators=(",", ":"), sort_keys=True).encode("utf-8")
        return f"{_b64(payload)}.{_b64(_sign(key.secret, payload))}"

    def verify(self, token: str, *, now: datetime) -> LinkClaims:
        if len(token) > MAX_TOKEN_LENGTH:
            raise InvalidToken("token too long")
        try:
            payload_part, signature_part = token.split(".", 1)
            payload = _unb64(payload_part)
            signature = _unb64(signature_part)
            # The key id is read before the signature is checked, so the payload is untrusted
            # here: it is short (bounded above) and only its "k" member is used.
            unverified = json.loads(payload)
        except (ValueError, binascii.Error, RecursionError) as exc:
            raise InvalidToken("malformed token") from exc
        key_id = unverified.get("k") if isinstance(unverified, dict) else None
        key = self._ring.find(key_id) if key_id is None or isinstance(key_id, str) else None
        if key is None:
            raise InvalidToken("signed with an unknown or retired key")
        if not hmac.compare_digest(signature, _sign(key.secret, payload)):
            raise InvalidToken("bad signature")
        try:
            body = unverified
            claims = LinkClaims(
                action=LinkAction(body["a"]),
                sme_id=str(body["r"]),
                expires_at=datetime.fromtimestamp(int(body["e"]), UTC),
                suggestion_id=body.get("s"),
                supplier_id=body.get("sp"),
                buyer_id=body.get("by"),
                expect=body.get("x"),
                ref=body.get("c"),
            )
        except (ValueError, KeyError, TypeError) as exc:  # signed by us, so only a bug gets here
            raise InvalidToken("unreadable claims") from exc
        if claims.action in (LinkAction.ACCEPT, LinkAction.DECLINE) and not (
            claims.suggestion_id and claims.supplier_id and claims.buyer_id
        ):
            raise InvalidToken("answer link without its pair")
        if claims.action is LinkAction.CONFIRM_EMAIL and not claims.ref:
            raise InvalidToken("confirmation link without its address check")
        # An unsubscribe must keep working however old the email: only answer links expire.
        if claims.action is not LinkAction.UNSUBSCRIBE and now >= claims.expires_at:
            raise ExpiredToken("link expired")
        return claims
