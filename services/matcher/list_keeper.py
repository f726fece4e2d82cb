"""Keeps the stored top-k lists of the SMEs this replica owns, and tells what entered them.

The stored lists are the memory of what was already suggested: a pair is news
when it is in a freshly computed list and not in the stored one. A replica
keeps the lists of the SMEs keyed to the `sme.profiles` partitions its group
member owns (see ownership), holds a copy of them in memory, and so never asks
the database what it stored, only tells it. Three things make a list dirty:

- a batch from the feed: the changed SMEs' own lists, the lists they entered
  (the engine says which) and the lists that held them; a decline's two lists;
- a refit: every owned list (new weights can reorder any of them);
- gaining a partition: its SMEs' lists are taken over (read once, under a new
  ownership epoch), then refreshed, which also tells what a crashed or previous
  owner computed but never stored.

Erasure reaches the stored lists even when no replica ran as the tombstone was
written: a replica that starts later reads the tombstone during its replay,
which hands no batch on. So taking a partition over deletes the stored lists
(and declines) of SMEs that are not live, and refreshing the partition's live
lists drops them from their partners' lists; the first batch after start-up
deletes stored declines of ids that are not live (see `_sweep_declines`).

Writes are fenced by that epoch (list_repository): a list is written only for a
partition this replica still owns and has taken over, under the epoch it claimed,
and a write the previous owner still had in flight lands below what this replica
took over, so it can neither overwrite nor hide what this replica stores.

In a burst (a bulk import) the feed marks its fetches `hold`: what they dirtied is
kept, and refreshed once when the burst ends, by the full pass of the refit the
burst calls for or by the first fetch after it (services.matcher.burst). What a
change outside the import dirtied (`Batch.prompt`: one SME registering while a
coordinator imports thousands) is refreshed at once, hold or not: on 20,000 SMEs
a hold lasts up to a minute, and such a registration waited for it.

The keeper has no task of its own: the feed calls `on_batch` after every fetch
(at least once a second when idle), and a full pass asked for since (a refit, a
partition gained) is served first. One caller at a time, so no lock: a list is
never computed by two passes at once, and an outage retried by the feed holds
back later batches and passes alike.

Refreshing a dirty list publishes its news and then stores it (at least once:
a crash in between repeats the news under the same suggestion ids). A list is
stored only when its partners change: that is all the memory needs, and the API
serves current scores and reasons from the index, so a partner's edit that moves
no one in or out of a list costs no write.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Protocol

from services.matcher.decline_repository import DeclineRepository
from services.matcher.engine_workers import freeze_new_objects, paused_collector
from services.matcher.feed import Batch
from services.matcher.list_repository import ListKey, ListRepository, ListWrite
from services.matcher.live_index import LiveIndex
from services.matcher.metrics import MatcherMetrics
from services.matcher.ranked_lists import DIRECTIONS, RankedList, entered, suggestion_for
from shared.events import MatchSuggestedV1

log = logging.getLogger(__name__)
_YIELD_EVERY = 10  # lists computed between two turns of the event loop (about 30 ms each, busy)
# Lists in one refresh from which the collector waits for its end (a full pass: see `_refresh`).
PAUSE_COLLECTOR_FROM = 1_000


class SuggestionSink(Protocol):
    async def publish_many(self, events: list[MatchSuggestedV1]) -> None: ...


class DeadLetters(Protocol):
    async def send(self, batch: Batch) -> None: ...


class ListKeeper:
    def __init__(
        self,
        live: LiveIndex,
        lists: ListRepository,
        declines: DeclineRepository,
        suggestions: SuggestionSink,
        dead_letters: DeadLetters,
        owned: Callable[[], set[int]],
        *,
        history_before: datetime | None = None,
        metrics: MatcherMetrics | None = None,
        started_at: datetime | None = None,
        pause_collector_from: int = PAUSE_COLLECTOR_FROM,
    ) -> None:
        self._live = live
        self._pause_collector_from = pause_collector_from
        self._lists = lists
        self._declines = declines
        self._suggestions = suggestions
        self._dead_letters = dead_letters
        self._owned = owned
        # When this matcher database was first used; see `_is_history`.
        self._history_before = history_before
        self._metrics = metrics
        # The stored lists of owned SMEs, as stored; and partner -> the owned lists holding it.
        self._stored: dict[ListKey, RankedList] = {}
        self._holders: dict[str, set[ListKey]] = {}
        # Partitions gained and not yet read, and whether a refit asked for a full pass:
        # asked for between two batches (by the rebalance or the refitter), served by the next.
        self._gained: set[int] = set()
        self._refit_pending = False
        # Lists the batch in hand made dirty, kept until they are stored; of those, the ones
        # changes outside a bulk import dirtied (refreshed even while a burst holds).
        self._dirty: set[ListKey] = set()
        self._prompt: set[ListKey] = set()
        # The epoch claimed on each partition taken over and still owned: writes carry it.
        self._epochs: dict[int, int] = {}
        # Before the feed started: a list stored by then whose SME the replayed index lacks is
        # of an SME that is gone (see `_gone`). Made before the feed reads its end offsets.
        self._started_at = started_at or datetime.now(UTC)
        self._declines_swept = False

    # ------------------------------------------------------------ requests

    def partitions_gained(self, partitions: set[int]) -> None:
        self._gained |= partitions

    def partitions_lost(self, partitions: set[int]) -> None:
        self._gained -= partitions
        for partition in partitions:
            self._epochs.pop(partition, None)  # a pass or batch in flight writes none of their lists
        for key in [k for k in self._stored if self._live.partition_of(k[0]) in partitions]:
            self._forget(key)

    async def after_refit(self, reason: str) -> None:
        self._refit_pending = True

    async def full_pass(self, gained: set[int], *, after_refit: bool) -> tuple[int, int]:
        """Take the gained partitions over (their stored lists, under a new epoch), then refresh
        their lists (every owned one after a refit); returns (suggestions sent, lists looked at)."""
        if after_refit:
            gained = gained | await self._overtaken()
        taken: set[int] = set()
        for partition in sorted(gained & self._owned()):
            over = await self._lists.take_over(partition)
            if partition not in self._owned():
                continue  # revoked meanwhile: the next owner takes over above this epoch
            for key in [k for k in self._stored if self._live.partition_of(k[0]) == partition]:
                self._forget(key)  # taken over again: the stored lists may have changed since
            gone = {key[0] for key in over.lists if self._gone(key[0], over.updated_at[key])}
            for key, ranked in over.lists.items():
                if key[0] not in gone:
                    self._remember(key, ranked)
            self._epochs[partition] = over.epoch
            taken.add(partition)
            if gone:
                # Erased while no replica kept this partition: the tombstone's batch never came.
                # Their places in partners' lists go with the refresh of this pass (or their owner's).
                await self._lists.delete_lists_of(gone)
                await self._declines.delete_involving(gone)
                log.info("stored lists of erased SMEs deleted", extra={"partition": partition, "smes": len(gone)})
        keys = self._owned_keys(self._live.live_ids(self._mine() if after_refit else taken))
        sent = await self._refresh(keys)
        self._dirty -= keys  # refreshed now: a burst's held lists too, when its refit asked for this pass
        self._prompt -= keys
        return sent, len(keys)

    async def _overtaken(self) -> set[int]:
        """Partitions this replica owns that another one claimed since it took them over.

        A replica dropped from the group without hearing of it yet (its session expired while
        it could not reach Kafka, or its loop stalled) can take over a partition after its new
        owner did; its epoch is then the higher and this replica's writes are hidden. Checked
        after each refit (one small read per partition); taking them over again reads what the
        other stored, and the pass that follows writes what differs from this replica's index.
        """
        mine = self._mine()
        newest = await self._lists.newest_epochs(mine) if mine else {}
        overtaken = {p for p in mine if newest.get(p, 0) > self._epochs[p]}
        if overtaken:
            log.warning(
                "partitions claimed by another replica; taking them over again", extra={"partitions": sorted(overtaken)}
            )
        return overtaken

    def _gone(self, sme_id: str, stored_at: datetime) -> bool:
        """Whether a stored list's SME is gone for good: not live, and seen erased, or its list was
        stored before this replica started (a live SME stored by then is in the replayed index)."""
        if sme_id in self._live:
            return False
        at = stored_at if stored_at.tzinfo else stored_at.replace(tzinfo=UTC)
        return self._live.was_erased(sme_id) or at < self._started_at

    async def _sweep_declines(self) -> None:
        """Once, on the first batch after start-up: stored declines of ids that are not live are of
        SMEs erased while no replica ran (or whose decline came after the tombstone); delete them."""
        gone = self._live.declined_strangers()
        if gone:
            await self._declines.delete_involving(gone)
            self._live.forget_declines_of(gone)
            log.info("declines of erased SMEs deleted", extra={"smes": len(gone)})
        self._declines_swept = True

    def _mine(self) -> set[int]:
        """Partitions whose lists this replica writes: owned, and taken over under an epoch."""
        return self._owned() & set(self._epochs)

    async def _serve_pending(self) -> None:
        """The full pass asked for since the last batch, if any; however many asked, one pass."""
        if not (self._gained or self._refit_pending):
            return
        gained, self._gained = self._gained, set()
        full, self._refit_pending = self._refit_pending, False
        try:
            sent, lists = await self.full_pass(gained, after_refit=full)
        except BaseException:
            self._gained |= gained  # retried with the batch (see feed): asked for again
            self._refit_pending |= full
            raise
        log.info(
            "lists refreshed",
            extra={"partitions": sorted(gained), "after_refit": full, "lists": lists, "suggestions": sent},
        )

    # --------------------------------------------------------------- batch

    async def on_batch(self, batch: Batch) -> None:
        """Serve a pending full pass, then refresh every owned list the batch touched, once;
        store declines; drop erased SMEs."""
        self._note_dirty(batch)
        if not self._declines_swept:
            await self._sweep_declines()
        await self._serve_pending()
        if batch:
            await self._dead_letters.send(batch)
            if batch.declined:
                await self._declines.add_many(batch.declined)
        mine = self._mine()
        # Held in a burst: refreshed once at its end (burst), but for what a single change dirtied.
        due = self._prompt if batch.hold else self._dirty
        if due:
            await self._refresh({key for key in due if self._live.partition_of(key[0]) in mine})
            self._dirty -= due
            self._prompt.clear()
        if not batch:
            return  # an idle fetch with nothing held: no database work at all
        erased_here = {i for i in batch.erased if self._live.partition_of(i) in mine}
        if erased_here:
            await self._lists.delete_lists_of(erased_here)
            await self._declines.delete_involving(erased_here)
            for sme_id in erased_here:
                for direction in DIRECTIONS:
                    self._forget((sme_id, direction))

    def _note_dirty(self, batch: Batch) -> None:
        """Before any await: the index tells which lists an SME entered only once, and a batch
        whose storing failed is handed again (see feed), so what it dirtied is kept until stored."""
        for sme_id in batch.changed | batch.erased:
            dirtied = {(sme_id, d) for d in DIRECTIONS} | self._live.lists_entered_by(sme_id)
            dirtied |= self._holders.get(sme_id, set())
            self._dirty |= dirtied
            if sme_id in batch.prompt:
                self._prompt |= dirtied
        for decline in batch.declined:
            self._dirty |= {(decline.buyer_id, "suppliers"), (decline.supplier_id, "buyers")}

    # ------------------------------------------------------------- refresh

    def _owned_keys(self, sme_ids: Iterable[str]) -> set[ListKey]:
        return {(sme_id, d) for sme_id in sme_ids for d in DIRECTIONS}

    async def _refresh(self, keys: set[ListKey]) -> int:
        """Recompute these lists, publish what entered them, then store them; returns suggestions sent.

        A full pass makes millions of objects that live on (the lists kept, the news until it is
        published); while they pile up, CPython walks every object not frozen in full collections
        that find nothing (20,000-SME pipeline benchmark: 30 "garbage collector paused the process"
        lines, 96 s in all, most during the passes; one pass over 40,000 lists took 97 s). So a
        large refresh runs with the collector paused, and what it kept is frozen after it."""
        if len(keys) < self._pause_collector_from:
            return await self._refresh_lists(keys)
        with paused_collector():
            sent = await self._refresh_lists(keys)
        freeze_new_objects()
        return sent

    async def _refresh_lists(self, keys: set[ListKey]) -> int:
        began = time.perf_counter()
        news: list[tuple[int, MatchSuggestedV1]] = []
        writes: list[ListWrite] = []
        for n, key in enumerate(sorted(keys), start=1):
            if n % _YIELD_EVERY == 0:
                await asyncio.sleep(0)  # a full pass computes thousands: heartbeats and requests go on
            sme_id = key[0]
            partition = self._live.partition_of(sme_id)
            if sme_id not in self._live or partition is None:
                continue  # erased: its lists go with it
            previous = self._stored.get(key)
            if previous is not None and self._live.partners(*key) == previous.partner_ids():
                continue  # the same partners: nothing to tell, and the API serves scores from the index
            ranked = self._live.ranked(*key)
            told = [
                (rank, e)
                for rank, e in entered(previous, ranked)
                if previous is not None or not self._is_history(sme_id, e.partner_id)
            ]
            if previous is None and not told:
                continue  # nothing was ever news in it: the API computes such a list from the index
            for rank, entry in told:
                correlation = self._live.latest_correlation(sme_id, entry.partner_id) or str(uuid.uuid4())
                news.append((partition, suggestion_for(ranked, rank, entry, correlation)))
            writes.append(ListWrite(ranked, partition, self._epochs.get(partition, 0), previous is not None))
        # Computing yields to the loop: partitions lost meanwhile are the new owner's to tell and store.
        mine = self._mine()
        writes = [w for w in writes if w.partition in mine and self._epochs[w.partition] == w.epoch]
        published = [event for partition, event in news if partition in mine]
        await self._suggestions.publish_many(published)
        await self._lists.save_many(writes)
        for write in writes:
            if self._epochs.get(write.partition) == write.epoch:  # not lost while storing
                self._remember((write.ranked.sme_id, write.ranked.direction), write.ranked)
        if self._metrics is not None:
            self._metrics.suggestions_published.inc(len(published))
            self._metrics.lists_written.inc(len(writes))
            self._metrics.refresh_seconds.observe(time.perf_counter() - began)
        return len(published)

    def _is_history(self, *sme_ids: str) -> bool:
        """True when all these SMEs last changed before this database existed.

        A new database under an old topic has no record of what was suggested; rather
        than suggest every pair again, pairs of SMEs that did not change since are not news.
        """
        if self._history_before is None:
            return False
        changes = [self._live.last_change_at(i) for i in sme_ids]
        return all(c is not None and c < self._history_before for c in changes)

    def _remember(self, key: ListKey, ranked: RankedList) -> None:
        self._forget(key)
        self._stored[key] = ranked
        for partner in ranked.partner_ids():
            self._holders.setdefault(partner, set()).add(key)

    def _forget(self, key: ListKey) -> None:
        old = self._stored.pop(key, None)
        if old is None:
            return
        for partner in old.partner_ids():
            holders = self._holders.get(partner)
            if holders is not None:
                holders.discard(key)
                if not holders:
                    del self._holders[partner]
