"""`python -m services.matcher`: serve the matcher (shared/service_lifecycle.py: start, SIGTERM, exit)."""

from __future__ import annotations

from services.matcher.app import create_app
from services.matcher.settings import Settings
from shared.service_lifecycle import serve


def main() -> None:
    serve("matcher", Settings, create_app)


if __name__ == "__main__":
    main()
