"""SMTP error texts are stored with the delivery and logged: they carry no address."""

from __future__ import annotations

import aiosmtplib

from services.notifier.smtp_sender import PermanentDeliveryError, classify


def test_an_smtp_reply_quoting_the_recipient_is_stored_and_logged_without_the_address() -> None:
    refused = aiosmtplib.SMTPRecipientsRefused(
        [aiosmtplib.SMTPRecipientRefused(550, "5.1.1 <somchai@example.co.th>: Recipient address rejected", "x")]
    )

    error = classify(refused)

    assert isinstance(error, PermanentDeliveryError) and error.code == 550
    assert "somchai" not in str(error) and "Recipient address rejected" in str(error)
