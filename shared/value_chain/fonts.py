"""Finding a font that draws Thai, for the PNG (SVG leaves fonts to the viewer).

No font with Thai glyphs comes with Python or Pillow. The project installs
Debian's `fonts-tlwg-waree-ttf` (Waree: a sans-serif with Thai and Latin, its
Latin taken from DejaVu Sans) in CI; CLUSTERLINK_REPORT_FONT names any other
TrueType/OpenType file, for example Noto Sans Thai.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

FONT_ENV: Final = "CLUSTERLINK_REPORT_FONT"
DEBIAN_PACKAGE: Final = "fonts-tlwg-waree-ttf"
_KNOWN: Final = (
    ("/usr/share/fonts/truetype/tlwg/Waree.ttf", "/usr/share/fonts/truetype/tlwg/Waree-Bold.ttf"),
    ("/usr/share/fonts/opentype/tlwg/Waree.otf", "/usr/share/fonts/opentype/tlwg/Waree-Bold.otf"),
    ("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansThai-Bold.ttf"),
    ("/usr/share/fonts/truetype/tlwg/Loma.ttf", "/usr/share/fonts/truetype/tlwg/Loma-Bold.ttf"),
)


class NoThaiFont(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            f"no font with Thai glyphs found: install Debian's {DEBIAN_PACKAGE} "
            f"(apt-get install {DEBIAN_PACKAGE}) or set {FONT_ENV} to a .ttf/.otf file that has Thai"
        )


@dataclass(frozen=True, slots=True)
class FontFiles:
    regular: Path
    bold: Path


def find_thai_font(override: str | None = None) -> FontFiles:
    """The first usable font: `override` (the environment's choice) first, then the known system paths."""
    if override:
        path = Path(override)
        if not path.is_file():
            raise FileNotFoundError(f"{FONT_ENV}={override}: no such file")
        return FontFiles(path, path)
    for regular, bold in _KNOWN:
        if Path(regular).is_file():
            return FontFiles(Path(regular), Path(bold) if Path(bold).is_file() else Path(regular))
    raise NoThaiFont()
