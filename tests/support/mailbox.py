"""Read what the SMTP sink stored: one `.eml` file per message received."""

from __future__ import annotations

import email
import email.policy
import time
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path


def all_messages(mail_dir: Path) -> list[EmailMessage]:
    found = []
    for path in sorted(mail_dir.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        found.append(msg)
    return found


def messages_to(mail_dir: Path, address: str) -> list[EmailMessage]:
    return [
        msg
        for msg in all_messages(mail_dir)
        if address.lower() in [a.lower() for _, a in getaddresses(msg.get_all("To", []))]
    ]


def wait_for_messages(mail_dir: Path, address: str, count: int = 1, timeout_s: float = 60.0) -> list[EmailMessage]:
    deadline = time.monotonic() + timeout_s
    while True:
        msgs = messages_to(mail_dir, address)
        if len(msgs) >= count or time.monotonic() > deadline:
            return msgs
        time.sleep(0.25)


def text_body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None, "no text/plain part"
    content = part.get_content()
    assert isinstance(content, str)
    return content


def html_body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("html",))
    assert part is not None, "no text/html part"
    content = part.get_content()
    assert isinstance(content, str)
    return content
