"""The notifier's own view of people, suggestions and deliveries (pure data, no storage types)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from shared.events import NotificationPreference, Reason


@dataclass(frozen=True)
class PublicSummary:
    """What any suggested partner may see: never contact details."""

    sme_id: str
    name: str
    sub_cluster: str
    stage: str
    province: str
    offers: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactDetails:
    """Revealed to a partner only once both sides have accepted."""

    email: str
    contact_name: str | None = None
    phone: str | None = None
    line_id: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class Recipient:
    sme_id: str
    version: int
    language: str
    preference: NotificationPreference
    summary: PublicSummary
    contact: ContactDetails
    unsubscribed: bool = False

    @property
    def wants_suggestions(self) -> bool:
        return not self.unsubscribed and self.preference is not NotificationPreference.OFF


@dataclass(frozen=True)
class Pair:
    supplier_id: str
    buyer_id: str

    @property
    def key(self) -> str:
        return f"{self.supplier_id}|{self.buyer_id}"

    def other(self, sme_id: str) -> str:
        return self.buyer_id if sme_id == self.supplier_id else self.supplier_id

    def has(self, sme_id: str) -> bool:
        return sme_id in (self.supplier_id, self.buyer_id)


@dataclass(frozen=True)
class PendingSuggestion:
    """One suggestion waiting to be emailed to one recipient."""

    suggestion_id: str
    recipient_id: str
    recipient_role: str
    supplier_id: str
    buyer_id: str
    score: float
    rank: int
    reasons: tuple[Reason, ...]
    received_at: datetime
    correlation_id: str

    @property
    def partner_id(self) -> str:
        return self.buyer_id if self.recipient_role == "supplier" else self.supplier_id

    @property
    def pair(self) -> Pair:
        return Pair(self.supplier_id, self.buyer_id)


class DeliveryKind(StrEnum):
    SUGGESTIONS = "suggestions"  # one suggestion (instant) or several (digest)
    INVITATION = "invitation"  # the partner accepted a pair this recipient was never sent
    INTRODUCTION = "introduction"  # both accepted: each other's contact details


class DeliveryStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Delivery:
    key: str
    kind: DeliveryKind
    recipient_id: str
    due_at: datetime
    suggestion_ids: tuple[str, ...] = ()
    item_keys: tuple[str, ...] = ()  # the suggestions' storage keys, in suggestion_ids order
    pair: Pair | None = None
    attempts: int = 0
    epoch: int = 0  # bumped by every claim; only the claim holder records the outcome
    status: DeliveryStatus = DeliveryStatus.SCHEDULED
    correlation_id: str | None = None
    partner_ids: tuple[str, ...] = field(default=())
