"""Turns a rendered email into a standards-conforming multipart/alternative message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from services.notifier.rendering import RenderedEmail, one_line
from shared.email_address import InvalidAddress, smtp_address

# No folding below 998 characters: long Thai encoded-words stay on one line, so
# every parser decodes them back without an inserted space.
SMTP_POLICY = policy.SMTP.clone(max_line_length=998)


class UnusableAddress(ValueError):
    """A recipient address that must not be put into a header."""


def checked_address(address: str) -> str:
    """The address as SMTP carries it, by the registry's own rule (an IDN domain as xn--)."""
    try:
        return smtp_address(address.strip())
    except InvalidAddress as exc:
        raise UnusableAddress(f"not a usable email address: it {exc}") from exc


@dataclass(frozen=True)
class Envelope:
    from_name: str
    from_address: str
    to_name: str
    to_address: str
    message_id: str
    date: datetime
    unsubscribe_url: str
    correlation_id: str | None = None
    kind: str | None = None


def _address(display_name: str, addr_spec: str) -> Address:
    username, domain = addr_spec.rsplit("@", 1)
    return Address(display_name=one_line(display_name, 60), username=username, domain=domain)


def compose(email: RenderedEmail, envelope: Envelope) -> EmailMessage:
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = _address(envelope.from_name, checked_address(envelope.from_address))
    message["To"] = _address(envelope.to_name, checked_address(envelope.to_address))
    message["Subject"] = one_line(email.subject, 150)
    message["Date"] = format_datetime(envelope.date)
    message["Message-ID"] = envelope.message_id
    # RFC 2369 + RFC 8058: mail providers offer one-click unsubscribe with a POST to this URL.
    message["List-Unsubscribe"] = f"<{envelope.unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Auto-Submitted"] = "auto-generated"
    if envelope.kind:
        message["X-ClusterLink-Kind"] = envelope.kind
    if envelope.correlation_id:
        message["X-Correlation-ID"] = one_line(envelope.correlation_id, 100)
    message.set_content(email.text, subtype="plain", charset="utf-8", cte=_transfer_encoding(email.text))
    message.add_alternative(email.html, subtype="html", charset="utf-8", cte=_transfer_encoding(email.html))
    message["Content-Language"] = email.language  # after the body: set_content clears Content-* headers
    return message


def _transfer_encoding(body: str) -> str:
    # 7-bit safe encodings, so no relay without 8BITMIME can damage Thai text.
    return "quoted-printable" if body.isascii() else "base64"


def to_bytes(message: EmailMessage) -> bytes:
    """The wire form, with our policy (SMTP clients would refold headers at 78 characters)."""
    return message.as_bytes(policy=SMTP_POLICY)
