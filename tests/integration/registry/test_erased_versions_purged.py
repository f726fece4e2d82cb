"""Once an erasure's tombstone is published the registry keeps not even the id: its version documents
and head are deleted, the tombstone's number stays under a keyed hash, and version numbers still
never repeat (a registration with fresh consent carries on above the tombstone)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from bson import json_util

from services.registry.documents import HEADS, STRIP_UPDATE, VERSIONS, version_id
from services.registry.repository import ProfileRepository
from services.registry.suppression import ERASED_VERSIONS, ErasedVersions

pytestmark = pytest.mark.integration


async def _purged(registry_db: Any, sme_id: str, timeout_s: float = 60.0) -> None:
    """Wait until the relay has published the tombstone and deleted every document naming the id."""
    for _ in range(int(timeout_s / 0.1)):
        versions = await registry_db[VERSIONS].count_documents({"sme_id": sme_id})
        head = await registry_db[HEADS].find_one({"_id": sme_id})
        markers = await registry_db["outbox"].count_documents({"sme_id": sme_id})
        if versions == 0 and head is None and markers == 0:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"{sme_id}: {versions} versions, head {head}, {markers} markers left")


def _ndjson(*profiles: dict[str, Any]) -> bytes:
    return "\n".join(json.dumps(p, ensure_ascii=False) for p in profiles).encode()


async def test_a_purged_id_still_reads_as_erased_and_comes_back_only_above_its_tombstone(
    registry: Any, registry_db: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("purged")
    coordinator = registry.coordinator
    assert (await registry.http.post("/v1/smes", json=payload(sme_id), headers=coordinator)).status_code == 201
    patched = await registry.http.patch(
        f"/v1/smes/{sme_id}", json={"name": "ผ้าทอ (แก้ไข)"}, headers={**coordinator, "If-Match": '"1"'}
    )
    assert patched.status_code == 200
    assert (await registry.http.delete(f"/v1/smes/{sme_id}", headers=coordinator)).status_code == 204
    await _purged(registry_db, sme_id)

    kept = [doc async for doc in registry_db[ERASED_VERSIONS].find({})]
    assert sme_id not in json_util.dumps(kept)
    # Reads and changes answer as for any erased id, from the keyed entry alone.
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=coordinator)).status_code == 404
    assert (await registry.http.delete(f"/v1/smes/{sme_id}", headers=coordinator)).status_code == 404
    put = await registry.http.put(
        f"/v1/smes/{sme_id}", json=payload(sme_id), headers={**coordinator, "If-Match": '"3"'}
    )
    assert put.status_code == 409 and put.json()["errors"][0]["field"] == "id"
    again = await registry.http.post("/v1/smes", json=payload(sme_id), headers=coordinator)
    assert again.status_code == 409 and again.json()["errors"][0]["field"] == "id"
    listing = await registry.http.get("/v1/smes", params={"q": sme_id}, headers=coordinator)
    assert listing.json()["items"] == []

    consented = await registry.http.post("/v1/smes?fresh_consent=true", json=payload(sme_id), headers=coordinator)
    assert (consented.status_code, consented.json()["version"]) == (201, 4), consented.text
    records = await topic.records(sme_id, count=4)
    assert [(dict(r.headers)["version"], r.value is None) for r in records[-2:]] == [(b"3", True), (b"4", False)]
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=coordinator)).json()["version"] == 4

    # Erased again and registered again by an import: the numbers keep climbing, never reused.
    assert (await registry.http.delete(f"/v1/smes/{sme_id}", headers=coordinator)).status_code == 204
    await _purged(registry_db, sme_id)
    import_headers = {**coordinator, "Content-Type": "application/x-ndjson"}
    refused = await registry.http.post("/v1/import", content=_ndjson(payload(sme_id)), headers=import_headers)
    assert [r["status"] for r in refused.json()["results"]] == ["rejected"]
    imported = await registry.http.post(
        "/v1/import?fresh_consent=true", content=_ndjson(payload(sme_id)), headers=import_headers
    )
    assert [(r["status"], r["version"]) for r in imported.json()["results"]] == [("created", 6)], imported.text
    records = await topic.records(sme_id, count=6)
    assert [dict(r.headers)["version"] for r in records[-2:]] == [b"5", b"6"]


async def test_an_id_whose_versions_are_gone_registers_above_the_kept_number(
    registry: Any, registry_db: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    """The registration's own check: with the number kept and no version left (an erasure purged
    between its two reads), version 1 is not used again."""
    sme_id = unique("kept")
    await ErasedVersions(registry_db).record(sme_id, 7, datetime.now(UTC))

    refused = await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)
    consented = await registry.http.post(
        "/v1/smes?fresh_consent=true", json=payload(sme_id), headers=registry.coordinator
    )

    assert refused.status_code == 409 and refused.json()["errors"][0]["field"] == "id"
    assert (consented.status_code, consented.json()["version"]) == (201, 8), consented.text
    assert await registry_db[VERSIONS].find_one({"_id": version_id(sme_id, 1)}) is None


async def test_erasures_published_before_the_purge_existed_are_purged_at_start_up(
    registry_db: Any, unique: Callable[[str], str]
) -> None:
    """Stubs an older registry left: stripped versions and a tombstone head, nothing pending."""
    sme_id, now = unique("legacy"), datetime.now(UTC)
    for number, kind in ((1, "changed"), (2, "erased")):
        doc = {"_id": version_id(sme_id, number), "sme_id": sme_id, "version": number, "kind": kind}
        await registry_db[VERSIONS].insert_one({**doc, "updated_at": now})
        await registry_db[VERSIONS].update_one({"_id": doc["_id"]}, STRIP_UPDATE)
    await registry_db[HEADS].insert_one(
        {"_id": sme_id, "sme_id": sme_id, "version": 2, "kind": "erased", "updated_at": now}
    )

    repository = ProfileRepository(registry_db)
    await repository.ensure_indexes()

    await _purged(registry_db, sme_id, timeout_s=0.1)
    erased = await repository.latest(sme_id)
    assert erased is not None and (erased.version, erased.live) == (2, False)
