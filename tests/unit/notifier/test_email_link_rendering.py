"""The email of a link to the entrepreneur pages: in the person's language, the name intact and escaped."""

from __future__ import annotations

from datetime import UTC, datetime

from services.notifier.email_links import render
from shared.events import EmailLinkRequestedV1


def _event(language: str, name: str) -> EmailLinkRequestedV1:
    return EmailLinkRequestedV1.model_validate(
        {
            "purpose": "confirm_registration",
            "sme_id": "sme-1",
            "address": "owner@example.com",
            "name": name,
            "language": language,
            "url": "https://clusterlink.example/my/register/confirm?t=abc.def",
            "expires_at": datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
        }
    )


def test_a_thai_registration_email_is_thai_with_the_name_byte_for_byte_and_the_link() -> None:
    name = "วิสาหกิจชุมชนทอผ้าบ้านฃอนแก่น"
    email = render(_event("th", name), "https://n.example/links/unsubscribe?t=u")
    assert email.subject == "กรุณายืนยันการลงทะเบียนกับ ClusterLink"
    assert name in email.text and name in email.html
    assert "https://clusterlink.example/my/register/confirm?t=abc.def" in email.text
    assert "2026-12-05 09:30" in email.text


def test_a_name_with_markup_is_escaped_in_the_html_part() -> None:
    email = render(_event("en", "<script>x</script> Weavers"), "https://n.example/u")
    assert "<script>" not in email.html
    assert "&lt;script&gt;" in email.html
    assert email.subject == "Please confirm your registration with ClusterLink"
