"""SMEs with no suggestion, and why: decided from the profile and the matcher's current lists.

Candidates are the live SMEs in no pair of the funnel's read model (never
suggested to anyone, nor anyone to them). For each, the matcher's
recommendations endpoint (with the coordinator key the registry is given) says
whether its supplier and buyer lists are empty now; an SME with a partner in
either list is about to be suggested and is not listed. The reasons:

- "no needs stated": nothing to find suppliers for;
- "no offers stated": nothing to find buyers for;
- "nothing matches": it stated needs or offers, and no partner scores above the
  matcher's threshold.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Literal

import httpx

from services.registry.dashboard.matcher_client import MatcherClient, MatcherUnavailable
from shared.events import SmeProfileV1

Reason = Literal["no_needs", "no_offers", "nothing_matches"]
_IN_FLIGHT: Final = 8  # requests to the matcher at once


@dataclass(frozen=True, slots=True)
class Unmatched:
    profile: SmeProfileV1
    reasons: tuple[Reason, ...]


def reasons_of(profile: SmeProfileV1) -> tuple[Reason, ...]:
    """Why an SME whose lists are both empty has no suggestion."""
    found: list[Reason] = []
    if not profile.needs:
        found.append("no_needs")
    if not profile.offers:
        found.append("no_offers")
    if profile.needs or profile.offers:
        found.append("nothing_matches")
    return tuple(found)


async def unmatched(
    profiles: Sequence[SmeProfileV1], suggested_ids: Iterable[str], lists: MatcherClient | None
) -> tuple[list[Unmatched], list[SmeProfileV1]]:
    """(the SMEs with no suggestion and why, the candidates the matcher does not hold yet)."""
    if lists is None:
        raise MatcherUnavailable("no key for the matcher configured (REGISTRY_MATCHER_API_KEY)")
    seen = set(suggested_ids)
    candidates = [p for p in profiles if p.id not in seen]
    gate = asyncio.Semaphore(_IN_FLIGHT)

    async def ask(profile: SmeProfileV1) -> bool | None:
        async with gate:
            return await lists.has_partners(profile.id)

    try:
        answers = await asyncio.gather(*(ask(p) for p in candidates))
    except httpx.HTTPError as exc:
        raise MatcherUnavailable(f"the matcher could not be reached: {type(exc).__name__}") from exc
    found = [Unmatched(p, reasons_of(p)) for p, has in zip(candidates, answers, strict=True) if has is False]
    waiting = [p for p, has in zip(candidates, answers, strict=True) if has is None]
    return found, waiting
