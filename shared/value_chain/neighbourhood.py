"""A firm-level drawing around one SME or one sub-cluster: one column per stage, firms as boxes.

For an SME: its partners and their partners (two steps), strongest links first.
For a sub-cluster: its firms, busiest first. At most `max_firms` boxes; the rest
are counted. Each shown firm's needs that nobody in the cluster meets get a red
dashed box in front of it: the missing link, named.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from shared.taxonomy import Stage, SubCluster
from shared.value_chain.display_width import truncate
from shared.value_chain.gaps import GapReport
from shared.value_chain.layers import assign_columns, barycentre_order
from shared.value_chain.model import Cluster, Link, LinkKind, PhraseRef
from shared.value_chain.scene import (
    INK,
    MISSING,
    MUTED,
    SUB_CLUSTER_COLOURS,
    Curve,
    Label,
    Point,
    Polygon,
    Rect,
    Scene,
    arrow_head,
)  # fmt: skip
from shared.value_chain.words import word

_BOX_W: Final = 200.0
_BOX_H: Final = 38.0
_STEP_X: Final = 270.0
_STEP_Y: Final = 52.0
_LEFT: Final = 24.0
_TOP: Final = 84.0


def _tint(colour: str) -> str:
    """The colour mixed with 85% white: a box fill light enough for dark text."""
    c = colour.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return "#{:02X}{:02X}{:02X}".format(*(round(v + (255 - v) * 0.85) for v in (r, g, b)))


def _select(cluster: Cluster, links: list[Link], focus: str, max_firms: int) -> tuple[list[str], int]:
    if focus in {s.value for s in SubCluster}:
        members = {f.id for f in cluster.firms if f.sub_cluster.value == focus}
        inside = [k for k in links if k.supplier_id in members and k.buyer_id in members]
        inside.sort(key=lambda k: (k.kind is not LinkKind.ESTABLISHED, -k.score, k.supplier_id, k.buyer_id))
        degree: Counter[str] = Counter()
        for link in inside:
            degree[link.supplier_id] += 1
            degree[link.buyer_id] += 1
        # Firms on the strongest links inside the sub-cluster first, so the drawing shows how it trades.
        chosen: list[str] = []
        for link in inside:
            for firm in (link.supplier_id, link.buyer_id):
                if firm not in chosen and len(chosen) < max_firms:
                    chosen.append(firm)
        rest = sorted(members - set(chosen), key=lambda f: (-degree[f], f))
        chosen += rest[: max_firms - len(chosen)]
        return chosen, len(members) - len(chosen)
    chosen = [focus]
    frontier = [focus]
    for _ in range(2):
        nxt: list[str] = []
        for firm in frontier:
            touching = [k for k in links if firm in (k.supplier_id, k.buyer_id)]
            touching.sort(key=lambda k: (k.kind is not LinkKind.ESTABLISHED, -k.score, k.supplier_id, k.buyer_id))
            for k in touching:
                other = k.buyer_id if k.supplier_id == firm else k.supplier_id
                if other not in chosen and len(chosen) < max_firms:
                    chosen.append(other)
                    nxt.append(other)
        frontier = nxt
    reachable = {k.supplier_id for k in links} | {k.buyer_id for k in links}
    return chosen, 0 if len(chosen) < max_firms else len(reachable - set(chosen))


def draw_neighbourhood(
    cluster: Cluster, gaps: GapReport, focus: str, *, lang: str = "en", min_score: float = 0.0, max_firms: int = 24
) -> Scene:
    links = [k for k in cluster.links if k.kind is LinkKind.ESTABLISHED or k.score >= min_score]
    firms, hidden = _select(cluster, links, focus, max_firms)
    shown = set(firms)
    drawn = [k for k in links if k.supplier_id in shown and k.buyer_id in shown]
    missing: list[tuple[str, PhraseRef, str]] = [
        (f"gap:{g.ref.firm_id}:{g.ref.index}", g.ref, g.text) for g in gaps.unmet_needs() if g.ref.firm_id in shown
    ]
    stage_of: dict[str, Stage] = {f: cluster.firm(f).stage for f in firms}
    edges = [(k.supplier_id, k.buyer_id) for k in drawn]
    columns, _ = assign_columns(stage_of, edges, sorted(firms))
    shift = 1 if any(columns[ref.firm_id] == 0 for _, ref, _ in missing) else 0
    columns = {f: c + shift for f, c in columns.items()}
    for node, ref, _ in missing:
        columns[node] = columns[ref.firm_id] - 1
        edges.append((node, ref.firm_id))
    start = sorted(columns, key=lambda n: (columns[n], n))
    layers = barycentre_order(columns, edges, start)
    where: dict[str, Point] = {}
    for column, nodes in layers.items():
        for row, node in enumerate(nodes):
            where[node] = (_LEFT + column * _STEP_X, _TOP + row * _STEP_Y)
    width = _LEFT + (max(columns.values(), default=0) + 1) * _STEP_X
    height = _TOP + max((len(n) for n in layers.values()), default=1) * _STEP_Y + 60

    name = SubCluster(focus).label(lang) if focus in {s.value for s in SubCluster} else cluster.firm(focus).name
    title = f"{word('neighbourhood', lang)} {name}"
    scene = Scene(width, height, title)
    scene.add(Label(_LEFT, 24, title, 15, bold=True))
    for column in sorted(layers):
        stages = {stage_of[n] for n in layers[column] if n in stage_of}
        if len(stages) == 1:
            scene.add(Label(_LEFT + column * _STEP_X + _BOX_W / 2, 60, stages.pop().label(lang), 13, "middle", True))
    for link in sorted(drawn, key=lambda k: (k.kind.value, k.supplier_id, k.buyer_id)):
        _edge(scene, where[link.supplier_id], where[link.buyer_id], link, cluster)
    for node, ref, text in missing:
        (x, y), (tx, ty) = where[node], where[ref.firm_id]
        scene.add(
            Rect(x, y, _BOX_W, _BOX_H, "#FFFFFF", MISSING, 1.5, dashed=True, radius=4, title=text,
                 meta=(("missing", ref.firm_id), ("need", text))),
            Label(x + 8, y + 15, word("missing", lang), 10, colour=MISSING),
            Label(x + 8, y + 30, truncate(text, 27), 11, bold=True, colour=MISSING),
        )  # fmt: skip
        points = ((x + _BOX_W, y + _BOX_H / 2), (x + _BOX_W + 30, y + _BOX_H / 2), (tx - 30, ty + _BOX_H / 2),
                  (tx, ty + _BOX_H / 2))  # fmt: skip
        scene.add(Curve(points, MISSING, 1.5, dashed=True))
    for firm_id in firms:
        firm = cluster.firm(firm_id)
        x, y = where[firm_id]
        colour = SUB_CLUSTER_COLOURS[firm.sub_cluster]
        scene.add(
            Rect(x, y, _BOX_W, _BOX_H, _tint(colour), colour, 3.0 if firm_id == focus else 1.2, radius=4,
                 title=f"{firm.name} · {firm.province} · {firm.sub_cluster.label(lang)}",
                 meta=(("firm", firm.id), ("stage", firm.stage.value))),
            Label(x + 8, y + 16, truncate(firm.name, 26), 11, bold=True),
            Label(x + 8, y + 31, truncate(f"{firm.province} · {firm.sub_cluster.label(lang)}", 36), 10, colour=MUTED),
        )  # fmt: skip
    if hidden:
        scene.add(Label(_LEFT, height - 20, f"+{hidden} {word('more', lang)}", 11, colour=MUTED))
    return scene


def _edge(scene: Scene, source: Point, target: Point, link: Link, cluster: Cluster) -> None:
    colour = SUB_CLUSTER_COLOURS[cluster.firm(link.supplier_id).sub_cluster]
    (sx, sy), (tx, ty) = source, target
    if tx > sx:
        points = ((sx + _BOX_W, sy + _BOX_H / 2), ((sx + _BOX_W + tx) / 2, sy + _BOX_H / 2),
                  ((sx + _BOX_W + tx) / 2, ty + _BOX_H / 2), (tx, ty + _BOX_H / 2))  # fmt: skip
    else:  # same column or backwards: a loop under the boxes
        points = ((sx + _BOX_W / 2, sy + _BOX_H), (sx + _BOX_W / 2, sy + _BOX_H + 40),
                  (tx + _BOX_W / 2 + 20, ty + _BOX_H + 40), (tx + _BOX_W / 2 + 20, ty + _BOX_H))  # fmt: skip
    established = link.kind is LinkKind.ESTABLISHED
    scene.add(
        Curve(points, colour, 2.5 if established else 1.3, dashed=not established, opacity=0.9,
              title=f"{cluster.firm(link.supplier_id).name} → {cluster.firm(link.buyer_id).name}",
              meta=(("supplier", link.supplier_id), ("buyer", link.buyer_id), ("kind", link.kind.value))),
    )  # fmt: skip
    head = arrow_head(points, 8)
    if head is not None:
        scene.add(Polygon(head.points, colour if established else INK))
