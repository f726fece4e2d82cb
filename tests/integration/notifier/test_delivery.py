"""Emails over a real SMTP conversation from real storage: content, headers, failures, digests."""

from __future__ import annotations

import re
from datetime import timedelta
from email.message import EmailMessage

import pytest

from services.notifier.keys import message_id, suggestions_delivery_key
from services.notifier.legacy import adopt_pending_suggestions
from services.notifier.model import DeliveryStatus, Pair, PendingSuggestion
from services.notifier.settings import SmtpSettings
from services.notifier.smtp_sender import SmtpSender
from services.notifier.storage.suggestions import SuggestionStatus
from shared.events import MatchSuggestedV1, NotificationPreference
from tests.integration.notifier.conftest import Harness, suggestion_event, unique
from tests.integration.notifier.sink import free_port
from tests.support.mailbox import html_body, text_body

pytestmark = pytest.mark.integration


def event_pair(event: MatchSuggestedV1) -> Pair:
    return Pair(event.supplier_id, event.buyer_id)


ACCEPT_LINK = re.compile(r"/links/accept\?t=[A-Za-z0-9_\-.%]+")


def only(messages: list[EmailMessage]) -> EmailMessage:
    assert len(messages) == 1, [m["Subject"] for m in messages]
    return messages[0]


async def test_thai_and_english_emails_arrive_intact(harness: Harness) -> None:
    supplier, buyer = unique("sup"), unique("buy")
    await harness.add_profile(supplier, language="en", name="Loei Hemp Spinners", stage="upstream")
    await harness.add_profile(
        buyer, language="th", name="วิสาหกิจชุมชนทอผ้าบ้านฃอนแก่น", contact_name="คุณสมศรี ทองดี", province="Loei"
    )
    to_buyer = await harness.suggest(buyer, supplier, recipient_role="buyer")
    to_supplier = await harness.suggest(supplier, buyer, recipient_role="supplier")
    await harness.drain()

    thai = only(harness.mail_to(f"{buyer}@test.example"))
    assert thai["Subject"] == "ClusterLink พบคู่ค้าที่น่าสนใจสำหรับคุณ"
    assert thai["To"].addresses[0].display_name == "คุณสมศรี ทองดี"
    assert [p.get_content_type() for p in thai.iter_parts()] == ["text/plain", "text/html"]
    for body in (text_body(thai), html_body(thai)):
        assert "Loei Hemp Spinners" in body
        assert "มีเส้นด้ายกัญชงปั่นมือที่ผู้ซื้อต้องการ" in body
        assert "ซัพพลายเออร์" in body
        assert f"{supplier}@test.example" not in body  # contacts stay private before both accept
    key = suggestions_delivery_key(buyer, [to_buyer.suggestion_id])
    assert thai["Message-ID"] == message_id(key, "clusterlink.example")
    assert thai["List-Unsubscribe"].startswith("<http://notifier.test/links/unsubscribe?t=")
    assert thai["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert thai["Date"] is not None

    english = only(harness.mail_to(f"{supplier}@test.example"))
    assert english["Subject"] == "ClusterLink found a possible business partner for you"
    for body in (text_body(english), html_body(english)):
        assert "วิสาหกิจชุมชนทอผ้าบ้านฃอนแก่น" in body  # a Thai name, byte for byte
        assert "offers hand-spun hemp yarn, which the buyer needs" in body
        assert "buyer" in body
    assert english["Message-ID"] == message_id(
        suggestions_delivery_key(supplier, [to_supplier.suggestion_id]), "clusterlink.example"
    )


async def test_a_suggestion_that_arrives_before_the_profiles_waits_for_them(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.suggest(recipient, partner)
    await harness.drain()
    await harness.add_profile(partner)
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []
    await harness.add_profile(recipient)
    await harness.drain()
    assert "Company " + partner in text_body(only(harness.mail_to(f"{recipient}@test.example")))


async def test_a_redelivered_suggestion_is_emailed_once(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    event = await harness.suggest(recipient, partner)
    await harness.drain()
    await harness.receive(event)  # Kafka redelivers after a missed commit
    await harness.suggest(recipient, partner, score=0.9)  # the same pair suggested again later
    await harness.drain()
    harness.clock.advance(timedelta(days=2))
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))


async def test_451_twice_then_250_delivers_exactly_once_without_blocking_others(harness: Harness) -> None:
    recipient, partner, other = unique("r"), unique("p"), unique("o")
    for sme in (recipient, partner, other):
        await harness.add_profile(sme)
    harness.sink.handler.data_replies[f"{recipient}@test.example"] = ["451 4.3.0 try later"] * 2
    await harness.suggest(recipient, partner)
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []

    # While the first email waits for its retry, someone else's email goes out at once.
    await harness.suggest(other, partner)
    await harness.drain()
    only(harness.mail_to(f"{other}@test.example"))

    harness.clock.advance(timedelta(seconds=30))  # first retry after 30 s
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []
    harness.clock.advance(timedelta(seconds=59))  # the second waits 60 s: not yet
    await harness.drain()
    assert harness.sink.handler.data_attempts == 3
    harness.clock.advance(timedelta(seconds=1))
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))
    assert harness.sink.handler.data_attempts == 4  # 2 refusals, 1 success, plus the other email
    harness.clock.advance(timedelta(hours=6))
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))


async def test_550_marks_the_delivery_failed_and_never_retries(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    harness.sink.handler.refused_recipients[f"{recipient}@test.example"] = "550 5.1.1 no such mailbox"
    event = await harness.suggest(recipient, partner)
    await harness.drain()
    delivery = await harness.c.deliveries.get(suggestions_delivery_key(recipient, [event.suggestion_id]))
    assert delivery is not None and delivery.status is DeliveryStatus.FAILED
    attempts = harness.sink.handler.rcpt_attempts
    harness.clock.advance(timedelta(days=3))
    await harness.drain()
    assert harness.sink.handler.rcpt_attempts == attempts
    assert harness.mail_to(f"{recipient}@test.example") == []


async def test_a_refused_connection_is_retried_later(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    real_sender = harness.c.sender
    harness.c.sender = SmtpSender(SmtpSettings(host="127.0.0.1", port=free_port(), timeout_s=2.0))
    event = await harness.suggest(recipient, partner)
    await harness.drain()
    delivery = await harness.c.deliveries.get(suggestions_delivery_key(recipient, [event.suggestion_id]))
    assert delivery is not None and delivery.status is DeliveryStatus.SCHEDULED
    assert delivery.due_at == harness.clock.now() + timedelta(seconds=30)
    harness.c.sender = real_sender  # the mail server is back
    harness.clock.advance(timedelta(seconds=30))
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))


async def test_crlf_and_script_in_names_add_no_header_and_are_escaped(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    evil = 'Evil Co\r\nBcc: victim@example.com\r\nX-Injected: 1 <script>alert("x")</script>'
    await harness.add_profile(recipient, name=evil, contact_name=evil)
    await harness.add_profile(partner, name=evil, offers=("<img src=x onerror=alert(1)>",))
    await harness.suggest(recipient, partner)
    await harness.drain()
    raw_files = harness.sink.files()
    assert len(raw_files) == 1
    header_block = raw_files[0].read_bytes().split(b"\r\n\r\n", 1)[0]
    header_names = [line.split(b":", 1)[0] for line in header_block.split(b"\r\n") if not line[:1].isspace()]
    assert b"Bcc" not in header_names and b"X-Injected" not in header_names
    msg = only(harness.mail_to(f"{recipient}@test.example"))
    assert len(msg["To"].addresses) == 1
    html = html_body(msg)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


async def test_daily_digest_of_twelve_with_cap_ten_sends_ten_then_two(harness: Harness) -> None:
    recipient = unique("r")
    await harness.add_profile(recipient, preference=NotificationPreference.DAILY)
    partners = [unique(f"p{i:02d}") for i in range(12)]
    for i, partner in enumerate(partners):
        await harness.add_profile(partner)
        await harness.suggest(recipient, partner, score=0.5 + i / 100)
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []  # Monday 10:00: after the 09:00 slot

    harness.clock.advance(timedelta(hours=23))  # Tuesday 09:00 Bangkok
    await harness.drain()
    first = only(harness.mail_to(f"{recipient}@test.example"))
    assert first["Subject"] == "ClusterLink found 10 possible business partners for you"
    assert len(ACCEPT_LINK.findall(text_body(first))) == 10
    for best in partners[2:]:
        assert f"Company {best}" in text_body(first)

    harness.clock.advance(timedelta(hours=8))  # later on Tuesday: the cap is used up
    await harness.drain()
    assert len(harness.mail_to(f"{recipient}@test.example")) == 1

    harness.clock.advance(timedelta(hours=16))  # Wednesday 09:00
    await harness.drain()
    mails = harness.mail_to(f"{recipient}@test.example")
    assert len(mails) == 2
    second = next(m for m in mails if m["Message-ID"] != first["Message-ID"])
    assert len(ACCEPT_LINK.findall(text_body(second))) == 2
    for rest in partners[:2]:
        assert f"Company {rest}" in text_body(second)


async def test_no_email_at_night_the_suggestion_waits_for_the_morning(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    harness.clock.advance(timedelta(hours=13))  # Monday 23:00 Bangkok
    await harness.suggest(recipient, partner)
    await harness.drain()
    harness.clock.advance(timedelta(hours=8, minutes=59))  # Tuesday 07:59
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []
    harness.clock.advance(timedelta(minutes=1))  # 08:00: quiet hours are over
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))


async def test_a_tombstone_erases_contact_data_and_pending_deliveries(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient, preference=NotificationPreference.WEEKLY, contact_phone="+66 81 000 0000")
    await harness.add_profile(partner)
    await harness.suggest(recipient, partner)
    await harness.suggest(partner, recipient, recipient_role="supplier")
    await harness.drain()  # partner is instant: its email went out; recipient waits for Monday

    await harness.erase(recipient, version=2)
    harness.clock.advance(timedelta(days=8))
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []
    assert await harness.c.recipients.get(recipient) is None

    db = harness.c.recipients._col.database
    for name in await db.list_collection_names():
        async for doc in db[name].find({}):
            text = repr(doc)
            assert f"{recipient}@test.example" not in text and "+66 81 000 0000" not in text, name
            assert doc.get("recipient_id") != recipient, name
            if name == "recipients" and doc["_id"] == recipient:
                assert set(doc) <= {"_id", "erased", "version", "erased_at"}, doc  # the marker: no data
            elif name != "claims":  # claims name the job and expire within a day
                assert recipient not in text, (name, doc)  # not even in what was sent to the partner

    # An older snapshot replayed after the erasure does not bring the person back.
    await harness.add_profile(recipient, version=1)
    assert await harness.c.recipients.get(recipient) is None


async def test_a_claim_left_by_a_replica_that_died_does_not_wedge_the_delivery(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    event = await harness.suggest(recipient, partner)
    assert await harness.plan()
    key = suggestions_delivery_key(recipient, [event.suggestion_id])
    # Another replica inserted its claim and died before recording it on the delivery.
    lease = timedelta(seconds=harness.c.settings.lease_s)
    assert await harness.c.claims.take(f"delivery:{key}", 1, harness.clock.now(), lease) == 1
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []  # its lease is still running
    harness.clock.advance(lease + timedelta(seconds=1))
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))


async def test_suggestions_left_pending_by_an_earlier_version_are_emailed_after_the_upgrade(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    # What an earlier version stored: a pending item, with no planning state or request that names it.
    event = suggestion_event(recipient, partner)
    item = PendingSuggestion(
        suggestion_id=event.suggestion_id,
        recipient_id=recipient,
        recipient_role=event.recipient_role,
        supplier_id=event.supplier_id,
        buyer_id=event.buyer_id,
        score=event.score,
        rank=event.rank,
        reasons=event.reasons,
        received_at=harness.clock.now(),
        correlation_id=event.correlation_id,
    )
    assert await harness.c.suggestions.add(item, SuggestionStatus.PENDING)
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []

    db = harness.c.recipients._col.database
    assert await adopt_pending_suggestions(db, harness.clock.now()) == 1
    assert await adopt_pending_suggestions(db, harness.clock.now()) == 0  # once per database
    await harness.drain()
    only(harness.mail_to(f"{recipient}@test.example"))


async def test_a_plan_that_stopped_after_assigning_its_email_is_finished_by_the_next(harness: Harness) -> None:
    recipient, partner = unique("r"), unique("p")
    await harness.add_profile(recipient)
    await harness.add_profile(partner)
    event = await harness.suggest(recipient, partner)
    # A replica claimed the recipient, assigned the suggestion to its email, and died before storing the email.
    lease = timedelta(seconds=harness.c.settings.lease_s)
    assert await harness.c.claims.take(f"plan:{recipient}", 1, harness.clock.now(), lease) == 1
    found = await harness.c.suggestions.find_for_pair(recipient, event_pair(event))
    assert found is not None
    key = suggestions_delivery_key(recipient, [event.suggestion_id])
    await harness.c.suggestions.assign(recipient, [found[0]], key)
    await harness.drain()
    assert harness.mail_to(f"{recipient}@test.example") == []  # its claim still holds
    harness.clock.advance(lease + timedelta(seconds=1))
    await harness.drain()
    mail = only(harness.mail_to(f"{recipient}@test.example"))
    assert mail["Message-ID"] == message_id(key, "clusterlink.example")


async def test_a_profile_stored_while_its_recipient_was_being_planned_still_gets_them_emailed(
    harness: Harness,
) -> None:
    """The race behind lost emails in bulk imports: the planner read no profile and wrote a
    waiting marker; meanwhile the profile was stored and found no marker to wake."""
    recipient, partner = unique("race-r"), unique("race-p")
    await harness.add_profile(partner)
    await harness.suggest(recipient, partner)  # before the recipient's profile: it must wait
    await harness.add_profile(recipient)  # stored, as the consumer would, before the plan writes its marker
    real = harness.c.recipients.get_many_and_erased
    reads = []

    async def first_read_before_the_profile_arrived(sme_ids):  # type: ignore[no-untyped-def]
        live, erased = await real(sme_ids)
        reads.append(sme_ids)
        return ({k: v for k, v in live.items() if k != recipient} if len(reads) == 1 else live), erased

    harness.c.recipients.get_many_and_erased = first_read_before_the_profile_arrived  # type: ignore[method-assign]
    assert await harness.plan()
    await harness.drain()
    assert len(harness.mail_to(f"{recipient}@test.example")) == 1
