"""The rules a profile must satisfy, and the form it is stored in (pure; no I/O)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from services.registry.errors import from_validation_error
from services.registry.profile import (
    CONTRACT_FIELDS,
    ProfileIn,
    ProfilePatch,
    contract_record,
    merged,
    to_snapshot,
    unknown_certifications,
)


def _profile(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "sme-0042",
        "name": "ผ้าครามทอมือสมบูรณ์",
        "sub_cluster": "ageing_lifestyle_isan",
        "stage": "midstream",
        "province": "Sakon Nakhon",
        "offers": ["ผ้าฝ้ายย้อมคราม"],
        "needs": [],
        "contact_email": "owner@example.com",
        "language": "th",
    }
    base.update(changes)
    return base


def _problems(**changes: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        ProfileIn.model_validate(_profile(**changes))
    return {e.field: e.reason for e in from_validation_error(caught.value)}


def test_text_is_nfc_normalised_and_trimmed_but_otherwise_kept() -> None:
    decomposed = "  ผ้าน\u0e4d\u0e32 Cafe\u0301  "

    profile = ProfileIn.model_validate(_profile(name=decomposed))

    assert profile.name == unicodedata.normalize("NFC", decomposed.strip())
    assert profile.name != decomposed.strip()


@pytest.mark.parametrize(
    ("given", "stored"),
    [("เชียงใหม่", "Chiang Mai"), ("จังหวัดเชียงใหม่", "Chiang Mai"), ("chiang mai", "Chiang Mai"), ("กทม.", "Bangkok")],
)
def test_provinces_are_accepted_in_thai_or_english_and_stored_in_english(given: str, stored: str) -> None:
    assert ProfileIn.model_validate(_profile(province=given)).province == stored


def test_an_unknown_province_is_refused_by_name() -> None:
    assert "77 provinces" in _problems(province="Atlantis")["province"]


def test_known_certifications_become_canonical_and_unknown_ones_are_kept_and_flagged() -> None:
    profile = ProfileIn.model_validate(_profile(certifications=["gots", "GOTS", "Grandma's Seal"]))
    snapshot = to_snapshot(profile, "sme-0042", consent_at=datetime.now(UTC))

    assert profile.certifications == ["GOTS", "Grandma's Seal"]
    assert unknown_certifications(snapshot) == ["Grandma's Seal"]


def test_unknown_fields_are_refused() -> None:
    assert "extra" in _problems(favourite_colour="indigo")["favourite_colour"].lower()


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("name", "x" * 201, "name"),
        ("name", "   ", "name"),
        ("name", "bad\x00name", "name"),
        ("name", "two\nlines", "name"),
        ("offers", ["fine", ""], "offers[1]"),
        ("offers", ["o"] * 51, "offers"),
        ("contact_email", "owner.example.com", "contact_email"),
        ("contact_phone", "call me", "contact_phone"),
        ("website", "ftp://example.com", "website"),
        ("line_id", "has space", "line_id"),
        ("capacity", {"amount": 0, "unit": "kg"}, "capacity.amount"),
        ("capacity", {"amount": "12", "unit": "kg"}, "capacity.amount"),
        ("capacity", {"amount": float("inf"), "unit": "kg"}, "capacity.amount"),
        ("bcg", ["purple"], "bcg[0]"),
        ("sub_cluster", "fashion", "sub_cluster"),
        ("language", "fr", "language"),
        ("id", "has/slash", "id"),
    ],
)
def test_invalid_values_are_refused_with_their_field_path(field: str, value: Any, path: str) -> None:
    assert path in _problems(**{field: value})


def test_length_limits_apply_to_the_text_as_sent() -> None:
    # 199 characters once trimmed, but 205 as sent: over the documented limit of 200.
    assert "longer than 200" in _problems(name="  " + "x" * 199 + "    ")["name"]


def test_a_description_may_span_lines() -> None:
    profile = ProfileIn.model_validate(_profile(description="line one\r\nline two"))
    assert profile.description == "line one\nline two"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-01-01T00:00:00", "timezone"),
        (1700000000, "ISO 8601"),
        ((datetime.now(UTC) + timedelta(days=1)).isoformat(), "future"),
        ("0001-01-01T00:00:00+14:00", "out of range"),
    ],
)
def test_consent_time_must_be_a_real_past_moment_with_a_time_zone(value: Any, reason: str) -> None:
    assert reason in _problems(consent_at=value)["consent_at"]


def test_consent_time_is_the_servers_whatever_the_input_says() -> None:
    now = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    given = ProfileIn.model_validate(_profile(consent_at="2025-01-31T09:00:00+07:00"))
    omitted = ProfileIn.model_validate(_profile())

    assert to_snapshot(given, "sme-0042", consent_at=now).consent_at == now
    assert to_snapshot(omitted, "sme-0042", consent_at=now).consent_at == now


def test_a_merge_patch_replaces_sent_fields_and_null_removes_optional_ones() -> None:
    current = to_snapshot(
        ProfileIn.model_validate(_profile(website="https://a.example", line_id="@a")),
        "sme-0042",
        consent_at=datetime.now(UTC),
    )
    patch = ProfilePatch.model_validate({"website": None, "name": "New", "offers": ["yarn"]})

    result = ProfileIn.model_validate(merged(current, patch.changes()))

    assert (result.name, result.offers, result.website, result.line_id) == ("New", ["yarn"], None, "@a")


def test_a_patch_that_removes_a_required_field_does_not_validate() -> None:
    current = to_snapshot(ProfileIn.model_validate(_profile()), "sme-0042", consent_at=datetime.now(UTC))
    with pytest.raises(ValidationError) as caught:
        ProfileIn.model_validate(merged(current, ProfilePatch.model_validate({"name": None}).changes()))
    assert [e.field for e in from_validation_error(caught.value)] == ["name"]


def test_a_contract_record_has_exactly_the_section_1_fields_in_order() -> None:
    snapshot = to_snapshot(
        ProfileIn.model_validate(_profile(website="https://a.example")), "sme-0042", consent_at=datetime.now(UTC)
    )

    assert tuple(contract_record(snapshot)) == CONTRACT_FIELDS
    with_extras = contract_record(snapshot, extras=True)
    assert tuple(with_extras)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
    assert with_extras["website"] == "https://a.example"
