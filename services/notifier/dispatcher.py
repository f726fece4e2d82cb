"""Sends one due delivery: claim, compose, send, record; retries are stored, not slept on."""

from __future__ import annotations

import logging
from datetime import timedelta

from services.notifier.components import Components
from services.notifier.composer import NothingToSend, compose_delivery
from services.notifier.mime import UnusableAddress
from services.notifier.model import Delivery, DeliveryKind, Recipient
from services.notifier.retry import backoff
from services.notifier.smtp_sender import PermanentDeliveryError, TransientDeliveryError
from shared.events import NotificationPreference

log = logging.getLogger(__name__)


def _unwanted(d: Delivery, recipient: Recipient) -> str | None:
    """Why this recipient no longer wants this email, if they don't."""
    if recipient.unsubscribed:
        return "unsubscribed"
    if d.kind is not DeliveryKind.INTRODUCTION and recipient.preference is NotificationPreference.OFF:
        return "notifications off"
    return None


async def dispatch_next_delivery(c: Components) -> bool:
    """Claim and send one due delivery; False when none is due."""
    now = c.clock.now()
    d = await c.deliveries.claim_due(now, timedelta(seconds=c.settings.lease_s))
    if d is None:
        return False
    ctx = {
        "delivery_key": d.key,
        "kind": d.kind.value,
        "recipient_id": d.recipient_id,
        "attempt": d.attempts,
        "correlation_id": d.correlation_id,
    }
    if c.rules.is_quiet(now):
        await c.deliveries.postpone(d, c.rules.earliest_send_at(now))
        log.info("quiet hours: delivery postponed", extra=ctx)
        return True
    recipient = await c.recipients.get(d.recipient_id)
    reason = "recipient erased" if recipient is None else _unwanted(d, recipient)
    if recipient is None or reason:
        await c.deliveries.cancel(d, reason or "cancelled")
        log.info("delivery cancelled: %s", reason, extra=ctx)
        return True
    try:
        email = await compose_delivery(c, d, recipient)
    except NothingToSend as exc:
        await c.deliveries.cancel(d, str(exc))
        log.info("delivery cancelled: %s", exc, extra=ctx)
        return True
    except UnusableAddress as exc:
        await c.deliveries.mark_failed(d, now, str(exc))
        log.warning("delivery failed: %s", exc, extra=ctx)
        return True
    try:
        await c.sender.send(email.message, sender=email.sender, recipient=email.recipient)
    except TransientDeliveryError as exc:
        if d.attempts >= c.settings.max_attempts:
            await c.deliveries.mark_failed(d, c.clock.now(), f"gave up after {d.attempts} attempts: {exc}")
            log.warning("delivery failed after retries: %s", exc, extra=ctx)
        else:
            delay = backoff(d.attempts, base_s=c.settings.retry_base_s, max_s=c.settings.retry_max_s)
            await c.deliveries.reschedule(d, c.rules.earliest_send_at(c.clock.now() + delay), str(exc))
            log.info("transient failure, retry in %ss: %s", delay.total_seconds(), exc, extra=ctx)
        return True
    except PermanentDeliveryError as exc:
        await c.deliveries.mark_failed(d, c.clock.now(), str(exc))
        log.warning("delivery failed permanently: %s", exc, extra=ctx)
        return True
    await c.deliveries.mark_sent(d, c.clock.now(), email.message_id)
    log.info("email sent", extra={**ctx, "message_id": email.message_id})
    return True
