"""Sends one message over SMTP (on a kept connection, see smtp_connections) and sorts failures
into transient (retry) and permanent."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Protocol

import aiosmtplib

from services.notifier.dkim_signing import DkimSigner, DkimSigningError
from services.notifier.mime import to_bytes
from services.notifier.settings import SmtpSettings
from services.notifier.smtp_connections import ConnectionPool
from shared.logging import redact


class DeliveryError(Exception):
    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class TransientDeliveryError(DeliveryError):
    """Worth retrying later: 4xx replies, refused connections, timeouts."""


class PermanentDeliveryError(DeliveryError):
    """Retrying cannot help: 5xx replies about this message or recipient."""


class Sender(Protocol):
    async def send(self, message: EmailMessage, *, sender: str, recipient: str) -> None: ...


def _by_code(code: int, text: str) -> DeliveryError:
    if 400 <= code < 500:
        return TransientDeliveryError(f"{code} {text}", code=code)
    return PermanentDeliveryError(f"{code} {text}", code=code)


def classify(exc: Exception) -> DeliveryError:
    """Map an aiosmtplib or socket failure to retry-or-not; addresses in the reply are redacted,
    as the error text is stored with the delivery and logged."""
    error = _classify(exc)
    return type(error)(redact(str(error)), code=error.code)


def _classify(exc: Exception) -> DeliveryError:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        text = "; ".join(f"{r.code} {r.message}" for r in exc.recipients)
        if codes and all(500 <= c < 600 for c in codes):
            return PermanentDeliveryError(text, code=codes[0])
        return TransientDeliveryError(text, code=codes[0] if codes else None)
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        # Our credentials are wrong, not the recipient: keep the mail and retry after the fix.
        return TransientDeliveryError(f"authentication failed: {exc.code} {exc.message}", code=exc.code)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return _by_code(exc.code, exc.message)
    if isinstance(exc, aiosmtplib.SMTPException | OSError | TimeoutError):
        return TransientDeliveryError(f"{type(exc).__name__}: {exc}")
    return PermanentDeliveryError(f"{type(exc).__name__}: {exc}")


def dkim_signer(settings: SmtpSettings) -> DkimSigner | None:
    if not settings.dkim.enabled or settings.dkim.selector is None:
        return None
    return DkimSigner(selector=settings.dkim.selector, domain=settings.dkim_domain, private_key=settings.dkim.key_pem())


class SmtpSender:
    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings
        self._dkim = dkim_signer(settings)
        self._pool = ConnectionPool(settings)

    def wire_bytes(self, message: EmailMessage) -> bytes:
        """The message as it is sent: our policy's bytes, DKIM-signed when a key is configured."""
        data = to_bytes(message)
        if self._dkim is None:
            return data
        try:
            return self._dkim.sign(data)
        except DkimSigningError as exc:  # our key, not the message: keep the mail and retry after a fix
            raise TransientDeliveryError(str(exc)) from exc

    async def send(self, message: EmailMessage, *, sender: str, recipient: str) -> None:
        data = self.wire_bytes(message)
        reuse = True
        while True:
            try:
                conn = await (self._pool.take() if reuse else self._pool.fresh())
            except _FAILURES as exc:
                raise classify(exc) from exc
            try:
                await conn.client.mail(sender)
            except _FAILURES as exc:
                self._pool.discard(conn)
                if conn.reused and _dropped(exc):
                    reuse = False  # the server had let go of the kept connection; nothing was sent on it
                    continue
                raise classify(exc) from exc
            try:
                await conn.client.rcpt(recipient)
                await conn.client.data(data)
            except _FAILURES as exc:
                self._pool.discard(conn)
                raise classify(exc) from exc
            self._pool.give_back(conn)
            return

    def close(self) -> None:
        """Close the connections kept open (at shutdown)."""
        self._pool.close()


_FAILURES = (aiosmtplib.SMTPException, OSError, TimeoutError)


def _dropped(exc: BaseException) -> bool:
    """A kept connection the server closed, or is closing (421), before our MAIL FROM."""
    if isinstance(exc, aiosmtplib.SMTPServerDisconnected | ConnectionError):
        return True
    return isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code == 421
