"""The notifier's own instruments, beside the ones every service has (shared.metrics)."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import Counter

from services.notifier.model import DeliveryKind
from shared.metrics import ServiceMetrics


@dataclass(frozen=True)
class NotifierMetrics:
    base: ServiceMetrics
    emails_sent: Counter
    emails_failed: Counter
    emails_retried: Counter
    emails_cancelled: Counter

    @classmethod
    def on(cls, base: ServiceMetrics) -> NotifierMetrics:
        kind = ("kind",)  # suggestions, invitation, introduction
        made = cls(
            base=base,
            emails_sent=base.counter("emails_sent", "Emails the mail server accepted", kind),
            emails_failed=base.counter("emails_failed", "Emails given up on (refused, or out of retries)", kind),
            emails_retried=base.counter("emails_retried", "Sends that failed for now and were scheduled again", kind),
            emails_cancelled=base.counter(
                "emails_cancelled", "Planned emails dropped before sending (unsubscribed, erased, nothing left)", kind
            ),
        )
        for counter in (made.emails_sent, made.emails_failed, made.emails_retried, made.emails_cancelled):
            for k in DeliveryKind:  # every series exists from the start, so rates and alerts see a zero
                counter.labels(k.value)
        return made
