"""Pending events of a profile, built with the change that causes them.

An entry is written into the profile's own document in the same write as the
change (see `repository`), so a change is never stored without its event. The
exact bytes are kept, so a re-publication after a crash is identical.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shared.events import TOMBSTONE_EVENT_TYPE, SmeProfileChangedV1, SmeProfileV1
from shared.profile_headers import ORIGIN, ORIGIN_IMPORT, PREFERENCE_CHOSEN_BY, PREFERENCE_CHOSEN_BY_SME


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    version: int
    event_type: str
    event_id: str
    correlation_id: str
    occurred_at: datetime
    payload: bytes | None  # None: an erasure tombstone
    # The SME itself (not a coordinator) sent `notification_preference`: only that ends its unsubscribe.
    preference_chosen_by_sme: bool = False
    # Written by a bulk import: the matcher may let it wait for the rest of the import.
    from_import: bool = False

    def headers(self) -> dict[str, str]:
        """Record headers: a tombstone has no value, so its context travels here."""
        found = {
            "event_type": self.event_type,
            "event_id": self.event_id,
            "correlation_id": self.correlation_id,
            "version": str(self.version),
            "occurred_at": self.occurred_at.isoformat(),
        }
        if self.preference_chosen_by_sme:
            found[PREFERENCE_CHOSEN_BY] = PREFERENCE_CHOSEN_BY_SME
        if self.from_import:
            found[ORIGIN] = ORIGIN_IMPORT
        return found

    def to_document(self) -> dict[str, Any]:
        flags = {"preference_chosen_by_sme": self.preference_chosen_by_sme, "from_import": self.from_import}
        return {
            "version": self.version,
            "event_type": self.event_type,
            "event_id": self.event_id,
            "correlation_id": self.correlation_id,
            "occurred_at": self.occurred_at.isoformat(),
            "payload": None if self.payload is None else self.payload.decode("utf-8"),
        } | {name: True for name, on in flags.items() if on}  # absent when off, as in older documents

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> OutboxEntry:
        payload = doc["payload"]
        return cls(
            version=int(doc["version"]),
            event_type=str(doc["event_type"]),
            event_id=str(doc["event_id"]),
            correlation_id=str(doc["correlation_id"]),
            occurred_at=datetime.fromisoformat(doc["occurred_at"]),
            payload=None if payload is None else str(payload).encode("utf-8"),
            preference_chosen_by_sme=bool(doc.get("preference_chosen_by_sme", False)),
            from_import=bool(doc.get("from_import", False)),
        )


def changed(
    snapshot: SmeProfileV1,
    version: int,
    correlation_id: str,
    *,
    preference_chosen_by_sme: bool = False,
    from_import: bool = False,
) -> OutboxEntry:
    event = SmeProfileChangedV1(sme_id=snapshot.id, version=version, profile=snapshot, correlation_id=correlation_id)
    return OutboxEntry(
        version=version,
        event_type=event.event_type,
        event_id=event.event_id,
        correlation_id=correlation_id,
        occurred_at=event.occurred_at,
        payload=event.to_bytes(),
        preference_chosen_by_sme=preference_chosen_by_sme,
        from_import=from_import,
    )


def erased(version: int, correlation_id: str) -> OutboxEntry:
    return OutboxEntry(
        version=version,
        event_type=TOMBSTONE_EVENT_TYPE,
        event_id=str(uuid.uuid4()),
        correlation_id=correlation_id,
        occurred_at=datetime.now(UTC),
        payload=None,
    )
