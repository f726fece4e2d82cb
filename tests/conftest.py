"""Session fixtures: the test suite's own real infrastructure, started once for the whole run.

The suite runs on its own folder (`.local/test-suite/`) and ports, not on what
`make run` uses, so a test run never leaves its SMEs, emails or backlog in the
demo; the CLUSTERLINK_* variables still move them (tests/support/suite_infra.py).
`infra` starts Kafka, the MongoDB-wire database and the SMTP sink if they are not
running, and the last test run out stops what test runs started; topics are
created with their real layout. Unit tests never touch it.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator

import pytest

from clusterlink.localinfra import Endpoints
from shared.kafka_admin import ensure_topics
from tests.support.suite_infra import suite_infrastructure, use_test_suite_environment

# Before any test reads the environment: the services the tests start inherit it too.
use_test_suite_environment()

# One database prefix per test session keeps runs apart in the shared database.
SESSION_DB_PREFIX = f"t{uuid.uuid4().hex[:8]}_"


@pytest.fixture(scope="session")
def infra() -> Iterator[Endpoints]:
    with suite_infrastructure() as endpoints:
        asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
        os.environ.setdefault("MONGODB_DB_PREFIX", SESSION_DB_PREFIX)
        yield endpoints
