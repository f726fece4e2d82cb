"""Rendering and MIME: bilingual, parseable, no header or HTML injection, deterministic ids."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest

from services.notifier.keys import message_id, suggestions_delivery_key
from services.notifier.mime import Envelope, UnusableAddress, checked_address, compose, to_bytes
from services.notifier.model import ContactDetails, PublicSummary
from services.notifier.rendering import PartnerView, Renderer, SuggestionCard, role_text

RENDERER = Renderer()
WHEN = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
UNSUBSCRIBE = "https://links.example/links/unsubscribe?t=abc.def"


def _partner(name: str = "ผ้าครามทอมือสมบูรณ์") -> PublicSummary:
    return PublicSummary(
        sme_id="sme-p",
        name=name,
        sub_cluster="ageing_lifestyle_isan",
        stage="midstream",
        province="Nakhon Phanom",
        offers=("ผ้าครามทอมือ", "indigo dyeing"),
        needs=("organic cotton yarn",),
        certifications=("GOTS",),
    )


def _card(language: str, partner: PublicSummary | None = None) -> SuggestionCard:
    return SuggestionCard(
        partner=PartnerView.of(partner or _partner(), language),
        role_text=role_text(True, language),
        reasons=("มีผ้าครามที่คุณต้องการ",) if language == "th" else ("offers indigo cloth, which you need",),
        accept_url="https://links.example/links/accept?t=a.b",
        decline_url="https://links.example/links/decline?t=c.d",
    )


def _wire(language: str, *, to_name: str = "Khun Somchai", partner: PublicSummary | None = None) -> EmailMessage:
    rendered = RENDERER.suggestions(
        language=language, recipient_name=to_name, cards=[_card(language, partner)], unsubscribe_url=UNSUBSCRIBE
    )
    msg = compose(
        rendered,
        Envelope(
            from_name="ClusterLink",
            from_address="matches@clusterlink.example",
            to_name=to_name,
            to_address="owner@example.com",
            message_id=message_id("sg-key", "clusterlink.example"),
            date=WHEN,
            unsubscribe_url=UNSUBSCRIBE,
        ),
    )
    parsed = email.message_from_bytes(to_bytes(msg), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _part(msg: EmailMessage, subtype: str) -> str:
    part = msg.get_body(preferencelist=(subtype,))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def test_thai_email_round_trips_with_both_parts_and_thai_subject() -> None:
    msg = _wire("th", to_name="คุณสมชาย ใจดี")
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["Subject"] == "ClusterLink พบคู่ค้าที่น่าสนใจสำหรับคุณ"
    assert msg["To"].addresses[0].display_name == "คุณสมชาย ใจดี"
    text, html = _part(msg, "plain"), _part(msg, "html")
    for body in (text, html):
        assert "ผ้าครามทอมือสมบูรณ์" in body
        assert "มีผ้าครามที่คุณต้องการ" in body  # the matcher's reason, in Thai
        assert "นครพนม" in body or "Nakhon Phanom" in body
        assert "ไลฟ์สไตล์ผู้สูงวัย (อีสาน)" in body
    assert '<html lang="th">' in html
    assert msg["Content-Language"] == "th"


def test_english_email_round_trips_and_keeps_a_thai_partner_name_intact() -> None:
    msg = _wire("en")
    assert msg["Subject"] == "ClusterLink found a possible business partner for you"
    text, html = _part(msg, "plain"), _part(msg, "html")
    for body in (text, html):
        assert "ผ้าครามทอมือสมบูรณ์" in body
        assert "offers indigo cloth, which you need" in body
        assert "Ageing Lifestyle (Isan)" in body
        assert "https://links.example/links/accept?t=a.b" in body


def test_headers_for_one_click_unsubscribe_date_and_message_id() -> None:
    msg = _wire("en")
    assert msg["List-Unsubscribe"] == f"<{UNSUBSCRIBE}>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Message-ID"] == "<sg-key@clusterlink.example>"
    assert parsedate_to_datetime(msg["Date"]) == WHEN
    assert msg["From"].addresses[0].addr_spec == "matches@clusterlink.example"


def test_no_header_line_is_folded_into_encoded_words_for_the_unsubscribe_url() -> None:
    rendered = RENDERER.suggestions(language="th", recipient_name="x", cards=[_card("th")], unsubscribe_url=UNSUBSCRIBE)
    env = Envelope("ClusterLink", "m@clusterlink.example", "x", "o@example.com", "<k@d>", WHEN, UNSUBSCRIBE)
    raw = to_bytes(compose(rendered, env))
    assert f"List-Unsubscribe: <{UNSUBSCRIBE}>\r\n".encode() in raw
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert raw.isascii()  # 7-bit clean: Thai travels base64 encoded


def test_a_name_with_crlf_cannot_add_a_header_and_script_is_escaped() -> None:
    evil = 'Evil Co\r\nBcc: victim@example.com\r\nX-Injected: yes <script>alert("x")</script>'
    msg = _wire("en", to_name=evil, partner=_partner(evil))
    assert msg["Bcc"] is None
    assert msg["X-Injected"] is None
    assert len(msg.get_all("To") or []) == 1
    assert msg["To"].addresses[0].addr_spec == "owner@example.com"
    html = _part(msg, "html")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_the_same_suggestions_to_the_same_person_make_the_same_message_id() -> None:
    a = suggestions_delivery_key("sme-r", ["sg-2", "sg-1"])
    b = suggestions_delivery_key("sme-r", ["sg-1", "sg-2"])
    assert a == b
    assert a != suggestions_delivery_key("sme-other", ["sg-1", "sg-2"])
    assert message_id(a, "clusterlink.example") == f"<{a}@clusterlink.example>"


@pytest.mark.parametrize(
    "address", ["a@b", "no-at-sign", "x@example.com\r\nBcc: y@example.com", "two@@example.com", "<a@example.com>"]
)
def test_unusable_recipient_addresses_are_refused(address: str) -> None:
    with pytest.raises(UnusableAddress):
        checked_address(address)


def test_introduction_reveals_the_partners_contact_details() -> None:
    rendered = RENDERER.introduction(
        language="en",
        recipient_name="Khun A",
        partner=_partner("Partner Co"),
        contact=ContactDetails(email="partner@example.com", contact_name="Khun B", phone="+66 81 234 5678"),
        unsubscribe_url=UNSUBSCRIBE,
    )
    assert "partner@example.com" in rendered.text and "partner@example.com" in rendered.html
    assert "+66 81 234 5678" in rendered.text
