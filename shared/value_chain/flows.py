"""The cluster as flows: firms grouped by stage x sub-cluster x product concept, links summed between groups.

Each firm joins one group: its stage, its sub-cluster, and the concept it sells
most often in its links (its first recognised offer if it has no links; "buyers"
if it offers nothing). A flow counts the suggested and established links from
one group to another.

To stay legible with thousands of firms, each stage keeps its `max_groups`
busiest groups and folds the rest into one "other" group per sub-cluster; then
only the `max_flows` largest flows are drawn, and the rest are counted in the
caption.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Final

from shared.taxonomy import Stage, SubCluster
from shared.value_chain.model import Cluster, Firm, LinkKind

OTHER: Final = "*other"
BUYERS: Final = "*buyers"


@dataclass(frozen=True, slots=True, order=True)
class GroupKey:
    stage: Stage
    sub_cluster: SubCluster
    concept: str  # a concept id, OTHER or BUYERS


@dataclass(frozen=True, slots=True)
class Group:
    key: GroupKey
    firms: int


@dataclass(frozen=True, slots=True)
class Flow:
    source: GroupKey
    target: GroupKey
    suggested: int
    established: int

    @property
    def links(self) -> int:
        return self.suggested + self.established


@dataclass(frozen=True)
class FlowSummary:
    groups: tuple[Group, ...]
    flows: tuple[Flow, ...]  # largest first
    hidden_flows: int = 0  # flows left out to keep the picture legible
    hidden_links: int = 0
    inner_links: int = 0  # links inside one group (for example "other" to itself): not drawn
    firms: int = 0
    suggested: int = 0
    established: int = 0


def _primary_concept(firm: Firm, sold: Counter[str]) -> str:
    if sold:
        return min(sold.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return next((o.concept for o in firm.offers if o.concept), OTHER if firm.offers else BUYERS)


def summarise(cluster: Cluster, *, min_score: float = 0.0, max_groups: int = 14, max_flows: int = 120) -> FlowSummary:
    """Groups and flows; suggested links scoring under `min_score` are left out (established ones never are)."""
    links = [k for k in cluster.links if k.kind is LinkKind.ESTABLISHED or k.score >= min_score]
    sold: dict[str, Counter[str]] = {f.id: Counter() for f in cluster.firms}
    for link in links:
        if link.concept and cluster.has(link.supplier_id):
            sold[link.supplier_id][link.concept] += 1
    raw = {f.id: GroupKey(f.stage, f.sub_cluster, _primary_concept(f, sold[f.id])) for f in cluster.firms}
    counted: Counter[tuple[GroupKey, GroupKey, LinkKind]] = Counter()
    for link in links:
        if link.supplier_id in raw and link.buyer_id in raw:
            counted[(raw[link.supplier_id], raw[link.buyer_id], link.kind)] += 1

    throughput: Counter[GroupKey] = Counter()
    for (source, target, _), n in counted.items():
        throughput[source] += n
        throughput[target] += n
    firms_in: Counter[GroupKey] = Counter(raw.values())
    kept: set[GroupKey] = set()
    for stage in Stage:
        keys = [k for k in firms_in if k.stage is stage]
        keys.sort(key=lambda k: (-throughput[k], -firms_in[k], k))
        kept.update(keys[:max_groups])

    def fold(key: GroupKey) -> GroupKey:
        return key if key in kept else GroupKey(key.stage, key.sub_cluster, OTHER)

    groups: Counter[GroupKey] = Counter()
    for key, n in firms_in.items():
        groups[fold(key)] += n
    merged: dict[tuple[GroupKey, GroupKey], list[int]] = {}
    inner = 0
    for (source, target, kind), n in counted.items():
        s, t = fold(source), fold(target)
        if s == t:
            inner += n
            continue
        pair = merged.setdefault((s, t), [0, 0])
        pair[0 if kind is LinkKind.SUGGESTED else 1] += n
    flows = sorted(
        (Flow(s, t, sug, est) for (s, t), (sug, est) in merged.items()),
        key=lambda f: (-f.links, f.source, f.target),
    )
    shown, hidden = flows[:max_flows], flows[max_flows:]
    return FlowSummary(
        groups=tuple(Group(k, n) for k, n in sorted(groups.items())),
        flows=tuple(shown),
        hidden_flows=len(hidden),
        hidden_links=sum(f.links for f in hidden),
        inner_links=inner,
        firms=len(cluster.firms),
        suggested=sum(1 for k in links if k.kind is LinkKind.SUGGESTED),
        established=sum(1 for k in links if k.kind is LinkKind.ESTABLISHED),
    )
