"""The HTTP API on the real database and broker: what coordinators and SMEs rely on."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.integration


async def _register(registry: Any, body: dict[str, Any], **headers: str) -> dict[str, Any]:
    response = await registry.http.post("/v1/smes", json=body, headers={**registry.coordinator, **headers})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_register_stores_the_profile_and_publishes_version_1(
    registry: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("api")
    response = await registry.http.post(
        "/v1/smes", json=payload(sme_id), headers={**registry.coordinator, "X-Correlation-ID": f"corr-{sme_id}"}
    )

    assert response.status_code == 201, response.text
    assert response.headers["Location"] == f"/v1/smes/{sme_id}"
    assert response.headers["ETag"] == '"1"'
    body = response.json()
    assert body["version"] == 1
    assert body["sme_token"].startswith(f"{sme_id}.")

    [record] = await topic.records(sme_id)
    event = json.loads(record.value)
    assert event["event_type"] == "sme.profile.changed"
    assert (event["sme_id"], event["version"], event["correlation_id"]) == (sme_id, 1, f"corr-{sme_id}")
    assert event["profile"] == body["profile"]
    assert dict(record.headers)["version"] == b"1"


async def test_text_is_kept_as_sent_in_nfc_and_the_province_is_stored_in_english(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("nfc")
    # "ำ" written as nikhahit + sara aa, and é written as e + combining accent.
    decomposed_name = "ผ้าทอมือบ้านน\u0e4d\u0e32ตาล Cafe\u0301"
    body = await _register(registry, payload(sme_id, name=decomposed_name, province="จังหวัดเชียงใหม่"))

    assert body["profile"]["name"] == unicodedata.normalize("NFC", decomposed_name)
    assert body["profile"]["province"] == "Chiang Mai"
    read = await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)
    assert read.json()["profile"]["name"] == unicodedata.normalize("NFC", decomposed_name)


async def test_unknown_certifications_are_kept_and_flagged(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("cert")
    body = await _register(registry, payload(sme_id, certifications=["oeko-tex standard 100", "Village Seal 2024"]))

    assert body["profile"]["certifications"] == ["OEKO-TEX Standard 100", "Village Seal 2024"]
    assert body["unknown_certifications"] == ["Village Seal 2024"]


async def test_consent_defaults_to_registration_time_and_survives_updates(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("consent")
    created = await _register(registry, payload(sme_id))
    consent = created["profile"]["consent_at"]
    assert consent is not None

    replaced = await registry.http.put(
        f"/v1/smes/{sme_id}",
        json=payload(sme_id, name="New name"),
        headers={**registry.coordinator, "If-Match": '"1"'},
    )
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["profile"]["consent_at"] == consent


async def test_only_a_coordinator_key_registers(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    own = await _register(registry, payload(unique("own")))
    body = payload(unique("new"))

    missing = await registry.http.post("/v1/smes", json=body)
    wrong = await registry.http.post("/v1/smes", json=body, headers={"Authorization": "Bearer clk_wrong_key"})
    as_sme = await registry.http.post("/v1/smes", json=body, headers={"X-API-Key": own["sme_token"]})

    assert (missing.status_code, wrong.status_code, as_sme.status_code) == (401, 401, 403)
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert missing.json()["code"] == "not_authenticated"
    assert as_sme.json()["code"] == "forbidden"


async def test_an_sme_token_reads_and_edits_only_its_own_profile(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    mine = await _register(registry, payload(unique("mine")))
    other = await _register(registry, payload(unique("other")))
    token = {"Authorization": f"Bearer {mine['sme_token']}"}

    read_own = await registry.http.get(f"/v1/smes/{mine['id']}", headers=token)
    read_other = await registry.http.get(f"/v1/smes/{other['id']}", headers=token)
    edit_own = await registry.http.patch(
        f"/v1/smes/{mine['id']}", json={"contact_phone": "081-234-5678"}, headers={**token, "If-Match": '"1"'}
    )
    edit_other = await registry.http.patch(
        f"/v1/smes/{other['id']}", json={"contact_phone": "081-234-5678"}, headers={**token, "If-Match": '"1"'}
    )
    listing = await registry.http.get("/v1/smes", headers=token)
    forged = await registry.http.get(
        f"/v1/smes/{other['id']}", headers={"Authorization": f"Bearer {other['id']}.{'x' * 43}"}
    )

    assert (read_own.status_code, read_other.status_code) == (200, 403)
    assert (edit_own.status_code, edit_other.status_code) == (200, 403)
    assert edit_own.json()["profile"]["contact_phone"] == "081-234-5678"
    assert [item["id"] for item in listing.json()["items"]] == [mine["id"]]
    assert forged.status_code == 401


async def test_a_new_token_replaces_the_old_one(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    created = await _register(registry, payload(unique("rotate")))
    old = {"Authorization": f"Bearer {created['sme_token']}"}

    rotated = await registry.http.post(f"/v1/smes/{created['id']}/token", headers=old)
    assert rotated.status_code == 200
    new = {"Authorization": f"Bearer {rotated.json()['sme_token']}"}

    assert (await registry.http.get(f"/v1/smes/{created['id']}", headers=old)).status_code == 401
    assert (await registry.http.get(f"/v1/smes/{created['id']}", headers=new)).status_code == 200


async def test_updates_need_the_current_etag(
    registry: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("etag")
    await _register(registry, payload(sme_id))
    url, headers = f"/v1/smes/{sme_id}", registry.coordinator

    missing = await registry.http.patch(url, json={"name": "A"}, headers=headers)
    first = await registry.http.patch(url, json={"name": "A"}, headers={**headers, "If-Match": '"1"'})
    stale = await registry.http.patch(url, json={"name": "B"}, headers={**headers, "If-Match": '"1"'})
    second = await registry.http.put(
        url, json=payload(sme_id, name="C"), headers={**headers, "If-Match": first.headers["ETag"]}
    )

    assert missing.status_code == 428
    assert (first.status_code, first.headers["ETag"]) == (200, '"2"')
    assert stale.status_code == 412
    assert stale.json()["current_version"] == 2
    assert (second.status_code, second.json()["profile"]["name"]) == (200, "C")
    records = await topic.records(sme_id, count=3)
    assert [json.loads(r.value)["version"] for r in records] == [1, 2, 3]
    assert [json.loads(r.value)["profile"]["name"] for r in records[1:]] == ["A", "C"]


async def test_a_change_that_changes_nothing_stores_and_publishes_nothing(
    registry: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("same")
    created = await _register(registry, payload(sme_id))

    response = await registry.http.patch(
        f"/v1/smes/{sme_id}",
        json={"name": created["profile"]["name"], "province": "Udon Thani"},
        headers={**registry.coordinator, "If-Match": '"1"'},
    )

    assert (response.status_code, response.headers["ETag"]) == (200, '"1"')
    await topic.records(sme_id, count=1)
    await topic.settle(1.0)
    assert len(topic.seen[sme_id.encode()]) == 1


async def test_patch_null_removes_an_optional_field_but_not_a_required_one(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("null")
    await _register(registry, payload(sme_id, website="https://example.co.th", line_id="@silk"))
    url = f"/v1/smes/{sme_id}"

    removed = await registry.http.patch(
        url, json={"website": None}, headers={**registry.coordinator, "If-Match": '"1"'}
    )
    refused = await registry.http.patch(url, json={"name": None}, headers={**registry.coordinator, "If-Match": '"2"'})

    assert removed.status_code == 200
    assert removed.json()["profile"]["website"] is None
    assert removed.json()["profile"]["line_id"] == "@silk"
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "name"


async def test_invalid_input_is_refused_with_every_field_path_and_reason(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    body = payload(
        unique("bad"),
        province="Atlantis",
        offers=["fine", "   "],
        capacity={"amount": -1, "unit": "kg"},
        contact_email="not-an-email",
        favourite_colour="indigo",
    )

    response = await registry.http.post("/v1/smes", json=body, headers=registry.coordinator)

    assert response.status_code == 422
    problems = {e["field"]: e["reason"] for e in response.json()["errors"]}
    assert set(problems) == {"province", "offers[1]", "capacity.amount", "contact_email", "favourite_colour"}
    assert "77 provinces" in problems["province"]
    assert "extra" in problems["favourite_colour"].lower()
    missing = await registry.http.get(f"/v1/smes/{body['id']}", headers=registry.coordinator)
    assert missing.status_code == 404


async def test_malformed_json_and_oversized_bodies_get_4xx_json(registry: Any) -> None:
    headers = {**registry.coordinator, "Content-Type": "application/json"}

    broken = await registry.http.post("/v1/smes", content=b'{"name": ', headers=headers)
    huge = await registry.http.post("/v1/smes", content=b"[" + b"1," * 40_000 + b"1]", headers=headers)

    assert broken.status_code == 422
    assert broken.json()["errors"][0]["field"] == "(body)"
    assert huge.status_code == 413
    assert huge.json()["code"] == "body_too_large"


async def test_registering_an_existing_id_is_a_conflict(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("dup")
    await _register(registry, payload(sme_id))

    again = await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)

    assert again.status_code == 409


async def test_search_filters_combine_and_pages_follow_each_other(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    marker = unique("kw")
    ids = []
    for index in range(5):
        sme_id = unique("search")
        ids.append(sme_id)
        await _register(
            registry,
            payload(
                sme_id,
                offers=[f"ผ้าฝ้าย {marker}"],
                province="Chiang Mai" if index % 2 == 0 else "Lamphun",
                certifications=["GOTS"] if index < 3 else [],
            ),
        )

    async def search(**params: Any) -> dict[str, Any]:
        response = await registry.http.get("/v1/smes", params=params, headers=registry.coordinator)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    everything = await search(q=marker.upper())
    in_chiang_mai = await search(q=marker, province="เชียงใหม่", certification="gots")
    first_page = await search(q=marker, limit=2)
    second_page = await search(q=marker, limit=2, after=first_page["next_after"])

    assert sorted(i["id"] for i in everything["items"]) == sorted(ids)
    assert sorted(i["id"] for i in in_chiang_mai["items"]) == sorted([ids[0], ids[2]])
    paged = [i["id"] for i in first_page["items"] + second_page["items"]]
    assert paged == sorted(ids)[:4]
    bad = await registry.http.get("/v1/smes", params={"province": "Narnia"}, headers=registry.coordinator)
    assert (bad.status_code, bad.json()["errors"][0]["field"]) == (422, "query.province")
