"""Emails of links to the registry's entrepreneur pages: confirm a registration, sign in.

The registry signs the link and asks on `sme.email_links` (decision 0011); this
sends one email per request, in the person's language. The person is waiting on
the page and the link is short-lived, so a request is sent at once, a few tries
within seconds, or not at all (they ask again); one past its expiry is skipped.
A request is claimed by its event id before sending (a unique insert), so a
redelivered or replayed request sends nothing twice, and the `Message-ID` is
derived from it.

An unreadable request goes to `sme.email_links.dlq` at once (its address, name
and link redacted); one our database keeps refusing goes there after the bounded
retries every consumer shares (`shared.consumer_retry`, decision 0013).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any, Final

from faststream.kafka import KafkaBroker, KafkaMessage
from faststream.middlewares import AckPolicy
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from pydantic import ValidationError
from pymongo.errors import DuplicateKeyError

from services.notifier.components import Components
from services.notifier.keys import message_id
from services.notifier.mime import Envelope, UnusableAddress, compose
from services.notifier.rendering import TEMPLATES_DIR, RenderedEmail
from services.notifier.smtp_sender import PermanentDeliveryError, TransientDeliveryError
from services.notifier.texts import labels
from shared.consumer_retry import ConsumerPolicy, RetryPolicy, record_context
from shared.events import EmailLinkRequestedV1
from shared.mongo import MongoDatabase
from shared.topics import EMAIL_LINKS

log = logging.getLogger(__name__)

SENT_LINKS = "email_links_sent"
_TRIES: Final = 3
_PAUSE_S: Final = 2.0

TEXTS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "subject_confirm_registration": "Please confirm your registration with ClusterLink",
        "subject_sign_in": "Your ClusterLink sign-in link",
        "intro_confirm_registration": "Thank you for registering {name} with ClusterLink.",
        "action_confirm_registration": "Please confirm this email address with the link below. Your business is "
        "matched with partners only after you confirm.",
        "button_confirm_registration": "Confirm my registration",
        "intro_sign_in": "You asked to sign in to ClusterLink as {name}.",
        "action_sign_in": "Use the link below. It works once, for a short time.",
        "button_sign_in": "Sign in",
        "ignore": "If you did not ask for this, ignore this email: nothing happens.",
        "until": "The link works until {until} (UTC).",
    },
    "th": {
        "subject_confirm_registration": "กรุณายืนยันการลงทะเบียนกับ ClusterLink",
        "subject_sign_in": "ลิงก์เข้าสู่ระบบ ClusterLink ของคุณ",
        "intro_confirm_registration": "ขอบคุณที่ลงทะเบียน {name} กับ ClusterLink",
        "action_confirm_registration": "กรุณายืนยันอีเมลนี้ด้วยลิงก์ด้านล่าง ธุรกิจของคุณจะเริ่มจับคู่กับคู่ค้าหลังจากยืนยันแล้วเท่านั้น",
        "button_confirm_registration": "ยืนยันการลงทะเบียน",
        "intro_sign_in": "คุณขอเข้าสู่ระบบ ClusterLink ในนาม {name}",
        "action_sign_in": "กรุณาใช้ลิงก์ด้านล่าง ลิงก์ใช้ได้ครั้งเดียวในเวลาจำกัด",
        "button_sign_in": "เข้าสู่ระบบ",
        "ignore": "หากคุณไม่ได้ขอ ไม่ต้องดำเนินการใด ๆ",
        "until": "ลิงก์ใช้ได้ถึง {until} (UTC)",
    },
}

_ENV = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
)


def render(event: EmailLinkRequestedV1, unsubscribe_url: str) -> RenderedEmail:
    words = TEXTS[event.language]
    subject = words[f"subject_{event.purpose}"]
    context: dict[str, Any] = {
        "lang": event.language,
        "t": {**labels(event.language), **words},
        "subject": subject,
        "recipient_name": event.name,
        "intro": words[f"intro_{event.purpose}"].format(name=event.name),
        "action": words[f"action_{event.purpose}"],
        "button": words[f"button_{event.purpose}"],
        "until": words["until"].format(until=event.expires_at.strftime("%Y-%m-%d %H:%M")),
        "link_url": event.url,
        "unsubscribe_url": unsubscribe_url,
    }
    return RenderedEmail(
        subject=subject,
        text=_ENV.get_template("email_link.txt.j2").render(**context),
        html=_ENV.get_template("email_link.html.j2").render(**context),
        language=event.language,
    )


async def send(c: Components, db: MongoDatabase, event: EmailLinkRequestedV1) -> bool:
    """Send it unless expired or sent before; True if sent now."""
    now: datetime = c.clock.now()
    if event.expires_at <= now:
        log.info("link email skipped: expired", extra={"event_id": event.event_id})
        return False
    try:
        await db[SENT_LINKS].insert_one({"_id": event.event_id, "purpose": event.purpose, "at": now})
    except DuplicateKeyError:
        return False
    unsubscribe_url = c.links.unsubscribe_url(sme_id=event.sme_id, now=now)
    envelope = Envelope(
        from_name=c.settings.smtp.from_name,
        from_address=c.settings.smtp.from_address,
        to_name=event.name,
        to_address=event.address,
        message_id=message_id(f"link-{event.event_id}", c.settings.smtp.message_id_domain),
        date=now,
        unsubscribe_url=unsubscribe_url,
        correlation_id=event.correlation_id,
        kind=f"link_{event.purpose}",
    )
    try:
        message = compose(render(event, unsubscribe_url), envelope)
    except UnusableAddress:
        log.warning("link email not sent: unusable address", extra={"event_id": event.event_id})
        return False
    for attempt in range(1, _TRIES + 1):
        try:
            await c.sender.send(message, sender=c.settings.smtp.from_address, recipient=event.address)
        except TransientDeliveryError:
            if attempt == _TRIES:
                break
            await asyncio.sleep(_PAUSE_S * attempt)
        except PermanentDeliveryError:
            break
        else:
            log.info("link email sent", extra={"event_id": event.event_id, "purpose": event.purpose})
            return True
    log.warning("link email not sent; the person can ask again", extra={"event_id": event.event_id})
    return False


def register_email_links(broker: KafkaBroker, c: Components, db: MongoDatabase) -> None:
    settings = c.settings
    # A group of its own: these requests never wait behind a backlog of profiles and suggestions.
    group_id = f"{settings.group_id}.email-links"
    policy = ConsumerPolicy(
        broker,
        RetryPolicy.of(settings.consumer_retry),
        consumer=group_id,
        dead_lettered=c.metrics.base.dead_lettered,
        retries=c.metrics.base.consumer_retries,
    )

    @broker.subscriber(
        EMAIL_LINKS,
        group_id=group_id,
        auto_offset_reset="earliest",  # replays only a day (retention), and expired or sent ones are skipped
        ack_policy=AckPolicy.MANUAL,
        session_timeout_ms=settings.kafka_session_timeout_ms,
        heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
    )
    async def consume(msg: KafkaMessage) -> None:
        record: Any = msg.raw_message
        try:
            try:
                event = EmailLinkRequestedV1.model_validate_json(msg.body)
            except ValidationError as exc:
                await policy.dead_letter(record, f"not a valid EmailLinkRequestedV1: {exc}")
            else:
                await policy.apply_one(record, lambda: send(c, db, event))
        except Exception:
            # The dead letter could not be sent (the broker is away): read the request again.
            log.error("link request not processed; will read it again", exc_info=True, extra=record_context(record))
            await asyncio.sleep(_PAUSE_S)
            await msg.nack()
            return
        await msg.ack()
