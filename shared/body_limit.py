"""Refuse request bodies over a size limit with 413, before they are read into memory.

A declared `Content-Length` over the limit is refused at once; a chunked body
is counted as it arrives and refused when it crosses the limit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _too_large(limit: int) -> HTTPException:
    # Connection: close, so the server stops reading the rest instead of draining it.
    return HTTPException(413, f"the request body is larger than {limit} bytes", headers={"Connection": "close"})


class BodySizeLimit:
    def __init__(self, app: ASGIApp, *, default_limit: int, limits: Mapping[str, int]) -> None:
        self._app = app
        self._default = default_limit
        self._limits = dict(limits)  # by exact path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        limit = self._limits.get(scope["path"], self._default)
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the app, so its exception handlers answer in the usual shape.
                    raise _too_large(limit)
            return message

        await self._app(scope, counted_receive, send)

    @staticmethod
    async def _refuse(send: Send, limit: int) -> None:
        body = json.dumps(
            {
                "code": "body_too_large",
                "message": f"the request body is larger than {limit} bytes",
                "errors": [],
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
