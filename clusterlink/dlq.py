"""`clusterlink dlq list|replay TOPIC`: inspect dead letters and re-inject them after a fix.

A dead letter is named by its place in the dead-letter topic, `PARTITION:OFFSET`
(`0:17`). `replay` publishes the original key, bytes and headers (a tombstone as a
tombstone) to the topic the record came from, with a `dlq_replay_of` header.
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
    partitions = await _partitions(bootstrap, dlq)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=REPLAY_GROUP, enable_auto_commit=False)
    await _start(consumer, bootstrap)
    try:
        tps = [TopicPartition(dlq, p) for p in sorted(partitions)]
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        marks = {tp: (await consumer.committed(tp)) or 0 for tp in tps}
        letters: list[DeadLetter] = []
        for tp in tps:
            await consumer.seek_to_beginning(tp)
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
                            tuple(r.headers), r.offset < marks[tp],
                        )
                    )  # fmt: skip
        return sorted(letters, key=lambda d: (d.partition, d.offset))
    finally:
        await consumer.stop()


async def _partitions(bootstrap: str, topic: str) -> list[int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await _start(admin, bootstrap)
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"] != 0 or not described["partitions"]:
        raise DeadLetterError(f"topic {topic!r} does not exist on {bootstrap}")
    return [p["partition"] for p in described["partitions"]]


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False


async def replay(bootstrap: str, topic: str, ids: Sequence[str] = ()) -> list[DeadLetter]:
    """Re-inject the named dead letters, or those not replayed before; returns what was sent."""
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
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await _start(producer, bootstrap)
    try:
        for letter in chosen:
            headers = [*letter.own_headers, (REPLAY_OF_HEADER, f"{letter.dlq_topic}:{letter.id}".encode())]
            await producer.send_and_wait(letter.source_topic, letter.value, key=letter.key, headers=headers)
    finally:
        await producer.stop()
    if not ids and chosen:
        await _move_mark(bootstrap, chosen)
    return chosen


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
    sent = asyncio.run(replay(args.bootstrap, args.topic, args.ids or ()))
    for d in sent:
        print(f"replayed {d.id} to {d.source_topic} (key={_text(d.key)})")
    print(f"{len(sent)} dead letter(s) replayed from {dlq_topic_of(args.topic)}")
    return 0


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
