"""DKIM-signed mail through a real SMTP conversation, verified with dkimpy against the public key;
production mode refusing unsafe settings when the notifier process starts."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import subprocess
import sys
from pathlib import Path

import dkim  # type: ignore[import-untyped]
import pytest

from services.notifier.settings import DkimSettings, SmtpSettings
from services.notifier.smtp_sender import SmtpSender
from tests.integration.notifier.conftest import LINK_SECRET, Harness, unique
from tests.support.mailbox import text_body

pytestmark = pytest.mark.integration

SELECTOR = "cl2027"
DOMAIN = "clusterlink.example"


def _rsa_key(folder: Path) -> tuple[Path, bytes]:
    """A fresh 2048-bit key (PEM file) and its public half as a DNS TXT record would carry it."""
    private = folder / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(private), "2048"], check=True, capture_output=True)
    der = subprocess.run(
        ["openssl", "rsa", "-in", str(private), "-pubout", "-outform", "DER"], check=True, capture_output=True
    ).stdout
    return private, b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def _raw_messages(mail_dir: Path, address: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(mail_dir.glob("*.eml")) if address.encode() in p.read_bytes()]


async def test_outgoing_mail_is_dkim_signed_over_the_unsubscribe_headers(harness: Harness, tmp_path: Path) -> None:
    key_file, txt_record = _rsa_key(tmp_path)
    dkim_settings = DkimSettings(selector=SELECTOR, domain=DOMAIN, private_key_file=key_file)
    harness.c.sender = SmtpSender(SmtpSettings(host="127.0.0.1", port=harness.sink.port, dkim=dkim_settings))
    recipient, partner = unique("th"), unique("p")
    await harness.add_profile(recipient, language="th", name="วิสาหกิจชุมชนทอผ้า")
    await harness.add_profile(partner)
    await harness.suggest(recipient, partner)
    await harness.drain()

    [raw] = _raw_messages(harness.sink.mail_dir, f"{recipient}@test.example")
    assert raw.startswith(b"DKIM-Signature:")

    def dns(name: bytes, timeout: int = 5) -> bytes | None:
        return txt_record if name == f"{SELECTOR}._domainkey.{DOMAIN}.".encode() else None

    assert dkim.verify(raw, dnsfunc=dns)
    signature = dkim.DKIM(raw)
    signature.verify(dnsfunc=dns)
    signed = {name.lower() for name, _ in signature.signed_headers}
    assert {b"list-unsubscribe", b"list-unsubscribe-post", b"from", b"subject", b"message-id"} <= signed

    # The one-click URL cannot be swapped without breaking the signature.
    forged = re.sub(rb"List-Unsubscribe: <[^>]+>", b"List-Unsubscribe: <https://evil.example/u>", raw)
    assert forged != raw and not dkim.verify(forged, dnsfunc=dns)
    # Another key does not verify it.
    (tmp_path / "other").mkdir()
    _, other_record = _rsa_key(tmp_path / "other")
    assert not dkim.verify(raw, dnsfunc=lambda name, timeout=5: other_record)
    # Thai arrives byte for byte under the signature.
    [message] = harness.mail_to(f"{recipient}@test.example")
    assert "มีเส้นด้ายกัญชงปั่นมือที่ผู้ซื้อต้องการ" in text_body(message)


async def _start_notifier(env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "services.notifier",
        env={k: v for k, v in os.environ.items() if not k.startswith("NOTIFIER_")} | env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, err.decode()


@pytest.mark.parametrize(
    ("extra", "refusal"),
    [
        ({"NOTIFIER_PUBLIC_BASE_URL": "http://links.example"}, "NOTIFIER_PUBLIC_BASE_URL must start with https://"),
        (
            {"NOTIFIER_PUBLIC_BASE_URL": "https://links.example", "NOTIFIER_SMTP_USERNAME": "mailer"},
            "NOTIFIER_SMTP_STARTTLS or NOTIFIER_SMTP_USE_TLS must be true",
        ),
    ],
)
async def test_production_mode_refuses_to_start_with_unsafe_settings(extra: dict[str, str], refusal: str) -> None:
    code, err = await _start_notifier({"NOTIFIER_LINK_SECRET": LINK_SECRET, "NOTIFIER_MODE": "production", **extra})
    assert code != 0
    assert refusal in err
