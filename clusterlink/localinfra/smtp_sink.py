"""A local SMTP server that keeps every message it receives as an `.eml` file.

Run it as `python -m clusterlink.localinfra.smtp_sink --dir .local/mail --port 1025`
(`clusterlink dev up` does), or in-process in tests:

    Controller(EmlDirectoryHandler(mail_dir), hostname="127.0.0.1", port=port)

Each file holds the message exactly as the client sent it (after SMTP
dot-unstuffing), named `<UTC time>-<random>.eml` so names sort by arrival. A file
appears only once complete: it is written under a hidden temporary name and renamed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import signal
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from aiosmtpd.smtp import SMTP, Envelope, Session

logger = logging.getLogger(__name__)

# The name the server greets with; a fixed one avoids a DNS lookup of this machine at start-up.
SERVER_NAME = "clusterlink-smtp-sink"


def store_message(mail_dir: Path, raw: bytes) -> Path:
    """Write one message atomically; returns its final path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{stamp}-{secrets.token_hex(4)}.eml"
    partial = mail_dir / f".{name}.partial"
    with partial.open("xb") as file:
        file.write(raw)
        file.flush()
        os.fsync(file.fileno())
    final = mail_dir / name
    partial.replace(final)
    return final


class EmlDirectoryHandler:
    """aiosmtpd handler: every accepted message becomes one `.eml` file in `mail_dir`."""

    def __init__(self, mail_dir: Path) -> None:
        self.mail_dir = mail_dir
        mail_dir.mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        path = await asyncio.to_thread(store_message, self.mail_dir, raw)
        logger.info(
            "stored %d bytes from %s to %s as %s",
            len(raw),
            envelope.mail_from,
            ", ".join(envelope.rcpt_tos),
            path.name,
        )
        return "250 Message accepted for delivery"


def create_smtp(handler: EmlDirectoryHandler) -> SMTP:
    # SMTPUTF8 so a Thai address or an 8-bit UTF-8 header is accepted as it is.
    return SMTP(handler, hostname=SERVER_NAME, enable_SMTPUTF8=True)


async def serve(mail_dir: Path, host: str, port: int) -> None:
    handler = EmlDirectoryHandler(mail_dir)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: create_smtp(handler), host=host, port=port)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    logger.info("SMTP sink listening on %s:%d, storing messages in %s", host, port, mail_dir)
    await stop.wait()
    server.close()
    await server.wait_closed()
    logger.info("SMTP sink stopped")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Store every message received over SMTP as an .eml file.")
    parser.add_argument("--dir", type=Path, required=True, help="folder for the .eml files")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=1025, help="port to listen on (default 1025)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        asyncio.run(serve(args.dir.resolve(), args.host, args.port))
    except OSError as exc:
        logger.error("cannot listen on %s:%d: %s", args.host, args.port, exc)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
