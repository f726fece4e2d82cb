"""A changed contact address waits until it is confirmed; the confirmed one stays in use (pure; no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.registry.changes import change, contact_confirmed, import_line, registration
from services.registry.documents import ProfileVersion
from services.registry.profile import ProfileIn, contract_record, merged, snapshot_fields
from shared.events import address_digest

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
OLD, NEW = "owner@example.com", "new-owner@example.com"


def _line(**changes: Any) -> ProfileIn:
    data: dict[str, Any] = {
        "id": "sme-0042",
        "name": "ผ้าครามทอมือสมบูรณ์",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "Sakon Nakhon",
        "contact_email": OLD,
        "language": "th",
    }
    return ProfileIn.model_validate(data | changes)


def _registered() -> ProfileVersion:
    return registration("sme-0042", 1, _line(), "setup", NOW - timedelta(days=1)).stored


def _changed(current: ProfileVersion, **fields: Any) -> ProfileVersion:
    stored = change(current, _line(**fields), "c", NOW)
    assert stored is not None
    return stored


def test_the_first_address_is_used_at_once_and_a_new_one_waits() -> None:
    first = _registered()
    assert first.profile is not None and (first.profile.contact_email, first.profile.pending_contact_email) == (
        OLD,
        None,
    )
    second = _changed(first, contact_email=NEW)
    assert second.profile is not None
    assert (second.profile.contact_email, second.profile.pending_contact_email) == (OLD, NEW)
    assert second.event is not None  # published: the notifier sends the confirmation


def test_confirming_uses_the_pending_address_only_if_it_is_still_pending() -> None:
    pending = _changed(_registered(), contact_email=NEW)
    assert contact_confirmed(pending, address_digest("someone-else@example.com"), "c", NOW) is None
    confirmed = contact_confirmed(pending, address_digest(NEW), "c", NOW)
    assert confirmed is not None and confirmed.profile is not None
    assert (confirmed.version, confirmed.profile.contact_email, confirmed.profile.pending_contact_email) == (
        3,
        NEW,
        None,
    )
    assert contact_confirmed(confirmed, address_digest(NEW), "c", NOW) is None  # a repeat does nothing


def test_edits_that_leave_the_address_alone_keep_it_pending_and_the_confirmed_one_withdraws_it() -> None:
    pending = _changed(_registered(), contact_email=NEW)
    assert pending.profile is not None
    patched = change(pending, ProfileIn.model_validate(merged(pending.profile, {"province": "Loei"})), "c", NOW)
    assert patched is not None and patched.profile is not None and patched.profile.pending_contact_email == NEW
    withdrawn = _changed(patched, contact_email=OLD)
    assert withdrawn.profile is not None and withdrawn.profile.pending_contact_email is None


def test_an_import_line_with_a_new_address_is_pending_too_and_exports_import_as_they_are() -> None:
    outcome = import_line(_registered(), _line(contact_email=NEW), "import", NOW)
    assert outcome.stored.profile is not None
    assert (outcome.stored.profile.contact_email, outcome.stored.profile.pending_contact_email) == (OLD, NEW)
    exported = contract_record(outcome.stored.profile, extras=True)
    assert "pending_contact_email" not in exported and exported["contact_email"] == OLD
    assert snapshot_fields(outcome.stored.profile)["contact_email"] == NEW  # the address asked for
    ProfileIn.model_validate(exported)  # an exported line is valid input


def test_a_consent_time_sent_with_a_change_is_ignored() -> None:
    first = _registered()
    assert first.profile is not None
    later = _changed(first, consent_at="2020-01-01T00:00:00+07:00", province="Loei")
    assert later.profile is not None and later.profile.consent_at == first.profile.consent_at
