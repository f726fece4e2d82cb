"""Reading `sme.profiles` records: snapshots, tombstones and poison."""

from __future__ import annotations

import pytest

from services.matcher.profile_events import (
    InvalidProfileRecord,
    ProfileChanged,
    ProfileErased,
    decode_headers,
    parse_profile_record,
)
from shared.events import TOMBSTONE_EVENT_TYPE
from tests.unit.matcher_service.factories import changed, profile


def test_a_snapshot_is_a_profile_change_with_its_version_and_ids() -> None:
    event = changed(profile("sme-1", offers=("hemp yarn",)), version=3)
    parsed = parse_profile_record(b"sme-1", event.to_bytes(), {})
    assert isinstance(parsed, ProfileChanged)
    assert (parsed.sme_id, parsed.version, parsed.event_id) == ("sme-1", 3, event.event_id)
    assert parsed.correlation_id == event.correlation_id
    assert parsed.event.profile.offers == ("hemp yarn",)


@pytest.mark.parametrize("value", [None, b""])
def test_a_null_value_is_an_erasure_with_the_context_of_its_headers(value: bytes | None) -> None:
    headers = {"event_type": TOMBSTONE_EVENT_TYPE, "version": "4", "event_id": "e-1", "correlation_id": "c-1"}
    parsed = parse_profile_record(b"sme-1", value, headers)
    assert parsed == ProfileErased(sme_id="sme-1", version=4, event_id="e-1", correlation_id="c-1")


def test_an_erasure_without_headers_still_erases() -> None:
    assert parse_profile_record(b"sme-1", None, {}) == ProfileErased("sme-1", None, None, None)


@pytest.mark.parametrize(
    ("key", "value", "headers", "complaint"),
    [
        (None, changed(profile("sme-1")).to_bytes(), {}, "no key"),
        (b"\xff\xfe", None, {}, "not UTF-8"),
        (b"sme-1", b'{"event_type": "sme.profile.changed", "versi', {}, "SmeProfileChangedV1"),
        (b"sme-1", b'{"hello": "world"}', {}, "SmeProfileChangedV1"),
        (b"sme-2", changed(profile("sme-1")).to_bytes(), {}, "does not match"),
        (b"sme-1", None, {"event_type": "sme.profile.changed"}, "empty value"),
        (b"sme-1", None, {"version": "four"}, "not an integer"),
    ],
)
def test_records_that_can_never_apply_are_refused_with_a_reason(
    key: bytes | None, value: bytes | None, headers: dict[str, str], complaint: str
) -> None:
    with pytest.raises(InvalidProfileRecord, match=complaint):
        parse_profile_record(key, value, headers)


def test_headers_are_decoded_and_undecodable_values_dropped() -> None:
    raw = [("event_type", b"sme.profile.erased"), ("bad", b"\xff"), ("version", b"2")]
    assert decode_headers(raw) == {"event_type": "sme.profile.erased", "version": "2"}
    assert decode_headers(None) == {}
