"""Builders for the matcher service's unit tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shared.events import SmeProfileChangedV1, SmeProfileV1


def profile(sme_id: str, *, offers: tuple[str, ...] = (), needs: tuple[str, ...] = (), **extra: Any) -> SmeProfileV1:
    fields: dict[str, Any] = {
        "id": sme_id,
        "name": f"SME {sme_id}",
        "sub_cluster": "circular_textile",
        "stage": "midstream",
        "province": "Bangkok",
        "offers": offers,
        "needs": needs,
        "contact_email": f"{sme_id}@example.com",
        "language": "en",
    }
    fields.update(extra)
    return SmeProfileV1(**fields)


def changed(p: SmeProfileV1, version: int = 1) -> SmeProfileChangedV1:
    return SmeProfileChangedV1(sme_id=p.id, version=version, profile=p)


@dataclass
class DeadLetterClaims:
    """The `dead_lettered` collection's two calls, in memory: which positions were sent."""

    ids: set[str] = field(default_factory=set)

    async def find_one(self, query: dict[str, Any], projection: dict[str, int]) -> dict[str, Any] | None:
        return {"_id": query["_id"]} if query["_id"] in self.ids else None

    async def insert_one(self, document: dict[str, Any]) -> None:
        self.ids.add(document["_id"])
