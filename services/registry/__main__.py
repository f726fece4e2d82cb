"""`python -m services.registry`: serve the registry (shared/service_lifecycle.py: start, SIGTERM, exit)."""

from __future__ import annotations

from services.registry.app import create_app
from services.registry.settings import SERVICE_NAME, Settings
from shared.service_lifecycle import serve


def main() -> None:
    serve(SERVICE_NAME, Settings, create_app)


if __name__ == "__main__":
    main()
