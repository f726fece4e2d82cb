"""Hostile input against the real registry: always a 4xx or a per-line report, never a 5xx."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.integration

_DEEP = "[" * 100_000 + "]" * 100_000


async def test_a_jsonl_import_reports_a_100000_deep_line_and_a_5000_digit_number_and_applies_the_good_lines(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    before, after = unique("before"), unique("after")
    deep_id, long_id = unique("deep"), unique("long")
    deep = json.dumps(payload(deep_id)).replace('"offers": [', f'"offers": [{_DEEP}, ', 1)
    long_number = json.dumps(payload(long_id, capacity={"amount": 1, "unit": "kg"})).replace(
        '"amount": 1', '"amount": ' + "9" * 5000
    )
    body = "\n".join([json.dumps(payload(before)), deep, long_number, json.dumps(payload(after))])

    response = await registry.http.post(
        "/v1/import", content=body.encode(), headers={**registry.coordinator, "Content-Type": "application/x-ndjson"}
    )

    assert response.status_code == 200, response.text[:500]
    results = {r["line"]: r for r in response.json()["results"]}
    assert {line: r["status"] for line, r in results.items()} == {
        1: "created",
        2: "rejected",
        3: "rejected",
        4: "created",
    }
    assert results[2]["errors"] == [{"field": "(line)", "reason": "is nested too deeply to be a profile"}]
    assert results[3]["errors"][0]["field"] == "(line)" and "digits" in results[3]["errors"][0]["reason"]
    for sme_id, expected in ((before, 200), (after, 200), (deep_id, 404), (long_id, 404)):
        read = await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)
        assert read.status_code == expected, sme_id


async def test_a_csv_import_with_a_broken_quote_mid_file_reports_it_and_applies_every_later_good_line(
    registry: Any, unique: Callable[[str], str]
) -> None:
    ids = [unique("csv") for _ in range(4)]

    def row(sme_id: str, name: str) -> str:
        return f"{sme_id},{name},sportech,downstream,Bangkok,ผ้ากันน้ำ,,,,{sme_id}@example.com,th"

    text = "\n".join(
        [
            "id,name,sub_cluster,stage,province,offers,needs,certifications,bcg,contact_email,language",
            row(ids[0], "ร้านแรก"),
            row(ids[1], '"ชื่อที่เปิดคำพูดไว้'),  # the quote is never closed
            row(ids[2], "ร้านที่สาม"),
            row(ids[3], 'ร้าน"ที่สี่"'),  # a quote inside an unquoted cell is only a character
        ]
    )

    response = await registry.http.post(
        "/v1/import", content=text.encode(), headers={**registry.coordinator, "Content-Type": "text/csv"}
    )

    assert response.status_code == 200, response.text[:500]
    results = {r["line"]: r for r in response.json()["results"]}
    assert {line: r["status"] for line, r in results.items()} == {
        2: "created",
        3: "rejected",
        4: "created",
        5: "created",
    }
    assert results[3]["errors"][0]["field"] == "(line)"
    assert "quote" in results[3]["errors"][0]["reason"]
    stored = await registry.http.get(f"/v1/smes/{ids[3]}", headers=registry.coordinator)
    assert stored.json()["profile"]["name"] == 'ร้าน"ที่สี่"'
    assert (await registry.http.get(f"/v1/smes/{ids[1]}", headers=registry.coordinator)).status_code == 404


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        pytest.param(b"[" * 30_000 + b"]" * 30_000, "is nested too deeply", id="nested-30000-deep"),
        pytest.param(b'{"name": ' + b"9" * 5000 + b"}", "holds a number longer than", id="5000-digit-number"),
        pytest.param(b'{"name": "\xff"}', "is not valid UTF-8", id="not-utf8"),
    ],
)
async def test_a_single_registration_with_a_hostile_body_is_a_400_naming_the_reason(
    registry: Any, body: bytes, reason: str
) -> None:
    response = await registry.http.post(
        "/v1/smes", content=body, headers={**registry.coordinator, "Content-Type": "application/json"}
    )

    assert response.status_code == 400, response.text[:500]
    [error] = response.json()["errors"]
    assert error["field"] == "(body)" and error["reason"].startswith(reason)


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("name", "ร้าน\u202eผ้าไหม", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("contact_name", "สมชาย\u200bใจดี", "U+200B ZERO WIDTH SPACE"),
        ("description", "ผ้าทอ\u2066มือ\u2069", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ],
)
async def test_a_direction_control_or_invisible_character_is_refused_naming_field_and_character(
    registry: Any,
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
    field: str,
    value: str,
    named: str,
) -> None:
    sme_id = unique("bidi")

    response = await registry.http.post(
        "/v1/smes", json=payload(sme_id, **{field: value}), headers=registry.coordinator
    )

    assert response.status_code == 422, response.text
    [error] = response.json()["errors"]
    assert error["field"] == field and named in error["reason"]
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 404


async def test_thai_text_and_emoji_sequences_come_back_byte_for_byte(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("thai")
    texts = {
        "name": "วิสาหกิจชุมชนกลุ่มทอผ้าฝ้ายย้อมครามบ้านดอนกอย",
        "description": "ผ้าฝ้ายทอมือ ย้อมครามธรรมชาติ 👩\u200d🌾\nส่งทั่วประเทศ ❤\ufe0f\u200d🔥",
        "contact_name": "นางสาวสมศรี ใจงาม",
    }

    created = await registry.http.post("/v1/smes", json=payload(sme_id, **texts), headers=registry.coordinator)
    read = await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)

    assert created.status_code == 201, created.text
    stored = read.json()["profile"]
    assert {key: stored[key].encode() for key in texts} == {key: value.encode() for key, value in texts.items()}


async def test_a_thai_domain_is_registered_as_written_and_undeliverable_addresses_are_refused(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    thai_domain, comma, thai_local = unique("idn"), unique("comma"), unique("thlocal")

    created = await registry.http.post(
        "/v1/smes", json=payload(thai_domain, contact_email="somchai@ตัวอย่าง.ไทย"), headers=registry.coordinator
    )
    refused = {
        sme_id: await registry.http.post(
            "/v1/smes", json=payload(sme_id, contact_email=address), headers=registry.coordinator
        )
        for sme_id, address in ((comma, "a,b@example.com"), (thai_local, "สมชาย@example.com"))
    }

    assert created.status_code == 201, created.text
    assert created.json()["profile"]["contact_email"].encode() == "somchai@ตัวอย่าง.ไทย".encode()
    for sme_id, response in refused.items():
        assert response.status_code == 422, response.text
        [error] = response.json()["errors"]
        assert error["field"] == "contact_email"
        assert error["reason"].startswith("is not a deliverable e-mail address")
        assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 404
    assert "SMTPUTF8" in refused[thai_local].json()["errors"][0]["reason"]
