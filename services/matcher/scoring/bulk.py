"""A full rebuild of one half's lists: ranked reading by reading, for all SMEs carrying it at once.

SMEs are dealt to one share per worker by bucket, the shares balanced by the
readings their lists merge (`_balanced_shares`). A worker ranks each reading
(signature) its SMEs carry, for each of their buckets at once: partner by
partner when the reading has few candidate partners, bucket by bucket when it
has many, looking only at links that could still reach the list. An SME's list
is the merge of its readings' lists; workers write them into `StagedLists`,
arrays the executor shares with the caller.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from services.matcher.scoring.half import Half, candidate_buckets
from services.matcher.scoring.members import Membership
from services.matcher.scoring.parallel import Executor
from services.matcher.scoring.ranked import StagedLists
from services.matcher.scoring.selection import (
    Ranked,
    Top,
    as_arrays,
    best_first,
    best_partners_by_row,
    linked_prefix,
    merged,
)
from services.matcher.scoring.signatures import Links

_EXCLUSION_SLACK = 4  # extra partners ranked per reading, so an SME's own exclusions rarely force a search
_BLOCK_CELLS = 1 << 19  # scores computed at once when ranking (bounds the temporary matrices)
_MEMBER_LEVEL_LIMIT = 4096  # a reading with fewer candidate partners is ranked partner by partner


@dataclass(frozen=True, slots=True)
class _Plan:
    """What workers need per row (SME), as plain arrays they can read without copying."""

    half: Half
    alive: np.ndarray
    bucket: np.ndarray
    readings: np.ndarray  # number of own readings the SME's list merges
    share_of: np.ndarray  # per bucket: the share of the work whose task ranks its SMEs' lists
    shares: np.ndarray  # estimated work of each share
    exclusions: dict[int, set[int]]  # rows with declines: everyone they must not list (self included)
    staged: StagedLists  # where the fresh lists go


def rebuild(halves: Sequence[Half], executor: Executor) -> None:
    """Every list of every half from scratch."""
    catalogue = halves[0].catalogue
    n = len(catalogue.records)
    workers = executor.workers_for(n)
    zeros = executor.zeros if workers > 1 else np.zeros
    # Carriers added by the fit go into the flat arrays once, here, before any fork: otherwise every
    # worker (and then this process) would flush its own copy of the same entries (about 50,000).
    catalogue.need_members.flush()
    catalogue.offer_members.flush()
    # Both halves' shares in one map, each half staging apart: a worker done with its share of
    # one half takes the next share instead of waiting for the slowest share of its half.
    plans = [_plan(half, StagedLists(n, half.lists.capacity + _EXCLUSION_SLACK, zeros), workers) for half in halves]
    # the largest shares first, so the last task to start is a small one
    tasks = sorted(
        ((plan, share) for plan in range(len(plans)) for share in range(workers)),
        key=lambda t: -plans[t[0]].shares[t[1]],
    )
    executor.map(plans, _rebuild_task, tasks, workers)
    for plan in plans:
        plan.half.lists.load(plan.staged)
        plan.half.reset_bounds()


def _rebuild_task(plans: Sequence[_Plan], task: tuple[int, int]) -> None:
    plan, share = task
    _rebuild_share(plans[plan], share)


def _plan(half: Half, staged: StagedLists, workers: int) -> _Plan:
    catalogue = half.catalogue
    records = catalogue.records
    n = len(records)
    alive = np.fromiter((r.alive for r in records), dtype=np.bool_, count=n)
    bucket = np.fromiter((half.own_bucket(r) for r in records), dtype=np.int64, count=n)
    readings = np.fromiter((len(half.own_sigs(r)) for r in records), dtype=np.int64, count=n)
    declined = catalogue.declined_suppliers if half.suppliers else catalogue.declined_buyers
    exclusions: dict[int, set[int]] = {}
    for sme_id in declined:
        row = catalogue.live_row(sme_id)
        if row is not None:
            exclusions[row] = half.exclusions(row)
    share_of, shares = _balanced_shares(bucket, np.where(alive, readings, 0), workers)
    return _Plan(half, alive, bucket, readings, share_of, shares, exclusions, staged)


def _balanced_shares(bucket: np.ndarray, work: np.ndarray, shares: int) -> tuple[np.ndarray, np.ndarray]:
    """Buckets dealt to `shares` shares, largest first to the share with least work so far
    (an SME's list is built where its bucket goes); returns each bucket's share and the work of each."""
    per_bucket = np.bincount(bucket, weights=work) if len(bucket) else np.zeros(0)
    share_of = np.zeros(len(per_bucket), dtype=np.int64)
    load = np.zeros(shares)
    for b in np.argsort(-per_bucket, kind="stable").tolist():
        if per_bucket[b] == 0:
            break
        least = int(np.argmin(load))
        share_of[b] = least
        load[least] += per_bucket[b]
    return share_of, load


def _rebuild_share(plan: _Plan, share: int) -> None:
    """Fresh lists of the SMEs whose bucket falls in this share, written to the plan's staging.

    An SME's list is final as soon as all its readings are ranked; meanwhile `running`
    holds the merge of the ones done (as plain tuples: tens of thousands of merges of a
    few dozen entries each cost several times more through numpy arrays).
    """
    half, staged = plan.half, plan.staged
    keep = half.lists.capacity
    want = keep + _EXCLUSION_SLACK
    readings = plan.readings.tolist()
    remaining = list(readings)
    done = np.zeros(len(remaining), dtype=np.bool_)
    running: dict[int, list[_Entry]] = {}

    def finish(row: int, found: list[Ranked]) -> None:
        excluded = plan.exclusions.get(row, {row})
        if len(excluded) > _EXCLUSION_SLACK:  # many declines: search this one directly
            staged.put(row, *as_arrays(half.search(row, keep)))
        else:
            staged.put(row, *merged(found, excluded, keep))
        done[row] = True

    def finish_running(row: int) -> None:
        entries = running.pop(row, [])
        excluded = plan.exclusions.get(row, {row})
        if len(excluded) > _EXCLUSION_SLACK:
            staged.put(row, *as_arrays(half.search(row, keep)))
        else:  # `merged` of the one ranked list: the same entries without the excluded, `keep` at most
            kept = [e for e in entries if e[1] not in excluded][:keep]
            staged.put(row, *_as_ranked(kept))
        done[row] = True

    for carriers, buckets, results in _ranked_by_reading(half, want, plan.share_of, share):
        entries_of: dict[int, list[_Entry]] = {}  # each bucket's ranked partners as tuples, made once
        for row, bucket in zip(carriers.tolist(), buckets.tolist(), strict=True):
            found = results.get(bucket)
            if readings[row] == 1:
                finish(row, [] if found is None else [found])
                continue
            if found is not None:
                entries = entries_of.get(bucket)
                if entries is None:
                    entries = entries_of[bucket] = _entries(found)
                running[row] = _merged_entries(running.get(row, []), entries, want)
            remaining[row] -= 1
            if remaining[row] == 0:
                finish_running(row)
    for row in np.flatnonzero(plan.alive & (plan.share_of[plan.bucket] == share) & ~done).tolist():
        finish_running(row)  # some readings had nobody to link to, or none at all


_Entry = tuple[float, int, int, int]  # score, partner, need and offer readings


def _entries(ranked: Ranked) -> list[_Entry]:
    partners, scores, needs, offers = ranked
    return list(zip(scores.tolist(), partners.tolist(), needs.tolist(), offers.tolist(), strict=True))


def _merged_entries(done: list[_Entry], found: list[_Entry], want: int) -> list[_Entry]:
    """`merged([done, found], set(), want)` on tuples: the best `want` distinct partners, ordered by
    score (descending), partner, then place in done + found (the first of equal entries is kept).

    Both lists are in that order already (each is a ranked list or such a merge), so they are walked
    side by side; `done` goes first on a tie."""
    chosen: list[_Entry] = []
    seen: set[int] = set()
    i = j = 0
    while len(chosen) < want:
        if i < len(done) and (j >= len(found) or (-done[i][0], done[i][1]) <= (-found[j][0], found[j][1])):
            entry = done[i]
            i += 1
        elif j < len(found):
            entry = found[j]
            j += 1
        else:
            break
        if entry[1] not in seen:
            seen.add(entry[1])
            chosen.append(entry)
    return chosen


def _as_ranked(entries: Sequence[_Entry]) -> Ranked:
    return (
        np.fromiter((e[1] for e in entries), dtype=np.int64, count=len(entries)),
        np.fromiter((e[0] for e in entries), dtype=np.float64, count=len(entries)),
        np.fromiter((e[2] for e in entries), dtype=np.int64, count=len(entries)),
        np.fromiter((e[3] for e in entries), dtype=np.int64, count=len(entries)),
    )


def _ranked_by_reading(
    half: Half, want: int, share_of: np.ndarray, share: int
) -> Iterator[tuple[np.ndarray, np.ndarray, dict[int, Ranked]]]:
    """For each own reading: its carriers in this share, their buckets, and for each of those
    buckets the best `want` partners through the reading."""
    n_sigs = len(half.catalogue.need_sigs if half.suppliers else half.catalogue.offer_sigs)
    for sig in range(n_sigs):
        carriers, carrier_buckets = half.own_members.flat(sig)
        in_share = share_of[carrier_buckets] == share
        carriers, carrier_buckets = carriers[in_share], carrier_buckets[in_share]
        if not len(carriers):
            continue
        links = half.links(sig)
        ranked: dict[int, Ranked] = {}
        if len(links.ids):
            own = np.unique(carrier_buckets)[:, None]
            ranked = _rank_reading(half, sig, own, links, want)
        yield carriers, carrier_buckets, ranked


def _rank_reading(half: Half, sig: int, own: np.ndarray, links: Links, want: int) -> dict[int, Ranked]:
    other_members: Membership = half.other_members
    ranked: dict[int, Ranked] = {}
    flats, cutoff = linked_prefix(other_members, links, want, half.catalogue.rules.lowest_fit)
    counts = np.fromiter((len(f[0]) for f in flats), dtype=np.int64, count=len(flats))
    if counts.sum() <= _MEMBER_LEVEL_LIMIT:
        # Few partners: score each one (diverse wording, small groups). Partners past
        # the scored links score at most `cutoff`; rows not clear of it look at all.
        results = _rank_partners(half, own, sig, links.ids[: len(flats)], links.sims, flats, want)
        unsettled = [r for r, res in enumerate(results) if len(res[0]) < want and cutoff > 0.0]
        unsettled += [r for r, res in enumerate(results) if len(res[0]) == want and res[1][-1] <= cutoff]
        if unsettled and cutoff > 0.0:
            every = [other_members.flat(int(o)) for o in links.ids.tolist()]
            again = _rank_partners(half, own[unsettled], sig, links.ids, links.sims, every, want)
            for r, res in zip(unsettled, again, strict=True):
                results[r] = res
        for r, bucket in enumerate(own[:, 0].tolist()):
            ranked[bucket] = results[r]
        return ranked
    # Many partners: score buckets of equal partners, open the best (template-like wording).
    cells, cell_buckets, sims = candidate_buckets(other_members, links.ids, links.sims)
    for block in _row_blocks(len(own), len(cells)):
        scores = sims[None, :] * half.fit(own[block], cell_buckets[None, :], sig, cells[None, :])
        for r, bucket in enumerate(own[block, 0].tolist()):
            top = Top(want)
            for j in best_first(scores[r], 2 * want, top):
                cell = int(cells[j])
                members = other_members.members(cell, int(cell_buckets[j]))
                top.add(members, float(scores[r, j]), *half.via(sig, cell), ())
            ranked[bucket] = as_arrays(top.ranked())
    return ranked


def _rank_partners(
    half: Half,
    own: np.ndarray,
    sig: int,
    linked: np.ndarray,
    sims: np.ndarray,
    flats: Sequence[tuple[np.ndarray, np.ndarray]],
    want: int,
) -> list[Ranked]:
    """Best `want` partners per own bucket (rows of `own`), scoring every partner of `linked`."""
    counts = np.fromiter((len(f[0]) for f in flats), dtype=np.int64, count=len(flats))
    partners = np.concatenate([f[0] for f in flats]) if flats else np.empty(0, dtype=np.int64)
    buckets = np.concatenate([f[1] for f in flats]) if flats else np.empty(0, dtype=np.int64)
    other = np.repeat(linked[: len(flats)].astype(np.int64), counts)
    similarity = np.repeat(sims[: len(flats)].astype(np.float64), counts)[None, :]
    this = np.full(want, sig, dtype=np.int64)
    results: list[Ranked] = []
    for block in _row_blocks(len(own), len(partners)):
        scores = similarity * half.fit(own[block], buckets[None, :], sig, other[None, :])
        for r, chosen in enumerate(best_partners_by_row(scores, partners, want)):
            mine = this[: len(chosen)]
            needs, offers = (mine, other[chosen]) if half.suppliers else (other[chosen], mine)
            results.append((partners[chosen], scores[r, chosen], needs, offers))
    return results


def _row_blocks(rows: int, columns: int) -> Iterator[slice]:
    """Slices of rows whose score matrices against `columns` partners stay small."""
    step = max(1, _BLOCK_CELLS // max(columns, 1))
    for start in range(0, rows, step):
        yield slice(start, start + step)
