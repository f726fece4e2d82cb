"""`python -m services.matcher`: run the matcher with uvicorn."""

from __future__ import annotations

import uvicorn

from services.matcher.app import create_app
from services.matcher.settings import Settings
from shared.logging import configure_logging


def main() -> None:
    settings = Settings()
    configure_logging(settings.service_name, settings.log.level, settings.log.json_format)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_config=None)


if __name__ == "__main__":
    main()
