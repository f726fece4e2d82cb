"""An erased SME stays erased: its id or address comes back only with the owner's fresh consent,
and what the registry keeps to know that is a keyed hash, not the id or the address."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from bson import json_util

from services.registry.suppression import COLLECTION


async def _erased(registry: Any, payload: Callable[..., dict[str, Any]], sme_id: str) -> dict[str, Any]:
    profile = payload(sme_id, contact_email=f"Owner.{sme_id}@Example.com")
    assert (await registry.http.post("/v1/smes", json=profile, headers=registry.coordinator)).status_code == 201
    assert (await registry.http.delete(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 204
    return profile


def _refusal(response: Any) -> tuple[int, list[tuple[str, str]]]:
    body = response.json()
    return response.status_code, [(e["field"], e["reason"]) for e in body.get("errors", [])]


async def test_a_post_or_put_of_an_erased_id_or_address_is_refused_until_fresh_consent(
    registry: Any, registry_db: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("gone")
    old = await _erased(registry, payload, sme_id)

    same_id = await registry.http.post("/v1/smes", json=old, headers=registry.coordinator)
    other_id = unique("newid")
    # The same address under a new id, typed in another case, is the same person.
    same_address = await registry.http.post(
        "/v1/smes",
        json=payload(other_id, contact_email=old["contact_email"].lower()),
        headers=registry.coordinator,
    )
    put = await registry.http.put(f"/v1/smes/{sme_id}", json=old, headers={**registry.coordinator, "If-Match": '"1"'})

    status, errors = _refusal(same_id)
    assert status == 409 and errors[0][0] == "id" and "erased" in errors[0][1] and "fresh_consent" in errors[0][1]
    status, errors = _refusal(same_address)
    assert status == 409 and errors[0][0] == "contact_email" and "fresh consent" in errors[0][1]
    status, errors = _refusal(put)
    assert status == 409 and errors[0][0] == "id"
    # Nothing was stored by the refusals.
    assert (await registry.http.get(f"/v1/smes/{other_id}", headers=registry.coordinator)).status_code == 404
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 404

    again = await registry.http.post("/v1/smes?fresh_consent=true", json=old, headers=registry.coordinator)
    assert again.status_code == 201, again.text
    # Consent lifts the entries: the address is usable again, for this owner.
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 200


async def test_what_is_kept_is_a_keyed_hash_of_the_id_and_address(
    registry: Any, registry_db: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("hashed")
    old = await _erased(registry, payload, sme_id)
    entries = [doc async for doc in registry_db[COLLECTION].find({})]
    text = json_util.dumps(entries)
    address = old["contact_email"]
    assert sme_id not in text and address not in text and address.casefold() not in text
    plain = {hashlib.sha256(v.encode()).hexdigest() for v in (sme_id, address, address.casefold())}
    plain |= {hashlib.sha256(f"{k}\0{v}".encode()).hexdigest() for k, v in (("id", sme_id), ("contact_email", address))}
    assert not any(h in text for h in plain)  # not a plain hash anyone could recompute
    assert {doc["kind"] for doc in entries} >= {"id", "contact_email"}


async def test_an_import_reports_erased_lines_and_applies_the_good_ones(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("oldfile")
    old = await _erased(registry, payload, sme_id)
    fresh = unique("fresh")
    lines = [
        json.dumps(old, ensure_ascii=False),  # the erased SME's line in an old file
        json.dumps(payload(unique("moved"), contact_email=old["contact_email"]), ensure_ascii=False),
        json.dumps(payload(fresh), ensure_ascii=False),
    ]
    response = await registry.http.post(
        "/v1/import",
        content="\n".join(lines).encode(),
        headers={**registry.coordinator, "Content-Type": "application/x-ndjson"},
    )

    assert response.status_code == 200, response.text
    results = {r["line"]: r for r in response.json()["results"]}
    assert [results[n]["status"] for n in (1, 2, 3)] == ["rejected", "rejected", "created"]
    assert results[1]["errors"][0]["field"] == "id" and "erased" in results[1]["errors"][0]["reason"]
    assert results[2]["errors"][0]["field"] == "contact_email" and "erased" in results[2]["errors"][0]["reason"]
    assert (await registry.http.get(f"/v1/smes/{fresh}", headers=registry.coordinator)).status_code == 200

    consented = await registry.http.post(
        "/v1/import?fresh_consent=true",
        content=lines[1].encode(),
        headers={**registry.coordinator, "Content-Type": "application/x-ndjson"},
    )
    assert [r["status"] for r in consented.json()["results"]] == ["created"]


async def test_the_dashboard_form_refuses_an_erased_address_through_the_same_rule(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    from services.registry.errors import ErasedProfile
    from services.registry.profile import ProfileIn
    from services.registry.repository import ProfileRepository
    from services.registry.service import Registry
    from shared.mongo import create_client, get_database

    old = await _erased(registry, payload, unique("formerly"))
    client = create_client(registry.settings.mongo.url)
    try:
        db = get_database(client, registry.settings.database_name)
        service = Registry(ProfileRepository(db), on_change=lambda _: None)
        profile = ProfileIn.model_validate(payload(unique("form"), contact_email=old["contact_email"]))
        try:
            await service.register(profile, "form")
        except ErasedProfile as exc:
            assert exc.field == "contact_email"
        else:
            raise AssertionError("an erased address was registered again without consent")
    finally:
        client.close()
