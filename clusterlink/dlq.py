"""`clusterlink dlq list|replay TOPIC`: inspect dead letters and re-inject them after a fix.

A dead letter is named by its place in the dead-letter topic, `PARTITION:OFFSET`
(`0:17`). `replay` re-reads the original record in the topic it came from, at the
position the dead letter names, and publishes its key, bytes and headers (a
tombstone as a tombstone) there again, with a `dlq_replay_of` header. If the
original is gone (compacted away after a newer record or an erasure, or past its
retention), the dead letter's own copy is used, unless personal fields were
redacted from it: then it is not replayed, and the report says why.
Without `--id` it replays the dead letters not replayed before: the consumer group
`clusterlink-dlq-replay` remembers, per dead-letter partition, how far that went.
`--id` replays exactly the ones named (again, if asked) and leaves that mark alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from aiokafka.structs import OffsetAndMetadata

from clusterlink.localinfra.settings import LocalInfraSettings
from shared import dead_letter as dl
from shared.topics import dead_letter

REPLAY_GROUP = "clusterlink-dlq-replay"
REPLAY_OF_HEADER = "dlq_replay_of"
_DLQ_SUFFIX = dead_letter("")


class DeadLetterError(Exception):
    """Something the operator must fix: an unknown topic or id, an unreachable broker."""


@dataclass(frozen=True)
class DeadLetter:
    dlq_topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None  # None: the record was a tombstone
    headers: tuple[tuple[str, bytes], ...]
    replayed: bool  # below the replay mark

    @property
    def id(self) -> str:
        return f"{self.partition}:{self.offset}"

    def header(self, name: str) -> str:
        for key, raw in self.headers:
            if key == name:
                return raw.decode("utf-8", "replace")
        return ""

    @property
    def source_topic(self) -> str:
        return self.header(dl.SOURCE_TOPIC) or self.dlq_topic.removesuffix(_DLQ_SUFFIX)

    @property
    def source(self) -> str:
        return f"{self.source_topic}[{self.header(dl.SOURCE_PARTITION)}]@{self.header(dl.SOURCE_OFFSET)}"

    @property
    def own_headers(self) -> list[tuple[str, bytes]]:
        """The record's headers as they were before it was dead-lettered."""
        return [(k, v) for k, v in self.headers if not k.startswith(dl.DLQ_HEADER_PREFIX)]


def dlq_topic_of(topic: str) -> str:
    """`sme.profiles` and `sme.profiles.dlq` both name the dead letters of sme.profiles."""
    return topic if topic.endswith(_DLQ_SUFFIX) else dead_letter(topic)


async def read_dead_letters(bootstrap: str, topic: str) -> list[DeadLetter]:
    """Every dead letter now in the topic, oldest first within each partition."""
    dlq = dlq_topic_of(topic)
    partitions, marks = await _partitions_and_marks(bootstrap, dlq)
    # No group here: a group member's own offset reset could race the seek below.
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest")
    await _start(consumer, bootstrap)
    try:
        tps = [TopicPartition(dlq, p) for p in sorted(partitions)]
        consumer.assign(tps)
        starts = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        letters: list[DeadLetter] = []
        for tp in tps:
            consumer.seek(tp, starts[tp])
        while await _behind(consumer, ends):
            batches = await consumer.getmany(*tps, timeout_ms=1000)
            for tp, records in batches.items():
                for r in records:
                    if r.offset >= ends[tp]:
                        continue
                    tombstone = any(k == dl.TOMBSTONE for k, _ in r.headers)
                    letters.append(
                        DeadLetter(
                            dlq, r.partition, r.offset, r.timestamp, r.key,
                            None if tombstone else (r.value or b""),
                            tuple(r.headers), r.offset < marks.get(tp, 0),
                        )
                    )  # fmt: skip
        return sorted(letters, key=lambda d: (d.partition, d.offset))
    finally:
        await consumer.stop()


async def _partitions_and_marks(bootstrap: str, topic: str) -> tuple[list[int], dict[TopicPartition, int]]:
    """The topic's partitions, and how far a bulk replay went in each (the replay group's offsets)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await _start(admin, bootstrap)
    try:
        (described,) = await admin.describe_topics([topic])
        if described["error_code"] != 0 or not described["partitions"]:
            raise DeadLetterError(f"topic {topic!r} does not exist on {bootstrap}")
        committed = await admin.list_consumer_group_offsets(REPLAY_GROUP)
    finally:
        await admin.close()
    marks = {tp: meta.offset for tp, meta in committed.items() if tp.topic == topic and meta.offset >= 0}
    return [p["partition"] for p in described["partitions"]], marks


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False


@dataclass(frozen=True)
class _Original:
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]


@dataclass
class ReplayReport:
    sent: list[tuple[DeadLetter, str]]  # (dead letter, "original" or "dead-letter copy")
    skipped: list[tuple[DeadLetter, str]]  # (dead letter, why)


async def replay(bootstrap: str, topic: str, ids: Sequence[str] = ()) -> ReplayReport:
    """Re-inject the named dead letters, or those not replayed before."""
    letters = await read_dead_letters(bootstrap, topic)
    if ids:
        by_id = {d.id: d for d in letters}
        unknown = [i for i in ids if i not in by_id]
        if unknown:
            raise DeadLetterError(
                f"no dead letter with id {', '.join(unknown)} in {dlq_topic_of(topic)} "
                "(ids are PARTITION:OFFSET, as `clusterlink dlq list` shows them)"
            )
        chosen = [by_id[i] for i in dict.fromkeys(ids)]
    else:
        chosen = [d for d in letters if not d.replayed]
    originals = await _originals(bootstrap, chosen)
    report = ReplayReport([], [])
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await _start(producer, bootstrap)
    try:
        for letter in chosen:
            original = originals.get(letter.id)
            if original is None and letter.header(dl.REDACTED):
                why = "the original is gone from the source topic and the copy has personal fields redacted"
                report.skipped.append((letter, why))
                continue
            source = original or _Original(letter.key, letter.value, tuple(letter.own_headers))
            headers = [*source.headers, (REPLAY_OF_HEADER, f"{letter.dlq_topic}:{letter.id}".encode())]
            await producer.send_and_wait(letter.source_topic, source.value, key=source.key, headers=headers)
            report.sent.append((letter, "original" if original else "dead-letter copy"))
    finally:
        await producer.stop()
    if not ids and chosen:
        await _move_mark(bootstrap, chosen)  # a skipped one cannot become replayable later
    return report


async def _originals(bootstrap: str, letters: Sequence[DeadLetter]) -> dict[str, _Original]:
    """The source records still at the positions the dead letters name, by dead-letter id."""
    found: dict[str, _Original] = {}
    wanted = [(d, d.header(dl.SOURCE_PARTITION), d.header(dl.SOURCE_OFFSET)) for d in letters]
    wanted = [(d, p, o) for d, p, o in wanted if p.isdigit() and o.isdigit()]
    if not wanted:
        return found
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest")
    await _start(consumer, bootstrap)
    try:
        for letter, partition, offset in wanted:
            tp = TopicPartition(letter.source_topic, int(partition))
            consumer.assign([tp])
            if int(offset) >= (await consumer.end_offsets([tp]))[tp]:
                continue
            consumer.seek(tp, int(offset))
            records = (await consumer.getmany(tp, timeout_ms=5000, max_records=1)).get(tp, [])
            # Compacted away or deleted: the fetch starts at a later record.
            if records and records[0].offset == int(offset):
                r = records[0]
                found[letter.id] = _Original(r.key, r.value, tuple(r.headers))
    except KafkaError as exc:
        raise DeadLetterError(f"cannot read the source records on {bootstrap}: {exc}") from exc
    finally:
        await consumer.stop()
    return found


async def _move_mark(bootstrap: str, replayed: Sequence[DeadLetter]) -> None:
    marks: dict[TopicPartition, int] = {}
    for d in replayed:
        tp = TopicPartition(d.dlq_topic, d.partition)
        marks[tp] = max(marks.get(tp, 0), d.offset + 1)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=REPLAY_GROUP, enable_auto_commit=False)
    await _start(consumer, bootstrap)
    try:
        consumer.assign(list(marks))
        await consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in marks.items()})
    finally:
        await consumer.stop()


async def _start(client: AIOKafkaConsumer | AIOKafkaProducer | AIOKafkaAdminClient, bootstrap: str) -> None:
    try:
        await client.start()
    except KafkaError as exc:
        raise DeadLetterError(f"cannot reach Kafka at {bootstrap}: {exc}") from exc


# ------------------------------------------------------------------ the command line


def _default_bootstrap() -> str:
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        return configured
    settings = LocalInfraSettings.from_env()
    return f"{settings.host}:{settings.kafka_port}"


def _when(timestamp_ms: int) -> str:
    return datetime.fromtimestamp(timestamp_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(raw: bytes | None) -> str | None:
    return None if raw is None else raw.decode("utf-8", "replace")


def _as_json(d: DeadLetter, with_value: bool) -> str:
    row: dict[str, object] = {
        "id": d.id,
        "at": _when(d.timestamp_ms),
        "source": d.source,
        "key": _text(d.key),
        "bytes": None if d.value is None else len(d.value),
        "replayed": d.replayed,
        "redacted": d.header(dl.REDACTED) or None,
        "error": d.header(dl.ERROR),
    }
    if with_value:
        row["value"] = _text(d.value)
    return json.dumps(row, ensure_ascii=False)


def _list(args: argparse.Namespace) -> int:
    letters = asyncio.run(read_dead_letters(args.bootstrap, args.topic))
    if args.json:
        for d in letters:
            print(_as_json(d, args.value))
        return 0
    print(f"{len(letters)} dead letter(s) in {dlq_topic_of(args.topic)}")
    for d in letters:
        size = "tombstone" if d.value is None else f"{len(d.value)} B"
        state = "replayed" if d.replayed else "waiting"
        print(f"{d.id:<8} {_when(d.timestamp_ms)}  {d.source}  key={_text(d.key)}  {size}  {state}")
        print(f"         error: {d.header(dl.ERROR)}")
        if args.value:
            print(f"         value: {_text(d.value)}")
    return 0


def _replay(args: argparse.Namespace) -> int:
    report = asyncio.run(replay(args.bootstrap, args.topic, args.ids or ()))
    for d, source in report.sent:
        print(f"replayed {d.id} to {d.source_topic} (key={_text(d.key)}, from the {source})")
    for d, why in report.skipped:
        print(f"not replayed {d.id} (key={_text(d.key)}): {why}", file=sys.stderr)
    print(f"{len(report.sent)} dead letter(s) replayed from {dlq_topic_of(args.topic)}")
    # Asked for by id and not done: the operator must know from the exit status too.
    return 1 if args.ids and report.skipped else 0


def _run(args: argparse.Namespace) -> int:
    try:
        args.bootstrap = args.bootstrap or _default_bootstrap()
        code: int = args.dlq_func(args)
    except DeadLetterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return code


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dlq = subparsers.add_parser(
        "dlq",
        help="inspect and replay dead letters",
        description="Dead letters: records a service could not apply, kept in TOPIC.dlq with the reason.",
    )
    actions = dlq.add_subparsers(dest="dlq_action", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("topic", metavar="TOPIC", help="the topic (sme.profiles) or its dead-letter topic")
    common.add_argument(
        "--bootstrap",
        help="Kafka bootstrap servers (default: KAFKA_BOOTSTRAP_SERVERS, else the local broker)",
    )
    listing = actions.add_parser("list", parents=[common], help="show each dead letter, where it came from and why")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.add_argument("--value", action="store_true", help="include the payload (it may hold personal data)")
    listing.set_defaults(func=_run, dlq_func=_list)
    replaying = actions.add_parser(
        "replay",
        parents=[common],
        help="re-inject dead letters into their topic (those not replayed before, or --id)",
    )
    replaying.add_argument(
        "--id", dest="ids", action="append", metavar="ID", help="PARTITION:OFFSET from `list` (repeatable)"
    )
    replaying.set_defaults(func=_run, dlq_func=_replay)
