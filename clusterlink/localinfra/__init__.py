"""Local development infrastructure without Docker: Kafka, a MongoDB-wire database, an SMTP sink.

    from clusterlink.localinfra import ensure_up, stop_all

    endpoints = ensure_up()   # starts what is not running; reuses what is
    endpoints.kafka_bootstrap, endpoints.mongodb_url, endpoints.mail_dir
    stop_all()

Everything lives under `.local/` (or `CLUSTERLINK_LOCAL_DIR`); see
docs/operators/local-infrastructure.md.
"""

from clusterlink.localinfra.endpoints import Endpoints
from clusterlink.localinfra.errors import LocalInfraError
from clusterlink.localinfra.lifecycle import (
    ComponentStatus,
    StartOutcome,
    StopOutcome,
    UpReport,
    ensure_up,
    start_all,
    start_database,
    start_kafka,
    status,
    stop_all,
)
from clusterlink.localinfra.settings import LocalInfraSettings

__all__ = [
    "ComponentStatus",
    "Endpoints",
    "LocalInfraError",
    "LocalInfraSettings",
    "StartOutcome",
    "StopOutcome",
    "UpReport",
    "ensure_up",
    "start_all",
    "start_database",
    "start_kafka",
    "status",
    "stop_all",
]
