"""Every live profile, read page by page, and the filters of the SME list with their counts.

The counts are faceted: each filter's options count the SMEs that match the
*other* filters chosen, so a coordinator sees how many they would get by
changing one choice. Counting is pure; only `live_profiles` reads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Final

from services.registry.documents import ProfileVersion
from services.registry.repository import SearchFilters
from services.registry.service import Registry
from shared.events import SmeProfileV1

DIMENSIONS: Final = ("sub_cluster", "stage", "province")
# One read for a whole cluster: at 5,000 SMEs on the local FerretDB, pages of 500 took 48 s
# (each page scans and sorts the heads again), one page of 20,000 took 4.6 s.
_PAGE: Final = 20_000


async def live_profiles(registry: Registry) -> list[SmeProfileV1]:
    """All live profiles in id order (a cluster holds thousands, not millions)."""
    profiles: list[SmeProfileV1] = []
    after: str | None = None
    while True:
        page: list[ProfileVersion] = await registry.search(SearchFilters(), after=after, limit=_PAGE)
        profiles += [stored.profile for stored in page if stored.profile is not None]
        if len(page) < _PAGE:
            return profiles
        after = page[-1].sme_id


@dataclass(frozen=True, slots=True)
class Chosen:
    sub_cluster: str | None = None
    stage: str | None = None
    province: str | None = None

    def admits(self, profile: SmeProfileV1, *, ignoring: str | None = None) -> bool:
        return all(getattr(self, name) in (None, _value(profile, name)) for name in DIMENSIONS if name != ignoring)

    def query(self) -> dict[str, str]:
        return {name: value for name in DIMENSIONS if (value := getattr(self, name)) is not None}

    def without(self, name: str) -> Chosen:
        return replace(self, **{name: None})


def _value(profile: SmeProfileV1, name: str) -> str:
    return str(getattr(profile, name))


@dataclass(frozen=True, slots=True)
class Facets:
    matching: tuple[SmeProfileV1, ...]
    total: int
    counts: dict[str, Counter[str]]  # dimension -> option -> SMEs matching the other filters with it


def facets(profiles: list[SmeProfileV1], chosen: Chosen) -> Facets:
    counts = {
        name: Counter(_value(p, name) for p in profiles if chosen.admits(p, ignoring=name)) for name in DIMENSIONS
    }
    for name in DIMENSIONS:
        value = getattr(chosen, name)
        if value is not None:
            counts[name].setdefault(value, 0)  # a choice nothing matches still shows, as chosen, with its 0
    return Facets(tuple(p for p in profiles if chosen.admits(p)), len(profiles), counts)
