"""The value-chain picture of the registered SMEs, from their profiles alone.

`shared.value_chain` draws from a `Cluster`; the links between SMEs and the
per-phrase coverage that the gap report reads come from the matcher's engine,
which the registry does not import (services never import each other) and the
matcher's service does not serve per phrase. So the registry draws the cluster
without links: each SME in its stage and sub-cluster, phrases unread (a bar
per stage and sub-cluster, named after the sub-cluster, and "buyers" for the
SMEs that offer nothing). The page
says so and points to `clusterlink report`, which has both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from shared.events import SmeProfileV1
from shared.taxonomy import Stage, SubCluster
from shared.value_chain import Cluster, Firm, Phrase
from shared.value_chain.flow_picture import draw_flows
from shared.value_chain.flows import summarise
from shared.value_chain.svg import render_svg


def _group(sub_cluster: SubCluster) -> str:
    return f"*sme:{sub_cluster.value}"


def cluster_of(profiles: Iterable[SmeProfileV1]) -> Cluster:
    """Firms without links; each offer stands for its sub-cluster, so a bar is named, not only coloured."""
    firms = []
    for p in profiles:
        sub_cluster = SubCluster(p.sub_cluster)
        firms.append(
            Firm(
                id=p.id, name=p.name, sub_cluster=sub_cluster, stage=Stage(p.stage), province=p.province,
                offers=tuple(Phrase(t, _group(sub_cluster)) for t in p.offers),
                needs=tuple(Phrase(t) for t in p.needs),
            )
        )  # fmt: skip
    labels = {_group(s): (s.label("en"), s.label("th")) for s in SubCluster}
    return Cluster(firms=tuple(firms), concept_labels=labels)


def picture_svg(profiles: Iterable[SmeProfileV1], lang: str) -> str:
    cluster = cluster_of(profiles)
    return render_svg(draw_flows(cluster, summarise(cluster), lang))


def stage_counts(profiles: Iterable[SmeProfileV1]) -> Counter[tuple[str, str]]:
    """(stage, sub-cluster) -> SMEs: the picture's numbers, as a table anyone can read."""
    return Counter((str(p.stage), str(p.sub_cluster)) for p in profiles)
