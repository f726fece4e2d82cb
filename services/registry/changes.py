"""What a change stores: the next version of a profile, built from the version read. Pure: no I/O.

The single-profile use cases and the bulk import build their versions here, so
both store and publish exactly the same thing for the same change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import ValidationError

from services.registry import outbox
from services.registry.documents import ProfileVersion, VersionKind
from services.registry.errors import ERASED_REASON, FieldError, InvalidProfile, from_validation_error
from services.registry.keys import hash_secret, new_sme_token
from services.registry.profile import ProfileIn, confirmed_contact, merged, to_snapshot, unknown_certifications
from shared.events import SmeProfileV1

ImportStatus = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class Registration:
    stored: ProfileVersion
    sme_token: str


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What one import line does: `stored` is the new version, or the current one if unchanged."""

    status: ImportStatus
    stored: ProfileVersion
    sme_token: str | None  # only for a newly registered SME

    @property
    def writes(self) -> bool:
        return self.status != "unchanged"


def validated(data: dict[str, object]) -> ProfileIn:
    try:
        return ProfileIn.model_validate(data)
    except ValidationError as exc:
        raise InvalidProfile(from_validation_error(exc)) from exc


def live_profile(version: ProfileVersion) -> SmeProfileV1:
    assert version.profile is not None, "only live versions carry a profile"
    return version.profile


def registration(
    sme_id: str, version: int, profile: ProfileIn, correlation_id: str, now: datetime, *, from_import: bool = False
) -> Registration:
    """Version `version` of a new (or erased and registered again) SME, with a new SME token."""
    snapshot = to_snapshot(profile, sme_id, consent_at=now)
    token = new_sme_token(sme_id)
    stored = ProfileVersion(
        sme_id=sme_id,
        version=version,
        kind=VersionKind.CHANGED,
        profile=snapshot,
        token_hash=hash_secret(token),
        unknown_certifications=tuple(unknown_certifications(snapshot)),
        created_at=now,
        updated_at=now,
        event=outbox.changed(snapshot, version, correlation_id, from_import=from_import),
    )
    return Registration(stored, token)


def change(
    current: ProfileVersion,
    profile: ProfileIn,
    correlation_id: str,
    now: datetime,
    *,
    preference_chosen_by_sme: bool = False,
    from_import: bool = False,
) -> ProfileVersion | None:
    """The version after `current` holding `profile`; None if the profile stays as it is.

    `preference_chosen_by_sme`: the SME itself sent its notification preference, which ends
    an unsubscribe (the notifier reads the record header); it is published even when the
    profile stays as it is, as choosing the same preference again is how it opts back in."""
    previous = live_profile(current)
    # Consent is a fact in time: a change that does not restate it keeps the recorded one.
    snapshot = to_snapshot(profile, current.sme_id, consent_at=previous.consent_at or now, previous=previous)
    if snapshot == previous and not preference_chosen_by_sme:
        return None
    version = current.version + 1
    return ProfileVersion(
        sme_id=current.sme_id,
        version=version,
        kind=VersionKind.CHANGED,
        profile=snapshot,
        token_hash=current.token_hash,
        unknown_certifications=tuple(unknown_certifications(snapshot)),
        created_at=current.created_at,
        updated_at=now,
        event=outbox.changed(
            snapshot,
            version,
            correlation_id,
            preference_chosen_by_sme=preference_chosen_by_sme,
            from_import=from_import,
        ),
    )


def contact_confirmed(
    current: ProfileVersion, address_sha256: str, correlation_id: str, now: datetime
) -> ProfileVersion | None:
    """The version after `current` that uses its pending address, confirmed by the person there;
    None if that address is no longer the pending one (changed again, withdrawn, or confirmed already)."""
    snapshot = confirmed_contact(live_profile(current), address_sha256)
    if snapshot is None:
        return None
    version = current.version + 1
    return ProfileVersion(
        sme_id=current.sme_id,
        version=version,
        kind=VersionKind.CHANGED,
        profile=snapshot,
        token_hash=current.token_hash,
        unknown_certifications=current.unknown_certifications,
        created_at=current.created_at,
        updated_at=now,
        event=outbox.changed(snapshot, version, correlation_id),
    )


def import_line(
    latest: ProfileVersion | None, line: ProfileIn, correlation_id: str, now: datetime, *, fresh_consent: bool = False
) -> ImportOutcome:
    """Register, or change only the fields the line carries; `InvalidProfile` if the result is invalid.

    An erased SME is registered again only with fresh consent (an old file re-imported must not
    bring it back), its versions carrying on after the tombstone."""
    assert line.id is not None, "import lines carry their id"
    if latest is not None and not latest.live and not fresh_consent:
        raise InvalidProfile([FieldError("id", ERASED_REASON)])
    if latest is None or not latest.live:
        version = 1 if latest is None else latest.version + 1
        new = registration(line.id, version, line, correlation_id, now, from_import=True)
        return ImportOutcome("created", new.stored, new.sme_token)
    sent = line.model_dump(mode="json", include=line.model_fields_set)
    stored = change(latest, validated(merged(live_profile(latest), sent)), correlation_id, now, from_import=True)
    return ImportOutcome("unchanged", latest, None) if stored is None else ImportOutcome("updated", stored, None)
