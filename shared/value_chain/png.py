"""A scene as PNG, drawn with Pillow: no browser, no SVG engine.

Thai needs its marks placed by the font's OpenType tables: text is laid out
with Raqm (HarfBuzz), which Pillow's wheels carry; without it marks would
collide, so rendering refuses. Shapes are drawn at `scale` times the scene
size for crisp edges; the same inputs give the same bytes.
"""

from __future__ import annotations

import io
import itertools
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from shared.value_chain.fonts import FontFiles
from shared.value_chain.scene import Band, Curve, Label, Point, Polygon, Rect, Scene, band_edges, cubic

_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


class NoTextShaping(RuntimeError):
    pass


@lru_cache(maxsize=64)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def _rgba(colour: str, opacity: float = 1.0) -> tuple[int, int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), round(255 * opacity)


def render_png(scene: Scene, fonts: FontFiles, scale: float = 2.0) -> bytes:
    if not features.check("raqm"):
        raise NoTextShaping("Pillow was built without Raqm: Thai marks cannot be placed; install Pillow's wheel")
    size = (round(scene.width * scale), round(scene.height * scale))
    image = Image.new("RGB", size, (255, 255, 255))  # RGB, so RGBA colours blend into it
    draw = ImageDraw.Draw(image, "RGBA")

    def pts(points: list[Point] | tuple[Point, ...]) -> list[tuple[float, float]]:
        return [(x * scale, y * scale) for x, y in points]

    for shape in scene.shapes:
        if isinstance(shape, Rect):
            box = (shape.x * scale, shape.y * scale, (shape.x + shape.w) * scale, (shape.y + shape.h) * scale)
            outline = _rgba(shape.stroke) if shape.stroke and not shape.dashed else None
            width = round(shape.stroke_width * scale) if outline else 0
            draw.rounded_rectangle(box, radius=shape.radius * scale, fill=_rgba(shape.fill), outline=outline,
                                   width=width)  # fmt: skip
            if shape.stroke and shape.dashed:
                x0, y0, x1, y1 = box
                _dashed(draw, [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], _rgba(shape.stroke),
                        max(1, round(shape.stroke_width * scale)), 4 * scale, 3 * scale)  # fmt: skip
        elif isinstance(shape, Band):
            top, bottom = band_edges(shape)
            draw.polygon(pts(cubic(top) + cubic(bottom)), fill=_rgba(shape.fill, shape.opacity))
        elif isinstance(shape, Curve):
            line = pts(cubic(shape.points, 32))
            colour = _rgba(shape.colour, shape.opacity)
            width = max(1, round(shape.width * scale))
            if shape.dashed:
                _dashed(draw, line, colour, width, 6 * scale, 4 * scale)
            else:
                draw.line(line, fill=colour, width=width, joint="curve")
        elif isinstance(shape, Polygon):
            draw.polygon(pts(shape.points), fill=_rgba(shape.fill))
        elif isinstance(shape, Label):
            font = _font(fonts.bold if shape.bold else fonts.regular, round(shape.size * scale))
            draw.text((shape.x * scale, shape.y * scale), shape.text, font=font, fill=_rgba(shape.colour),
                      anchor=_ANCHORS[shape.anchor])  # fmt: skip
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _dashed(
    draw: ImageDraw.ImageDraw, line: list[tuple[float, float]], colour: tuple[int, int, int, int],
    width: int, on: float, off: float,
) -> None:  # fmt: skip
    """Dashes along a polyline: `on` pixels drawn, `off` skipped, carried across its corners."""
    drawing, left = True, on
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        done = 0.0
        while done < length:
            step = min(left, length - done)
            if drawing:
                a, b = done / length, (done + step) / length
                draw.line([(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)],
                          fill=colour, width=width)  # fmt: skip
            done += step
            left -= step
            if left <= 0:
                drawing = not drawing
                left = on if drawing else off
