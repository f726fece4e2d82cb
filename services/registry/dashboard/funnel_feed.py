"""Keeps the funnel's read model from the facts the matcher and the notifier publish.

- `match.suggestions`: a pair was suggested (`MatchSuggestedV1`);
- `match.feedback`: one side accepted or declined it (`MatchFeedbackV1`);
- `sme.profiles` tombstones: an SME was erased, so its pairs are deleted.

Events about an SME the registry does not hold live (erased since, or never
its own, as on a test broker shared by several registries) are skipped: an
erasure cannot be undone by a suggestion that was in flight. Offsets are
committed only after a batch is stored; storing is idempotent (`funnel_store`),
so a batch read again after a crash changes nothing. A new consumer group
starts at the beginning of the topics (they keep a week of events). A record
that cannot be read is logged without its bytes and skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection, Sequence

from aiokafka import AIOKafkaConsumer, ConsumerRecord
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from services.registry.dashboard.funnel_store import FunnelStore
from services.registry.repository import ProfileRepository
from shared.events import MatchFeedbackV1, MatchSuggestedV1
from shared.settings import comma_separated
from shared.topics import MATCH_FEEDBACK, MATCH_SUGGESTIONS, SME_PROFILES

log = logging.getLogger(__name__)

_RETRY_S = 5.0
LiveIds = Callable[[Collection[str]], Awaitable[set[str]]]
Event = MatchSuggestedV1 | MatchFeedbackV1


def live_ids_in(repository: ProfileRepository) -> LiveIds:
    async def live_ids(sme_ids: Collection[str]) -> set[str]:
        # The heads alone (one small read by `_id`): the newest versions behind them doubled the
        # reads of a refit's burst of suggestions. A head is written just after its version, so
        # an erasure is seen here as soon as its tombstone can be.
        heads = await repository.heads_many(sme_ids)
        return {sme_id for sme_id, version in heads.items() if version is not None and version.live}

    return live_ids


def _read(record: ConsumerRecord[bytes, bytes]) -> Event | None:
    model = MatchSuggestedV1 if record.topic == MATCH_SUGGESTIONS else MatchFeedbackV1
    try:
        return model.model_validate_json(record.value or b"")
    except ValidationError as exc:
        log.warning(
            "funnel: record skipped, unreadable (%d errors)", exc.error_count(),
            extra={"topic": record.topic, "partition": record.partition, "offset": record.offset},
        )  # fmt: skip
        return None


class FunnelFeed:
    def __init__(self, store: FunnelStore, live_ids: LiveIds, bootstrap_servers: str, group_id: str) -> None:
        self._store = store
        self._live_ids = live_ids
        self._bootstrap = comma_separated(bootstrap_servers)
        self._group_id = group_id

    async def run(self) -> None:
        """Consume until cancelled; an unreachable broker or database is retried, never fatal."""
        while True:
            consumer = AIOKafkaConsumer(
                MATCH_SUGGESTIONS, MATCH_FEEDBACK, SME_PROFILES,
                bootstrap_servers=self._bootstrap, group_id=self._group_id,
                enable_auto_commit=False, auto_offset_reset="earliest",
            )  # fmt: skip
            try:
                await consumer.start()
                while True:
                    batches = await consumer.getmany(timeout_ms=1000, max_records=500)
                    records = [record for part in batches.values() for record in part]
                    if records:
                        await self.apply(records)
                        await consumer.commit()
            except asyncio.CancelledError:
                raise
            except (KafkaError, OSError):
                log.warning("funnel: Kafka unavailable; retrying", exc_info=True)
            except Exception:  # our database: the batch was not committed and is read again
                log.warning("funnel: could not store a batch; retrying", exc_info=True)
            finally:
                await consumer.stop()
            await asyncio.sleep(_RETRY_S)

    async def apply(self, records: Sequence[ConsumerRecord[bytes, bytes]]) -> None:
        tombstones = [r for r in records if r.topic == SME_PROFILES and r.value is None and r.key]
        erased = [r.key.decode("utf-8", "replace") for r in tombstones if r.key]
        events = [e for r in records if r.topic != SME_PROFILES and (e := _read(r)) is not None]
        # Suggestions ask about liveness only for pairs not stored yet (most of a refit's are).
        await self._store.suggested([e for e in events if isinstance(e, MatchSuggestedV1)], self._live_ids)
        answers = [e for e in events if isinstance(e, MatchFeedbackV1)]
        live = await self._live_ids({sme for e in answers for sme in (e.supplier_id, e.buyer_id)}) if answers else set()
        for event in answers:
            if {event.supplier_id, event.buyer_id} <= live:  # few: one at a time, in order
                await self._store.answered(event)
        if erased:
            forgotten = await self._store.forget(erased)
            log.info("funnel: erased SMEs forgotten", extra={"smes": len(erased), "pairs": forgotten})
