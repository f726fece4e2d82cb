"""The profile as people send it: every rule a profile must satisfy, and nothing else.

Pure: no I/O. Province and certification names are checked against the cluster
taxonomy in `shared.taxonomy`; a valid profile becomes the `SmeProfileV1`
snapshot that is stored and published.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    field_validator,
)

from services.registry.text import cleaner
from shared.credentials import SME_ID_PATTERN
from shared.email_address import InvalidAddress, normalized_address
from shared.events import NotificationPreference, SmeProfileV1, address_digest
from shared.taxonomy import BcgTag, Stage, SubCluster, resolve_certification, resolve_province

# The fields of CONTRACTS §1 (cluster profiles, JSONL v1), in their documented order.
CONTRACT_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "sub_cluster",
    "stage",
    "province",
    "offers",
    "needs",
    "certifications",
    "bcg",
    "contact_email",
    "language",
)
MAX_LIST_ITEMS = 50
# Clocks of phones and laptops drift; a consent a little in the future is not a lie.
_CONSENT_CLOCK_SKEW = timedelta(minutes=5)

_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]*$")
_LINE_ID = re.compile(r"^@?[A-Za-z0-9._-]+$")


def _email(value: str) -> str:
    # The notifier delivers with the same rule (shared.email_address).
    try:
        return normalized_address(value)
    except InvalidAddress as exc:
        raise ValueError(f"is not a deliverable e-mail address: it {exc}") from exc


def _province(value: str) -> str:
    province = resolve_province(value)
    if province is None:
        raise ValueError(f"{value!r} is not one of Thailand's 77 provinces (Thai or English name)")
    return province.name_en


def _phone(value: str) -> str:
    digits = sum(char.isdigit() for char in value)
    if not _PHONE.match(value) or not 6 <= digits <= 15:
        raise ValueError("is not a phone number (digits, spaces, '-', '()', optional leading '+')")
    return value


def _website(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise ValueError("is not a web address starting with http:// or https://")
    return value


def _line_id(value: str) -> str:
    if not _LINE_ID.match(value):
        raise ValueError("is not a LINE ID (letters, digits, '.', '-', '_', optional leading '@')")
    return value


def _iso_text(value: object) -> object:
    # JSON has no date type: a number here would be read as seconds since 1970, which nobody means.
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 date-time with a time zone, e.g. 2025-01-31T09:00:00+07:00")
    return value


def _utc(value: datetime) -> datetime:
    try:
        in_utc = value.astimezone(UTC)
    except OverflowError as exc:  # e.g. year 1 with a positive offset
        raise ValueError("is out of range") from exc
    if in_utc > datetime.now(UTC) + _CONSENT_CLOCK_SKEW:
        raise ValueError("is in the future")
    return in_utc


def _sized(max_length: int) -> StringConstraints:
    return StringConstraints(min_length=1, max_length=max_length)


def _clean(max_length: int, *, multiline: bool = False) -> BeforeValidator:
    return BeforeValidator(cleaner(max_length, multiline=multiline))


SmeId = Annotated[str, StringConstraints(pattern=SME_ID_PATTERN)]
Name = Annotated[str, _clean(200), _sized(200)]
ItemText = Annotated[str, _clean(500), _sized(500)]
CertificationText = Annotated[str, _clean(100), _sized(100)]
Description = Annotated[str, _clean(4000, multiline=True), _sized(4000)]
ContactName = Annotated[str, _clean(120), _sized(120)]
MinimumOrder = Annotated[str, _clean(200), _sized(200)]
Unit = Annotated[str, _clean(20), _sized(20)]
Email = Annotated[str, _clean(254), _sized(254), AfterValidator(_email)]
ProvinceName = Annotated[str, _clean(80), _sized(80), AfterValidator(_province)]
Phone = Annotated[str, _clean(30), _sized(30), AfterValidator(_phone)]
Website = Annotated[str, _clean(300), _sized(300), AfterValidator(_website)]
LineId = Annotated[str, _clean(50), _sized(50), AfterValidator(_line_id)]
ConsentTime = Annotated[AwareDatetime, BeforeValidator(_iso_text), AfterValidator(_utc)]
# A number, not text that looks like one: the request must match the documented schema.
Amount = Annotated[float, Strict(), Field(gt=0, le=1e9, allow_inf_nan=False)]
Language = Literal["th", "en"]


class CapacityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    amount: Amount = Field(description="Amount per month", examples=[500])
    unit: Unit = Field(description="Unit of the amount", examples=["kg", "m", "pcs", "กิโลกรัม"])


def _dedupe(values: list[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


class ProfileIn(BaseModel):
    """A profile as sent to the registry: CONTRACTS §1 fields plus optional extras."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "sme-0042",
                    "name": "ผ้าครามทอมือสมบูรณ์",
                    "sub_cluster": "ageing_lifestyle_isan",
                    "stage": "midstream",
                    "province": "Sakon Nakhon",
                    "offers": ["ผ้าฝ้ายย้อมครามธรรมชาติ ทอมือ"],
                    "needs": ["เส้นด้ายฝ้ายออร์แกนิก"],
                    "certifications": ["Organic Thailand"],
                    "bcg": ["bio", "green"],
                    "contact_email": "owner@example.com",
                    "language": "th",
                }
            ]
        },
    )

    id: SmeId | None = Field(None, description="Stable SME id; generated when omitted on create", examples=["sme-0042"])
    name: Name = Field(description="Company name, Thai or English")
    sub_cluster: SubCluster = Field(description="One of the five sub-clusters")
    stage: Stage = Field(description="Position in the value chain")
    province: ProvinceName = Field(
        description="Thai province, Thai or English name; stored as the English name", examples=["Chiang Mai"]
    )
    offers: list[ItemText] = Field(default_factory=list, max_length=MAX_LIST_ITEMS, description="What it sells")
    needs: list[ItemText] = Field(default_factory=list, max_length=MAX_LIST_ITEMS, description="What it buys")
    certifications: list[CertificationText] = Field(
        default_factory=list,
        max_length=20,
        description="Known names are stored in canonical form; unknown ones are kept and flagged",
        examples=[["GOTS", "OEKO-TEX Standard 100"]],
    )
    bcg: list[BcgTag] = Field(default_factory=list, max_length=3, description="Bio-Circular-Green tags")
    contact_email: Email = Field(description="Where suggestions are e-mailed")
    language: Language = Field(description="Preferred language for e-mails")
    description: Description | None = Field(None, description="What the SME does, in its own words")
    contact_name: ContactName | None = None
    contact_phone: Phone | None = Field(None, examples=["+66 81 234 5678"])
    website: Website | None = Field(None, examples=["https://example.co.th"])
    line_id: LineId | None = Field(None, description="LINE ID", examples=["@somboonweaving"])
    capacity: CapacityIn | None = Field(None, description="Production capacity per month")
    minimum_order: MinimumOrder | None = Field(None, examples=["50 m"])
    notification_preference: NotificationPreference = Field(
        NotificationPreference.INSTANT,
        description="How often suggestions are e-mailed; instant for a new profile, "
        "and a replacement that leaves it out keeps the stored one",
    )
    consent_at: ConsentTime | None = Field(
        None,
        description="Ignored: the PDPA consent time is set by the server, at registration "
        "(and at a registration with fresh consent); accepted so exported files import as they are",
    )

    @field_validator("certifications")
    @classmethod
    def _canonical_certifications(cls, values: list[str]) -> list[str]:
        return _dedupe([resolve_certification(value) or value for value in values])

    @field_validator("bcg")
    @classmethod
    def _unique_tags(cls, values: list[BcgTag]) -> list[BcgTag]:
        return _dedupe(values)


class ProfilePatch(BaseModel):
    """A JSON merge patch (RFC 7396) of a profile: fields sent replace, `null` removes an optional one."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    sub_cluster: SubCluster | None = None
    stage: Stage | None = None
    province: ProvinceName | None = None
    offers: list[ItemText] | None = Field(None, max_length=MAX_LIST_ITEMS)
    needs: list[ItemText] | None = Field(None, max_length=MAX_LIST_ITEMS)
    certifications: list[CertificationText] | None = Field(None, max_length=20)
    bcg: list[BcgTag] | None = Field(None, max_length=3)
    contact_email: Email | None = None
    language: Language | None = None
    description: Description | None = None
    contact_name: ContactName | None = None
    contact_phone: Phone | None = None
    website: Website | None = None
    line_id: LineId | None = None
    capacity: CapacityIn | None = None
    minimum_order: MinimumOrder | None = None
    notification_preference: NotificationPreference | None = None
    consent_at: ConsentTime | None = None

    def changes(self) -> dict[str, Any]:
        """Only what was sent, `None` meaning "remove"."""
        return self.model_dump(mode="json", exclude_unset=True)


def new_sme_id() -> str:
    return f"sme-{uuid.uuid4().hex[:12]}"


def unknown_certifications(profile: SmeProfileV1) -> list[str]:
    return [name for name in profile.certifications if resolve_certification(name) != name]


def to_snapshot(
    profile: ProfileIn, sme_id: str, *, consent_at: datetime, previous: SmeProfileV1 | None = None
) -> SmeProfileV1:
    """The stored and published form. `consent_at` is the server's: a value sent is ignored.

    A replacement that does not name `notification_preference` keeps the `previous` one:
    an edit that forgot the field must not switch an SME's e-mails back on (the notifier
    reads a changed preference as the SME's new choice, which ends an unsubscribe).

    A changed `contact_email` of an existing SME is not used yet: it becomes the
    `pending_contact_email`, the confirmed address stays until the person at the new one
    confirms it (the notifier sends the signed link; see `confirmed_contact`). Asking for
    the confirmed address again withdraws a pending one."""
    data = profile.model_dump(mode="json")
    data["id"] = sme_id
    data["consent_at"] = consent_at
    if previous is not None and "notification_preference" not in profile.model_fields_set:
        data["notification_preference"] = previous.notification_preference
    if previous is not None and data["contact_email"] != previous.contact_email:
        data["pending_contact_email"] = data["contact_email"]
        data["contact_email"] = previous.contact_email
    return SmeProfileV1.model_validate(data)


def confirmed_contact(profile: SmeProfileV1, address_sha256: str) -> SmeProfileV1 | None:
    """The profile using its pending address, if that is the address confirmed; else None."""
    pending = profile.pending_contact_email
    if pending is None or address_digest(pending) != address_sha256:
        return None
    return profile.model_copy(update={"contact_email": pending, "pending_contact_email": None})


def snapshot_fields(snapshot: SmeProfileV1) -> dict[str, Any]:
    """A snapshot as `ProfileIn` input, for re-validation after a merge: the address asked for
    (pending, else confirmed) is its `contact_email`, so an edit that leaves it alone keeps it."""
    data = snapshot.model_dump(mode="json", exclude_none=True)
    pending = data.pop("pending_contact_email", None)
    if pending is not None:
        data["contact_email"] = pending
    return data


def merged(current: SmeProfileV1, changes: dict[str, Any]) -> dict[str, Any]:
    """Top-level merge: each changed field replaces the stored one, `None` removes it."""
    data = snapshot_fields(current)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def contract_record(profile: SmeProfileV1, *, extras: bool = False) -> dict[str, Any]:
    """A profile as a CONTRACTS §1 line; with `extras`, the optional registry fields that are set."""
    data = profile.model_dump(mode="json", exclude_none=True)
    data.pop("pending_contact_email", None)  # not an input field: an exported file imports as it is
    if extras:
        return {**{name: data[name] for name in CONTRACT_FIELDS}, **data}
    return {name: data[name] for name in CONTRACT_FIELDS}
