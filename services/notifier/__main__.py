"""`python -m services.notifier`: serve the notifier (shared/service_lifecycle.py: start, SIGTERM, exit)."""

from __future__ import annotations

from services.notifier.app import create_app
from services.notifier.settings import Settings
from shared.service_lifecycle import serve


def main() -> None:
    serve("notifier", Settings, create_app)  # link_secret comes from the environment


if __name__ == "__main__":
    main()
