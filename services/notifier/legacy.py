"""Adopts, once per database, what an earlier notifier left: pending suggestions it knew by query.

Before batched planning, a recipient's pending suggestions were found by querying
`suggestions`, and a recipient waiting for a partner's profile was found again by a
`distinct` when that profile arrived. Neither is done any more, so on its first
start against such a database the notifier stores a planning request (without
keys: the planner then queries that recipient's pending suggestions once) for
every recipient with a pending suggestion, then marks the database as adopted.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime

from pymongo.errors import DuplicateKeyError

from services.notifier.storage.suggestions import SuggestionStatus
from shared.mongo import MongoDatabase

log = logging.getLogger(__name__)

_MARKER = "batched-planning"


async def adopt_pending_suggestions(db: MongoDatabase, now: datetime) -> int:
    """Request planning for recipients whose pending suggestions predate batched planning."""
    meta = db["meta"]
    if await meta.find_one({"_id": _MARKER}) is not None:
        return 0
    recipients = await db["suggestions"].distinct("recipient_id", {"status": SuggestionStatus.PENDING.value})
    if recipients:
        # Requests without item keys: the planner looks the recipient's pending keys up itself.
        await db["plan_requests"].insert_many([{"sme_id": str(r), "at": now} for r in recipients])
    # A duplicate: another replica adopted at the same time; its requests and ours are both harmless.
    with contextlib.suppress(DuplicateKeyError):
        await meta.insert_one({"_id": _MARKER, "at": now, "recipients": len(recipients)})
    if recipients:
        log.info("pending suggestions of an earlier version adopted", extra={"recipients": len(recipients)})
    return len(recipients)
