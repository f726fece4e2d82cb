"""DKIM signatures on outgoing mail (dkimpy), covering the headers receivers act on.

Mail providers honour RFC 8058 one-click unsubscribe only when a valid DKIM
signature covers `List-Unsubscribe` and `List-Unsubscribe-Post`, so both are
signed, with the headers that identify the message. The message is signed
exactly as it goes on the wire (our SMTP policy's bytes), after every header is
set; relaxed canonicalisation survives relays that refold headers.
"""

from __future__ import annotations

import dkim  # type: ignore[import-untyped]  # dkimpy ships no type information

SIGNED_HEADERS: tuple[bytes, ...] = (
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
    b"mime-version",
    b"content-type",
    b"auto-submitted",
)


class DkimSigningError(Exception):
    """The key cannot sign (a configuration problem, not the message's)."""


class DkimSigner:
    def __init__(self, *, selector: str, domain: str, private_key: bytes) -> None:
        self._selector = selector.encode("ascii")
        self._domain = domain.encode("idna")
        self._private_key = private_key

    def sign(self, message: bytes) -> bytes:
        """The message with its DKIM-Signature header in front."""
        try:
            signature = dkim.sign(
                message,
                self._selector,
                self._domain,
                self._private_key,
                canonicalize=(b"relaxed", b"relaxed"),
                include_headers=list(SIGNED_HEADERS),
                linesep=b"\r\n",
            )
        except dkim.DKIMException as exc:
            raise DkimSigningError(f"DKIM signing failed: {exc}") from exc
        return bytes(signature) + message
