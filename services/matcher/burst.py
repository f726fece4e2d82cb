"""Whether the lists a fetch dirtied are refreshed now or wait for the rest of a burst.

A bulk import reaches the matcher as a stream of fetches over many seconds. Refreshing
the lists after each fetch told partners that a later fetch pushed out again, and each
refit on a young vocabulary on the way (a "growth" refit, at 61, 375 and 1,500 of 2,000
profiles in one benchmark run) recomputed every list once more: three times the
matcher's CPU on two cores shared with the database, and up to a third more
suggestions than the final lists hold, each one work for the notifier.

So a fetch of at least `burst_records` records starts a hold: its lists, and those of
the fetches that follow, wait until the topic has been quiet for `idle_s` (then the
refit the burst calls for, if any, and one refresh). A burst that goes on longer is
refreshed after `max_hold_s` (then after twice as long as each refresh took, see
`refreshed`) and keeps holding: no refit then, and the periodic refit
waits too (refit.py), because on 20,000 profiles each refit was a 20 s fit and a pass
over every list, nine of them in one import, while the burst's own end refits once on
all of it. A small fetch outside a hold (one registration, a trickle) is refreshed at
once, as before, and an erasure ends a hold at once. Waiting loses
nothing: the index holds every change, and the lists are derived from it; a replica
that stops while holding is told by its successor's first pass (list_keeper).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Step(Enum):
    REFRESH = "refresh"  # no burst: refresh what this fetch dirtied
    HOLD = "hold"  # in a burst: keep what it dirtied for later
    FLUSH = "flush"  # a burst goes on past the longest hold: refresh everything held, hold on
    END = "end"  # a burst ended: refit if it calls for one, then refresh everything held


HOLD_GROWTH = 6.0  # a long burst's hold grows to at most this many times MATCHER_BURST_MAX_HOLD_S


@dataclass
class BurstHold:
    burst_records: int = 20
    idle_s: float = 2.0  # above the gap between the registry relay's pages of an import (about 1 s)
    max_hold_s: float = 10.0
    _since: float | None = None
    _hold_s: float = 0.0  # this burst's hold now: it grows with the time its refreshes take

    @property
    def holding(self) -> bool:
        return self._since is not None

    def poll_timeout_ms(self) -> int:
        """How long a fetch waits for records: within a hold, the quiet spell that ends it."""
        return int(self.idle_s * 1000) if self.holding else 1000

    def after_fetch(self, records: int, now: float, *, urgent: bool = False) -> Step:
        """The step for a fetch of `records` records at `now` (a monotonic clock)."""
        if self._since is None:
            if urgent or records < self.burst_records or self.max_hold_s <= 0:
                return Step.REFRESH
            self._since, self._hold_s = now, self.max_hold_s
            return Step.HOLD
        if records == 0 or urgent:
            self._since = None
            return Step.END
        if now - self._since >= self._hold_s:
            self._since = now  # until `refreshed` says when the refresh is done
            return Step.FLUSH
        return Step.HOLD

    def refreshed(self, now: float, took_s: float) -> None:
        """A FLUSH's refresh ended at `now` after `took_s`: hold again from now, at least twice as
        long as it took (at most `HOLD_GROWTH` x `max_hold_s`). On 20,000 SMEs a refresh of most
        lists takes a minute; counting the hold from its start made every fetch after it a FLUSH,
        so the matcher spent its time re-telling lists, not applying the import."""
        if self._since is not None:
            self._since = now
            self._hold_s = min(max(self.max_hold_s, 2 * took_s), HOLD_GROWTH * self.max_hold_s)
