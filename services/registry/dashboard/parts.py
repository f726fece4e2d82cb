"""What the dashboard holds beyond the registry's use cases: its sessions, the funnel, the matcher.

Built once by the app's lifespan (`services.registry.app`) and kept in the app's state.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.registry.dashboard.funnel_store import FunnelStore
from services.registry.dashboard.matcher_client import MatcherClient, matcher_client
from services.registry.dashboard.session_store import SessionStore
from services.registry.settings import Settings
from shared.mongo import MongoDatabase


@dataclass(frozen=True)
class DashboardParts:
    sessions: SessionStore
    funnel: FunnelStore
    matcher: MatcherClient | None

    @classmethod
    def build(cls, database: MongoDatabase, settings: Settings) -> DashboardParts:
        key = settings.matcher_api_key.get_secret_value() if settings.matcher_api_key is not None else None
        return cls(SessionStore(database), FunnelStore(database), matcher_client(settings.matcher_url, key))

    async def close(self) -> None:
        if self.matcher is not None:
            await self.matcher.close()
