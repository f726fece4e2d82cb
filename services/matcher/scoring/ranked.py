"""Every SME's current top-k partners on one side, best first, in fixed-size arrays.

Ties are broken by the partner's index (earlier first), so lists are stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


class Entry(NamedTuple):
    partner: int
    score: float
    need_sig: int  # the need and offer readings that made the pair, for its reasons
    offer_sig: int


class RankedLists:
    def __init__(self, k: int) -> None:
        self.k = k
        self._ids = np.full((0, k), -1, dtype=np.int32)
        self._scores = np.zeros((0, k), dtype=np.float64)
        self._via = np.full((0, k, 2), -1, dtype=np.int32)

    def ensure(self, n: int) -> None:
        have = self._ids.shape[0]
        if n <= have:
            return
        size = max(n, have * 2, 64)
        ids = np.full((size, self.k), -1, dtype=np.int32)
        scores = np.zeros((size, self.k), dtype=np.float64)
        via = np.full((size, self.k, 2), -1, dtype=np.int32)
        ids[:have], scores[:have], via[:have] = self._ids, self._scores, self._via
        self._ids, self._scores, self._via = ids, scores, via

    def entries(self, row: int) -> list[Entry]:
        ids = self._ids[row]
        count = int(np.count_nonzero(ids >= 0))
        return [
            Entry(int(ids[j]), float(self._scores[row, j]), int(self._via[row, j, 0]), int(self._via[row, j, 1]))
            for j in range(count)
        ]

    def partners(self, row: int) -> set[int]:
        ids = self._ids[row]
        return {int(x) for x in ids[ids >= 0]}

    def replace(self, row: int, entries: Sequence[Entry]) -> None:
        n = min(len(entries), self.k)
        ids, scores, via = self._ids[row], self._scores[row], self._via[row]
        ids[n:] = -1
        scores[n:] = 0.0
        via[n:] = -1
        if n:
            ids[:n], scores[:n], needs, offers = zip(*entries[:n], strict=True)
            via[:n, 0] = needs
            via[:n, 1] = offers

    def clear(self, row: int) -> None:
        self.replace(row, ())

    def floors(self, rows: IntArray) -> FloatArray:
        """Score a newcomer must beat to enter each row's list (0 while a list has room)."""
        last = self._ids[rows, self.k - 1]
        return np.where(last >= 0, self._scores[rows, self.k - 1], 0.0)

    def holders(self, rows: IntArray, partner: int) -> IntArray:
        """The rows among `rows` whose list holds `partner`."""
        if len(rows) == 0:
            return rows
        held: IntArray = rows[(self._ids[rows] == partner).any(axis=1)]
        return held

    def floor(self, row: int) -> float:
        return float(self._scores[row, self.k - 1]) if self._ids[row, self.k - 1] >= 0 else 0.0

    def discard(self, row: int, partner: int) -> bool:
        """Take `partner` out of the row's list (the list is left one short)."""
        ids, scores, via = self._ids[row], self._scores[row], self._via[row]
        found = np.flatnonzero(ids == partner)
        if not len(found):
            return False
        at = int(found[0])
        ids[at:-1], scores[at:-1], via[at:-1] = ids[at + 1 :].copy(), scores[at + 1 :].copy(), via[at + 1 :].copy()
        ids[-1], scores[-1], via[-1] = -1, 0.0, -1
        return True

    def offer(self, row: int, entry: Entry) -> bool:
        """Put `entry` in the row's list if it ranks; True when its partner is new to the list."""
        ids, scores = self._ids[row], self._scores[row]
        present = np.flatnonzero(ids == entry.partner)
        if len(present):
            if scores[present[0]] >= entry.score:
                return False
            self.discard(row, entry.partner)
            self._insert(row, entry)
            return False
        return self._insert(row, entry)

    def _insert(self, row: int, entry: Entry) -> bool:
        ids, scores, via = self._ids[row], self._scores[row], self._via[row]
        count = int(np.count_nonzero(ids >= 0))
        # first slot holding a worse entry (lower score, or equal score and a later partner)
        worse = (scores[:count] < entry.score) | ((scores[:count] == entry.score) & (ids[:count] > entry.partner))
        hits = np.flatnonzero(worse)
        at = int(hits[0]) if len(hits) else count
        if at >= self.k:
            return False
        ids[at + 1 :], scores[at + 1 :], via[at + 1 :] = ids[at:-1].copy(), scores[at:-1].copy(), via[at:-1].copy()
        ids[at], scores[at] = entry.partner, entry.score
        via[at] = (entry.need_sig, entry.offer_sig)
        return True
