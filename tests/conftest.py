"""Session fixtures: the real local infrastructure, started once for the whole run.

`infra` starts Kafka, the MongoDB-wire database and the SMTP sink if they are not
running and leaves them running for the next run (`make stop` stops them; CI
stops them after the suite); topics are created with their real layout. Unit
tests never touch it.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest

from clusterlink.localinfra import Endpoints, ensure_up
from shared.kafka_admin import ensure_topics

# One database prefix per test session keeps runs apart in the shared database.
SESSION_DB_PREFIX = f"t{uuid.uuid4().hex[:8]}_"


@pytest.fixture(scope="session")
def infra() -> Endpoints:
    endpoints = ensure_up()
    asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
    os.environ.setdefault("MONGODB_DB_PREFIX", SESSION_DB_PREFIX)
    return endpoints
