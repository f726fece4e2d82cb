"""Per-query counts on the real database: what a performance investigation reads first."""

from __future__ import annotations

import uuid

import pytest
from pymongo import MongoClient

from clusterlink.localinfra import Endpoints
from shared.query_stats import QueryStats
from tests.conftest import SESSION_DB_PREFIX

pytestmark = pytest.mark.integration


def test_counts_commands_and_the_documents_they_return_or_write(infra: Endpoints) -> None:
    stats = QueryStats(interval_s=3600)  # no summary during the test: read the tallies directly
    client: MongoClient[dict[str, object]] = MongoClient(infra.mongodb_url, event_listeners=[stats])
    db = client[f"{SESSION_DB_PREFIX}qstats_{uuid.uuid4().hex[:6]}"]
    try:
        col = db["items"]
        col.insert_many([{"_id": i, "group": i % 3} for i in range(30)])
        assert len(list(col.find({"_id": {"$in": [1, 2, 3, 99]}}))) == 3
        assert len(list(col.find({}, batch_size=10))) == 30  # a first batch, then getMores
        col.update_many({"group": 0}, {"$set": {"seen": True}})
        col.delete_one({"_id": 1})

        tallies = {name: t for (name, collection), t in stats.snapshot().items() if collection.endswith(".items")}
        assert tallies["insert"].count == 1 and tallies["insert"].documents == 30
        assert tallies["find"].count == 2 and tallies["find"].documents == 3 + 10
        getmore = [t for (name, _), t in stats.snapshot().items() if name == "getMore"]
        assert sum(t.documents for t in getmore) == 20
        assert tallies["update"].documents == 10  # matched
        assert tallies["delete"].documents == 1
    finally:
        client.drop_database(db.name)
        client.close()
