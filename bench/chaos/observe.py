"""What the system holds at the end, read from the outside: Kafka topics, the databases, the SMTP sink."""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from pymongo import MongoClient

from shared.events import MatchSuggestedV1, SmeProfileChangedV1
from shared.topics import MATCH_SUGGESTIONS, SME_PROFILES

# (recipient, supplier, buyer): one side told of one pair.
Told = tuple[str, str, str]
# (sme id, "suppliers" | "buyers") -> partner ids, best first
Lists = dict[tuple[str, str], list[str]]
Scored = dict[tuple[str, str], list[tuple[str, float]]]
DIRECTIONS = ("suppliers", "buyers")
_ACCEPT_TOKEN = re.compile(r"/links/accept\?t=([A-Za-z0-9_\-]+)\.")


async def topic_records(bootstrap: str, topic: str) -> list[ConsumerRecord[bytes, bytes]]:
    """Everything on the topic now, from the beginning."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        records: list[ConsumerRecord[bytes, bytes]] = []
        while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
            for batch in (await consumer.getmany(timeout_ms=1000, max_records=5000)).values():
                records.extend(batch)
        return records
    finally:
        await consumer.stop()


def live_profiles(bootstrap: str) -> list[dict[str, Any]]:
    """The newest snapshot of every live SME on `sme.profiles`: what every matcher replica indexes."""
    latest: dict[str, tuple[int, dict[str, Any] | None]] = {}
    for record in asyncio.run(topic_records(bootstrap, SME_PROFILES)):
        key = (record.key or b"").decode()
        if record.value is None:
            latest[key] = (10**9, None)
            continue
        try:
            event = SmeProfileChangedV1.model_validate_json(record.value)
        except ValueError:
            continue  # dead-lettered by the services too
        if key not in latest or event.version > latest[key][0]:
            latest[key] = (event.version, event.profile.model_dump(mode="json"))
    return [profile for _, profile in latest.values() if profile is not None]


def told_on_topic(bootstrap: str) -> set[Told]:
    told = set()
    for record in asyncio.run(topic_records(bootstrap, MATCH_SUGGESTIONS)):
        s = MatchSuggestedV1.model_validate_json(record.value or b"")
        told.add((s.recipient_id, s.supplier_id, s.buyer_id))
    return told


def offline_lists(profiles: list[dict[str, Any]], k: int, work: Path) -> Scored:
    """`clusterlink match` (CONTRACTS §2) on the profiles: every SME's two lists with their scores."""
    work.mkdir(parents=True, exist_ok=True)
    source, out = work / "final-profiles.jsonl", work / "offline-recs.jsonl"
    source.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in profiles), encoding="utf-8")
    command = [sys.executable, "-m", "services.matcher.offline", "--profiles", str(source), "--k", str(k)]
    subprocess.run([*command, "--out", str(out)], check=True, capture_output=True)
    scored: Scored = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for direction in DIRECTIONS:
            scored[(rec["sme_id"], direction)] = [(p["id"], float(p["score"])) for p in rec[direction]]
    return scored


def stored_lists(mongodb_url: str, database: str) -> Lists:
    """Every list the matcher replicas stored (its memory of who was told), read directly: per list,
    the document of the highest ownership epoch (services/matcher/list_repository.py)."""
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_url, serverSelectionTimeoutMS=20_000)
    try:
        fields = {"sme_id": 1, "direction": 1, "partners": 1, "epoch": 1}
        docs = sorted(client[database]["recommendation_lists"].find({}, fields), key=lambda d: d.get("epoch", 0))
        return {(d["sme_id"], d["direction"]): [p["id"] for p in d.get("partners", [])] for d in docs}
    finally:
        client.close()


def notifier_deliveries(mongodb_url: str, database: str) -> list[dict[str, Any]]:
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_url, serverSelectionTimeoutMS=20_000)
    try:
        fields = {"kind": 1, "recipient_id": 1, "status": 1, "attempts": 1}
        return list(client[database]["deliveries"].find({}, fields))
    finally:
        client.close()


@dataclass(frozen=True)
class Mail:
    message_id: str
    recipients: tuple[str, ...]
    kind: str
    correlation_id: str
    arrived_at: float
    pairs: tuple[tuple[str, str], ...]  # (supplier, buyer) of every accept link


def read_mail(path: Path) -> Mail:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return Mail(
        message_id=str(msg.get("Message-ID", "")).strip(),
        recipients=tuple(a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("To", [])])),
        kind=str(msg.get("X-ClusterLink-Kind", "")),
        correlation_id=str(msg.get("X-Correlation-ID", "")),
        arrived_at=path.stat().st_mtime,
        pairs=tuple(sorted({_pair_of(token) for token in _ACCEPT_TOKEN.findall(str(text))})),
    )


def _pair_of(token_payload: str) -> tuple[str, str]:
    # The payload names the pair in the clear (only the signature is secret): `sp`, `by`.
    claims = json.loads(base64.urlsafe_b64decode(token_payload + "=" * (-len(token_payload) % 4)))
    return str(claims["sp"]), str(claims["by"])


class Mailbox:
    """The sink's folder, read incrementally: the messages addressed to one of `addresses`."""

    def __init__(self, mail_dir: Path, addresses: Iterable[str]) -> None:
        self._dir = mail_dir
        self._wanted = {a.lower() for a in addresses}
        self._seen: dict[str, Mail | None] = {}

    def mails(self) -> list[Mail]:
        entries = list(os.scandir(self._dir)) if self._dir.is_dir() else []
        for entry in entries:
            # The sink writes under a hidden name and renames: a visible .eml is complete.
            if entry.name in self._seen or not entry.name.endswith(".eml") or entry.name.startswith("."):
                continue
            path = Path(entry.path)
            to = BytesHeaderParser().parsebytes(path.read_bytes()).get_all("To", [])
            ours = self._wanted & {a.lower() for _, a in getaddresses([str(v) for v in to])}
            self._seen[entry.name] = read_mail(path) if ours else None
        return [mail for mail in self._seen.values() if mail is not None]
