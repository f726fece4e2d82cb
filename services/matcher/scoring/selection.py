"""Choosing the best partners from scored candidates: exact top-k with ties broken by index.

A partner can reach a list through several readings; it counts once, at its
best score. Ordering is always (score descending, partner index ascending), so
every path — a single query, the bulk rebuild, an incremental update — agrees.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterator, Sequence

import numpy as np

from services.matcher.scoring.members import Membership
from services.matcher.scoring.ranked import Entry
from services.matcher.scoring.signatures import Links

Ranked = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # partners, scores, need and offer readings


class Top:
    """The best K distinct partners seen so far; `floor` is what a newcomer must reach."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.best: dict[int, Entry] = {}
        self.floor = 0.0

    def add(self, members: Collection[int], score: float, need: int, offer: int, exclude: Collection[int]) -> None:
        want = self.k + len(self.best) + len(exclude)
        pool = sorted(members) if len(members) <= 2 * want else heapq.nsmallest(want, members)
        accepted = 0
        for m in pool:
            if m in exclude:
                continue
            held = self.best.get(m)
            if held is None or held.score < score:
                self.best[m] = Entry(m, score, need, offer)
                accepted += 1
                if accepted >= self.k:
                    break
        if len(self.best) >= self.k:
            ranked = self.ranked()[: self.k]
            self.best = {e.partner: e for e in ranked}
            self.floor = ranked[-1].score

    def ranked(self) -> list[Entry]:
        return sorted(self.best.values(), key=lambda e: (-e.score, e.partner))


def batches(ids: np.ndarray, sims: np.ndarray, top: Top) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Linked signatures, best first, in growing batches, until none can beat the current floor."""
    start, size = 0, 4
    while start < len(ids) and sims[start] >= top.floor:
        yield ids[start : start + size], sims[start : start + size]
        start += size
        size *= 2


def best_first(row: np.ndarray, head: int, top: Top) -> Iterator[int]:
    """Indices of positive scores in `row`, best first, while they can still reach `top`.

    Only the best `head` are sorted at first; the rest only if the list is not
    settled by then (everyone left could still tie or beat its floor).
    """
    if len(row) > head:
        part = np.argpartition(-row, head)
        first, rest = part[:head], part[head:]
        first = first[np.argsort(-row[first], kind="stable")]
    else:
        first, rest = np.argsort(-row, kind="stable"), np.empty(0, dtype=np.int64)
    for j in first.tolist():
        if row[j] <= 0.0 or row[j] < top.floor:
            return
        yield j
    if not len(rest) or row[rest].max() < top.floor:
        return
    for j in rest[np.argsort(-row[rest], kind="stable")].tolist():
        if row[j] <= 0.0 or row[j] < top.floor:
            return
        yield j


def as_arrays(entries: Sequence[Entry]) -> Ranked:
    return (
        np.fromiter((e.partner for e in entries), dtype=np.int64, count=len(entries)),
        np.fromiter((e.score for e in entries), dtype=np.float64, count=len(entries)),
        np.fromiter((e.need_sig for e in entries), dtype=np.int64, count=len(entries)),
        np.fromiter((e.offer_sig for e in entries), dtype=np.int64, count=len(entries)),
    )


def linked_prefix(
    members: Membership, linked: Links, enough: int, lowest_fit: float
) -> tuple[list[tuple[np.ndarray, np.ndarray]], float]:
    """Carriers of the best links: until there are `enough` partners, then every link that
    could still outscore them (similarity above theirs x the lowest fit); and the best
    similarity left out, which bounds every partner not scored."""
    flats: list[tuple[np.ndarray, np.ndarray]] = []
    total = 0
    floor: float | None = None  # set once there are enough partners
    for sig, sim in zip(linked.ids.tolist(), linked.sims.tolist(), strict=True):
        if floor is not None and sim < floor:
            break
        flat = members.flat(sig)
        flats.append(flat)
        total += len(flat[0])
        if floor is None and total >= enough:
            floor = sim * lowest_fit
    return flats, 0.0 if len(flats) == len(linked.ids) else float(linked.sims[len(flats)])


def best_partners_by_row(scores: np.ndarray, partners: np.ndarray, want: int) -> list[np.ndarray]:
    """`_best_partners` for every row of `scores` at once; rows it cannot settle go one by one.

    A row is settled by its best `head` columns when they hold `want` positive
    scores from distinct partners and every other column scores strictly less
    than the last one kept.
    """
    n_rows, n_cols = scores.shape
    head = min(n_cols, 3 * want)
    if n_rows == 0 or n_cols == 0:
        return [np.empty(0, dtype=np.int64) for _ in range(n_rows)]
    if head < n_cols:
        part = np.argpartition(-scores, head, axis=1)
        top, rest_max = part[:, :head], np.take_along_axis(scores, part[:, head : head + 1], axis=1)[:, 0]
    else:
        top, rest_max = np.broadcast_to(np.arange(n_cols), (n_rows, n_cols)), np.full(n_rows, -np.inf)
    top_scores = np.take_along_axis(scores, top, axis=1)
    order = np.lexsort((partners[top], -top_scores), axis=1)
    top = np.take_along_axis(top, order, axis=1)[:, :want]
    top_scores = np.take_along_axis(top_scores, order, axis=1)[:, :want]
    ranked_partners = np.sort(partners[top], axis=1)
    distinct = (ranked_partners[:, 1:] != ranked_partners[:, :-1]).all(axis=1)
    full = top_scores.shape[1] == want
    settled = distinct & (top_scores[:, -1] > 0.0) & (rest_max < top_scores[:, -1]) if full else distinct & False
    results: list[np.ndarray] = []
    for r in range(n_rows):
        if settled[r]:
            results.append(top[r])
        else:
            results.append(best_partners(scores[r], partners, want))
    return results


def best_partners(scores: np.ndarray, partners: np.ndarray, want: int) -> np.ndarray:
    """Indices of the best `want` distinct partners (each at its best score), best first.

    Order is by score, then partner index. Only the best slice is sorted unless
    ties or duplicates at its edge could change the answer.
    """
    positive = np.flatnonzero(scores > 0.0)
    if len(positive) > 3 * want:
        part = positive[np.argpartition(-scores[positive], 3 * want)]
        head, rest = part[: 3 * want], part[3 * want :]
        chosen = distinct_best(scores, partners, head, want)
        if len(chosen) == want and scores[rest].max() < scores[chosen[-1]]:
            return chosen
    return distinct_best(scores, partners, positive, want)


def distinct_best(scores: np.ndarray, partners: np.ndarray, among: np.ndarray, want: int) -> np.ndarray:
    ordered = among[np.lexsort((partners[among], -scores[among]))]
    seen: set[int] = set()
    chosen: list[int] = []
    start = 0
    while start < len(ordered) and len(chosen) < want:
        # look at a slice at a time: duplicates are rare, so the first slice usually suffices
        stop = start + 2 * want
        for index, partner in zip(ordered[start:stop].tolist(), partners[ordered[start:stop]].tolist(), strict=True):
            if partner not in seen:
                seen.add(partner)
                chosen.append(index)
                if len(chosen) == want:
                    break
        start = stop
    return np.asarray(chosen, dtype=np.int64)


def merged(parts: Sequence[Ranked], exclude: set[int], keep: int) -> Ranked:
    """The best `keep` distinct partners over several readings' ranked lists."""
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, np.empty(0, dtype=np.float64), empty, empty
    if len(parts) == 1:  # one ranked list: already distinct and in order
        return _first_allowed(parts[0], exclude, keep)
    partners, scores, needs, offers = (np.concatenate([p[i] for p in parts]) for i in range(4))
    if len(partners) <= _SMALL_MERGE:
        chosen = _distinct_best_small(scores.tolist(), partners.tolist(), exclude, keep)
        return partners[chosen], scores[chosen], needs[chosen], offers[chosen]
    if not exclude:
        allowed = np.ones(len(partners), dtype=np.bool_)
    elif len(exclude) == 1:
        allowed = partners != next(iter(exclude))
    else:
        allowed = ~np.isin(partners, np.fromiter(exclude, dtype=np.int64, count=len(exclude)))
    chosen = distinct_best(scores, partners, np.flatnonzero(allowed), keep)
    return partners[chosen], scores[chosen], needs[chosen], offers[chosen]


def _first_allowed(ranked: Ranked, exclude: set[int], keep: int) -> Ranked:
    """The first `keep` entries of one ranked list whose partner is not excluded."""
    partners, scores, needs, offers = ranked
    if exclude.isdisjoint(partners.tolist()):
        return partners[:keep], scores[:keep], needs[:keep], offers[:keep]
    allowed = np.fromiter((p not in exclude for p in partners.tolist()), dtype=np.bool_, count=len(partners))
    return partners[allowed][:keep], scores[allowed][:keep], needs[allowed][:keep], offers[allowed][:keep]


_SMALL_MERGE = 96  # up to this many candidates plain Python beats numpy's per-call overhead


def _distinct_best_small(scores: list[float], partners: list[int], exclude: Collection[int], want: int) -> np.ndarray:
    """distinct_best for a few candidates: same order (score descending, partner ascending, then position)."""
    seen = set(exclude)
    chosen: list[int] = []
    for i in sorted(range(len(partners)), key=lambda i: (-scores[i], partners[i])):
        partner = partners[i]
        if partner not in seen:
            seen.add(partner)
            chosen.append(i)
            if len(chosen) == want:
                break
    return np.asarray(chosen, dtype=np.int64)
