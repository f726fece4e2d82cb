"""Every SME's current best partners on one side, best first, in fixed-size arrays.

Each list keeps `k` visible entries plus a small buffer, and a bound: no partner
outside the list ranks above it (by score, then by index, earlier first). A partner that leaves then usually just lets
the next one move up; the list needs searching again only when fewer than `k`
entries are known to beat everyone outside. Ties are broken by the partner's
index (earlier first), so lists are stable and equal to a full rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


class StagedLists:
    """Fresh lists of many rows, `width` entries each, filled by a bulk rebuild.

    Backed by memory shared with forked workers (see `parallel.shared_zeros`),
    so each worker writes its rows in place and nothing is sent back.
    """

    def __init__(self, n: int, width: int, zeros: Callable[[tuple[int, ...], type[np.generic]], np.ndarray]) -> None:
        self.width = width
        self.partners = zeros((n, width), np.int32)
        self.scores = zeros((n, width), np.float64)
        self.via = zeros((n, width, 2), np.int32)
        self.lengths = zeros((n,), np.int32)

    def get(self, row: int) -> tuple[IntArray, FloatArray, IntArray, IntArray]:
        n = int(self.lengths[row])
        via = self.via[row, :n]
        return self.partners[row, :n], self.scores[row, :n], via[:, 0], via[:, 1]

    def put(self, row: int, partners: IntArray, scores: FloatArray, needs: IntArray, offers: IntArray) -> None:
        n = min(len(partners), self.width)
        self.partners[row, :n] = partners[:n]
        self.scores[row, :n] = scores[:n]
        self.via[row, :n, 0] = needs[:n]
        self.via[row, :n, 1] = offers[:n]
        self.lengths[row] = n


class RankedLists:
    def __init__(self, k: int, buffer: int) -> None:
        self.k = k
        self.capacity = k + buffer
        self._ids = np.full((0, self.capacity), -1, dtype=np.int32)
        self._scores = np.zeros((0, self.capacity), dtype=np.float64)
        self._via = np.full((0, self.capacity, 2), -1, dtype=np.int32)
        self._bound = np.zeros(0, dtype=np.float64)  # outsiders rank at or below (bound, bound_id)
        self._bound_id = np.zeros(0, dtype=np.int64)

    def ensure(self, n: int) -> None:
        have = self._ids.shape[0]
        if n <= have:
            return
        size = max(n, have * 2, 64)
        ids = np.full((size, self.capacity), -1, dtype=np.int32)
        scores = np.zeros((size, self.capacity), dtype=np.float64)
        via = np.full((size, self.capacity, 2), -1, dtype=np.int32)
        bound = np.zeros(size, dtype=np.float64)
        bound_id = np.zeros(size, dtype=np.int64)
        ids[:have], scores[:have], via[:have] = self._ids, self._scores, self._via
        bound[:have], bound_id[:have] = self._bound, self._bound_id
        self._ids, self._scores, self._via, self._bound, self._bound_id = ids, scores, via, bound, bound_id

    # ------------------------------------------------------------------ reading

    def entries(self, row: int, limit: int | None = None) -> list[Entry]:
        count = int(np.count_nonzero(self._ids[row] >= 0))
        if limit is not None:
            count = min(count, limit)
        ids = self._ids[row, :count].tolist()
        scores = self._scores[row, :count].tolist()
        via = self._via[row, :count].tolist()
        return [Entry(i, score, v[0], v[1]) for i, score, v in zip(ids, scores, via, strict=True)]

    def top(self, row: int) -> list[Entry]:
        """The visible list: the first k entries."""
        return self.entries(row, self.k)

    def visible(self) -> tuple[np.ndarray, FloatArray, np.ndarray, IntArray]:
        """Every row's visible list at once: partners, scores, (need, offer) readings, lengths."""
        ids = self._ids[:, : self.k]
        counts = np.minimum(np.count_nonzero(self._ids >= 0, axis=1), self.k).astype(np.int64)
        return ids, self._scores[:, : self.k], self._via[:, : self.k], counts

    def top_partners(self, row: int) -> set[int]:
        ids = self._ids[row, : self.k]
        return {int(x) for x in ids[ids >= 0]}

    def valid(self, row: int) -> bool:
        """Whether the visible list is exact: k entries beating everyone outside, or nobody outside."""
        bound = self._bound[row]
        if bound <= 0.0:
            return True
        kth, score = self._ids[row, self.k - 1], self._scores[row, self.k - 1]
        return bool(kth >= 0 and (score > bound or (score == bound and kth < self._bound_id[row])))

    def thresholds(self, rows: IntArray) -> FloatArray:
        """What a newcomer must beat to be kept in each row's list."""
        full = self._ids[rows, self.capacity - 1] >= 0
        found: FloatArray = np.where(full, self._scores[rows, self.capacity - 1], self._bound[rows])
        return found

    def threshold(self, row: int) -> float:
        if self._ids[row, self.capacity - 1] >= 0:
            return float(self._scores[row, self.capacity - 1])
        return float(self._bound[row])

    def holders(self, rows: IntArray, partner: int) -> IntArray:
        """The rows among `rows` whose list (visible or buffered) holds `partner`."""
        if len(rows) == 0:
            return rows
        held: IntArray = rows[(self._ids[rows] == partner).any(axis=1)]
        return held

    # ------------------------------------------------------------------ writing

    def replace(self, row: int, entries: Sequence[Entry]) -> None:
        """Store the exact best `capacity` entries of a search (or all there are)."""
        n = min(len(entries), self.capacity)
        ids, scores, via = self._ids[row], self._scores[row], self._via[row]
        ids[n:] = -1
        scores[n:] = 0.0
        via[n:] = -1
        if n:
            ids[:n], scores[:n], needs, offers = zip(*entries[:n], strict=True)
            via[:n, 0] = needs
            via[:n, 1] = offers
        self._bound[row] = scores[n - 1] if n == self.capacity else 0.0
        self._bound_id[row] = ids[n - 1] if n == self.capacity else 0

    def replace_arrays(
        self, row: int, partners: IntArray, scores: FloatArray, needs: IntArray, offers: IntArray
    ) -> None:
        """`replace` for a ranked search result given as parallel arrays (best first)."""
        n = min(len(partners), self.capacity)
        self._ids[row, n:] = -1
        self._scores[row, n:] = 0.0
        self._via[row, n:] = -1
        self._ids[row, :n] = partners[:n]
        self._scores[row, :n] = scores[:n]
        self._via[row, :n, 0] = needs[:n]
        self._via[row, :n, 1] = offers[:n]
        full = n == self.capacity
        self._bound[row] = scores[n - 1] if full else 0.0
        self._bound_id[row] = partners[n - 1] if full else 0

    def load(self, staged: StagedLists) -> None:
        """`replace_arrays` for every row at once (rows beyond the staged ones are left alone)."""
        n, cap = len(staged.lengths), self.capacity
        self.ensure(n)
        lengths = np.minimum(staged.lengths, cap)
        kept = np.arange(cap)[None, :] < lengths[:, None]
        self._ids[:n] = np.where(kept, staged.partners[:, :cap], -1)
        self._scores[:n] = np.where(kept, staged.scores[:, :cap], 0.0)
        self._via[:n] = np.where(kept[:, :, None], staged.via[:, :cap], -1)
        full = lengths == cap
        self._bound[:n] = np.where(full, staged.scores[:, cap - 1], 0.0)
        self._bound_id[:n] = np.where(full, staged.partners[:, cap - 1], 0)

    def clear(self, row: int) -> None:
        self.replace(row, ())

    def discard(self, row: int, partner: int) -> bool:
        """Take `partner` out of the row's list; nobody outside moves in (see `valid`)."""
        ids, scores, via = self._ids[row], self._scores[row], self._via[row]
        found = np.flatnonzero(ids == partner)
        if not len(found):
            return False
        at = int(found[0])
        ids[at:-1], scores[at:-1], via[at:-1] = ids[at + 1 :].copy(), scores[at + 1 :].copy(), via[at + 1 :].copy()
        ids[-1], scores[-1], via[-1] = -1, 0.0, -1
        return True

    def offer(self, row: int, entry: Entry) -> int:
        """Keep `entry` if it beats the row's threshold; its position, or -1 when not kept."""
        ids, scores = self._ids[row], self._scores[row]
        present = np.flatnonzero(ids == entry.partner)
        if len(present):
            if scores[present[0]] >= entry.score:
                return -1
            self.discard(row, entry.partner)
        count = int(np.count_nonzero(ids >= 0))
        if count == self.capacity:
            last_score, last_id = scores[-1], ids[-1]
            if entry.score < last_score or (entry.score == last_score and entry.partner > last_id):
                return -1
        elif entry.score < self._bound[row] or (
            entry.score == self._bound[row] and entry.partner >= self._bound_id[row]
        ):
            return -1
        # first slot holding a worse entry (lower score, or equal score and a later partner)
        worse = (scores[:count] < entry.score) | ((scores[:count] == entry.score) & (ids[:count] > entry.partner))
        hits = np.flatnonzero(worse)
        at = int(hits[0]) if len(hits) else count
        if count == self.capacity:  # the last one drops out: it now bounds everyone outside
            self._bound[row], self._bound_id[row] = scores[-1], ids[-1]
        via = self._via[row]
        ids[at + 1 :], scores[at + 1 :], via[at + 1 :] = ids[at:-1].copy(), scores[at:-1].copy(), via[at:-1].copy()
        ids[at], scores[at] = entry.partner, entry.score
        via[at] = (entry.need_sig, entry.offer_sig)
        return at
