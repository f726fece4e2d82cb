"""The project's SMTP sink run in-process on a private port, with scripted replies.

Each test gets its own sink and mail folder: the broker is shared by every test
run on the machine, so a notifier under test may also pick up other runs'
suggestions, and those emails must not land in anyone else's mailbox.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from clusterlink.localinfra.smtp_sink import SERVER_NAME, EmlDirectoryHandler


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ScriptedSinkHandler(EmlDirectoryHandler):
    """Stores messages like the local sink, but can answer with scripted failures or hold."""

    def __init__(self, mail_dir: Path) -> None:
        super().__init__(mail_dir)
        self._lock = threading.Lock()
        self.data_replies: dict[str, list[str]] = {}  # address -> replies to its next DATA commands
        self.refused_recipients: dict[str, str] = {}  # address -> RCPT reply
        self.data_attempts = 0
        self.rcpt_attempts = 0
        self.accept_before_holding: int | None = None  # hold every DATA after this many accepted
        self.accepted = 0
        self.admitted = 0  # DATA commands let through to be stored: counted before, so concurrent ones can't overshoot
        self.held = 0
        self.release = threading.Event()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        with self._lock:
            self.rcpt_attempts += 1
            reply = self.refused_recipients.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            self.data_attempts += 1
            queue = self.data_replies.get(envelope.rcpt_tos[0].lower()) if envelope.rcpt_tos else None
            scripted = queue.pop(0) if queue else None
            hold = (
                not scripted and self.accept_before_holding is not None and self.admitted >= self.accept_before_holding
            )
            if hold:
                self.held += 1
            elif not scripted:
                self.admitted += 1
        if scripted:
            return scripted
        if hold:
            # Never answer while held; a message without a 250 reply is not delivered.
            # The release comes from the test's thread, so poll the threading.Event.
            while not self.release.is_set():  # noqa: ASYNC110
                await asyncio.sleep(0.05)
            return "451 4.3.0 held by the test"
        reply = await super().handle_DATA(server, session, envelope)
        with self._lock:
            self.accepted += 1
        return reply


class PrivateSink:
    def __init__(self, mail_dir: Path) -> None:
        self.mail_dir = mail_dir
        self.handler = ScriptedSinkHandler(mail_dir)
        self.port = free_port()
        self._controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, server_hostname=SERVER_NAME, ready_timeout=10
        )

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self.handler.release.set()
        self._controller.stop()

    def files(self) -> list[Path]:
        return sorted(self.mail_dir.glob("*.eml"))
