"""`python -m services.notifier`: run the notifier with uvicorn on the configured host and port."""

from __future__ import annotations

import uvicorn

from services.notifier.app import create_app
from services.notifier.settings import Settings
from shared.settings import load_or_exit


def main() -> None:
    settings = load_or_exit(Settings)  # link_secret comes from the environment
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_config=None)


if __name__ == "__main__":
    main()
