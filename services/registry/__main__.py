"""`python -m services.registry`: serve the registry with uvicorn."""

from __future__ import annotations

import uvicorn

from services.registry.app import create_app
from services.registry.settings import SERVICE_NAME, Settings
from shared.logging import configure_logging
from shared.settings import load_or_exit


def main() -> None:
    settings = load_or_exit(Settings)
    configure_logging(SERVICE_NAME, settings.log.level, settings.log.json_format)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_config=None)


if __name__ == "__main__":
    main()
