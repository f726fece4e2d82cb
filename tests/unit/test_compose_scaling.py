"""docker-compose.yml is built for `--scale matcher=3 --scale notifier=3`: no replica claims a host port or a name."""

from __future__ import annotations

from typing import Any

import yaml

from clusterlink.paths import REPO_ROOT

SCALED = ("registry", "matcher", "notifier")


def _compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    return loaded["services"]


def test_scaled_services_have_no_host_port_and_no_container_name() -> None:
    services = _compose()

    for name in SCALED:
        assert "ports" not in services[name], f"{name}: a published host port stops a second replica"
        assert "container_name" not in services[name], f"{name}: a fixed name stops a second replica"


def test_the_gateway_publishes_each_api_and_proxies_to_every_replica_found_in_dns() -> None:
    gateway = _compose()["gateway"]
    caddyfile = gateway["environment"]["CADDYFILE"]

    published = {str(p).split(":")[0] for p in gateway["ports"]}
    assert published == {"8001", "8002", "8003"}
    for name, port in zip(SCALED, ("8001", "8002", "8003"), strict=True):
        assert f":{port} {{" in caddyfile
        # A DNS lookup of the service name, refreshed: replicas added by --scale are picked up.
        assert f"dynamic a {name} {port}" in caddyfile
