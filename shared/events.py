"""Versioned event models: the only language the services share.

Every event carries an envelope (`event_id`, `event_type`, `schema_version`,
`occurred_at`, `correlation_id`). Additive changes keep the version; a breaking
change is a new class (`...V2`). Topic names live in `shared.topics`.

Erasure is a Kafka tombstone (key = SME id, value = null) on `sme.profiles`, so
compaction removes the personal data from the log itself; its context travels in
record headers (see `TOMBSTONE_HEADERS`).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from shared.taxonomy import Stage, SubCluster

# Marks a field as personal data (PDPA) in the model and in the JSON schema / AsyncAPI documents;
# `personal_fields` lists them, e.g. for what dead letters must not keep.
PERSONAL_DATA: dict[str, JsonValue] = {"x-personal-data": True}


def personal_fields(model: type[BaseModel]) -> frozenset[str]:
    """The names of the fields of `model` marked as personal data."""
    return frozenset(
        name
        for name, info in model.model_fields.items()
        if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("x-personal-data") is True
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    return str(uuid.uuid4())


class Event(BaseModel):
    """Envelope fields shared by every event."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    EVENT_TYPE: ClassVar[str]
    SCHEMA_VERSION: ClassVar[int]

    event_id: str = Field(default_factory=_new_id, description="Unique id of this event (UUID4)")
    event_type: str = Field(description="Name of the event", examples=["sme.profile.changed"])
    schema_version: int = Field(description="Version of this event's schema", examples=[1])
    occurred_at: datetime = Field(default_factory=_now, description="When it happened, UTC")
    correlation_id: str = Field(
        default_factory=_new_id,
        description="Follows one registration through matching to its emails",
    )

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode("utf-8")


# ---------------------------------------------------------------- sme.profiles


class NotificationPreference(StrEnum):
    INSTANT = "instant"
    DAILY = "daily"
    WEEKLY = "weekly"
    OFF = "off"


class Capacity(BaseModel):
    model_config = ConfigDict(frozen=True)

    amount: float = Field(gt=0, description="Amount per month", examples=[500])
    unit: str = Field(max_length=20, description="Unit of the amount", examples=["kg", "m", "pcs"])


class SmeProfileV1(BaseModel):
    """A profile snapshot as published: JSONL v1 fields plus the registry's extras."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(description="Stable SME id", examples=["sme-0042"])
    name: str = Field(
        description="Company or group name, Thai or English (personal data: often a person's name)",
        examples=["ผ้าครามทอมือสมบูรณ์"],
        json_schema_extra=PERSONAL_DATA,
    )
    # Enums of the taxonomy: on the wire the same strings as before (JSONL v1's values).
    sub_cluster: SubCluster = Field(description="One of the five sub-clusters", examples=["ageing_lifestyle_isan"])
    stage: Stage = Field(
        description="Place in the value chain: upstream, midstream or downstream", examples=["midstream"]
    )
    province: str = Field(description="Province, canonical English name", examples=["Nakhon Phanom"])
    offers: tuple[str, ...] = Field(default=(), description="What it sells or makes")
    needs: tuple[str, ...] = Field(default=(), description="What it seeks to buy")
    certifications: tuple[str, ...] = Field(
        default=(), description="Certifications it holds, canonical names", examples=[["GOTS"]]
    )
    bcg: tuple[str, ...] = Field(
        default=(), description="Bio-Circular-Green tags: bio, circular, green", examples=[["bio", "green"]]
    )
    contact_email: str = Field(
        description="Where its emails go (personal data)",
        examples=["owner@example.com"],
        json_schema_extra=PERSONAL_DATA,
    )
    language: Literal["th", "en"] = Field(description="Preferred language for emails")
    pending_contact_email: str | None = Field(
        default=None,
        description="A new address asked for and not yet confirmed through the signed link sent to it; "
        "until then every email still goes to contact_email (personal data)",
        examples=["new-owner@example.com"],
        json_schema_extra=PERSONAL_DATA,
    )
    description: str | None = Field(
        default=None,
        description="Free text about the business, Thai or English (personal data: it may name people)",
        json_schema_extra=PERSONAL_DATA,
    )
    contact_name: str | None = Field(
        default=None, description="Contact person (personal data)", json_schema_extra=PERSONAL_DATA
    )
    contact_phone: str | None = Field(
        default=None, description="Contact phone number (personal data)", json_schema_extra=PERSONAL_DATA
    )
    website: str | None = Field(
        default=None,
        description="Web site URL (personal data: may be a person's page)",
        json_schema_extra=PERSONAL_DATA,
    )
    line_id: str | None = Field(
        default=None, description="LINE id for contact (personal data)", json_schema_extra=PERSONAL_DATA
    )
    capacity: Capacity | None = Field(default=None, description="How much it can supply per month")
    minimum_order: str | None = Field(default=None, description="Smallest order it accepts, free text")
    notification_preference: NotificationPreference = Field(
        default=NotificationPreference.INSTANT,
        description="How often it wants suggestion emails: instant, daily, weekly or off",
    )
    consent_at: datetime | None = Field(default=None, description="PDPA consent time, UTC")


class SmeProfileChangedV1(Event):
    """A profile was created or changed; `version` grows by one with every change."""

    EVENT_TYPE: ClassVar[str] = "sme.profile.changed"
    SCHEMA_VERSION: ClassVar[int] = 1
    event_type: Literal["sme.profile.changed"] = Field("sme.profile.changed", description="Name of the event")
    schema_version: Literal[1] = Field(1, description="Version of this event's schema")

    sme_id: str = Field(description="Kafka key; equals profile.id", examples=["sme-0042"])
    version: int = Field(ge=1, description="Monotonic profile version; consumers ignore versions seen")
    profile: SmeProfileV1 = Field(description="The whole profile after the change")


def address_digest(address: str) -> str:
    """Names an e-mail address in an event without carrying it (sha256 of the address as stored)."""
    return hashlib.sha256(address.encode("utf-8")).hexdigest()


class ContactEmailConfirmedV1(Event):
    """The person at an SME's pending new address followed its signed confirmation link; keyed by `sme_id`.

    The address itself is not in the event, only its digest: the registry holds it, and it applies
    the confirmation only while the same address is still the pending one."""

    EVENT_TYPE: ClassVar[str] = "sme.contact_email.confirmed"
    SCHEMA_VERSION: ClassVar[int] = 1
    event_type: Literal["sme.contact_email.confirmed"] = Field(
        "sme.contact_email.confirmed", description="Name of the event"
    )
    schema_version: Literal[1] = Field(1, description="Version of this event's schema")

    sme_id: str = Field(description="Kafka key; the SME whose address was confirmed", examples=["sme-0042"])
    address_sha256: str = Field(
        description="sha256 (hex) of the confirmed address exactly as `pending_contact_email` holds it",
        examples=["4680d9cb3265a135717fced8b1454a901a51a77c5dacaad5dd3afa0b57c73d93"],
        pattern=r"^[0-9a-f]{64}$",
    )
    profile_version: int = Field(ge=1, description="The profile version that asked for the address")


class EmailLinkRequestedV1(Event):
    """The registry asks for one email carrying a signed link to one of its pages; keyed by `address`.

    Sent when a person asks for it on the page (a new registration to confirm, a sign-in), so
    it is emailed at once or not at all: the link expires soon, and the person can ask again."""

    EVENT_TYPE: ClassVar[str] = "sme.email_link.requested"
    SCHEMA_VERSION: ClassVar[int] = 1
    event_type: Literal["sme.email_link.requested"] = Field("sme.email_link.requested", description="Name of the event")
    schema_version: Literal[1] = Field(1, description="Version of this event's schema")

    purpose: Literal["confirm_registration", "sign_in"] = Field(
        description="Which email: confirm a new registration, or sign in", examples=["sign_in"]
    )
    sme_id: str = Field(description="The SME the link is for (registered once confirmed)", examples=["sme-0042"])
    address: str = Field(description="Where to send it", examples=["owner@example.com"])
    name: str = Field(description="The business's name, for the greeting", examples=["ผ้าครามทอมือสมบูรณ์"])
    language: Literal["th", "en"] = Field(description="Language of the email", examples=["th"])
    url: str = Field(description="The signed link (single use, short-lived)")
    expires_at: datetime = Field(description="When the link stops working; not sent after that")


# Headers of an erasure tombstone (the value is null).
TOMBSTONE_EVENT_TYPE = "sme.profile.erased"
TOMBSTONE_HEADERS = ("event_type", "event_id", "correlation_id", "version", "occurred_at")


# ----------------------------------------------------------- match.suggestions


class Reason(BaseModel):
    """Why a pair was suggested, in plain words in both languages."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="Stable machine code", examples=["offer_meets_need"])
    text_en: str = Field(
        description="The reason in English", examples=["offers organic cotton yarn, which the buyer needs"]
    )
    text_th: str = Field(description="The reason in Thai", examples=["มีเส้นด้ายฝ้ายออร์แกนิกที่ผู้ซื้อต้องการ"])

    def text(self, language: str) -> str:
        return self.text_th if language == "th" else self.text_en


RecipientRole = Literal["supplier", "buyer"]


def suggestion_id(supplier_id: str, buyer_id: str, supplier_version: int, buyer_version: int) -> str:
    """Deterministic: the same pair at the same profile versions is the same suggestion."""
    raw = f"{supplier_id}|{buyer_id}|{supplier_version}|{buyer_version}".encode()
    return "sg-" + hashlib.sha256(raw).hexdigest()[:24]


class MatchSuggestedV1(Event):
    """A pair entered the recipient's top-k list; keyed by `recipient_id`."""

    EVENT_TYPE: ClassVar[str] = "match.suggested"
    SCHEMA_VERSION: ClassVar[int] = 1
    event_type: Literal["match.suggested"] = Field("match.suggested", description="Name of the event")
    schema_version: Literal[1] = Field(1, description="Version of this event's schema")

    suggestion_id: str = Field(description="Deterministic from the pair and profile versions")
    recipient_id: str = Field(description="Who is told: the supplier or the buyer")
    recipient_role: RecipientRole = Field(description="The recipient's side of the pair")
    supplier_id: str = Field(description="SME id of the side that could supply")
    buyer_id: str = Field(description="SME id of the side that could buy")
    supplier_version: int = Field(ge=1, description="Profile version of the supplier the score was computed on")
    buyer_version: int = Field(ge=1, description="Profile version of the buyer the score was computed on")
    score: Annotated[float, Field(ge=0.0, le=1.0, description="Match score in [0, 1]")]
    rank: int = Field(ge=1, description="Position in the recipient's list when suggested")
    reasons: tuple[Reason, ...] = Field(default=(), description="Why the pair was suggested, strongest first")

    @property
    def partner_id(self) -> str:
        return self.buyer_id if self.recipient_role == "supplier" else self.supplier_id


# -------------------------------------------------------------- match.feedback


class MatchFeedbackV1(Event):
    """One side accepted or declined a suggested pair; keyed by `suggestion_id`."""

    EVENT_TYPE: ClassVar[str] = "match.feedback"
    SCHEMA_VERSION: ClassVar[int] = 1
    event_type: Literal["match.feedback"] = Field("match.feedback", description="Name of the event")
    schema_version: Literal[1] = Field(1, description="Version of this event's schema")

    suggestion_id: str = Field(description="The suggestion answered (`MatchSuggestedV1.suggestion_id`)")
    supplier_id: str = Field(description="SME id of the supplier side of the pair")
    buyer_id: str = Field(description="SME id of the buyer side of the pair")
    by_sme_id: str = Field(description="The side that answered")
    decision: Literal["accept", "decline"] = Field(
        description="The answer; a decline keeps the pair from being suggested again"
    )
