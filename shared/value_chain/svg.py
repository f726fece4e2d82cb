"""A scene as SVG text: deterministic (fixed number format, shapes in scene order), every string escaped."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from shared.value_chain.scene import Band, Curve, Label, Polygon, Rect, Scene, band_edges

FONT_FAMILY = "Waree, 'Noto Sans Thai', Sarabun, 'DejaVu Sans', sans-serif"


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _meta(meta: tuple[tuple[str, str], ...]) -> str:
    return "".join(f" data-{name}={quoteattr(value)}" for name, value in meta)


def _title(title: str) -> str:
    return f"<title>{escape(title)}</title>" if title else ""


def _curve_d(points: tuple[tuple[float, float], ...]) -> str:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    return f"M{_n(x0)} {_n(y0)} C{_n(x1)} {_n(y1)} {_n(x2)} {_n(y2)} {_n(x3)} {_n(y3)}"


def _rect(s: Rect) -> str:
    attrs = f'x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" fill="{s.fill}"'
    if s.radius:
        attrs += f' rx="{_n(s.radius)}"'
    if s.stroke:
        attrs += f' stroke="{s.stroke}" stroke-width="{_n(s.stroke_width)}"'
        if s.dashed:
            attrs += ' stroke-dasharray="4 3"'
    return f"<rect {attrs}{_meta(s.meta)}>{_title(s.title)}</rect>"


def _band(s: Band) -> str:
    top, bottom = band_edges(s)
    d = _curve_d(top) + " L" + _curve_d(bottom)[1:] + " Z"
    return (
        f'<path class="band" d="{d}" fill="{s.fill}" fill-opacity="{_n(s.opacity)}"{_meta(s.meta)}>'
        f"{_title(s.title)}</path>"
    )


def _curve(s: Curve) -> str:
    dash = ' stroke-dasharray="6 4"' if s.dashed else ""
    opacity = f' stroke-opacity="{_n(s.opacity)}"' if s.opacity < 1 else ""
    return (
        f'<path class="edge" d="{_curve_d(s.points)}" fill="none" stroke="{s.colour}" '
        f'stroke-width="{_n(s.width)}"{dash}{opacity}{_meta(s.meta)}>{_title(s.title)}</path>'
    )


def _polygon(s: Polygon) -> str:
    points = " ".join(f"{_n(x)},{_n(y)}" for x, y in s.points)
    return f'<polygon points="{points}" fill="{s.fill}"/>'


def _label(s: Label) -> str:
    weight = ' font-weight="bold"' if s.bold else ""
    anchor = f' text-anchor="{s.anchor}"' if s.anchor != "start" else ""
    return (
        f'<text x="{_n(s.x)}" y="{_n(s.y)}" font-size="{_n(s.size)}"{anchor}{weight} fill="{s.colour}">'
        f"{escape(s.text)}</text>"
    )


def render_svg(scene: Scene) -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(scene.width)}" height="{_n(scene.height)}" '
        f'viewBox="0 0 {_n(scene.width)} {_n(scene.height)}" font-family={quoteattr(FONT_FAMILY)} role="img">',
        f"<title>{escape(scene.title)}</title>",
        f'<rect width="{_n(scene.width)}" height="{_n(scene.height)}" fill="#ffffff"/>',
    ]
    for shape in scene.shapes:
        if isinstance(shape, Rect):
            parts.append(_rect(shape))
        elif isinstance(shape, Band):
            parts.append(_band(shape))
        elif isinstance(shape, Curve):
            parts.append(_curve(shape))
        elif isinstance(shape, Polygon):
            parts.append(_polygon(shape))
        else:
            parts.append(_label(shape))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
