"""The whole path on real parts: HTTP registration → Kafka → matcher → notifier → SMTP sink."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from email.header import decode_header, make_header
from pathlib import Path

import httpx
import pytest

from clusterlink.localinfra import Endpoints
from tests.conftest import SESSION_DB_PREFIX
from tests.support.mailbox import html_body, messages_to, text_body, wait_for_messages
from tests.support.stack import RunningStack, running_stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(infra: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    run_dir: Path = tmp_path_factory.mktemp("e2e-stack")
    with running_stack(infra, SESSION_DB_PREFIX + "e2e_", run_dir) as s:
        yield s


def _profiles(uid: str) -> tuple[dict[str, object], dict[str, object]]:
    spinner = {
        "id": f"e2e-{uid}-spin",
        # Thai with no spaces between words, plus a rarely used character (ฃ) to catch re-encoding.
        "name": f"วิสาหกิจชุมชนปั่นด้ายกัญชงบ้านฃอนแก่น {uid}",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "upstream",
        "province": "เลย",
        "offers": ["เส้นด้ายกัญชงปั่นมือ ย้อมสีธรรมชาติ เดือนละ 200 กิโลกรัม"],
        "needs": [],
        "certifications": [],
        "bcg": ["bio"],
        "contact_email": f"spin-{uid}@e2e.example",
        "language": "th",
    }
    weaver = {
        "id": f"e2e-{uid}-weave",
        "name": f"Loei Hemp Weavers {uid}",
        "sub_cluster": "hemp_natural_fibre",
        "stage": "midstream",
        "province": "Loei",
        "offers": ["handwoven hemp fabric, 90 cm wide"],
        "needs": ["hand-spun hemp yarn, naturally dyed, about 150 kg per month"],
        "certifications": [],
        "bcg": ["bio", "green"],
        "contact_email": f"weave-{uid}@e2e.example",
        "language": "en",
    }
    return spinner, weaver


def _subject(msg: object) -> str:
    raw = msg["Subject"]  # type: ignore[index]
    return str(make_header(decode_header(str(raw))))


def test_two_complementary_registrations_each_get_one_email(stack: RunningStack) -> None:
    uid = uuid.uuid4().hex[:8]
    spinner, weaver = _profiles(uid)
    headers = {"Authorization": f"Bearer {stack.api_key}"}
    with httpx.Client(base_url=stack.registry_url, headers=headers, timeout=10) as client:
        for profile in (spinner, weaver):
            response = client.post("/v1/smes", json=profile)
            assert response.status_code == 201, response.text
            assert response.headers["Location"].endswith(f"/v1/smes/{profile['id']}")

    spinner_mail = wait_for_messages(stack.mail_dir, str(spinner["contact_email"]), timeout_s=90)
    weaver_mail = wait_for_messages(stack.mail_dir, str(weaver["contact_email"]), timeout_s=90)

    # Exactly one email to each side about this pair (other SMEs in the shared
    # broker may legitimately match too, so count only mails naming the partner).
    about_weaver = [m for m in spinner_mail if str(weaver["name"]) in text_body(m)]
    about_spinner = [m for m in weaver_mail if str(spinner["name"]) in text_body(m)]
    assert len(about_weaver) == 1, [m["Subject"] for m in spinner_mail]
    assert len(about_spinner) == 1, [m["Subject"] for m in weaver_mail]

    thai_mail, english_mail = about_weaver[0], about_spinner[0]
    # The Thai recipient gets a Thai subject and body, intact.
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in _subject(thai_mail)), _subject(thai_mail)
    thai_text = text_body(thai_mail)
    assert "ผ้า" in thai_text or "ซัพพลายเออร์" in thai_text or "ผู้ซื้อ" in thai_text
    assert str(weaver["name"]) in html_body(thai_mail)
    # The English recipient sees the Thai company name byte-for-byte.
    assert all(ord(ch) < 0x0E00 or ord(ch) > 0x0E7F for ch in _subject(english_mail))
    assert str(spinner["name"]) in text_body(english_mail)
    assert str(spinner["name"]) in html_body(english_mail)
    # Contact details stay private until both sides accept.
    assert str(spinner["contact_email"]) not in text_body(english_mail) + html_body(english_mail)
    assert str(weaver["contact_email"]) not in text_body(thai_mail) + html_body(thai_mail)
    # Addressed to the right person only.
    assert messages_to(stack.mail_dir, str(spinner["contact_email"]))[0]["To"].addresses[0].addr_spec == spinner[
        "contact_email"
    ]
