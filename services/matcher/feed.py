"""Every replica reads all of `sme.profiles` and `match.feedback` into its own index.

A plain consumer with no group and every partition of both topics assigned, from
the beginning, and it keeps reading: the index must hold every live SME and every
declined pair, whichever lists this replica keeps. Start-up is done when the end
offsets seen at start-up are reached; the index is then fitted once on everything
(faster than one upsert per profile).

Records are applied a fetch at a time; what a fetch changed is handed to the
`on_batch` callback once, so a burst of changes costs one pass over the lists
they touch instead of one per record. The callback runs before the next fetch:
while it works, new records queue up in Kafka and arrive as the next, larger batch.
It is called after every fetch once caught up, also an empty one (a fetch waits
at most a second), so the keeper serves work asked for between two fetches (a
refit, a partition gained) from this one task, in order with the changes.

In a burst, the lists wait for its end (services.matcher.burst): a fetch of many
records starts a hold, a quiet spell of two seconds ends it (at most ten seconds
after it began), and the refit a burst calls for runs then, before its lists are told.
A change that no bulk import wrote (one registration or edit during someone's import:
the record has no `origin: import` header) is not held: its lists are told at once.

When storing what a fetch changed fails (the database is away), it is retried with
a growing pause, and never dead-lettered: the index already holds the change, the
stored lists are derived from it, and a profile event on a dead-letter topic would
leave the SME out of its partners' lists until someone replayed it (decision 0013).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from prometheus_client import Counter
from pydantic import ValidationError

from services.matcher.burst import BurstHold, Step
from services.matcher.engine_workers import freeze_heap
from services.matcher.live_index import LiveIndex
from services.matcher.profile_events import (
    InvalidProfileRecord,
    ProfileChanged,
    decode_headers,
    parse_profile_record,
)
from services.matcher.refit import Refitter
from shared.consumer_retry import RetryPolicy, record_context
from shared.events import MatchFeedbackV1
from shared.native import in_use
from shared.topics import MATCH_FEEDBACK, SME_PROFILES

log = logging.getLogger(__name__)
START_UP_REFIT_RETRY_S = 10.0  # a failed start-up fit is retried: the index is not ready without one
_MAX_RECORDS_PER_FETCH = 2000
_STOP_GRACE_S = 10.0  # at shutdown, time for the batch in hand to be published and stored
# Records applied between two turns of the event loop. A whole fetch applied at once held the
# loop for over 10 s on a busy machine: the group member's heartbeats (a few turns each) stopped,
# its session expired and a rebalance and a full pass followed (pipeline benchmark).
_YIELD_EVERY = 10


@dataclass(frozen=True)
class Poison:
    """A record that can never be applied, and why; it belongs on the dead-letter topic."""

    record: ConsumerRecord[bytes, bytes]
    error: str


@dataclass
class Batch:
    """What one fetch changed in the index."""

    changed: set[str] = field(default_factory=set)  # SMEs whose new profile was indexed
    erased: set[str] = field(default_factory=set)  # SMEs removed from the index
    declined: list[MatchFeedbackV1] = field(default_factory=list)  # pairs newly blocked
    poison: list[Poison] = field(default_factory=list)
    hold: bool = False  # in a burst: the lists it dirtied wait for the rest of it (services.matcher.burst)
    # Changed by one registration or edit, not a bulk import: told at once, even in a burst's hold.
    prompt: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.changed or self.erased or self.declined or self.poison)


BatchHandler = Callable[[Batch], Awaitable[None]]
CaughtUpHandler = Callable[[], Awaitable[None]]


def apply_records(live: LiveIndex, records: Iterable[ConsumerRecord[bytes, bytes]], batch: Batch) -> None:
    """`apply_record` for each; a record the engine fails on is poison, never silently skipped."""
    for record in records:
        try:
            apply_record(live, record, batch)
        except Exception as exc:
            # An engine bug on one profile must not stop the index for every other one; the record
            # goes to the dead-letter topic with the reason, to be replayed after a fix.
            log.exception("could not index a record; dead-lettered", extra=record_context(record))
            batch.poison.append(Poison(record, f"the engine could not apply it: {exc!r}"[:2000]))


def apply_record(live: LiveIndex, record: ConsumerRecord[bytes, bytes], batch: Batch) -> None:
    """Apply one record to the index and note its effect in `batch` (pure but for the index)."""
    if record.topic == MATCH_FEEDBACK:
        try:
            feedback = MatchFeedbackV1.model_validate_json(record.value or b"")
        except ValidationError as exc:
            batch.poison.append(Poison(record, f"not a valid MatchFeedbackV1: {exc}"))
            return
        if feedback.decision == "decline" and live.decline(feedback.supplier_id, feedback.buyer_id):
            batch.declined.append(feedback)
        return
    try:
        parsed = parse_profile_record(record.key, record.value, decode_headers(record.headers))
    except InvalidProfileRecord as exc:
        batch.poison.append(Poison(record, str(exc)))
        return
    if isinstance(parsed, ProfileChanged):
        applied = live.apply_change(
            parsed.event.profile, parsed.version, record.partition, parsed.correlation_id, parsed.event.occurred_at
        )
        if applied:
            batch.changed.add(parsed.sme_id)
            batch.erased.discard(parsed.sme_id)
            if not parsed.from_import:
                batch.prompt.add(parsed.sme_id)
    elif live.apply_erasure(parsed.sme_id, parsed.version, record.partition):
        batch.erased.add(parsed.sme_id)
        batch.changed.discard(parsed.sme_id)
        batch.prompt.discard(parsed.sme_id)


class Feed:
    def __init__(
        self,
        bootstrap_servers: str,
        live: LiveIndex,
        refitter: Refitter,
        topics: Iterable[str] = (SME_PROFILES, MATCH_FEEDBACK),
        *,
        retries: Counter | None = None,
        burst: BurstHold | None = None,
    ) -> None:
        self._bootstrap = bootstrap_servers
        self._burst = burst or BurstHold()
        self._live = live
        self._refitter = refitter
        refitter.defer_periodic_while(lambda: self._burst.holding)  # the burst's end refits on all of it
        self._topics = tuple(topics)
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._start_end: dict[TopicPartition, int] = {}
        self._on_batch: BatchHandler | None = None
        self._on_caught_up: CaughtUpHandler | None = None
        self._replayed_poison: list[Poison] = []
        self._retries = retries  # failed stores of a batch's lists that are tried again, by topic
        self._backoff = RetryPolicy()  # only its pauses: a batch's lists are retried until stored
        # Everything before these offsets is in the index.
        self.positions: dict[TopicPartition, int] = {}
        self.caught_up = asyncio.Event()

    async def start(self, on_batch: BatchHandler, on_caught_up: CaughtUpHandler | None = None) -> None:
        """Replay, then hand every fetch to `on_batch`; `on_caught_up` runs once, between the two."""
        self._on_batch, self._on_caught_up = on_batch, on_caught_up
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            client_id="matcher-feed",
        )
        await consumer.start()
        self._consumer = consumer
        tps = [TopicPartition(topic, p) for topic in self._topics for p in await self._partitions(consumer, topic)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        self.positions = await consumer.beginning_offsets(tps)
        self._start_end = await consumer.end_offsets(tps)
        ends = {f"{tp.topic}/{tp.partition}": offset for tp, offset in self._start_end.items()}
        log.info("replaying", extra={"end_offsets": ends})
        self._task = asyncio.create_task(self._run(), name="matcher-feed")

    async def stop(self) -> None:
        """Stop after the fetch in hand is handled (its news published, its lists stored), unless
        that takes longer than the grace: a restart would tell it again, but later."""
        if self._task is not None:
            self._stopping = True
            if self.caught_up.is_set():  # before that, nothing is in hand but the replay
                await asyncio.wait({self._task}, timeout=_STOP_GRACE_S)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    def lag(self) -> dict[tuple[str, int], int]:
        """Records between each partition's end (as of the last fetch) and what the index holds."""
        if self._consumer is None:
            return {}
        found: dict[tuple[str, int], int] = {}
        for tp, position in self.positions.items():
            end = self._consumer.highwater(tp)
            if end is None:  # nothing fetched from it yet: its end when the feed started
                end = self._start_end.get(tp, 0)
            found[(tp.topic, tp.partition)] = max(0, end - position)
        return found

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _partitions(self, consumer: AIOKafkaConsumer, topic: str) -> list[int]:
        # A group-less consumer only has metadata of topics it asked for: ask for this one.
        for _ in range(60):
            cluster = await consumer._client.fetch_all_metadata()
            found = cluster.partitions_for_topic(topic)
            if found:
                return sorted(found)
            await asyncio.sleep(0.5)
        raise RuntimeError(f"topic {topic} has no partitions; were the topics created?")

    async def _run(self) -> None:
        assert self._consumer is not None and self._on_batch is not None
        consumer = self._consumer
        while not self._stopping:
            try:
                fetched = await consumer.getmany(
                    timeout_ms=self._burst.poll_timeout_ms(), max_records=_MAX_RECORDS_PER_FETCH
                )
            except KafkaError:
                log.exception("feed fetch failed; retrying")
                await asyncio.sleep(1.0)
                continue
            batch, step, began = Batch(), Step.REFRESH, 0.0
            for tp, records in fetched.items():
                for start in range(0, len(records), _YIELD_EVERY):
                    apply_records(self._live, records[start : start + _YIELD_EVERY], batch)
                    await asyncio.sleep(0)
                if records:
                    self.positions[tp] = records[-1].offset + 1
            if not self.caught_up.is_set():
                # Replayed changes need no pass of their own: the start-up fit and each list's
                # first pass (when this replica is given it) cover them. Poison is kept for later.
                self._replayed_poison.extend(batch.poison)
                self._live.forget_erased(batch.erased)  # the start-up fit never sees them
                if not all(self.positions.get(tp, 0) >= end for tp, end in self._start_end.items()):
                    continue
                await self._finish_start_up()
                batch, self._replayed_poison = Batch(poison=self._replayed_poison), []
            else:
                records = sum(len(part) for part in fetched.values())
                began = time.monotonic()
                step = self._burst.after_fetch(records, began, urgent=bool(batch.erased))
                batch.hold = step is Step.HOLD
                burst_ended = step is Step.END and self._live.needs_settled_refit()
                if not batch.hold and (self._live.needs_growth_refit() or burst_ended):
                    # A young vocabulary misses words of newer profiles (refit now, while that is
                    # cheap), and a burst's words should weigh in before its lists are told. A long
                    # burst's interim refresh (FLUSH) refits only for growth: its end refits once.
                    await self._refit_now("burst" if step is Step.END else "growth")
            await self._handle(batch)
            if step is Step.FLUSH:
                freeze_heap(collect_all=False)  # what the burst built so far is not walked again
                done = time.monotonic()
                self._burst.refreshed(done, done - began)
            elif step is Step.END:
                freeze_heap(collect_all=True)  # one full collection for the whole burst
            if batch.erased:
                # Their stored lists are gone now: forget the rest of them (PDPA erasure).
                self._live.forget_erased(batch.erased)
                self._refitter.refit_soon("erasure")
            elif not fetched and self._live.needs_settled_refit() and not self._refitter.busy:
                # At the end of the topic after a burst (a bulk import): refit now, in the background,
                # rather than at the next periodic refit, so the lists reach their final weights sooner.
                self._refitter.refit_soon("settled")

    async def _refit_now(self, reason: str) -> None:
        try:
            await self._refitter.refit(reason)
        except Exception:
            log.exception("%s refit failed; the current index stays in use", reason)

    async def _handle(self, batch: Batch) -> None:
        assert self._on_batch is not None
        attempt = 0
        while True:
            try:
                await self._on_batch(batch)
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                # The index already holds the batch; only storing its effect failed (an outage).
                # Retrying here keeps later batches from overtaking it; dead-lettering it would lose
                # derived state no replay is sure to restore (decision 0013).
                attempt += 1
                pause = self._backoff.delay(attempt)
                log.exception(
                    "lists not stored; retrying in %.1f s", pause,
                    extra={"changed": len(batch.changed), "attempt": attempt},
                )  # fmt: skip
                if self._retries is not None:
                    self._retries.labels(SME_PROFILES).inc()
                await asyncio.sleep(pause)

    async def _finish_start_up(self) -> None:
        while len(self._live):
            try:
                await self._refitter.refit("start-up")
                break
            except Exception:  # e.g. a fit worker killed for memory: not ready until a fit succeeds
                log.exception("start-up refit failed; retrying in %.0f s", START_UP_REFIT_RETRY_S)
                await asyncio.sleep(START_UP_REFIT_RETRY_S)
        self.caught_up.set()
        compiled = in_use("services.matcher.scoring.reading")  # `make native`: reads about twice as fast
        log.info("index caught up", extra={"profiles": len(self._live), "compiled_reader": compiled})
        while self._on_caught_up is not None:
            try:
                await self._on_caught_up()
                break
            except Exception:  # e.g. the broker is unreachable for the group member: keep trying
                log.exception("could not finish start-up; retrying")
                await asyncio.sleep(1.0)
