"""Sends the deliveries it was told about: claim a batch by key, read together, send, record.

Retries are stored on the delivery and handed back to the worklist as a time,
never slept on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from services.notifier.components import Components
from services.notifier.composer import NothingToSend, Prefetched, compose_delivery, prefetch
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
# A claimed email is sent only while this much of its lease is left unused; the rest covers
# its own SMTP conversation (keep NOTIFIER_LEASE_S well above the SMTP timeout).
USABLE_LEASE_SHARE = 0.5


async def dispatch_due(c: Components) -> bool:
    """Send the deliveries due on this replica, a batch at a time; False when none is."""
    now = c.clock.now()
    taken = c.worklist.take_sends(now, c.settings.send_batch_size)
    if not taken:
        return False
    try:
        again = await dispatch_many(c, taken)
    except Exception:
        for key in taken:  # those already finished are recognised as such when claimed again
            c.worklist.send(key, now + ERROR_RETRY)
        raise
    for key, at in again.items():
        if at is not None:
            c.worklist.send(key, at)
    return True


async def dispatch_many(c: Components, keys: Sequence[str]) -> dict[str, datetime | None]:
    """Claim these deliveries, read what their emails need together, then send them one by one;
    returns when to look at each again, if ever."""
    now = c.clock.now()
    lease = timedelta(seconds=c.settings.lease_s)
    claims = await c.deliveries.claim_many(keys, now, lease)
    again = {key: claim.look_again_at for key, claim in claims.items() if claim.delivery is None}
    mine = [claim.delivery for claim in claims.values() if claim.delivery is not None]
    if not mine:
        return again
    if c.rules.is_quiet(now):
        morning = c.rules.earliest_send_at(now)
        for d in mine:
            await c.deliveries.postpone(d, morning)
            log.info("quiet hours: delivery postponed", extra=_context(d))
            again[d.key] = morning
        return again
    reads = await prefetch(c, mine)
    for d in mine:
        if c.worklist.stopping:  # shutting down: give the rest back, not a sending attempt
            await c.deliveries.postpone(d, now)
            again[d.key] = None  # the next start's sweep, or another replica's, sends it
            continue
        if c.clock.now() - now > lease * USABLE_LEASE_SHARE:
            # The claim and reads, or the earlier emails of the batch, took long (a slow database or
            # mail server): past this point the lease may run out mid-conversation, and another
            # sender take the email and send it too. Give it back, the first of the batch included;
            # the next claim starts a new lease.
            await c.deliveries.postpone(d, c.clock.now())
            again[d.key] = c.clock.now()
            continue
        again[d.key] = await _send(c, d, reads)
    return again


def _context(d: Delivery) -> dict[str, object]:
    return {
        "delivery_key": d.key,
        "kind": d.kind.value,
        "recipient_id": d.recipient_id,
        "attempt": d.attempts,
        "correlation_id": d.correlation_id,
    }


async def _send(c: Components, d: Delivery, reads: Prefetched) -> datetime | None:
    """Compose and send one claimed delivery and record the outcome; when to look again, if ever."""
    now = c.clock.now()
    ctx = _context(d)
    recipient = reads.people.get(d.recipient_id)
    reason = "recipient erased" if recipient is None else _unwanted(d, recipient)
    if recipient is None or reason:
        await c.deliveries.cancel(d, reason or "cancelled")
        c.metrics.emails_cancelled.labels(d.kind.value).inc()
        log.info("delivery cancelled: %s", reason, extra=ctx)
        return None
    try:
        email = await compose_delivery(c, d, recipient, reads)
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
