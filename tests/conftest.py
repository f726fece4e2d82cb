"""Session fixtures: the real local infrastructure, started once for the whole run.

`infra` starts Kafka, the MongoDB-wire database and the SMTP sink if they are not
running (and stops them at the end if it started them); topics are created with
their real layout. Unit tests never touch it.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator

import pytest

from clusterlink.localinfra import Endpoints, ensure_up, stop_all
from clusterlink.localinfra import status as infra_status
from shared.kafka_admin import ensure_topics

# One database prefix per test session keeps runs apart in the shared database.
SESSION_DB_PREFIX = f"t{uuid.uuid4().hex[:8]}_"


def _running_before() -> bool:
    try:
        return all(c.running for c in infra_status())
    except Exception:
        return False


@pytest.fixture(scope="session")
def infra() -> Iterator[Endpoints]:
    was_running = _running_before()
    endpoints = ensure_up()
    asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
    os.environ.setdefault("MONGODB_DB_PREFIX", SESSION_DB_PREFIX)
    yield endpoints
    if not was_running and os.environ.get("CLUSTERLINK_KEEP_INFRA") != "1":
        stop_all()
