"""Top-k lists and the rule that turns a list change into suggestions (pure; no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from shared.events import MatchSuggestedV1, Reason, suggestion_id

# "suppliers": who could supply this SME's needs (the SME is the buyer).
# "buyers": who could buy this SME's offers (the SME is the supplier).
Direction = Literal["suppliers", "buyers"]
DIRECTIONS: tuple[Direction, ...] = ("suppliers", "buyers")


@dataclass(frozen=True)
class ListEntry:
    partner_id: str
    partner_version: int
    score: float
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class RankedList:
    """One SME's top-k list in one direction, best first."""

    sme_id: str
    direction: Direction
    sme_version: int
    entries: tuple[ListEntry, ...]

    def partner_ids(self) -> set[str]:
        return {e.partner_id for e in self.entries}


def entered(previous: RankedList | None, current: RankedList) -> list[tuple[int, ListEntry]]:
    """Entries of `current` whose partner was not in `previous`, with their 1-based rank.

    A partner that stays in the list is not news, whatever its new score or version.
    """
    before = previous.partner_ids() if previous is not None else set()
    return [(rank, e) for rank, e in enumerate(current.entries, start=1) if e.partner_id not in before]


def suggestion_for(ranked: RankedList, rank: int, entry: ListEntry, correlation_id: str) -> MatchSuggestedV1:
    """The suggestion told to the owner of `ranked` about a partner that entered it."""
    if ranked.direction == "suppliers":
        supplier_id, supplier_version = entry.partner_id, entry.partner_version
        buyer_id, buyer_version = ranked.sme_id, ranked.sme_version
        role: Literal["supplier", "buyer"] = "buyer"
    else:
        supplier_id, supplier_version = ranked.sme_id, ranked.sme_version
        buyer_id, buyer_version = entry.partner_id, entry.partner_version
        role = "supplier"
    return MatchSuggestedV1(
        suggestion_id=suggestion_id(supplier_id, buyer_id, supplier_version, buyer_version),
        recipient_id=ranked.sme_id,
        recipient_role=role,
        supplier_id=supplier_id,
        buyer_id=buyer_id,
        supplier_version=supplier_version,
        buyer_version=buyer_version,
        score=min(1.0, max(0.0, entry.score)),
        rank=rank,
        reasons=entry.reasons,
        correlation_id=correlation_id,
    )
