"""Turn one `sme.profiles` record into a profile change or an erasure (pure; no I/O)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import ValidationError

from shared.events import TOMBSTONE_EVENT_TYPE, SmeProfileChangedV1
from shared.profile_headers import ORIGIN, ORIGIN_IMPORT


class InvalidProfileRecord(ValueError):
    """The record can never be applied; it belongs on the dead-letter topic."""


@dataclass(frozen=True)
class ProfileChanged:
    event: SmeProfileChangedV1
    from_import: bool = False  # a bulk import wrote it: it may wait for the rest of its burst

    @property
    def sme_id(self) -> str:
        return self.event.sme_id

    @property
    def version(self) -> int:
        return self.event.version

    @property
    def event_id(self) -> str:
        return self.event.event_id

    @property
    def correlation_id(self) -> str:
        return self.event.correlation_id


@dataclass(frozen=True)
class ProfileErased:
    sme_id: str
    version: int | None
    event_id: str | None
    correlation_id: str | None


ProfileRecord = ProfileChanged | ProfileErased


def decode_headers(raw: object) -> dict[str, str]:
    """Kafka headers arrive as (name, bytes) pairs; undecodable values are dropped."""
    headers: dict[str, str] = {}
    if not isinstance(raw, list | tuple):
        return headers
    for item in raw:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            value = item[1]
            if isinstance(value, bytes):
                try:
                    headers[item[0]] = value.decode("utf-8")
                except UnicodeDecodeError:
                    continue
            elif isinstance(value, str):
                headers[item[0]] = value
    return headers


def parse_profile_record(key: bytes | None, value: bytes | None, headers: Mapping[str, str]) -> ProfileRecord:
    if not key:
        raise InvalidProfileRecord("record has no key (the SME id)")
    try:
        sme_id = key.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidProfileRecord(f"key is not UTF-8: {exc}") from exc
    if value is None or value == b"":
        return _erasure(sme_id, headers)
    try:
        event = SmeProfileChangedV1.model_validate_json(value)
    except ValidationError as exc:
        raise InvalidProfileRecord(f"not a valid SmeProfileChangedV1: {exc}") from exc
    if event.sme_id != sme_id or event.profile.id != sme_id:
        raise InvalidProfileRecord(
            f"key {sme_id!r} does not match sme_id {event.sme_id!r} / profile.id {event.profile.id!r}"
        )
    return ProfileChanged(event, from_import=headers.get(ORIGIN) == ORIGIN_IMPORT)


def _erasure(sme_id: str, headers: Mapping[str, str]) -> ProfileErased:
    event_type = headers.get("event_type")
    if event_type is not None and event_type != TOMBSTONE_EVENT_TYPE:
        raise InvalidProfileRecord(f"empty value with event_type {event_type!r}")
    raw_version = headers.get("version")
    version: int | None = None
    if raw_version is not None:
        try:
            version = int(raw_version)
        except ValueError as exc:
            raise InvalidProfileRecord(f"tombstone version header {raw_version!r} is not an integer") from exc
    return ProfileErased(
        sme_id=sme_id,
        version=version,
        event_id=headers.get("event_id"),
        correlation_id=headers.get("correlation_id"),
    )
