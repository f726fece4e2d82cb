"""Profile snapshots and erasures from `sme.profiles`, applied a consumed batch at a time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from services.notifier.components import Components
from services.notifier.storage.recipients import KnownVersion
from shared.events import SmeProfileChangedV1

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erasure:
    """A tombstone: the person asked to be forgotten (`version` from its headers, if any)."""

    sme_id: str
    version: int | None


class PreferenceChosenBySme(SmeProfileChangedV1):
    """A snapshot whose `notification_preference` the SME itself sent (record header
    `preference_chosen_by: sme`): the one change that ends its unsubscribe. A coordinator's
    change of the preference is stored but leaves an unsubscribe as it is."""


ProfileChange = SmeProfileChangedV1 | Erasure


@dataclass
class ProfilesApplied:
    to_plan: set[str] = field(default_factory=set)  # recipients whose emails may change
    markers: set[str] = field(default_factory=set)  # waiting markers to drop once their requests are stored
    outcomes: list[str] = field(default_factory=list)  # per change, in input order


def _rounds(changes: Sequence[ProfileChange]) -> list[list[int]]:
    """Indexes of the first change of every SME, then the second, …: each SME's stay in order."""
    seen: dict[str, int] = {}
    rounds: list[list[int]] = []
    for i, change in enumerate(changes):
        n = seen.get(change.sme_id, 0)
        seen[change.sme_id] = n + 1
        if n == len(rounds):
            rounds.append([])
        rounds[n].append(i)
    return rounds


async def apply_profile_changes(c: Components, changes: Sequence[ProfileChange], now: datetime) -> ProfilesApplied:
    applied = ProfilesApplied(outcomes=[""] * len(changes))
    for indexes in _rounds(changes):
        snapshots: list[tuple[int, SmeProfileChangedV1]] = []
        for i in indexes:
            change = changes[i]
            if isinstance(change, Erasure):
                erased = await erase_person(c, change.sme_id, change.version, now)
                applied.outcomes[i] = "erased" if erased else "older than the live profile: ignored"
                applied.to_plan.discard(change.sme_id)
            else:
                snapshots.append((i, change))
        await _store_snapshots(c, snapshots, now, applied)
    return applied


def _resubscribes(known: KnownVersion | None, event: SmeProfileChangedV1) -> bool:
    """An unsubscribed person who chose a preference themselves has opted back in."""
    return known is not None and known.unsubscribed and isinstance(event, PreferenceChosenBySme)


async def _store_snapshots(
    c: Components, snapshots: list[tuple[int, SmeProfileChangedV1]], now: datetime, applied: ProfilesApplied
) -> None:
    if not snapshots:
        return
    known = await c.recipients.known_versions(e.sme_id for _, e in snapshots)
    current: list[str] = []  # SMEs whose snapshot here is the live one
    writes: list[tuple[int, SmeProfileChangedV1]] = []
    for i, event in snapshots:
        k = known.get(event.sme_id)
        if k is None or k.version < event.version:
            writes.append((i, event))
        elif k.version == event.version and not k.erased:
            # A replay (redelivery after a crash): what followed the write may not have happened.
            applied.outcomes[i] = "already known"
            current.append(event.sme_id)
            applied.to_plan.add(event.sme_id)
        else:
            applied.outcomes[i] = "older than the one known: ignored"
    stored = await _write(c, writes, known, now)
    for (i, event), ok in zip(writes, stored, strict=True):
        applied.outcomes[i] = "stored" if ok else "older than the one known: ignored"
        if not ok:
            continue
        current.append(event.sme_id)
        k = known.get(event.sme_id)
        preference = event.profile.notification_preference.value
        if k is not None and not k.erased and (k.preference != preference or _resubscribes(k, event)):
            applied.to_plan.add(event.sme_id)  # what is due for them may have changed
    # Suggestions that arrived before this profile (as recipient or as partner) were waiting for it.
    waiting = await c.waiting.waiting_for(current)
    applied.to_plan |= set(waiting.values())
    applied.markers |= set(waiting)


async def _write(
    c: Components, writes: list[tuple[int, SmeProfileChangedV1]], known: dict[str, KnownVersion], now: datetime
) -> list[bool]:
    """Store the snapshots; True for each one stored. People new to us are inserted in one
    write (a bulk onboarding is all inserts); the others are updated, newer versions only."""
    first_seen = [(e.sme_id, e.version, e.profile) for _, e in writes if e.sme_id not in known]
    taken = await c.recipients.insert_profiles(first_seen, now)  # by a concurrent consumer meanwhile
    inserted = {sme_id for sme_id, _, _ in first_seen} - taken

    async def update(event: SmeProfileChangedV1) -> bool:
        if event.sme_id in inserted:
            return True
        resubscribe = _resubscribes(known.get(event.sme_id), event)
        return await c.recipients.store_profile(
            event.sme_id, event.version, event.profile, now, resubscribe=resubscribe
        )

    return list(await asyncio.gather(*(update(e) for _, e in writes)))


async def erase_person(c: Components, sme_id: str, version: int | None, now: datetime) -> bool:
    """Tombstone: remove the person's contact data and everything still to be sent."""
    if not await c.recipients.erase(sme_id, version, now):
        log.info("tombstone older than the live profile ignored", extra={"sme_id": sme_id, "version": version})
        return False
    removed_suggestions = await c.suggestions.erase_person(sme_id)
    removed_deliveries = await c.deliveries.erase_person(sme_id)
    removed_pairs = await c.pairs.erase_person(sme_id)
    await c.planning.erase_person(sme_id)
    await c.waiting.erase_person(sme_id)
    await c.claims.forget_jobs_of(sme_id)
    log.info(
        "person erased",
        extra={
            "sme_id": sme_id,
            "removed_suggestions": removed_suggestions,
            "removed_deliveries": removed_deliveries,
            "removed_pairs": removed_pairs,
        },
    )
    return True
