"""A drawing as a list of simple shapes, so SVG and PNG are rendered from the same layout.

Coordinates are in CSS pixels, y down. Text `y` is the baseline. `meta` becomes
`data-*` attributes in SVG: what a shape stands for, for tests and scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from shared.taxonomy import SubCluster

Anchor = Literal["start", "middle", "end"]
Point = tuple[float, float]

# Okabe-Ito colours: told apart with the common kinds of colour blindness.
SUB_CLUSTER_COLOURS: dict[SubCluster, str] = {
    SubCluster.HEMP_NATURAL_FIBRE: "#009E73",
    SubCluster.CIRCULAR_TEXTILE: "#E69F00",
    SubCluster.SPORTECH: "#0072B2",
    SubCluster.AGEING_LIFESTYLE_CENTRAL: "#CC79A7",
    SubCluster.AGEING_LIFESTYLE_ISAN: "#D55E00",
}
INK = "#222222"
MUTED = "#666666"
MISSING = "#B00020"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str | None = None
    stroke_width: float = 0.0
    dashed: bool = False
    radius: float = 0.0
    title: str = ""
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Band:
    """A flow of constant width between two vertical spans, as Sankey diagrams draw it."""

    x0: float
    top0: float
    bottom0: float
    x1: float
    top1: float
    bottom1: float
    fill: str
    opacity: float
    title: str = ""
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Curve:
    """A cubic Bézier stroke: start, two control points, end."""

    points: tuple[Point, Point, Point, Point]
    colour: str
    width: float
    dashed: bool = False
    opacity: float = 1.0
    title: str = ""
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    fill: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    size: float = 11.0
    anchor: Anchor = "start"
    bold: bool = False
    colour: str = INK


Shape = Rect | Band | Curve | Polygon | Label


@dataclass
class Scene:
    width: float
    height: float
    title: str
    shapes: list[Shape] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)


def cubic(points: tuple[Point, Point, Point, Point], steps: int = 24) -> list[Point]:
    """Points along a cubic Bézier, both ends included."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return out


def band_edges(band: Band) -> tuple[tuple[Point, Point, Point, Point], tuple[Point, Point, Point, Point]]:
    """The top edge (left to right) and the bottom edge (right to left) of a band."""
    mid = (band.x0 + band.x1) / 2
    top = ((band.x0, band.top0), (mid, band.top0), (mid, band.top1), (band.x1, band.top1))
    bottom = ((band.x1, band.bottom1), (mid, band.bottom1), (mid, band.bottom0), (band.x0, band.bottom0))
    return top, bottom


def arrow_head(points: tuple[Point, Point, Point, Point], size: float) -> Polygon | None:
    """A triangle at the end of a curve, pointing along its last tangent."""
    (x2, y2), (x3, y3) = points[2], points[3]
    dx, dy = x3 - x2, y3 - y2
    length = (dx * dx + dy * dy) ** 0.5
    if length == 0:
        return None
    ux, uy = dx / length, dy / length
    bx, by = x3 - ux * size, y3 - uy * size
    return Polygon(((x3, y3), (bx - uy * size / 2, by + ux * size / 2), (bx + uy * size / 2, by - ux * size / 2)), "")
