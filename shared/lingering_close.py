"""Lingering close: a client whose request the server refused before reading it still gets the answer.

uvicorn refuses some requests before it has read them to the end: a header over h11's limit, a body
the application answers with a 4xx without reading. It then closes the socket while the client's
bytes are still arriving, and the kernel answers those bytes with a reset. The reset can reach the
client before it has read the 4xx, and the client sees "connection reset by peer" instead of the
answer. Like nginx's lingering close, the transport here half-closes instead (the answer and a FIN
go out), reads and drops what the client still sends, and closes when the client does or after
`LINGER_S`, whichever comes first; a server shutting down closes it at once.

A connection with nothing unread (an idle keep-alive, a request read to its end) closes at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import h11
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

LINGER_S = 1.0  # time enough for a client on a local network to finish sending megabytes

# The client's states in which it may still be sending: a body not yet read, or a request h11 refused
# part-way (its state is then ERROR). An idle client may be too, if part of a next request is buffered.
_MAY_SEND_MORE = (h11.SEND_BODY, h11.ERROR)


class _LingeringTransport(asyncio.Transport):
    """The connection's transport, whose `close` lingers while the client may still be sending."""

    def __init__(self, inner: asyncio.Transport, may_send_more: Callable[[], bool]) -> None:
        super().__init__()
        self._inner = inner
        self._may_send_more = may_send_more
        self.lingering = False

    def close(self) -> None:
        if self.lingering:
            return
        if self._inner.is_closing() or not self._inner.can_write_eof() or not self._may_send_more():
            self._inner.close()
            return
        self.lingering = True
        self._inner.write_eof()  # after what is buffered: the answer goes out whole, then a FIN
        self._inner.resume_reading()  # flow control may have paused reading; drain, or the kernel resets
        asyncio.get_running_loop().call_later(LINGER_S, self._inner.close)

    def stop_lingering(self) -> None:
        self._inner.close()

    def is_closing(self) -> bool:
        return self.lingering or self._inner.is_closing()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._inner.write(data)

    def write_eof(self) -> None:
        self._inner.write_eof()

    def can_write_eof(self) -> bool:
        return self._inner.can_write_eof()

    def abort(self) -> None:
        self._inner.abort()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._inner.get_extra_info(name, default)

    def pause_reading(self) -> None:
        self._inner.pause_reading()

    def resume_reading(self) -> None:
        self._inner.resume_reading()

    def is_reading(self) -> bool:
        return self._inner.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._inner.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._inner.get_protocol()

    def get_write_buffer_size(self) -> int:
        return self._inner.get_write_buffer_size()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._inner.set_write_buffer_limits(high, low)


class LingeringH11Protocol(H11Protocol):
    """uvicorn's h11 protocol over a lingering transport: `uvicorn.Config(http=LingeringH11Protocol)`."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self._lingering: _LingeringTransport | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._lingering = _LingeringTransport(transport, self._may_send_more)
        super().connection_made(self._lingering)

    def _may_send_more(self) -> bool:
        state = self.conn.their_state
        return state in _MAY_SEND_MORE or (state is h11.IDLE and bool(self.conn.trailing_data[0]))

    def data_received(self, data: bytes) -> None:
        if self._lingering is not None and self._lingering.lingering:
            return  # read, so the kernel does not answer it with a reset, and dropped
        super().data_received(data)

    def shutdown(self) -> None:
        if self._lingering is not None and self._lingering.lingering:
            self._lingering.stop_lingering()
            return
        super().shutdown()
