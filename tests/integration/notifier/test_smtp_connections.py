"""Emails share SMTP connections, and a connection the server dropped never loses an email.

Each test runs a real SMTP server (aiosmtpd) on a free port and counts the
connections it accepts.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import AsyncIterator
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from services.notifier.mime import to_bytes
from services.notifier.settings import SmtpSettings
from services.notifier.smtp_sender import SmtpSender
from tests.integration.notifier.sink import free_port


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.messages.append(envelope.content)
        return "250 OK"


class _Server:
    """A real SMTP server; `drop_after_message` closes each connection once a message is in."""

    def __init__(self, drop_after_message: bool = False) -> None:
        self.inbox = _Inbox()
        self.connections = 0
        self.drop_after_message = drop_after_message
        self.port = free_port()
        self._server: asyncio.Server | None = None

    def _protocol(self) -> SMTP:
        owner = self

        class _Counted(SMTP):
            def connection_made(self, transport: Any) -> None:
                owner.connections += 1
                super().connection_made(transport)

            async def smtp_DATA(self, arg: str) -> None:
                await super().smtp_DATA(arg)
                if owner.drop_after_message and self.transport is not None:
                    self.transport.close()  # as a relay does at its limit of messages per connection

        return _Counted(self.inbox)

    async def __aenter__(self) -> _Server:
        self._server = await asyncio.get_running_loop().create_server(self._protocol, "127.0.0.1", self.port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


def _message(n: int) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "matches@clusterlink.example"
    msg["To"] = f"sme-{n}@example.com"
    msg["Subject"] = f"คู่ค้าใหม่ของคุณ {n}: ผ้าทอมือย้อมคราม"
    msg["Message-ID"] = f"<test-{n}@clusterlink.example>"
    msg.set_content(f"สวัสดีค่ะ คุณมีข้อเสนอใหม่ {n} รายการ")
    return msg


@pytest.fixture
async def sender_and_server(request: pytest.FixtureRequest) -> AsyncIterator[tuple[SmtpSender, _Server]]:
    async with _Server(drop_after_message=getattr(request, "param", False)) as server:
        sender = SmtpSender(SmtpSettings(host="127.0.0.1", port=server.port, timeout_s=5.0))
        yield sender, server
        sender.close()


async def test_a_burst_of_emails_shares_one_connection_and_each_arrives_byte_for_byte(
    sender_and_server: tuple[SmtpSender, _Server],
) -> None:
    sender, server = sender_and_server
    sent = [_message(n) for n in range(5)]
    for n, msg in enumerate(sent):
        await sender.send(msg, sender="matches@clusterlink.example", recipient=f"sme-{n}@example.com")
    assert server.connections == 1
    assert len(server.inbox.messages) == 5
    for original, received in zip(sent, server.inbox.messages, strict=True):
        assert received.replace(b"\r\n", b"\n") == to_bytes(original).replace(b"\r\n", b"\n")
        parsed = email.message_from_bytes(received, policy=email.policy.default)
        assert str(parsed["Subject"]) == str(original["Subject"])


async def test_senders_side_by_side_each_get_a_connection_of_their_own(
    sender_and_server: tuple[SmtpSender, _Server],
) -> None:
    sender, server = sender_and_server
    await asyncio.gather(
        *(
            sender.send(_message(n), sender="matches@clusterlink.example", recipient=f"sme-{n}@example.com")
            for n in range(4)
        )
    )
    assert len(server.inbox.messages) == 4
    assert server.connections == 4  # four conversations at once cannot share one
    for n in range(4, 12):
        await sender.send(_message(n), sender="matches@clusterlink.example", recipient=f"sme-{n}@example.com")
    assert len(server.inbox.messages) == 12
    assert server.connections == 4  # the later ones reuse those kept open


@pytest.mark.parametrize("sender_and_server", [True], indirect=True)
async def test_a_connection_the_server_dropped_costs_a_reconnect_not_an_email(
    sender_and_server: tuple[SmtpSender, _Server],
) -> None:
    sender, server = sender_and_server
    for n in range(3):
        await sender.send(_message(n), sender="matches@clusterlink.example", recipient=f"sme-{n}@example.com")
    assert len(server.inbox.messages) == 3
    assert server.connections == 3
