"""A TCP gate in front of a real server: open, it forwards every byte; shut, it cuts and refuses;
stalled, it keeps connections up but holds every byte (a server that hangs mid-command).

Tests use it to take the real database away from one service, and give it back,
without stopping the database every other test shares.
"""

from __future__ import annotations

import asyncio
import contextlib


class TcpGate:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._open = True
        self._links: set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._flowing.set()
        self.held_bytes = 0  # read while stalled: a request the client is waiting on
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.shut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def shut(self) -> None:
        """Cut every connection; new ones are closed at once (as a server that is down)."""
        self._open = False
        for writer in list(self._links):
            writer.close()
        self._links.clear()

    def open(self) -> None:
        self._open = True

    def stall(self) -> None:
        """Keep every connection, forward nothing: a command sent now waits for an answer."""
        self.held_bytes = 0
        self._flowing.clear()

    def resume(self) -> None:
        self._flowing.set()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self._open:
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.close()
            return
        self._links.update((writer, up_writer))
        try:
            await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        except asyncio.CancelledError:
            # The event loop is closing under a live connection (end of a test): just end. Raising
            # here has asyncio's stream callback log a spurious traceback.
            return

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while self._open and (data := await reader.read(65536)):
                if not self._flowing.is_set():
                    self.held_bytes += len(data)
                    await self._flowing.wait()
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self._links.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()
