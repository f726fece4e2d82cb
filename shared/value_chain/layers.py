"""Columns for layered drawings: stages left to right, and inside a stage, suppliers before buyers.

A node's column is its stage's first column plus its depth inside the stage:
the longest chain of same-stage suppliers before it (banana stems -> banana
fibre -> yarn are all upstream). Edges that would point backwards (waste going
back to recyclers, or a cycle inside a stage) do not push nodes; they are drawn
as returns. Depth inside a stage is capped so the drawing keeps its width.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

from shared.taxonomy import Stage

N = TypeVar("N", bound=Hashable)

MAX_DEPTH_IN_STAGE = 3


def assign_columns(
    stage_of: Mapping[N, Stage], edges: Iterable[tuple[N, N]], order: list[N]
) -> tuple[dict[N, int], dict[Stage, tuple[int, int]]]:
    """(column of each node, (first, last) column of each stage). `order` fixes how ties and cycles break."""
    position = {node: i for i, node in enumerate(order)}
    inside: dict[N, list[N]] = {node: [] for node in order}
    for source, target in sorted(set(edges), key=lambda e: (position[e[0]], position[e[1]])):
        if source != target and stage_of[source] == stage_of[target]:
            inside[target].append(source)
    depth: dict[N, int] = {}
    visiting: set[N] = set()

    def depth_of(node: N) -> int:
        if node in depth:
            return depth[node]
        visiting.add(node)
        found = 0
        for source in inside[node]:
            if source not in visiting:  # a cycle: this edge becomes a return
                found = max(found, depth_of(source) + 1)
        visiting.discard(node)
        depth[node] = min(found, MAX_DEPTH_IN_STAGE)
        return depth[node]

    for node in order:
        depth_of(node)
    spans: dict[Stage, tuple[int, int]] = {}
    first = 0
    for stage in Stage:
        deepest = max((depth[n] for n in order if stage_of[n] is stage), default=0)
        spans[stage] = (first, first + deepest)
        first += deepest + 1
    return {node: spans[stage_of[node]][0] + depth[node] for node in order}, spans


def barycentre_order(
    columns: Mapping[N, int], edges: Iterable[tuple[N, N]], start: list[N], sweeps: int = 4
) -> dict[int, list[N]]:
    """Nodes of each column, ordered to cut crossings: each sweep sorts by the mean position of neighbours."""
    layers: dict[int, list[N]] = {}
    for node in start:
        layers.setdefault(columns[node], []).append(node)
    neighbours: dict[N, set[N]] = {node: set() for node in start}
    for a, b in edges:
        if a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    keys = sorted(layers)
    for sweep in range(sweeps):
        sequence = keys if sweep % 2 == 0 else list(reversed(keys))
        for column in sequence:
            where = {node: i for layer in layers.values() for i, node in enumerate(layer)}
            current = layers[column]
            rank = {node: i for i, node in enumerate(current)}

            def key(
                node: N, rank: dict[N, int] = rank, where: dict[N, int] = where, column: int = column
            ) -> tuple[float, int]:
                near = [where[n] for n in neighbours[node] if columns[n] != column]
                return (sum(near) / len(near) if near else float(rank[node]), rank[node])

            layers[column] = sorted(current, key=key)
    return layers
