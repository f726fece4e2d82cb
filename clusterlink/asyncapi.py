"""`clusterlink asyncapi [--check]`: each service's AsyncAPI document, written by FastStream.

The channels each service reads and writes are declared here with the event
models of `shared.events` as their payloads; FastStream turns the declarations
into AsyncAPI 3.0 documents under `docs/asyncapi/`. A test fails when a committed
document differs from what this generates (a changed event model, a new channel),
so `clusterlink asyncapi` must be run and its output committed with such a change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faststream.kafka import KafkaBroker
from faststream.specification import AsyncAPI

from clusterlink.paths import REPO_ROOT
from shared.events import (
    ContactEmailConfirmedV1,
    EmailLinkRequestedV1,
    MatchFeedbackV1,
    MatchSuggestedV1,
    SmeProfileChangedV1,
)
from shared.topics import (
    CONTACT_CONFIRMATIONS,
    EMAIL_LINKS,
    MATCH_FEEDBACK,
    MATCH_SUGGESTIONS,
    SME_PROFILES,
    dead_letter,
)

DOCS_DIR = REPO_ROOT / "docs" / "asyncapi"
# A placeholder: the document describes the channels, not one deployment's brokers.
_SERVER = "kafka:9092"
_VERSION = "1"

_TOMBSTONE_NOTE = (
    " An erasure is a tombstone on the same key: a null value, with `event_type: sme.profile.erased`,"
    " `event_id`, `correlation_id`, `version` and `occurred_at` as record headers."
)
_DLQ_NOTE = (
    "Records this service could not apply: unreadable ones at once, ones its storage kept refusing after"
    " bounded retries (decision 0013). The original key, bytes and headers, plus the headers"
    " dlq_source_topic, dlq_source_partition, dlq_source_offset, dlq_error (the reason), dlq_consumer"
    " (the consumer group that gave up), dlq_redacted (personal fields blanked) and, for a tombstone,"
    " dlq_tombstone. Kept 7 days; `clusterlink dlq replay` re-injects the original; see docs/operations.md."
)


def _dead_letters(broker: KafkaBroker, *topics: str) -> None:
    for topic in topics:
        broker.publisher(dead_letter(topic), title=f"{dead_letter(topic)}:publish", description=_DLQ_NOTE, schema=bytes)


@dataclass(frozen=True)
class ServiceChannels:
    title: str
    description: str
    declare: Callable[[KafkaBroker], None]


def _registry(broker: KafkaBroker) -> None:
    broker.publisher(
        SME_PROFILES,
        title=f"{SME_PROFILES}:publish",
        description="Every change of a profile, keyed by SME id, from the outbox relay." + _TOMBSTONE_NOTE,
        schema=SmeProfileChangedV1,
    )
    broker.publisher(
        EMAIL_LINKS,
        title=f"{EMAIL_LINKS}:publish",
        description="A signed link of the entrepreneur pages to email (confirm a registration, sign in);"
        " keyed by address, kept one day.",
        schema=EmailLinkRequestedV1,
    )

    @broker.subscriber(
        CONTACT_CONFIRMATIONS,
        title=f"{CONTACT_CONFIRMATIONS}:registry",
        group_id="registry",
        description="A new contact address was confirmed: the registry stores the version that uses it.",
    )
    async def confirmations(event: ContactEmailConfirmedV1) -> None: ...

    @broker.subscriber(
        MATCH_SUGGESTIONS,
        title=f"{MATCH_SUGGESTIONS}:registry-funnel",
        group_id="registry-funnel",
        description="The dashboard's funnel read model: which pairs were suggested.",
    )
    async def funnel_suggestions(event: MatchSuggestedV1) -> None: ...

    @broker.subscriber(
        MATCH_FEEDBACK,
        title=f"{MATCH_FEEDBACK}:registry-funnel",
        group_id="registry-funnel",
        description="The dashboard's funnel read model: which pairs were accepted or declined.",
    )
    async def funnel_feedback(event: MatchFeedbackV1) -> None: ...

    @broker.subscriber(
        SME_PROFILES,
        title=f"{SME_PROFILES}:registry-funnel",
        group_id="registry-funnel",
        description="The dashboard's funnel read model reads only the tombstones: an erased SME's pairs are"
        " deleted." + _TOMBSTONE_NOTE,
    )
    async def funnel_erasures(event: SmeProfileChangedV1) -> None: ...

    # sme.profiles too: a tombstone whose erasure the funnel could not store is dead-lettered.
    _dead_letters(broker, CONTACT_CONFIRMATIONS, MATCH_SUGGESTIONS, MATCH_FEEDBACK, SME_PROFILES)


def _matcher(broker: KafkaBroker) -> None:
    @broker.subscriber(
        SME_PROFILES,
        title=f"{SME_PROFILES}:matcher",
        description="Every replica reads every profile into its index, from the beginning." + _TOMBSTONE_NOTE,
    )
    async def profiles(event: SmeProfileChangedV1) -> None: ...

    @broker.subscriber(
        MATCH_FEEDBACK,
        title=f"{MATCH_FEEDBACK}:matcher",
        description="Answers to suggestions; a decline keeps the pair out of every list for good.",
    )
    async def feedback(event: MatchFeedbackV1) -> None: ...

    broker.publisher(
        MATCH_SUGGESTIONS,
        title=f"{MATCH_SUGGESTIONS}:publish",
        description="A pair entered a recipient's top-k list; keyed by recipient_id.",
        schema=MatchSuggestedV1,
    )
    _dead_letters(broker, SME_PROFILES, MATCH_FEEDBACK)


def _notifier(broker: KafkaBroker) -> None:
    @broker.subscriber(
        SME_PROFILES,
        title=f"{SME_PROFILES}:notifier",
        group_id="notifier",
        description="Who may be emailed, in which language, how often; read in batches." + _TOMBSTONE_NOTE,
    )
    async def profiles(event: SmeProfileChangedV1) -> None: ...

    @broker.subscriber(
        MATCH_SUGGESTIONS,
        title=f"{MATCH_SUGGESTIONS}:notifier",
        group_id="notifier",
        description="Suggestions to email; the consumer group shares the partitions among replicas.",
    )
    async def suggestions(event: MatchSuggestedV1) -> None: ...

    broker.publisher(
        MATCH_FEEDBACK,
        title=f"{MATCH_FEEDBACK}:publish",
        description="An accept or decline from a signed link in an email; keyed by suggestion_id.",
        schema=MatchFeedbackV1,
    )

    @broker.subscriber(
        EMAIL_LINKS,
        title=f"{EMAIL_LINKS}:notifier",
        group_id="notifier.email-links",
        description="Link emails to send at once; a group of its own, so they never wait behind suggestions.",
    )
    async def email_links(event: EmailLinkRequestedV1) -> None: ...

    broker.publisher(
        CONTACT_CONFIRMATIONS,
        title=f"{CONTACT_CONFIRMATIONS}:publish",
        description="The person at a pending new contact address followed its confirmation link; keyed by sme_id.",
        schema=ContactEmailConfirmedV1,
    )
    _dead_letters(broker, SME_PROFILES, MATCH_SUGGESTIONS, EMAIL_LINKS)


SERVICES: dict[str, ServiceChannels] = {
    "registry": ServiceChannels(
        "ClusterLink registry",
        "Keeps SME profiles and publishes every change to sme.profiles; asks for link emails; applies confirmed"
        " contact addresses; keeps the dashboard's funnel from the matcher's and the notifier's events.",
        _registry,
    ),
    "matcher": ServiceChannels(
        "ClusterLink matcher", "Keeps every SME's top-k partners and publishes what enters a list.", _matcher
    ),
    "notifier": ServiceChannels(
        "ClusterLink notifier", "Emails suggestions and publishes the answers from its links.", _notifier
    ),
}


def document(service: str) -> dict[str, Any]:
    channels = SERVICES[service]
    broker = KafkaBroker(_SERVER)  # never connected: only described
    channels.declare(broker)
    spec = AsyncAPI(
        broker, title=channels.title, version=_VERSION, description=channels.description, schema_version="3.0.0"
    )
    jsonable: dict[str, Any] = spec.to_specification().to_jsonable()
    return jsonable


def rendered(service: str) -> str:
    return json.dumps(document(service), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def stale(folder: Path = DOCS_DIR) -> list[str]:
    """The services whose committed document differs from the generated one (or is missing)."""
    out = []
    for service in SERVICES:
        path = folder / f"{service}.json"
        if not path.is_file() or path.read_text(encoding="utf-8") != rendered(service):
            out.append(service)
    return out


def write(folder: Path = DOCS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for service in SERVICES:
        path = folder / f"{service}.json"
        path.write_text(rendered(service), encoding="utf-8")
        paths.append(path)
    return paths


def _run(args: argparse.Namespace) -> int:
    if args.check:
        outdated = stale(args.out)
        if outdated:
            print(
                f"stale AsyncAPI documents in {args.out}: {', '.join(outdated)}; run `clusterlink asyncapi`",
                file=sys.stderr,
            )
            return 1
        print(f"AsyncAPI documents in {args.out} are up to date")
        return 0
    for path in write(args.out):
        print(f"wrote {path}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("asyncapi", help="write each service's AsyncAPI document (docs/asyncapi/)")
    p.add_argument("--out", type=Path, default=DOCS_DIR, help="folder of the documents (default docs/asyncapi)")
    p.add_argument("--check", action="store_true", help="exit 1 if a committed document is stale; write nothing")
    p.set_defaults(func=_run)
