"""The PNG: drawn without a browser, Thai glyphs from a real Thai font, the same bytes every time."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from shared.value_chain import Cluster
from shared.value_chain.flow_picture import draw_flows
from shared.value_chain.flows import summarise
from shared.value_chain.fonts import FontFiles, NoThaiFont, find_thai_font
from shared.value_chain.png import render_png
from shared.value_chain.scene import Label, Scene

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def fonts() -> FontFiles:
    try:
        return find_thai_font(os.environ.get("CLUSTERLINK_REPORT_FONT"))
    except NoThaiFont:
        if os.environ.get("CI"):
            raise  # CI installs the font (.ci/run): its absence there is a failure
        pytest.skip("no Thai font here (apt-get install fonts-tlwg-waree-ttf)")


def _ink(image: Image.Image) -> int:
    """How many pixels are not white."""
    return sum(image.convert("L").histogram()[:250])


def test_the_font_has_thai_glyphs_not_empty_boxes(fonts: FontFiles) -> None:
    font = ImageFont.truetype(str(fonts.regular), 40)

    def drawn(text: str) -> Image.Image:
        image = Image.new("L", (80, 80), 255)
        ImageDraw.Draw(image).text((10, 10), text, font=font, fill=0)
        return image

    missing = drawn("\U000f0000")  # a private-use code point: no font has it, it draws the .notdef box
    for letter in "กญ":
        assert ImageChops.difference(drawn(letter), missing).getbbox() is not None, f"{letter} draws as .notdef"


def test_thai_tone_marks_are_placed_by_the_font(fonts: FontFiles) -> None:
    """Shaped text drops a tone mark onto a bare consonant (ป่) and lifts it over an upper vowel (ที่);
    unshaped text draws both at the same height."""

    def ink_top(text: str) -> int:
        scene = Scene(60, 60, "t", [Label(10, 45, text, 32)])
        box = ImageChops.invert(Image.open(io.BytesIO(render_png(scene, fonts, 1.0))).convert("L")).getbbox()
        assert box is not None
        return box[1]

    assert ink_top("ป่") > ink_top("ที่") + 3


def test_thai_text_is_drawn_in_the_png(fonts: FontFiles) -> None:
    blank = Scene(200, 40, "t")
    thai = Scene(200, 40, "t", [Label(10, 28, "กลุ่มทอผ้าฝ้าย", 16)])
    assert _ink(Image.open(io.BytesIO(render_png(thai, fonts, 1.0)))) > 50
    assert _ink(Image.open(io.BytesIO(render_png(blank, fonts, 1.0)))) == 0


def test_the_demo_picture_as_png_is_deterministic(fonts: FontFiles) -> None:
    demo = Cluster.from_json(json.loads((HERE / "data" / "demo_cluster.json").read_text(encoding="utf-8")))
    scene = draw_flows(demo, summarise(demo, min_score=0.35), "th")
    first = render_png(scene, fonts)
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(first))
    assert image.size == (round(scene.width * 2), round(scene.height * 2))
    assert render_png(scene, fonts) == first
