"""Local development secrets: generated once into `.local/secrets.env`, never committed.

Production reads the same variables from its own secret store.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from clusterlink.paths import local_dir
from services.registry.keys import hash_secret


def ensure_local_secrets(path: Path | None = None) -> dict[str, str]:
    """Read `.local/secrets.env`, creating it with fresh random secrets the first time."""
    path = path or local_dir() / "secrets.env"
    if not path.exists():
        key = "clk_" + secrets.token_urlsafe(32)
        values = {
            "CLUSTERLINK_API_KEY": key,
            "REGISTRY_COORDINATOR_KEY_HASHES": hash_secret(key),
            "NOTIFIER_LINK_SECRET": secrets.token_urlsafe(48),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")
        tmp.chmod(0o600)
        tmp.replace(path)
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            k, v = line.split("=", 1)
            out[k.strip()] = v.strip()
    return out
