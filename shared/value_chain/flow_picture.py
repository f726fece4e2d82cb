"""The value-chain picture: groups as columns of bars from upstream to downstream, flows as bands.

Sankey-style: a bar per group (stage x sub-cluster x concept), its height the
larger of the links into and out of it; a band per flow, as wide as its links,
dark for established links and light for suggested ones, in the colour of the
supplying sub-cluster. Flows that go back to an earlier column (waste returning
to recyclers) are dashed curves under the bars.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Final

from shared.taxonomy import Stage, SubCluster
from shared.value_chain.display_width import text_em, truncate
from shared.value_chain.flows import BUYERS, OTHER, Flow, FlowSummary, GroupKey
from shared.value_chain.layers import assign_columns
from shared.value_chain.model import Cluster
from shared.value_chain.scene import MUTED, SUB_CLUSTER_COLOURS, Band, Curve, Label, Rect, Scene
from shared.value_chain.words import word

_NODE_W: Final = 12.0
_COLUMN_STEP: Final = 200.0
_LEFT: Final = 24.0
_TOP: Final = 78.0
_GAP: Final = 6.0
_SLOT: Final = 17.0  # the least room a bar takes, so labels never overlap
_TARGET_HEIGHT: Final = 760.0
_MAX_UNIT: Final = 7.0
_LABEL_COLUMNS: Final = 30
_LEGEND_ROW: Final = 18.0  # one more row of sub-clusters in the legend
_ORDER: Final = {s: i for i, s in enumerate(SubCluster)}


@dataclass(frozen=True, slots=True)
class _Bar:
    x: float
    y: float
    h: float


def group_label(cluster: Cluster, key: GroupKey, lang: str) -> str:
    if key.concept == OTHER:
        return word("other", lang)
    if key.concept == BUYERS:
        return word("buyers", lang)
    return cluster.label(key.concept, lang)


def draw_flows(cluster: Cluster, summary: FlowSummary, lang: str = "en") -> Scene:
    keys = [g.key for g in summary.groups]
    firms = {g.key: g.firms for g in summary.groups}
    edges = [(f.source, f.target) for f in summary.flows]
    columns, spans = assign_columns({k: k.stage for k in keys}, edges, sorted(keys))
    into: Counter[GroupKey] = Counter()
    out: Counter[GroupKey] = Counter()
    for f in summary.flows:
        out[f.source] += f.links
        into[f.target] += f.links
    value = {k: max(into[k], out[k]) for k in keys}
    per_column: dict[int, list[GroupKey]] = {}
    for k in sorted(keys, key=lambda k: (_ORDER[k.sub_cluster], -value[k], group_label(cluster, k, lang), k)):
        per_column.setdefault(columns[k], []).append(k)
    tallest = max((sum(value[k] for k in ks) for ks in per_column.values()), default=1) or 1
    room = max((len(ks) for ks in per_column.values()), default=1)
    unit = min(_MAX_UNIT, max(0.05, (_TARGET_HEIGHT - room * (_GAP + 4)) / tallest))

    bars: dict[GroupKey, _Bar] = {}
    bottom = _TOP
    for column, ks in per_column.items():
        y = _TOP
        for k in ks:
            h = max(3.0, value[k] * unit)
            bars[k] = _Bar(_LEFT + column * _COLUMN_STEP, y, h)
            y += max(h, _SLOT) + _GAP
        bottom = max(bottom, y)
    n_columns = max(columns.values(), default=0) + 1
    width = _LEFT + n_columns * _COLUMN_STEP + 20
    returns = [f for f in summary.flows if columns[f.target] <= columns[f.source]]
    return_depth = bottom + (30 if returns else 0)
    legend = _legend_places(summary, width, lang)
    extra_rows = max((row for _, row, _ in legend), default=0)
    height = return_depth + 110 + extra_rows * _LEGEND_ROW

    title = (
        f"{word('title', lang)}: {summary.firms} {word('smes', lang)}, {summary.suggested} {word('suggested', lang)}, "
        f"{summary.established} {word('established', lang)}"
    )
    scene = Scene(width, height, title)
    for i, stage in enumerate(Stage):
        first, last = spans[stage]
        x0 = _LEFT + first * _COLUMN_STEP - 12
        x1 = _LEFT + (last + 1) * _COLUMN_STEP - 24
        scene.add(Rect(x0, 36, x1 - x0, return_depth - 30, "#f4f4f4" if i % 2 == 0 else "#fbfbfb"))
        scene.add(Label((x0 + x1) / 2, 56, stage.label(lang), 14, "middle", bold=True))
    scene.add(Label(_LEFT - 12, 22, title, 15, bold=True))

    _draw_bands(scene, summary.flows, bars, columns, unit, return_depth, cluster, lang)
    for k in sorted(keys, key=lambda k: (columns[k], bars[k].y)):
        bar = bars[k]
        colour = SUB_CLUSTER_COLOURS[k.sub_cluster]
        name = group_label(cluster, k, lang)
        scene.add(
            Rect(bar.x, bar.y, _NODE_W, bar.h, colour,
                 title=f"{k.stage.label(lang)} · {k.sub_cluster.label(lang)} · {name}: {firms[k]} {word('smes', lang)}",
                 meta=(("group", f"{k.stage.value}/{k.sub_cluster.value}/{k.concept}"), ("firms", str(firms[k])),
                       ("links-in", str(into[k])), ("links-out", str(out[k])))),
            Label(bar.x + _NODE_W + 4, bar.y + min(bar.h, _SLOT) / 2 + 4,
                  truncate(f"{name} ({firms[k]})", _LABEL_COLUMNS), 11),
        )  # fmt: skip
    _draw_legend(scene, summary, legend, height - 80 - extra_rows * _LEGEND_ROW, lang)
    return scene


def _draw_bands(
    scene: Scene,
    flows: tuple[Flow, ...],
    bars: dict[GroupKey, _Bar],
    columns: dict[GroupKey, int],
    unit: float,
    return_depth: float,
    cluster: Cluster,
    lang: str,
) -> None:
    ordered = sorted(flows, key=lambda f: (columns[f.target], bars[f.target].y, f.target, f.source))
    out_used: dict[GroupKey, float] = defaultdict(float)
    in_used: dict[GroupKey, float] = defaultdict(float)
    outgoing = sorted(flows, key=lambda f: (f.source, columns[f.target], bars[f.target].y, f.target))
    start: dict[tuple[GroupKey, GroupKey], float] = {}
    for f in outgoing:
        start[(f.source, f.target)] = bars[f.source].y + out_used[f.source]
        out_used[f.source] += f.links * unit
    incoming = sorted(flows, key=lambda f: (f.target, columns[f.source], bars[f.source].y, f.source))
    end: dict[tuple[GroupKey, GroupKey], float] = {}
    for f in incoming:
        end[(f.source, f.target)] = bars[f.target].y + in_used[f.target]
        in_used[f.target] += f.links * unit
    for f in ordered:
        colour = SUB_CLUSTER_COLOURS[f.source.sub_cluster]
        title = (
            f"{group_label(cluster, f.source, lang)} → {group_label(cluster, f.target, lang)}: "
            f"{f.suggested} {word('suggested', lang)}, {f.established} {word('established', lang)}"
        )
        meta = (("source", _name(f.source)), ("target", _name(f.target)),
                ("suggested", str(f.suggested)), ("established", str(f.established)))  # fmt: skip
        s, t = bars[f.source], bars[f.target]
        y0, y1 = start[(f.source, f.target)], end[(f.source, f.target)]
        if columns[f.target] <= columns[f.source]:
            x0, x1 = s.x + _NODE_W / 2, t.x + _NODE_W / 2
            points = ((x0, s.y + s.h), (x0 + 40, return_depth), (x1 - 40, return_depth), (x1, t.y + t.h))
            scene.add(Curve(points, colour, max(1.0, min(8.0, f.links * unit)), dashed=True, opacity=0.7,
                            title=title, meta=(("kind", "return"), *meta)))  # fmt: skip
            continue
        x0, x1 = s.x + _NODE_W, t.x
        for count, opacity, kind in ((f.established, 0.85, "established"), (f.suggested, 0.35, "suggested")):
            if count:
                h = count * unit
                scene.add(Band(x0, y0, y0 + h, x1, y1, y1 + h, colour, opacity, title, (("kind", kind), *meta)))
                y0, y1 = y0 + h, y1 + h


def _name(key: GroupKey) -> str:
    return f"{key.stage.value}/{key.sub_cluster.value}/{key.concept}"


def _legend_places(summary: FlowSummary, width: float, lang: str) -> list[tuple[float, int, SubCluster]]:
    """Each sub-cluster's legend entry as (x, row, sub-cluster): a new row where the next would
    run past the picture's right edge (Thai names are long, and a picture of few columns narrow)."""
    present = sorted({g.key.sub_cluster for g in summary.groups}, key=lambda s: _ORDER[s])
    places: list[tuple[float, int, SubCluster]] = []
    x, row = float(_LEFT), 0
    for sub_cluster in present:
        step = 16 + text_em(sub_cluster.label(lang)) * 11 + 22
        if x > _LEFT and x + step - 22 > width - 10:
            x, row = float(_LEFT), row + 1
        places.append((x, row, sub_cluster))
        x += step
    return places


def _draw_legend(
    scene: Scene, summary: FlowSummary, places: list[tuple[float, int, SubCluster]], y: float, lang: str
) -> None:
    for x, row, sub_cluster in places:
        top = y + row * _LEGEND_ROW
        scene.add(
            Rect(x, top - 10, 12, 12, SUB_CLUSTER_COLOURS[sub_cluster]), Label(x + 16, top, sub_cluster.label(lang), 11)
        )
    y += max((row for _, row, _ in places), default=0) * _LEGEND_ROW
    notes = [word("legend_established", lang), word("legend_suggested", lang), word("legend_return", lang)]
    scene.add(Label(_LEFT, y + 22, " · ".join(notes), 11, colour=MUTED))
    if summary.hidden_flows:
        hidden = f"{summary.hidden_flows} {word('hidden', lang)} ({summary.hidden_links} {word('links', lang)})"
        scene.add(Label(_LEFT, y + 42, hidden, 11, colour=MUTED))
