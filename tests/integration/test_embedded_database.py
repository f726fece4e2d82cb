"""FerretDB on the embedded PostgreSQL: its filters reach the GIN twins of its indexes.

The plans asserted are the ones PostgreSQL really ran for FerretDB's own SQL:
auto_explain (with `log_analyze`) logs them, in a database of the shared PostgreSQL
created for this test and served by a FerretDB of its own, so nothing else
running on the shared infrastructure is logged or slowed.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pymongo import ASCENDING, DESCENDING, MongoClient, ReplaceOne

from clusterlink.localinfra import Endpoints, LocalInfraSettings
from clusterlink.localinfra.components.ferretdb import FerretDb, mongo_ping_failure
from clusterlink.localinfra.components.postgres import (
    FERRETDB_DATABASE,
    FERRETDB_POOL_MAX_CONNS,
    Postgres,
    postgres_url,
)
from clusterlink.localinfra.processes import command_line, find_running

pytestmark = pytest.mark.integration

DOCS = 3000
KINDS = 30
Document = dict[str, Any]


@pytest.fixture(scope="module")
def settings(infra: Endpoints) -> LocalInfraSettings:
    settings = LocalInfraSettings.from_env()
    if not settings.uses_postgres:
        pytest.skip("the local database is not FerretDB on PostgreSQL (MONGODB_URL or CLUSTERLINK_FERRETDB_BACKEND)")
    return settings


@pytest.fixture(scope="module")
def postgres(settings: LocalInfraSettings) -> Postgres:
    return Postgres(settings)


@pytest.fixture
def explained_ferretdb(settings: LocalInfraSettings, postgres: Postgres, tmp_path: Path) -> Iterator[str]:
    """The URL of a FerretDB on a fresh database of the shared PostgreSQL that logs every plan it runs."""
    database = f"explain_{uuid.uuid4().hex[:8]}"
    postgres.ensure_database(database)
    postgres.sql(
        f"""
        LOAD 'auto_explain';
        ALTER DATABASE {database} SET session_preload_libraries = 'auto_explain';
        ALTER DATABASE {database} SET auto_explain.log_min_duration = 0;
        ALTER DATABASE {database} SET auto_explain.log_analyze = on;
        ALTER DATABASE {database} SET auto_explain.log_format = 'json';
        """,
        transaction=False,
    )
    with socket.socket() as probe:
        probe.bind((settings.host, 0))
        port = probe.getsockname()[1]
    url = f"mongodb://{settings.host}:{port}/"
    log = (tmp_path / "ferretdb.log").open("wb")
    process = subprocess.Popen(
        [
            str(FerretDb(settings).binary),
            "--handler=postgresql",
            f"--postgresql-url={postgres_url(settings, database)}",
            f"--state-dir={tmp_path}",
            f"--listen-addr={settings.host}:{port}",
            "--debug-addr=-",
            "--telemetry=disable",
            "--log-level=warn",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "DO_NOT_TRACK": "1"},
    )
    try:
        deadline = time.monotonic() + 30
        while mongo_ping_failure(url) is not None:
            assert process.poll() is None, (tmp_path / "ferretdb.log").read_text()
            assert time.monotonic() < deadline, "the test's FerretDB did not answer within 30 s"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()
        postgres.sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", transaction=False)


def test_ferretdb_filters_run_as_bitmap_scans_of_the_gin_twins(explained_ferretdb: str, postgres: Postgres) -> None:
    client: MongoClient[Document] = MongoClient(explained_ferretdb)
    smes = client["cluster"]["smes"]
    smes.create_index([("kind", ASCENDING)])
    smes.insert_many([{"_id": f"sme-{i:05d}", "kind": f"kind-{i % KINDS}", "n": i} for i in range(DOCS)])
    log_start = postgres.log_file.stat().st_size
    tag = uuid.uuid4().hex[:8]

    by_id = smes.find_one({"_id": "sme-01234"}, comment=f"by-id-{tag}")
    by_kind = list(smes.find({"kind": "kind-7"}, comment=f"by-kind-{tag}"))
    client.close()

    assert by_id == {"_id": "sme-01234", "kind": "kind-4", "n": 1234}
    assert sorted(doc["n"] for doc in by_kind) == list(range(7, DOCS, KINDS))
    plans = _logged_plans(postgres.log_file, log_start)
    for query, rows in ((f"by-id-{tag}", 1), (f"by-kind-{tag}", DOCS // KINDS)):
        plan = next((p for p in plans if query in p["Query Text"]), None)
        assert plan is not None, f"no plan logged for {query}"
        scans = [node for node in _nodes(plan["Plan"]) if node["Node Type"] == "Bitmap Index Scan"]
        assert [node["Index Name"].endswith("_gin") for node in scans] == [True], plan
        assert scans[0]["Actual Rows"] == rows, plan
        assert not [node for node in _nodes(plan["Plan"]) if node["Node Type"] == "Seq Scan"], plan


def test_id_lists_are_read_through_the_id_index_with_mongodb_semantics(
    explained_ferretdb: str, postgres: Postgres
) -> None:
    """An `_id` `$in` reaches PostgreSQL as `= ANY` on the `_id` index; other `$in`s answer as before."""
    client: MongoClient[Document] = MongoClient(explained_ferretdb)
    smes = client["cluster"]["smes"]
    smes.create_index([("kind", ASCENDING)])
    docs: list[Document] = [{"_id": f"sme-{i:05d}", "kind": f"kind-{i % KINDS}", "n": i} for i in range(DOCS)]
    docs.append({"_id": "listed", "kind": ["kind-3", "other"], "n": -1})  # an array field matches by element
    docs.append({"_id": 7, "kind": "kind-3", "n": -2})  # a number is not the string "7"
    smes.insert_many(docs)
    log_start = postgres.log_file.stat().st_size
    tag = uuid.uuid4().hex[:8]

    wanted = [f"sme-{i:05d}" for i in range(5, DOCS, 30)] + ["missing", "sme-00005", 7]
    by_ids = list(smes.find({"_id": {"$in": wanted}}, comment=f"ids-{tag}"))
    strings_only = list(smes.find({"_id": {"$in": ["7"]}}, comment=f"string-{tag}"))
    mixed = list(smes.find({"_id": {"$in": [7, None, "sme-00001"]}}, comment=f"mixed-{tag}"))
    by_kinds = list(smes.find({"kind": {"$in": ["kind-3", "kind-4"]}, "n": {"$lt": 100}}, comment=f"kinds-{tag}"))
    client.close()

    assert sorted(str(d["_id"]) for d in by_ids) == sorted([f"sme-{i:05d}" for i in range(5, DOCS, 30)] + ["7"])
    assert strings_only == []
    assert sorted(str(d["_id"]) for d in mixed) == ["7", "sme-00001"]  # FerretDB's own filter, as before
    assert sorted(d["n"] for d in by_kinds) == sorted([-1, -2, *(n for n in range(100) if n % KINDS in (3, 4))])
    plans = _logged_plans(postgres.log_file, log_start)
    plan = next((p for p in plans if f"ids-{tag}" in p["Query Text"]), None)
    assert plan is not None, "no plan logged for the _id list"
    scans = [node for node in _nodes(plan["Plan"]) if "Index Scan" in node["Node Type"]]
    assert len(scans) == 1 and "= ANY" in scans[0]["Index Cond"], plan
    assert scans[0]["Index Name"].endswith("_idx"), plan  # FerretDB's own B-tree on _id
    assert not [node for node in _nodes(plan["Plan"]) if node["Node Type"] == "Seq Scan"], plan


def test_indexes_made_through_the_shared_ferretdb_get_gin_twins_and_lose_them(
    infra: Endpoints, settings: LocalInfraSettings, postgres: Postgres
) -> None:
    _require_shared_ferretdb_on_postgres(settings)
    client: MongoClient[Document] = MongoClient(infra.mongodb_url)
    database = f"{os.environ.get('MONGODB_DB_PREFIX', '')}gin_{uuid.uuid4().hex[:8]}"
    deliveries = client[database]["deliveries"]
    try:
        deliveries.create_index([("status", ASCENDING), ("due_at", DESCENDING)])
        deliveries.create_index([("profile.region", ASCENDING)], name="region")
        deliveries.insert_one({"_id": "d-1", "status": "due", "profile": {"region": "isan"}})
        twins = _gin_twins(postgres, database)

        deliveries.drop_index("region")
        after_drop = _gin_twins(postgres, database)
        found = deliveries.find_one({"profile.region": "isan"})
    finally:
        client.drop_database(database)
        client.close()

    # One per field: _id, both fields of the compound index, the dotted path as a path.
    assert sorted(twins) == [
        "((_jsonb #> '{profile,region}'::text[]))",
        "((_jsonb -> '_id'::text))",
        "((_jsonb -> 'due_at'::text))",
        "((_jsonb -> 'status'::text))",
    ]
    assert sorted(after_drop) == sorted(expr for expr in twins if "profile" not in expr)
    assert found == {"_id": "d-1", "status": "due", "profile": {"region": "isan"}}


def test_a_bulk_write_of_more_statements_than_connections_completes(
    infra: Endpoints, settings: LocalInfraSettings
) -> None:
    _require_shared_ferretdb_on_postgres(settings)
    # Unpatched, FerretDB held one connection per statement until the command ended: this waited forever.
    client: MongoClient[Document] = MongoClient(infra.mongodb_url, socketTimeoutMS=60_000)
    database = f"{os.environ.get('MONGODB_DB_PREFIX', '')}bulk_{uuid.uuid4().hex[:8]}"
    lists = client[database]["lists"]
    count = FERRETDB_POOL_MAX_CONNS + 100
    try:
        lists.insert_many([{"_id": i, "partition": 0} for i in range(count)])
        # Only a statement that finds its document keeps its query open: replace stored documents.
        result = lists.bulk_write(
            [ReplaceOne({"_id": i}, {"_id": i, "partition": i % 3}, upsert=True) for i in range(count)],
            ordered=False,
        )
        stored = lists.count_documents({"partition": 1})
    finally:
        client.drop_database(database)
        client.close()

    assert result.matched_count == count
    assert stored == len(range(1, count, 3))


def _require_shared_ferretdb_on_postgres(settings: LocalInfraSettings) -> None:
    ferretdb = FerretDb(settings)
    pid = find_running(ferretdb.pid_file, ferretdb.command_markers())
    if pid is None or ferretdb.differs_from(command_line(pid)) is not None:
        pytest.skip("the shared FerretDB still runs another backend (`clusterlink dev down`, then `up`)")


def _gin_twins(postgres: Postgres, schema: str) -> list[str]:
    rows = postgres.sql(
        """
        SELECT pg_get_indexdef(i.indexrelid, 1, false)
          FROM pg_index i
          JOIN pg_class c ON c.oid = i.indexrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_am am ON am.oid = c.relam
         WHERE n.nspname = :'schema' AND am.amname = 'gin' AND c.relname LIKE '%\\_gin'
        """,
        database=FERRETDB_DATABASE,
        variables={"schema": schema},
    )
    return rows.splitlines()


def _logged_plans(log_file: Path, start: int) -> list[Document]:
    """auto_explain's JSON plans written to the PostgreSQL log after `start` (bytes)."""
    with log_file.open("rb") as log:
        log.seek(start)
        text = log.read().decode("utf-8", errors="replace")
    # A multi-line message continues on lines that PostgreSQL starts with a tab.
    entries: list[str] = []
    for line in text.splitlines():
        if line.startswith("\t") and entries:
            entries[-1] += "\n" + line[1:]
        else:
            entries.append(line)
    plans = []
    for entry in entries:
        _, marker, plan = entry.partition("  plan:\n")
        if marker:
            plans.append(json.loads(plan))
    return plans


def _nodes(plan: Document) -> Iterator[Document]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


STRINGS = [
    "",
    "plain ascii",
    "วิสาหกิจชุมชนทอผ้าฝ้ายย้อมครามบ้านฃอนแก่น",  # Thai, no spaces, a rare letter
    'a "quoted" word',
    "back\\slash and trailing \\",
    "tab\tnew\nline\r\x01\x1f",
    "emoji 🧵 and \u200b zero width",
    "\\u0041 is not A",
    'ends with a quote"',
]


def test_stored_strings_come_back_byte_for_byte(infra: Endpoints, settings: LocalInfraSettings) -> None:
    """Strings are read by a shortcut when they need no unescaping (the build's third patch);
    every kind of string must come back exactly as stored, alone, in arrays and nested."""
    client: MongoClient[Document] = MongoClient(infra.mongodb_url)
    database = f"{os.environ.get('MONGODB_DB_PREFIX', '')}strings_{uuid.uuid4().hex[:8]}"
    col = client[database]["texts"]
    try:
        col.insert_many(
            [
                {"_id": f"s{i}", "text": text, "list": [text, text], "nested": {"text": text}}
                for i, text in enumerate(STRINGS)
            ]
        )
        found = {doc["_id"]: doc for doc in col.find({"_id": {"$in": [f"s{i}" for i in range(len(STRINGS))]}})}
        by_value = [col.find_one({"text": text}) for text in STRINGS]
    finally:
        client.drop_database(database)
        client.close()

    for i, text in enumerate(STRINGS):
        doc = found[f"s{i}"]
        assert doc["text"].encode("utf-8") == text.encode("utf-8")
        assert doc["list"] == [text, text] and doc["nested"] == {"text": text}
        assert by_value[i] is not None and by_value[i]["_id"] == f"s{i}"
