"""Use cases of the matcher: what a profile change, an erasure or a decline does to the lists.

The stored lists are the memory of what was already suggested: a pair is news
when it is in a freshly computed top-k list and not in the stored one. That
makes every use case idempotent (a redelivered event finds nothing new) and
lets any replica refresh any list.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from services.matcher.decline_repository import Decline, DeclineRepository
from services.matcher.list_repository import ListKey, ListRepository, StoredList
from services.matcher.live_index import LiveIndex
from services.matcher.profile_events import ProfileChanged, ProfileErased, ProfileRecord
from services.matcher.ranked_lists import DIRECTIONS, ListEntry, RankedList, entered, pair_of, suggestion_for
from shared.events import MatchFeedbackV1, MatchSuggestedV1

log = logging.getLogger(__name__)

Outcome = Literal["refreshed", "duplicate", "superseded", "erased", "ignored", "declined"]

# Optimistic writes that lose a race are recomputed; this many rounds is plenty for a few replicas.
_MAX_WRITE_ROUNDS = 5
_RECONCILE_CHUNK = 50
# Declines stored by another replica become visible here within one sync; the margin covers clock skew.
_DECLINE_SYNC_MARGIN = timedelta(seconds=60)


class ConcurrentUpdateError(RuntimeError):
    """Lists kept changing under us; the message is retried later."""


@dataclass(frozen=True)
class Prefetched:
    """Stored lists just read; `covers` are the keys that read answered (absent = not stored)."""

    lists: Mapping[ListKey, StoredList]
    covers: set[ListKey]


class IndexFeed(Protocol):
    def snapshot_positions(self) -> dict[int, int]: ...
    def has_reached(self, positions: Mapping[int, int]) -> bool: ...
    async def wait_until(self, positions: Mapping[int, int], timeout_s: float) -> None: ...


class SuggestionSink(Protocol):
    async def publish(self, event: MatchSuggestedV1) -> None: ...


class MatchingService:
    def __init__(
        self,
        live: LiveIndex,
        feed: IndexFeed,
        lists: ListRepository,
        declines: DeclineRepository,
        suggestions: SuggestionSink,
        *,
        catch_up_timeout_s: float = 30.0,
    ) -> None:
        self._live = live
        self._feed = feed
        self._lists = lists
        self._declines = declines
        self._suggestions = suggestions
        self._catch_up_timeout_s = catch_up_timeout_s
        self._lock = asyncio.Lock()
        self._decline_watermark: datetime | None = None
        # What this replica last read from or wrote to the store, per list: lets a reconcile skip I/O.
        self._known: dict[ListKey, RankedList] = {}
        self._warm = False
        # When this matcher database was first used; see `_is_history`.
        self.history_before: datetime | None = None

    # ------------------------------------------------------ profile events

    async def on_profile(self, record: ProfileRecord, partition: int, offset: int) -> Outcome:
        # The feed applies the record to the index; act only once it has.
        await self._feed.wait_until({partition: offset + 1}, self._catch_up_timeout_s)
        if isinstance(record, ProfileChanged):
            return await self._on_change(record)
        return await self._on_erasure(record)

    async def _on_change(self, change: ProfileChanged) -> Outcome:
        sme_id = change.sme_id
        indexed = self._live.version_of(sme_id)
        if sme_id not in self._live or indexed is None or change.version < indexed:
            return "superseded"  # a newer version (or an erasure) was indexed; its own event acts
        # One read: the SME's own stored lists and every stored list it is in.
        related = await self._lists.related_to(sme_id)
        own_versions = [lst.ranked.sme_version for key, lst in related.items() if key[0] == sme_id]
        if own_versions and max(own_versions) >= change.version:
            return "duplicate"
        affected: set[ListKey] = {(sme_id, d) for d in DIRECTIONS}
        affected |= self._live.lists_entered_by(sme_id)
        affected |= set(related)
        read = Prefetched(related, set(related) | {(sme_id, d) for d in DIRECTIONS})
        # Each pair is credited to the later change of its two sides (the feed may be ahead of this event).
        # A list left behind by a crash mid-write is healed, and its news told, by the next reconcile.
        await self._refresh(affected, None, prefetched=read)
        return "refreshed"

    async def _on_erasure(self, erased: ProfileErased) -> Outcome:
        sme_id = erased.sme_id
        if sme_id in self._live:
            return "superseded"
        # Under the lock: a refresh already computing this SME's lists finishes (and its write
        # is deleted here) before the delete; one that starts later no longer sees the SME.
        async with self._lock:
            related = await self._lists.related_to(sme_id)
            holders = {key for key in related if key[0] != sme_id}
            if holders:
                await self._refresh_holding_lock(holders, None, Prefetched(related, set(related)))
            await self._lists.delete_lists_of(sme_id)
        for direction in DIRECTIONS:
            self._known.pop((sme_id, direction), None)
        await self._declines.delete_involving(sme_id)
        return "erased"

    # ------------------------------------------------------------ feedback

    async def on_feedback(self, feedback: MatchFeedbackV1) -> Outcome:
        if feedback.decision != "decline":
            return "ignored"
        await self._declines.add(
            Decline(
                supplier_id=feedback.supplier_id,
                buyer_id=feedback.buyer_id,
                by_sme_id=feedback.by_sme_id,
                suggestion_id=feedback.suggestion_id,
                event_id=feedback.event_id,
            )
        )
        self._live.decline(feedback.supplier_id, feedback.buyer_id)
        await self._refresh(
            {(feedback.buyer_id, "suppliers"), (feedback.supplier_id, "buyers")}, feedback.correlation_id
        )
        return "declined"

    async def load_declines(self) -> int:
        """Apply declines stored by any replica since the last call; returns how many were new here."""
        since = None if self._decline_watermark is None else self._decline_watermark - _DECLINE_SYNC_MARGIN
        applied = 0
        for stored in await self._declines.stored_since(since):
            applied += self._live.decline(stored.supplier_id, stored.buyer_id)
            if self._decline_watermark is None or stored.stored_at > self._decline_watermark:
                self._decline_watermark = stored.stored_at
        return applied

    # ----------------------------------------------------------- reconcile

    async def reconcile(self, sme_ids: Iterable[str]) -> int:
        """Bring the stored lists of these SMEs in line with the index (after a refit or a rebalance).

        A pair found here is credited to the latest profile change of its two sides (see
        `_is_history` for lists never stored before). Lists that still equal what this
        replica last stored or read cost no I/O.
        """
        if not self._warm:
            # Cold start: learn what is stored in one pass instead of one read per list.
            async for stored in self._lists.all_lists():
                self._known[(stored.ranked.sme_id, stored.ranked.direction)] = stored.ranked
            self._warm = True
        changed: list[ListKey] = []
        unstored: list[ListKey] = []
        for sme_id in sme_ids:
            if sme_id not in self._live:
                continue
            for direction in DIRECTIONS:
                key = (sme_id, direction)
                known, ranked = self._known.get(key), self._live.ranked(sme_id, direction)
                if known is not None and not ranked.same_content(known):
                    changed.append(key)
                elif known is None and ranked.entries:
                    unstored.append(key)
        # Lists with a stored past first: only they can carry news.
        stale = changed + unstored
        published = 0
        # Small chunks: event handlers wait for the lock between two of them.
        for start in range(0, len(stale), _RECONCILE_CHUNK):
            chunk = set(stale[start : start + _RECONCILE_CHUNK])
            published += await self._refresh(chunk, None)
        return published

    # ------------------------------------------------------------- refresh

    async def _refresh(
        self,
        keys: set[ListKey],
        correlation_id: str | None,
        prefetched: Prefetched | None = None,
    ) -> int:
        """Recompute these lists, publish what entered them, store them; returns suggestions sent.

        A suggestion carries `correlation_id` when given (a decline's), else that of the
        later profile change of its two sides: the change that made the pair possible.

        Suggestions go out before the lists are stored: a crash in between repeats them
        (same suggestion ids) rather than losing them.
        """
        async with self._lock:
            return await self._refresh_holding_lock(keys, correlation_id, prefetched)

    async def _refresh_holding_lock(
        self, keys: set[ListKey], correlation_id: str | None, prefetched: Prefetched | None
    ) -> int:
        pending = set(keys)
        published = 0
        for _ in range(_MAX_WRITE_ROUNDS):
            if not pending:
                return published
            if prefetched is not None:
                stored = {k: v for k, v in prefetched.lists.items() if k in pending}
                # Lists the engine says were entered may be stored without holding the SME yet.
                uncovered = pending - prefetched.covers
                if uncovered:
                    stored |= await self._lists.get_many(uncovered)
                prefetched = None
            else:
                stored = await self._lists.get_many(pending)
            self._known.update({key: lst.ranked for key, lst in stored.items()})
            await self._catch_up_with(stored.values())
            current, positions = await self._compute_without_declined(pending, stored)
            writes: list[tuple[RankedList, int | None]] = []
            for key in sorted(pending):
                ranked = current.get(key)
                previous = stored.get(key)
                if ranked is None or ranked.same_content(previous.ranked if previous else None):
                    continue
                if previous is None and all(self._is_history(key[0], e.partner_id) for e in ranked.entries):
                    # Nothing to tell (the API computes such a list from the index): no write, which
                    # keeps a new database under an old topic small.
                    self._known[key] = ranked
                    continue
                for rank, entry in entered(previous.ranked if previous else None, ranked):
                    if previous is None and self._is_history(ranked.sme_id, entry.partner_id):
                        continue
                    correlation = (
                        correlation_id
                        or self._live.latest_correlation(ranked.sme_id, entry.partner_id)
                        or str(uuid.uuid4())
                    )
                    await self._suggestions.publish(suggestion_for(ranked, rank, entry, correlation))
                    published += 1
                writes.append((ranked, previous.revision if previous else None))
            lost = await self._lists.save_many(writes, positions)
            self._known.update(
                {(r.sme_id, r.direction): r for r, _ in writes if (r.sme_id, r.direction) not in lost}
            )
            pending = lost
        if pending:
            raise ConcurrentUpdateError(f"lists kept changing: {sorted(pending)}")
        return published

    def _is_history(self, *sme_ids: str) -> bool:
        """True when all these SMEs last changed before this database existed.

        A new database under an old topic has no record of what was suggested; rather
        than suggest every pair again, pairs of SMEs that did not change since are not news.
        """
        if self.history_before is None:
            return False
        changes = [self._live.last_change_at(i) for i in sme_ids]
        return all(c is not None and c < self.history_before for c in changes)

    async def _catch_up_with(self, stored: Iterable[StoredList]) -> None:
        """Never overwrite a list computed from an index that had seen more than ours."""
        needed: dict[int, int] = {}
        for lst in stored:
            for partition, offset in lst.index_positions.items():
                needed[partition] = max(offset, needed.get(partition, 0))
        if needed and not self._feed.has_reached(needed):
            try:
                await self._feed.wait_until(needed, self._catch_up_timeout_s)
            except TimeoutError:
                # E.g. the topic was recreated under an old database; carry on rather than stall.
                log.warning("index did not reach the stored lists' positions", extra={"needed": needed})

    async def _compute_without_declined(
        self, keys: set[ListKey], stored: Mapping[ListKey, StoredList]
    ) -> tuple[dict[ListKey, RankedList], dict[int, int]]:
        """Current lists, after applying declines another replica stored but this one has not synced."""
        for _ in range(3):
            current = {key: self._live.ranked(*key) for key in keys if key[0] in self._live}
            positions = self._feed.snapshot_positions()
            new_pairs = {
                pair_of(ranked, entry)
                for key, ranked in current.items()
                for _, entry in _new_entries(stored.get(key), ranked)
            }
            blocked = await self._declines.declined_among(new_pairs)
            if not blocked:
                return current, positions
            for supplier_id, buyer_id in blocked:
                self._live.decline(supplier_id, buyer_id)
        raise ConcurrentUpdateError("declines kept arriving while lists were computed")


def _new_entries(previous: StoredList | None, ranked: RankedList) -> list[tuple[int, ListEntry]]:
    return entered(previous.ranked if previous else None, ranked)
