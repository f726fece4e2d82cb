"""`clusterlink dev up --services | --replicas matcher=2,…`: the services on top of the local infrastructure."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping

from clusterlink.localinfra.endpoints import Endpoints
from clusterlink.secrets import ensure_local_secrets
from clusterlink.stack import (
    DEFAULT_SERVICES,
    ServiceSpec,
    local_service_env,
    parse_replicas,
    replica_specs,
    start_replicas,
)
from shared.kafka_admin import ensure_topics
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES, TOPICS

# The topic whose partitions a service's consumer group shares out: the ceiling of its parallelism.
_CONSUMED = {"matcher": SME_PROFILES, "notifier": MATCH_SUGGESTIONS}


def first_replicas(env: Mapping[str, str] | None = None) -> tuple[ServiceSpec, ...]:
    """The default services, each on `<NAME>_PORT` if set (the variable the service itself reads)."""
    env = os.environ if env is None else env
    specs = []
    for spec in DEFAULT_SERVICES:
        raw = env.get(f"{spec.name.upper()}_PORT")
        specs.append(ServiceSpec(spec.name, int(raw)) if raw and raw.isdigit() else spec)
    return tuple(specs)


def start_local_services(endpoints: Endpoints, replicas: str) -> None:
    counts = parse_replicas(replicas)  # ValueError first: nothing started on a typo
    partitions = {spec.name: spec.partitions for spec in TOPICS}
    for name, count in counts.items():
        topic = _CONSUMED.get(name)
        if topic is not None and count > partitions[topic]:
            idle = count - partitions[topic]
            print(f"note: {topic} has {partitions[topic]} partitions, so {idle} {name} replica(s) will stay idle")
    asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
    first = first_replicas()
    env = local_service_env(endpoints, ensure_local_secrets(), first)
    for spec, pid, started in start_replicas(replica_specs(counts, first), env):
        state = "started" if started else "reused"
        print(f"{spec.instance:<11} {state:<8} pid {pid:<7} {spec.url}")
