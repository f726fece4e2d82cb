"""Where the checkout keeps what it downloads, builds and runs: one git-ignored folder."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def local_dir() -> Path:
    """`.local/` of the checkout (or `CLUSTERLINK_LOCAL_DIR`), wherever the command runs from."""
    return Path(os.environ.get("CLUSTERLINK_LOCAL_DIR", REPO_ROOT / ".local")).resolve()
