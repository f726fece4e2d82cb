"""Structured logging: one line per event, with the message context bound by the caller.

No line carries a link token, a credential or an e-mail address, whoever wrote it:
the access log loses its query strings (`?t=` holds a link token), and every
formatted line has addresses, `t=` values and bearer credentials replaced, so an
SMTP reply quoting a recipient or an exception quoting its input stays private.
Logs name people by SME id instead.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}

# Wide on purpose (Thai domains too): a false match only hides a little text.
_ADDRESS = re.compile(r"[^\s<>\"'(),;:@=\[\]/\\]+@[^\s<>\"'(),;:@=\[\]/\\]+\.[^\s<>\"'(),;:@=\[\]/\\]+")
_LINK_TOKEN = re.compile(r"([?&]t=)[^\s&\"'#]+")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',]+")


def redact(text: str) -> str:
    text = _LINK_TOKEN.sub(r"\1<token>", text)
    text = _BEARER.sub(r"\1<credential>", text)
    return _ADDRESS.sub("<address>", text)


class _WithoutQueryStrings(logging.Filter):
    """uvicorn's access line is `client - "METHOD full_path HTTP/x" status`: keep the path only."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].partition("?")[0], *args[3:])
        return True


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        data.update({k: v for k, v in record.__dict__.items() if k not in _RESERVED})
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return redact(json.dumps(data, ensure_ascii=False, default=str))


class _TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = {k: v for k, v in record.__dict__.items() if k not in _RESERVED}
        return redact(line + ("  " + " ".join(f"{k}={v}" for k, v in extra.items()) if extra else ""))


def configure_logging(service: str, level: str = "INFO", json_format: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    text = _TextFormatter(f"%(asctime)s {service} %(levelname)s %(name)s: %(message)s")
    handler.setFormatter(_JsonFormatter() if json_format else text)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _WithoutQueryStrings) for f in access.filters):
        access.addFilter(_WithoutQueryStrings())
    # The Kafka client is chatty at INFO about every rebalance step.
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
