"""The matcher's lines about a record it gives up on name the record's event and correlation ids,
as the registry's and notifier's do: an operator follows one event through every service's log."""

from __future__ import annotations

import logging

import pytest
from aiokafka import ConsumerRecord

from services.matcher.dead_letters import FeedDeadLetters
from services.matcher.feed import Batch, apply_records
from services.matcher.live_index import Engine, EngineIndex, LiveIndex
from shared.topics import SME_PROFILES
from tests.support.recording_producer import RecordingProducer
from tests.unit.matcher_service.factories import DeadLetterClaims, changed, profile
from tests.unit.matcher_service.overlap_engine import OverlapIndex, WordsMatch, WordsProfile, to_words_profile


class _Broken(OverlapIndex):
    def upsert(self, profile: WordsProfile) -> list[WordsMatch]:
        raise RuntimeError("engine fault")


def _snapshot() -> ConsumerRecord[bytes, bytes]:
    event = changed(profile("sme-7", offers=("hemp yarn",)), 3)
    return ConsumerRecord(
        topic=SME_PROFILES,
        partition=4,
        offset=57,
        timestamp=0,
        timestamp_type=0,
        key=b"sme-7",
        value=event.to_bytes(),
        checksum=None,
        serialized_key_size=0,
        serialized_value_size=0,
        headers=(
            ("event_type", event.event_type.encode()),
            ("event_id", b"ev-57"),
            ("correlation_id", b"corr-57"),
        ),
    )


def _fitted_broken_index() -> LiveIndex:
    def new_index(k: int) -> EngineIndex:
        return _Broken(k)

    live = LiveIndex(Engine(new_index=new_index, to_profile=to_words_profile), 10)
    live.complete_refit(live.build_index(live.begin_refit()), 0)
    return live


def _line(caplog: pytest.LogCaptureFixture, message: str) -> logging.LogRecord:
    [line] = [r for r in caplog.records if r.getMessage() == message]
    return line


async def test_a_record_the_engine_fails_on_is_logged_and_dead_lettered_with_its_ids(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    batch = Batch()

    apply_records(_fitted_broken_index(), [_snapshot()], batch)
    letters = FeedDeadLetters({"dead_lettered": DeadLetterClaims()}, RecordingProducer(), consumer="matcher")  # type: ignore[arg-type]
    await letters.send(batch)

    for message in ("could not index a record; dead-lettered", "message dead-lettered"):
        line = _line(caplog, message)
        assert (line.topic, line.partition, line.offset) == (SME_PROFILES, 4, 57)  # type: ignore[attr-defined]
        assert line.event_id == "ev-57"  # type: ignore[attr-defined]
        assert line.correlation_id == "corr-57"  # type: ignore[attr-defined]
    assert _line(caplog, "message dead-lettered").consumer == "matcher"  # type: ignore[attr-defined]
