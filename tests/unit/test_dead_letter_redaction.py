"""What a dead letter of sme.profiles keeps: everything but the personal fields, even of a broken payload."""

from __future__ import annotations

import json

from shared.dead_letter import PERSONAL_FIELDS, REDACTION, redact_error, redact_value
from shared.events import SmeProfileV1, personal_fields
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES

FIELDS = PERSONAL_FIELDS[SME_PROFILES]
PROFILE = {
    "id": "sme-ก1",
    "name": 'กลุ่มทอผ้า "บ้านนายสมชาย"',
    "contact_email": "somchai@example.com",
    "contact_name": "สมชาย ใจดี",
    "contact_phone": "081-234-5678",
    "line_id": "somchai.j",
    "website": "https://somchai.example",
    "description": "ติดต่อคุณสมชาย",
    "province": "Sakon Nakhon",
    "offers": ["ผ้าครามทอมือ"],
}


def test_the_personal_fields_are_those_the_profile_marks() -> None:
    assert personal_fields(SmeProfileV1) == FIELDS
    assert {"name", "contact_email", "contact_name", "contact_phone", "line_id"} <= FIELDS
    assert "province" not in FIELDS and "offers" not in FIELDS
    assert MATCH_SUGGESTIONS not in PERSONAL_FIELDS


def test_a_valid_payload_stays_valid_json_with_only_the_personal_values_replaced() -> None:
    raw = json.dumps({"event_type": "sme.profile.changed", "profile": PROFILE}, ensure_ascii=False).encode()

    redacted = json.loads(redact_value(raw, FIELDS))

    assert {k: v for k, v in redacted["profile"].items() if k in FIELDS} == dict.fromkeys(
        FIELDS & PROFILE.keys(), REDACTION
    )
    assert redacted["profile"]["province"] == "Sakon Nakhon"
    assert redacted["profile"]["offers"] == ["ผ้าครามทอมือ"]


def test_a_payload_cut_off_inside_a_personal_value_leaks_nothing_of_it() -> None:
    raw = '{"profile": {"id": "sme-ก1", "contact_email": "somch'.encode()

    assert redact_value(raw, FIELDS) == b'{"profile": {"id": "sme-\xe0\xb8\x811", "contact_email": "[redacted]"'


def test_the_input_quoted_in_a_validation_error_is_cut_out() -> None:
    error = (
        "1 validation error for SmeProfileChangedV1\n  Invalid JSON [type=json_invalid, "
        'input_value=\'{"contact_email": "somchai@example.com", \', input_type=str]'
    )

    redacted = redact_error(error)

    assert "somchai" not in redacted
    assert redacted.startswith("1 validation error for SmeProfileChangedV1")
    assert f"input_value={REDACTION}, input_type=str]" in redacted
