"""Where each of an SME's suggestions stands: its own answer, the partner's decline, an introduction.

Read from the registry's funnel read model (`funnel_pairs`, filled from
`match.feedback` by the dashboard's feed, decision 0012); this module only
reads it, by `_id`, one `$in` for the pairs on the page. The notifier's rules
decide what the page may offer (`services/notifier/answers.py`,
`DecisionState.changeable_to`): nothing once both said yes (introduced) or the
partner declined; a first answer either way; and an answer given can be
changed only by pressing the one button that changes it.

The read model follows the topic, so it may lag an answer given a moment ago:
the outcome the notifier just reported is laid over it (`after_answer`).

It also lists the pairs an SME answered (`answered_by`), for the page's
"answered earlier": a declined pair leaves the matcher's list at once, and an
accepted or introduced one when a better partner comes, yet the SME must still
see and change what it said. An erased SME's pairs are deleted from the read
model (decision 0012), so they are not listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from services.registry.dashboard.funnel_store import COLLECTION, pair_key
from shared.mongo import MongoDatabase

Mine = Literal["none", "accept", "decline"]
Direction = Literal["suppliers", "buyers"]
EARLIER_SHOWN = 50  # the latest answers an SME sees on one page; more is a coordinator's question


@dataclass(frozen=True, slots=True)
class AnswerState:
    mine: Mine = "none"
    partner_declined: bool = False
    introduced: bool = False

    @property
    def status(self) -> str:
        """The word the page shows: introduced, closed, accepted, declined or open."""
        if self.introduced:
            return "introduced"
        if self.partner_declined:
            return "closed"
        return {"accept": "accepted", "decline": "declined", "none": "open"}[self.mine]

    @property
    def choices(self) -> tuple[Literal["accept", "decline"], ...]:
        """The answers the page offers: those that change the recorded state, where it may still change."""
        if self.introduced or self.partner_declined:
            return ()
        both: tuple[Literal["accept", "decline"], ...] = ("accept", "decline")
        return tuple(d for d in both if d != self.mine)


NOT_ANSWERED = AnswerState()

# The notifier's outcome of an answer just given, as the state it leaves.
_AFTER: dict[str, AnswerState] = {
    "waiting_for_partner": AnswerState(mine="accept"),
    "introduced": AnswerState(mine="accept", introduced=True),
    "declined": AnswerState(mine="decline"),
    "closed": AnswerState(mine="accept", partner_declined=True),
}


def after_answer(outcome: str, before: AnswerState) -> AnswerState:
    return _AFTER.get(outcome, before)


@dataclass(frozen=True, slots=True)
class Answered:
    """A pair the SME answered: where it stands, and when the SME last answered."""

    supplier_id: str
    buyer_id: str
    state: AnswerState
    at: datetime

    def partner_of(self, sme_id: str) -> str:
        return self.buyer_id if sme_id == self.supplier_id else self.supplier_id

    def direction_for(self, sme_id: str) -> Direction:
        """As the matcher's lists name it: the partner is among my suppliers, or among my buyers."""
        return "buyers" if sme_id == self.supplier_id else "suppliers"


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _state(doc: dict[str, object], supplier_id: str, sme_id: str) -> AnswerState:
    answers = doc.get("answer") or {}
    assert isinstance(answers, dict)
    my_side, partner_side = ("supplier", "buyer") if sme_id == supplier_id else ("buyer", "supplier")
    mine = (answers.get(my_side) or {}).get("decision", "none")
    theirs = (answers.get(partner_side) or {}).get("decision")
    return AnswerState(
        mine=mine if mine in ("accept", "decline") else "none",
        partner_declined=theirs == "decline",
        introduced=mine == "accept" and theirs == "accept",
    )


class AnswerStates:
    def __init__(self, database: MongoDatabase) -> None:
        self._pairs = database[COLLECTION]

    async def of(self, sme_id: str, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], AnswerState]:
        """The state of each (supplier, buyer) pair; a pair nobody answered is `NOT_ANSWERED`."""
        wanted = {pair_key(s, b): (s, b) for s, b in pairs}
        found = {pair: NOT_ANSWERED for pair in wanted.values()}
        if not wanted:
            return found
        async for doc in self._pairs.find({"_id": {"$in": list(wanted)}}, {"answer": 1}):
            supplier_id, buyer_id = wanted[doc["_id"]]
            found[(supplier_id, buyer_id)] = _state(doc, supplier_id, sme_id)
        return found

    async def answered_by(self, sme_id: str, limit: int = EARLIER_SHOWN) -> list[Answered]:
        """The pairs this SME answered, its latest answer first: one equality filter per side (FerretDB
        hands those to its backend), the answered ones kept here."""
        found: list[Answered] = []
        for side, field in (("supplier", "supplier_id"), ("buyer", "buyer_id")):
            async for doc in self._pairs.find({field: sme_id}, {"supplier_id": 1, "buyer_id": 1, "answer": 1}):
                if answered := _answered(doc, side, sme_id):
                    found.append(answered)
        found.sort(key=lambda a: (a.at, a.supplier_id, a.buyer_id), reverse=True)
        return found[:limit]

    async def answered(self, sme_id: str, supplier_id: str, buyer_id: str) -> Answered | None:
        """This pair, if the SME is one side of it and has answered it."""
        if sme_id not in (supplier_id, buyer_id):
            return None
        doc = await self._pairs.find_one({"_id": pair_key(supplier_id, buyer_id)}, {"answer": 1})
        if doc is None:
            return None
        side = "supplier" if sme_id == supplier_id else "buyer"
        return _answered({**doc, "supplier_id": supplier_id, "buyer_id": buyer_id}, side, sme_id)


def _answered(doc: dict[str, Any], side: str, sme_id: str) -> Answered | None:
    mine = (doc.get("answer") or {}).get(side) or {}
    if mine.get("decision") not in ("accept", "decline") or not isinstance(mine.get("at"), datetime):
        return None
    supplier_id, buyer_id = str(doc["supplier_id"]), str(doc["buyer_id"])
    return Answered(supplier_id, buyer_id, _state(doc, supplier_id, sme_id), _utc(mine["at"]))
