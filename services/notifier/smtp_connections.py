"""SMTP connections kept open between emails, so a burst does not pay a connection per email.

A conversation per email cost a connect, EHLO (with STARTTLS and login on a real
relay) and QUIT for every message. A sender now takes an open connection, sends,
and gives it back; a connection is used for at most `MAX_MESSAGES` emails and
is closed after `IDLE_S` without one (servers drop idle clients after a few
minutes; we never lean on one they may have dropped already).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import aiosmtplib

from services.notifier.settings import SmtpSettings

IDLE_S = 5.0
MAX_MESSAGES = 100  # many relays refuse more per connection; reconnecting first is cheaper than a 421
MAX_IDLE_CONNECTIONS = 8


@dataclass
class Connection:
    client: aiosmtplib.SMTP
    sent: int = 0
    reused: bool = False
    idle_since: float = field(default_factory=time.monotonic)


class ConnectionPool:
    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings
        self._idle: list[Connection] = []
        self._reaper: asyncio.TimerHandle | None = None

    async def take(self) -> Connection:
        """An open connection of our own: the freshest idle one, else a new one (raises as aiosmtplib does)."""
        while self._idle:
            conn = self._idle.pop()
            if conn.client.is_connected and time.monotonic() - conn.idle_since < IDLE_S:
                conn.reused = True
                return conn
            conn.client.close()
        return Connection(await self._connect())

    async def fresh(self) -> Connection:
        return Connection(await self._connect())

    def give_back(self, conn: Connection) -> None:
        """After a message went through: kept for the next one, unless it has done its share."""
        conn.sent += 1
        if conn.sent >= MAX_MESSAGES or len(self._idle) >= MAX_IDLE_CONNECTIONS or not conn.client.is_connected:
            self._retire(conn)
            return
        conn.idle_since = time.monotonic()
        self._idle.append(conn)
        if self._reaper is None:
            self._reaper = asyncio.get_running_loop().call_later(IDLE_S, self._close_idle)

    def discard(self, conn: Connection) -> None:
        """After a failure: the conversation's state is unknown, so the connection is not reused."""
        conn.client.close()

    def close(self) -> None:
        for conn in self._idle:
            conn.client.close()
        self._idle.clear()
        if self._reaper is not None:
            self._reaper.cancel()
            self._reaper = None

    def _close_idle(self) -> None:
        self._reaper = None
        now = time.monotonic()
        keep = [c for c in self._idle if now - c.idle_since < IDLE_S]
        for conn in self._idle:
            if conn not in keep:
                conn.client.close()
        self._idle = keep
        if keep:
            self._reaper = asyncio.get_running_loop().call_later(
                IDLE_S - (now - min(c.idle_since for c in keep)), self._close_idle
            )

    def _retire(self, conn: Connection) -> None:
        # QUIT politely, in the background: the email is sent, nobody waits for the goodbye.
        async def quit_quietly() -> None:
            try:
                await conn.client.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                conn.client.close()

        task = asyncio.get_running_loop().create_task(quit_quietly())
        _BACKGROUND.add(task)
        task.add_done_callback(_BACKGROUND.discard)

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self._settings
        client = aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            username=s.username,
            password=s.password.get_secret_value() if s.password else None,
            use_tls=s.use_tls,
            start_tls=s.starttls,
            timeout=s.timeout_s,
        )
        await client.connect()  # with STARTTLS and login when configured, as aiosmtplib.send does
        return client


_BACKGROUND: set[asyncio.Task[None]] = set()  # the loop keeps only weak references to tasks
