"""Every visible list at once, with its reasons, for exporting them all (`clusterlink match`).

Entry by entry, reasons cost more than the ranking: nearly every entry has a
combination of its own. But each part of a reason (goods, certification,
circular backflow, distance, sub-cluster, BCG) reads only a few values of the
pair, which repeat a lot. So each part is written once per distinct value it
reads, found with numpy over all entries at once, and an entry's reasons are
one combination of part ids: the same `Reason` objects, in the same order, as
`ReasonWriter.write` gives the same pair.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from services.matcher.scoring.catalogue import Catalogue, NeedKey, OfferKey
from services.matcher.scoring.half import Half
from services.matcher.scoring.model import Reason

IntArray = npt.NDArray[np.int64]
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class ReasonGroup:
    """Some consecutive parts of every entry's reasons, as one of few distinct combinations."""

    codes: IntArray  # per entry, index into `reasons` and `languages`
    reasons: list[tuple[Reason, ...]]  # per combination, addressed to the list's owner
    languages: list[str]  # per combination: the owner's language


@dataclass(frozen=True, slots=True)
class ExportedHalf:
    """One direction's visible lists, flattened row after row (rows in catalogue order, or those asked for)."""

    starts: IntArray  # the r-th row's entries are [starts[r], starts[r + 1])
    partners: IntArray  # partner row of each entry
    scores: npt.NDArray[np.float64]
    groups: list[ReasonGroup]  # an entry's reasons: each group's part for it, in order


def export(
    halves: Sequence[Half], rows: Sequence[int] | None = None, facts: RowFacts | None = None
) -> list[ExportedHalf]:
    """Each half's visible lists with their reasons (rows not alive have empty lists).

    `rows`: only these catalogue rows, in this order (default: every row, in catalogue order),
    so that parts of a large export can be made apart, on different workers. `facts`: the
    catalogue's `RowFacts`, when made once for several parts."""
    facts = facts or RowFacts(halves[0].catalogue)
    chosen = None if rows is None else np.asarray(rows, dtype=np.int64)
    return [_export_half(half, facts, chosen) for half in halves]


class RowFacts:
    """What reasons read of each row, as integer columns (strings and sets interned)."""

    def __init__(self, catalogue: Catalogue) -> None:
        records = catalogue.records
        self.catalogue = catalogue
        self.sub_clusters: list[str] = []
        self.cert_sets: list[frozenset[str]] = [frozenset()]  # id 0: holds nothing
        self.requirements: list[frozenset[str]] = []
        sub_ids: dict[str, int] = {}
        cert_ids: dict[frozenset[str], int] = {frozenset(): 0}
        n = len(records)
        self.alive = np.fromiter((r.alive for r in records), dtype=np.bool_, count=n)
        self.supply_bucket = np.fromiter((r.supply_bucket for r in records), dtype=np.int64, count=n)
        self.demand_bucket = np.fromiter((r.demand_bucket for r in records), dtype=np.int64, count=n)
        self.province = np.fromiter((r.party.province for r in records), dtype=np.int64, count=n)
        self.bcg = np.fromiter((r.party.bcg for r in records), dtype=np.int64, count=n)
        self.sub_cluster = np.fromiter(
            (_intern(sub_ids, self.sub_clusters, r.party.sub_cluster) for r in records), dtype=np.int64, count=n
        )
        self.certs = np.fromiter(
            (_intern(cert_ids, self.cert_sets, r.party.certs) for r in records), dtype=np.int64, count=n
        )
        self.english = np.fromiter((r.profile.language != "th" for r in records), dtype=np.bool_, count=n)
        required_ids: dict[frozenset[str], int] = {}
        labels = catalogue.need_sigs.labels
        self.required = np.fromiter(
            (_intern(required_ids, self.requirements, _need_key(label).required) for label in labels),
            dtype=np.int64,
            count=len(labels),
        )


def _export_half(half: Half, facts: RowFacts, rows: IntArray | None) -> ExportedHalf:
    catalogue = half.catalogue
    writer = half.suggestions.writer
    to_buyer = half.suppliers
    ids, scores, via, counts = half.lists.visible()
    n = len(catalogue.records)
    ids, scores, via = ids[:n], scores[:n], via[:n]
    counts = np.where(facts.alive, counts[:n], 0)
    if rows is None:
        rows = np.arange(n, dtype=np.int64)
    else:
        ids, scores, via, counts = ids[rows], scores[rows], via[rows], counts[rows]
        n = len(rows)
    listed = np.arange(ids.shape[1])[None, :] < counts[:, None]
    owner = np.repeat(rows, counts)
    partner = ids[listed].astype(np.int64)
    need, offer = via[listed][:, 0].astype(np.int64), via[listed][:, 1].astype(np.int64)
    supplier, buyer = (partner, owner) if to_buyer else (owner, partner)
    need_items = catalogue.need_sigs.labels
    offer_items = catalogue.offer_sigs.labels
    held = facts.certs[supplier] if to_buyer else np.zeros(len(supplier), dtype=np.int64)
    stage = catalogue.buckets.stage
    backflow = stage[facts.supply_bucket[supplier]] > stage[facts.demand_bucket[buyer]]

    parts = [
        _part(
            (need, offer),
            lambda n, o: writer.goods_part(to_buyer, _need_key(need_items[n]).item, _offer_key(offer_items[o]).item),
        ),
        _part(
            (held, facts.required[need]),
            lambda h, r: writer.cert_part(to_buyer, facts.cert_sets[h], facts.requirements[r]),
        ),
        _part((backflow.astype(np.int64),), lambda b: writer.backflow_part(to_buyer) if b else None),
        _part((facts.province[partner], facts.province[owner]), writer.distance_part),
        _part(
            (facts.sub_cluster[partner], facts.sub_cluster[owner]),
            lambda p, o: writer.sub_cluster_part(facts.sub_clusters[p], facts.sub_clusters[o]),
        ),
        _part((facts.bcg[partner], facts.bcg[owner]), writer.bcg_part),
    ]
    starts = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    if not len(owner):
        return ExportedHalf(starts, partner, scores[listed], [])
    english = facts.english[owner].astype(np.int64)
    # Grouped so that each group has few distinct combinations (a few thousand at most):
    # goods, certification and backflow, distance, sub-cluster and BCG.
    groups = [parts[0:1], parts[1:3], parts[3:4], parts[4:6]]
    return ExportedHalf(starts, partner, scores[listed], [_grouped(group, english) for group in groups])


def _grouped(parts: Sequence[tuple[IntArray, list[Reason | None]]], english: IntArray) -> ReasonGroup:
    """Parts put together per distinct combination and owner's language."""
    codes, distinct = _distinct([*(c for c, _ in parts), english])
    written = [written for _, written in parts]
    reasons = [
        tuple(r for r in (w[c] for w, c in zip(written, row[:-1], strict=True)) if r is not None)
        for row in distinct
    ]
    return ReasonGroup(codes, reasons, ["en" if row[-1] else "th" for row in distinct])


def _distinct(columns: Sequence[np.ndarray]) -> tuple[IntArray, list[list[int]]]:
    """Per entry, the id of its combination of values in `columns`; and each combination's values."""
    columns = [np.asarray(c, dtype=np.int64) for c in columns]
    if not len(columns[0]):
        return np.zeros(0, dtype=np.int64), []
    lows = [int(c.min()) for c in columns]
    spans = [int(c.max()) - low + 1 for c, low in zip(columns, lows, strict=True)]
    if math.prod(spans) < 2**62:  # one integer per combination: a 1-d sort, much faster than rows
        key = np.zeros(len(columns[0]), dtype=np.int64)
        for column, low, span in zip(columns, lows, spans, strict=True):
            key = key * span + (column - low)
        if math.prod(spans) <= max(4 * len(key), 1 << 16):
            # Few possible combinations (most parts and groups): rank them through a table of all of
            # them instead of sorting every entry; the same ids as np.unique's, in about a tenth of the time.
            present = np.zeros(math.prod(spans), dtype=np.bool_)
            present[key] = True
            keys = np.flatnonzero(present)
            codes = (np.cumsum(present) - 1)[key]
        else:
            keys, codes = np.unique(key, return_inverse=True)
        digits = []
        for low, span in zip(reversed(lows), reversed(spans), strict=True):
            keys, digit = np.divmod(keys, span)
            digits.append(digit + low)
        distinct = np.stack(digits[::-1], axis=1).tolist()
        return codes.reshape(-1).astype(np.int64), distinct
    rows, codes = np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)
    return codes.reshape(-1).astype(np.int64), rows.tolist()


def _part(
    columns: tuple[np.ndarray, ...], write: Callable[..., Reason | None]
) -> tuple[IntArray, list[Reason | None]]:
    """Per entry, the id of its distinct values of `columns`; and the part written once per id."""
    if not len(columns[0]):
        return np.zeros(0, dtype=np.int64), []
    codes, distinct = _distinct(columns)
    return codes, [write(*values) for values in distinct]


def _intern(ids: dict[K, int], values: list[K], value: K) -> int:
    found = ids.get(value)
    if found is None:
        found = ids[value] = len(values)
        values.append(value)
    return found


def _need_key(label: object) -> NeedKey:
    assert isinstance(label, NeedKey)
    return label


def _offer_key(label: object) -> OfferKey:
    assert isinstance(label, OfferKey)
    return label
