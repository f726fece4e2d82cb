"""Sends one delivery it was told about: claim by key, compose, send, record.

Retries are stored on the delivery and handed back to the worklist as a time,
never slept on.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

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


# After a failure of our own (the database), a delivery is tried again this much later.
ERROR_RETRY = timedelta(seconds=5)


async def dispatch_due(c: Components) -> bool:
    """Send one delivery that is due on this replica; False when none is."""
    now = c.clock.now()
    taken = c.worklist.take_sends(now, 1)
    if not taken:
        return False
    try:
        again = await dispatch(c, taken[0])
    except Exception:
        c.worklist.send(taken[0], now + ERROR_RETRY)
        raise
    if again is not None:
        c.worklist.send(taken[0], again)
    return True


async def dispatch(c: Components, key: str) -> datetime | None:
    """Claim and send this delivery if it is due; returns when to look at it again, if ever."""
    now = c.clock.now()
    claim = await c.deliveries.claim(key, now, timedelta(seconds=c.settings.lease_s))
    d = claim.delivery
    if d is None:
        return claim.look_again_at
    ctx = {
        "delivery_key": d.key,
        "kind": d.kind.value,
        "recipient_id": d.recipient_id,
        "attempt": d.attempts,
        "correlation_id": d.correlation_id,
    }
    if c.rules.is_quiet(now):
        morning = c.rules.earliest_send_at(now)
        await c.deliveries.postpone(d, morning)
        log.info("quiet hours: delivery postponed", extra=ctx)
        return morning
    recipient = await c.recipients.get(d.recipient_id)
    reason = "recipient erased" if recipient is None else _unwanted(d, recipient)
    if recipient is None or reason:
        await c.deliveries.cancel(d, reason or "cancelled")
        c.metrics.emails_cancelled.labels(d.kind.value).inc()
        log.info("delivery cancelled: %s", reason, extra=ctx)
        return None
    try:
        email = await compose_delivery(c, d, recipient)
    except NothingToSend as exc:
        await c.deliveries.cancel(d, str(exc))
        c.metrics.emails_cancelled.labels(d.kind.value).inc()
        log.info("delivery cancelled: %s", exc, extra=ctx)
        return None
    except UnusableAddress as exc:
        await c.deliveries.mark_failed(d, now, str(exc))
        c.metrics.emails_failed.labels(d.kind.value).inc()
        log.warning("delivery failed: %s", exc, extra=ctx)
        return None
    try:
        await c.sender.send(email.message, sender=email.sender, recipient=email.recipient)
    except TransientDeliveryError as exc:
        if d.attempts >= c.settings.max_attempts:
            await c.deliveries.mark_failed(d, c.clock.now(), f"gave up after {d.attempts} attempts: {exc}")
            c.metrics.emails_failed.labels(d.kind.value).inc()
            log.warning("delivery failed after retries: %s", exc, extra=ctx)
            return None
        delay = backoff(d.attempts, base_s=c.settings.retry_base_s, max_s=c.settings.retry_max_s)
        retry_at = c.rules.earliest_send_at(c.clock.now() + delay)
        await c.deliveries.reschedule(d, retry_at, str(exc))
        c.metrics.emails_retried.labels(d.kind.value).inc()
        log.info("transient failure, retry in %ss: %s", delay.total_seconds(), exc, extra=ctx)
        return retry_at
    except PermanentDeliveryError as exc:
        await c.deliveries.mark_failed(d, c.clock.now(), str(exc))
        c.metrics.emails_failed.labels(d.kind.value).inc()
        log.warning("delivery failed permanently: %s", exc, extra=ctx)
        return None
    await c.deliveries.mark_sent(d, c.clock.now(), email.message_id)
    c.metrics.emails_sent.labels(d.kind.value).inc()
    log.info("email sent", extra={**ctx, "message_id": email.message_id})
    return None
