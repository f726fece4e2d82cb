"""Which SMTP failures are retried (4xx, network) and which are final (5xx)."""

from __future__ import annotations

import aiosmtplib
import pytest

from services.notifier.smtp_sender import PermanentDeliveryError, TransientDeliveryError, classify


@pytest.mark.parametrize(
    "exc",
    [
        aiosmtplib.SMTPDataError(451, "4.3.0 try again later"),
        aiosmtplib.SMTPSenderRefused(421, "service not available", "me@example.com"),
        aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(450, "mailbox busy", "r@example.com")]),
        aiosmtplib.SMTPConnectError("connection refused"),
        aiosmtplib.SMTPTimeoutError("timed out"),
        aiosmtplib.SMTPServerDisconnected("gone"),
        ConnectionRefusedError(111, "refused"),
        aiosmtplib.SMTPAuthenticationError(535, "bad credentials"),
    ],
)
def test_transient(exc: Exception) -> None:
    assert isinstance(classify(exc), TransientDeliveryError)


@pytest.mark.parametrize(
    "exc",
    [
        aiosmtplib.SMTPDataError(554, "5.7.1 rejected"),
        aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(550, "no such user", "r@example.com")]),
        aiosmtplib.SMTPSenderRefused(553, "sender not allowed", "me@example.com"),
    ],
)
def test_permanent(exc: Exception) -> None:
    assert isinstance(classify(exc), PermanentDeliveryError)
