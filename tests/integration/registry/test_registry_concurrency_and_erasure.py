"""Racing writers and erasure, on the real database and broker."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.integration


async def test_of_two_updates_with_the_same_if_match_exactly_one_wins(
    registry: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    for _ in range(5):  # a race can be won by luck once; five in a row cannot
        sme_id = unique("race")
        created = await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)
        assert created.status_code == 201
        headers = {**registry.coordinator, "If-Match": created.headers["ETag"]}

        first, second = await asyncio.gather(
            registry.http.patch(f"/v1/smes/{sme_id}", json={"name": "First writer"}, headers=headers),
            registry.http.patch(f"/v1/smes/{sme_id}", json={"name": "Second writer"}, headers=headers),
        )

        assert sorted([first.status_code, second.status_code]) == [200, 412]
        winner = first if first.status_code == 200 else second
        stored = await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)
        assert stored.json()["profile"]["name"] == winner.json()["profile"]["name"]
        assert stored.json()["version"] == 2
        records = await topic.records(sme_id, count=2)
        assert [json.loads(r.value)["version"] for r in records] == [1, 2]
        assert json.loads(records[1].value)["profile"]["name"] == winner.json()["profile"]["name"]


async def test_many_concurrent_patches_each_store_a_distinct_version(
    registry: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("many")
    await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)

    async def patch_until_stored(index: int) -> int:
        while True:
            current = await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)
            response = await registry.http.patch(
                f"/v1/smes/{sme_id}",
                json={"minimum_order": f"order {index}"},
                headers={**registry.coordinator, "If-Match": current.headers["ETag"]},
            )
            if response.status_code == 200:
                version: int = response.json()["version"]
                return version
            assert response.status_code == 412, response.text

    versions = await asyncio.gather(*(patch_until_stored(i) for i in range(8)))

    assert sorted(versions) == list(range(2, 10))
    records = await topic.records(sme_id, count=9)
    published = [json.loads(r.value)["version"] for r in records]
    assert published == sorted(published) and set(published) == set(range(1, 10))


async def test_erasure_removes_the_profile_and_publishes_a_tombstone(
    registry: Any,
    registry_db: Any,
    topic: Any,
    unique: Callable[[str], str],
    payload: Callable[..., dict[str, Any]],
) -> None:
    sme_id = unique("erase")
    created = await registry.http.post(
        "/v1/smes", json=payload(sme_id, contact_phone="+66 81 234 5678"), headers=registry.coordinator
    )
    token = {"Authorization": f"Bearer {created.json()['sme_token']}"}

    erased = await registry.http.delete(f"/v1/smes/{sme_id}", headers={**token, "X-Correlation-ID": f"erase-{sme_id}"})

    assert erased.status_code == 204
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=registry.coordinator)).status_code == 404
    assert (await registry.http.get(f"/v1/smes/{sme_id}", headers=token)).status_code == 401
    listing = await registry.http.get("/v1/smes", params={"q": sme_id}, headers=registry.coordinator)
    assert listing.json()["items"] == []

    records = await topic.records(sme_id, count=2)
    tombstone = records[-1]
    headers = {k: v.decode() for k, v in tombstone.headers}
    assert tombstone.value is None
    assert headers["event_type"] == "sme.profile.erased"
    assert (headers["version"], headers["correlation_id"]) == ("2", f"erase-{sme_id}")

    # Once the tombstone is published, not even the id stays: its versions and head are deleted and
    # the tombstone's number is kept under a keyed hash of the id (nothing else).
    for _ in range(600):  # the relay publishes once it holds the lease (another test's replica may hold it)
        versions = [doc async for doc in registry_db["profile_versions"].find({"sme_id": sme_id})]
        head = await registry_db["profile_heads"].find_one({"_id": sme_id})
        if not versions and head is None:
            break
        await asyncio.sleep(0.1)
    assert (versions, head) == ([], None)
    outbox = [doc async for doc in registry_db["outbox"].find({"sme_id": sme_id})]
    kept = [doc async for doc in registry_db["erased_versions"].find({})]
    assert outbox == [] and 2 in [doc["version"] for doc in kept]
    leftover = json.dumps(kept, default=str, ensure_ascii=False)
    for personal in (sme_id, created.json()["profile"]["name"], f"{sme_id}@example.com", "234 5678", "token_hash"):
        assert personal not in leftover


async def test_an_erased_id_comes_back_only_with_fresh_consent_and_its_versions_carry_on(
    registry: Any, topic: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("again")
    await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)
    await registry.http.delete(f"/v1/smes/{sme_id}", headers=registry.coordinator)

    refused = await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)
    line = json.dumps(payload(sme_id), ensure_ascii=False).encode()  # a re-import of an old file
    imported = await registry.http.post(
        "/v1/import", content=line, headers={**registry.coordinator, "Content-Type": "application/x-ndjson"}
    )
    again = await registry.http.post("/v1/smes?fresh_consent=true", json=payload(sme_id), headers=registry.coordinator)

    assert refused.status_code == 409 and refused.json()["errors"][0]["field"] == "id"
    assert "fresh consent" in refused.json()["errors"][0]["reason"]
    assert imported.status_code == 200 and imported.json()["rejected"] == 1, imported.text

    assert (again.status_code, again.json()["version"]) == (201, 3)
    await topic.records(sme_id, count=2)
    await topic.settle(1.0)
    versions = [dict(r.headers)["version"] for r in topic.seen[sme_id.encode()]]
    # Version 1 is not sent at all if the erasure superseded it before the relay got to it.
    assert versions in ([b"1", b"2", b"3"], [b"2", b"3"])
    tombstone, registered = topic.seen[sme_id.encode()][-2:]
    assert tombstone.value is None and registered.value is not None


async def test_erasing_twice_or_with_a_stale_etag_is_refused(
    registry: Any, unique: Callable[[str], str], payload: Callable[..., dict[str, Any]]
) -> None:
    sme_id = unique("twice")
    await registry.http.post("/v1/smes", json=payload(sme_id), headers=registry.coordinator)
    await registry.http.patch(
        f"/v1/smes/{sme_id}", json={"name": "Renamed"}, headers={**registry.coordinator, "If-Match": '"1"'}
    )

    stale = await registry.http.delete(f"/v1/smes/{sme_id}", headers={**registry.coordinator, "If-Match": '"1"'})
    current = await registry.http.delete(f"/v1/smes/{sme_id}", headers={**registry.coordinator, "If-Match": '"2"'})
    twice = await registry.http.delete(f"/v1/smes/{sme_id}", headers=registry.coordinator)

    assert (stale.status_code, current.status_code, twice.status_code) == (412, 204, 404)
