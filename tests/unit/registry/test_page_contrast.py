"""WCAG 2.1 AA contrast of the entrepreneur pages and the dashboard, read from their style sheets.

Text needs 4.5:1 against what it stands on (1.4.3). Every pair a page can show is
checked: a rule's colour on its own background; a colour without a background of
its own (body text, links, hints, errors) on every background that sets no colour
of its own (the page, notices, problems, code boxes), as such text can sit in any
of those boxes; and in the header, its colours on its background.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clusterlink.paths import REPO_ROOT

TEMPLATE_DIRS = [
    REPO_ROOT / "services" / "registry" / "pages" / "templates",
    REPO_ROOT / "services" / "registry" / "dashboard" / "templates",
]
AA_TEXT = 4.5

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")

Rule = tuple[str, str | None, str | None]  # selector, colour, background


def luminance(hex_colour: str) -> float:
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _value(declarations: str, *properties: str) -> str | None:
    for declaration in declarations.split(";"):
        name, _, value = declaration.partition(":")
        if name.strip() in properties:
            found = _HEX.search(value)
            return found.group(0).lower() if found else None  # `transparent`, `inherit`: not a colour of its own
    return None


def rules(css: str) -> list[Rule]:
    out = []
    for selectors, declarations in _RULE.findall(css):
        colour = _value(declarations, "color")
        background = _value(declarations, "background", "background-color")
        for selector in selectors.split(","):
            out.append((" ".join(selector.split()), colour, background))
    return out


def style_rules(directory: Path) -> list[Rule]:
    found = []
    for template in sorted(directory.glob("*.j2")):
        for css in _STYLE.findall(template.read_text(encoding="utf-8")):
            found += rules(css)
    return found


def pairs(all_rules: list[Rule]) -> set[tuple[str, str, str]]:
    """(what, text colour, background) for every pair a page can show."""
    in_header = [r for r in all_rules if r[0].startswith("header")]
    elsewhere = [r for r in all_rules if not r[0].startswith("header")]
    out = {(sel, fg, bg) for sel, fg, bg in all_rules if fg and bg}
    texts = [(sel, fg) for sel, fg, bg in elsewhere if fg and not bg]
    boxes = [(sel, bg) for sel, fg, bg in elsewhere if bg and (not fg or sel == "body")]  # the page is one too
    out |= {(f"{t} in {b}", fg, bg) for t, fg in texts for b, bg in boxes}
    header_bg = next((bg for sel, _, bg in in_header if sel == "header" and bg), None)
    if header_bg:
        out |= {(sel, fg, header_bg) for sel, fg, bg in in_header if fg and not bg}
    return out


@pytest.mark.parametrize("directory", TEMPLATE_DIRS, ids=lambda d: d.parent.name)
def test_every_text_colour_reaches_aa_contrast_on_every_background_it_can_stand_on(directory: Path) -> None:
    found = pairs(style_rules(directory))
    assert len(found) >= 10, "the style sheet was not read"
    low = sorted((round(contrast(fg, bg), 2), what, fg, bg) for what, fg, bg in found if contrast(fg, bg) < AA_TEXT)
    assert not low, f"below {AA_TEXT}:1: {low}"


def test_the_measure_is_wcags_and_a_pale_hint_would_fail() -> None:
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes on white
    css = "body { color: #1a1a1a; background: #fff; } .hint { color: #999; } .notice { background: #eef7f1; }"
    low = [(what, fg, bg) for what, fg, bg in pairs(rules(css)) if contrast(fg, bg) < AA_TEXT]
    assert ("body", "#1a1a1a", "#fff") not in low
    assert {(".hint in body", "#999", "#fff"), (".hint in .notice", "#999", "#eef7f1")} <= set(low)
