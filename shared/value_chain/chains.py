"""Chain suggestions: whole chains of firms the cluster could form, beyond pairs.

A chain is read backwards from an end buyer (a firm with needs whose offers no
one in the cluster buys: a hospital, a resort, a brand selling to consumers):
each need leads to its best supplier (the matcher's highest score at or above
the threshold; a supplier within 0.05 of it is followed too), that supplier's
needs to theirs, and so on, until

- a firm needs nothing (a grower, a collector): the chain is **complete**;
- a firm has a need nobody can meet: the chain has a **missing link**, named
  by that need ("no supplier of hand-spun hemp yarn for Doi Hemp Weaving").

Complete chains need three firms or more; a chain with a missing link needs two
firms (the gap makes the third place). Chains are ranked by the geometric mean
of their link scores, times the share of the three stages they span, so a chain
from upstream to downstream beats a short one inside a stage.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from shared.taxonomy import Stage
from shared.value_chain.gaps import DEFAULT_MIN_SCORE
from shared.value_chain.model import Candidate, Cluster, Firm, PhraseRef, Side

MAX_LENGTH: Final = 7
_CLOSE: Final = 0.05  # suppliers this close to the best are alternatives worth following too
_BRANCHES: Final = 2
_MAX_PATHS: Final = 200_000  # bounds the walk on a very connected cluster; chains past it are not found


@dataclass(frozen=True, slots=True)
class Chain:
    firm_ids: tuple[str, ...]  # supply order: the first firm supplies the second ...
    scores: tuple[float, ...]  # one per link between consecutive firms
    missing: PhraseRef | None = None  # the first firm's need that nobody in the cluster meets
    rank_score: float = 0.0

    @property
    def complete(self) -> bool:
        return self.missing is None


def _best_suppliers(cluster: Cluster, min_score: float) -> dict[PhraseRef, list[Candidate]]:
    """Per need, the best supplier and any other firm within `_CLOSE` of it (at most `_BRANCHES`)."""
    best: dict[PhraseRef, list[Candidate]] = {}
    for firm in cluster.firms:
        for index, need in enumerate(firm.needs):
            if need.market:
                continue
            ref = PhraseRef(firm.id, Side.NEED, index)
            good = sorted((c for c in cluster.coverage.get(ref, ()) if c.score >= min_score),
                          key=lambda c: (-c.score, c.ref))  # fmt: skip
            firms: list[Candidate] = []
            for c in good:
                if c.score >= good[0].score - _CLOSE and all(c.ref.firm_id != f.ref.firm_id for f in firms):
                    firms.append(c)
            best[ref] = firms[:_BRANCHES]
    return best


def _is_end(cluster: Cluster, firm: Firm, min_score: float) -> bool:
    """Has input needs, and nobody in the cluster buys what it offers."""
    if not any(not n.market for n in firm.needs):
        return False
    return not any(
        c.score >= min_score
        for index in range(len(firm.offers))
        for c in cluster.coverage.get(PhraseRef(firm.id, Side.OFFER, index), ())
    )


def suggest_chains(
    cluster: Cluster, *, min_score: float = DEFAULT_MIN_SCORE, limit: int = 20
) -> tuple[list[Chain], list[Chain]]:
    """(complete chains, chains with a missing link), each best first, at most `limit` each."""
    best = _best_suppliers(cluster, min_score)
    found: dict[tuple[str, ...], Chain] = {}
    ends = sorted(f.id for f in cluster.firms if _is_end(cluster, f, min_score))
    walked = 0
    for end in ends:
        if walked > _MAX_PATHS:
            break
        for chain in _walk(cluster, best, (end,), ()):
            walked += 1
            enough = 3 if chain.complete else 2
            if len(chain.firm_ids) >= enough:
                ranked = _ranked(cluster, chain)
                key = chain.firm_ids + ((chain.missing.firm_id, str(chain.missing.index)) if chain.missing else ())
                if key not in found or found[key].rank_score < ranked.rank_score:
                    found[key] = ranked
    complete = _distinct([c for c in found.values() if c.complete], limit)
    missing = _distinct([c for c in found.values() if not c.complete], limit)
    return complete, missing


def _walk(
    cluster: Cluster, best: dict[PhraseRef, list[Candidate]], path: tuple[str, ...], scores: tuple[float, ...]
) -> Iterator[Chain]:
    """Chains ending in `path` (supply order), extended backwards through the first firm's needs."""
    head = cluster.firm(path[0])
    needs = [PhraseRef(head.id, Side.NEED, i) for i, n in enumerate(head.needs) if not n.market]
    extended = False
    for ref in needs:
        suppliers = best.get(ref, [])
        if not suppliers:
            extended = True
            yield Chain(path, scores, missing=ref)
            continue
        for supplier in suppliers:
            if supplier.ref.firm_id in path or len(path) >= MAX_LENGTH:
                continue
            extended = True
            yield from _walk(cluster, best, (supplier.ref.firm_id, *path), (supplier.score, *scores))
    if not extended:
        yield Chain(path, scores)


def _ranked(cluster: Cluster, chain: Chain) -> Chain:
    stages = {cluster.firm(f).stage for f in chain.firm_ids}
    quality = math.exp(sum(math.log(max(s, 1e-6)) for s in chain.scores) / len(chain.scores)) if chain.scores else 0.0
    score = quality * len(stages) / len(Stage) * (1 + 0.1 * min(len(chain.firm_ids), MAX_LENGTH))
    return Chain(chain.firm_ids, chain.scores, chain.missing, round(score, 6))


def _distinct(chains: list[Chain], limit: int) -> list[Chain]:
    """Best first; drop a chain that lies inside a longer one already kept, and repeats of one end to end."""
    chains.sort(key=lambda c: (-c.rank_score, -len(c.firm_ids), c.firm_ids))
    kept: list[Chain] = []
    ends: set[tuple[str, str, int]] = set()
    for chain in chains:
        pair = (chain.firm_ids[0], chain.firm_ids[-1], chain.missing.index if chain.missing else -1)
        if pair in ends or any(_inside(chain.firm_ids, k.firm_ids) for k in kept):
            continue
        ends.add(pair)
        kept.append(chain)
        if len(kept) >= limit:
            break
    return kept


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))
