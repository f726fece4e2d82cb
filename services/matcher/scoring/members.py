"""Which SMEs carry each signature, grouped into buckets of equal soft-fit attributes.

Every SME in a bucket has the same stage, sub-cluster, province, BCG tags and
certifications, so it scores the same against any partner: ranking works on
buckets, and only the best buckets are opened up into SMEs.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


class BucketKey(NamedTuple):  # a tuple: hashed in C, once per SME and side on every fit
    stage: int
    sub_cluster: int
    province: int
    bcg: int
    certs: int  # bit mask of canonical certifications


class BucketTable:
    """Interned bucket keys, with each attribute as an array indexed by bucket id."""

    def __init__(self) -> None:
        self._ids: dict[BucketKey, int] = {}
        self._data = np.zeros((5, 64), dtype=np.int64)

    def __len__(self) -> int:
        return len(self._ids)

    def intern(self, key: BucketKey) -> int:
        bid = self._ids.get(key)
        if bid is None:
            bid = self._ids[key] = len(self._ids)
            if bid >= self._data.shape[1]:
                grown = np.zeros((5, self._data.shape[1] * 2), dtype=np.int64)
                grown[:, : self._data.shape[1]] = self._data
                self._data = grown
            self._data[:, bid] = (key.stage, key.sub_cluster, key.province, key.bcg, key.certs)
        return bid

    @property
    def stage(self) -> IntArray:
        row: IntArray = self._data[0]
        return row

    @property
    def sub_cluster(self) -> IntArray:
        row: IntArray = self._data[1]
        return row

    @property
    def province(self) -> IntArray:
        row: IntArray = self._data[2]
        return row

    @property
    def bcg(self) -> IntArray:
        row: IntArray = self._data[3]
        return row

    @property
    def certs(self) -> IntArray:
        row: IntArray = self._data[4]
        return row


class _Carriers:
    """The SMEs carrying one signature: grouped by bucket, and as flat arrays kept in step."""

    __slots__ = ("buckets", "buckets_array", "pending", "position", "size", "sme_buckets", "smes")

    def __init__(self) -> None:
        self.buckets: dict[int, set[int]] = {}
        self.buckets_array: IntArray | None = None
        self.position: dict[int, int] = {}
        self.smes = np.empty(8, dtype=np.int64)
        self.sme_buckets = np.empty(8, dtype=np.int64)
        self.size = 0  # carriers, counting those still pending
        # Added but not yet in the arrays: a fit adds hundreds of thousands one by one,
        # and writing numpy elements one at a time costs more than the rest of `add`.
        self.pending: list[tuple[int, int]] = []

    def flushed(self) -> _Carriers:
        if self.pending:
            if self.size > len(self.smes):
                grown = max(self.size, 2 * len(self.smes))
                self.smes = np.resize(self.smes, grown)
                self.sme_buckets = np.resize(self.sme_buckets, grown)
            added = np.array(self.pending, dtype=np.int64)
            start = self.size - len(self.pending)
            self.smes[start : self.size] = added[:, 0]
            self.sme_buckets[start : self.size] = added[:, 1]
            self.pending.clear()
        return self


class Membership:
    """signature -> bucket -> SME indices, with flat arrays for vectorised checks.

    Adding and removing an SME is O(1) (swap-remove in the flat arrays), so a
    stream of edits never rebuilds the member arrays of a popular signature.
    """

    def __init__(self) -> None:
        self._sigs: list[_Carriers] = []

    def _carriers(self, sig: int) -> _Carriers:
        while len(self._sigs) <= sig:
            self._sigs.append(_Carriers())
        return self._sigs[sig]

    def add(self, sig: int, bucket: int, sme: int) -> None:
        c = self._carriers(sig)
        if sme in c.position:
            return
        members = c.buckets.get(bucket)
        if members is None:
            members = c.buckets[bucket] = set()
            c.buckets_array = None
        members.add(sme)
        c.pending.append((sme, bucket))
        c.position[sme] = c.size
        c.size += 1

    def discard(self, sig: int, sme: int) -> None:
        c = self._carriers(sig).flushed()
        at = c.position.pop(sme, None)
        if at is None:
            return
        bucket = int(c.sme_buckets[at])
        members = c.buckets[bucket]
        members.discard(sme)
        if not members:
            del c.buckets[bucket]
            c.buckets_array = None
        last = c.size - 1
        if at != last:
            moved = int(c.smes[last])
            c.smes[at] = moved
            c.sme_buckets[at] = c.sme_buckets[last]
            c.position[moved] = at
        c.size = last

    def buckets(self, sig: int) -> IntArray:
        c = self._carriers(sig)
        if c.buckets_array is None:
            c.buckets_array = np.fromiter(c.buckets.keys(), dtype=np.int64, count=len(c.buckets))
        return c.buckets_array

    def members(self, sig: int, bucket: int) -> set[int]:
        return self._carriers(sig).buckets.get(bucket, set())

    def flat(self, sig: int) -> tuple[IntArray, IntArray]:
        """(SMEs, their buckets) carrying `sig`, as parallel array views (do not modify)."""
        c = self._carriers(sig).flushed()
        return c.smes[: c.size], c.sme_buckets[: c.size]

    def flush(self) -> None:
        """Put every pending carrier into the flat arrays now (each `flat` would, signature by signature)."""
        for c in self._sigs:
            c.flushed()

    def count(self, sig: int) -> int:
        return self._carriers(sig).size
