"""The matcher's links endpoint: every pair of the current top-k lists at once, for coordinators only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.matcher.links_api import LINKS_PATH, build_links_router
from services.matcher.ranked_lists import Direction, ListEntry, RankedList
from shared.access import AccessSettings
from shared.credentials import hash_secret

KEY = "clk_test_links_0123456789abcdef0123"
COORDINATOR = {"Authorization": f"Bearer {KEY}"}

LISTS: dict[tuple[str, Direction], list[tuple[str, float]]] = {
    ("spinner", "buyers"): [("weaver", 0.8), ("knitter", 0.4)],
    ("weaver", "suppliers"): [("spinner", 0.82), ("dyer", 0.5)],  # the same pair from the other side
    ("weaver", "buyers"): [("bags", 0.9)],
    ("bags", "suppliers"): [("weaver", 0.9)],
    ("odd", "buyers"): [("weaver", 1.3)],  # a score over 1 is answered as 1
}


def _list(sme_id: str, direction: Direction) -> RankedList | None:
    if sme_id == "erased":
        return None
    entries = tuple(ListEntry(p, 1, s) for p, s in LISTS.get((sme_id, direction), []))
    return RankedList(sme_id, direction, 1, entries)


@pytest.fixture
def ready() -> list[bool]:
    return [True]


@pytest.fixture
def client(ready: list[bool]) -> Iterator[TestClient]:
    app = FastAPI()
    ids = ["spinner", "weaver", "bags", "odd", "erased"]
    access = AccessSettings(coordinator_key_hashes=(hash_secret(KEY),))
    app.include_router(build_links_router(lambda: ids, _list, lambda: ready[0], access))
    yield TestClient(app)


def test_every_pair_of_both_lists_once_with_its_best_score(client: TestClient) -> None:
    answer = client.get(LINKS_PATH, headers=COORDINATOR)
    assert answer.status_code == 200
    body = answer.json()
    assert body["smes"] == 4  # the erased one has no lists
    assert [(x["supplier_id"], x["buyer_id"], x["score"]) for x in body["links"]] == [
        ("dyer", "weaver", 0.5),
        ("odd", "weaver", 1.0),
        ("spinner", "knitter", 0.4),
        ("spinner", "weaver", 0.82),
        ("weaver", "bags", 0.9),
    ]


def test_k_cuts_each_list(client: TestClient) -> None:
    body = client.get(LINKS_PATH, params={"k": 1}, headers=COORDINATOR).json()
    pairs = {(x["supplier_id"], x["buyer_id"]) for x in body["links"]}
    assert ("spinner", "knitter") not in pairs and ("dyer", "weaver") not in pairs
    assert ("spinner", "weaver") in pairs
    assert client.get(LINKS_PATH, params={"k": 0}, headers=COORDINATOR).status_code == 422


def test_without_a_coordinator_key_it_is_refused(client: TestClient) -> None:
    assert client.get(LINKS_PATH).status_code == 401
    assert client.get(LINKS_PATH, headers={"Authorization": "Bearer clk_wrong_0123456789abcdef"}).status_code == 401


def test_while_the_index_replays_it_answers_503(client: TestClient, ready: list[bool]) -> None:
    ready[0] = False
    answer = client.get(LINKS_PATH, headers=COORDINATOR)
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "5"
