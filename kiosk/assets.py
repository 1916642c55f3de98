"""Where the kiosk's own files are, and loading its bundled fonts.

Everything is found beside this module, inside the package: an installed wheel carries the same
files as a checkout (pyproject.toml's package-data), and nothing is looked up in the working folder.
Qt is imported only where fonts are made: the command line imports this module for its paths, and
what it imports before PySide6 costs less (PySide6 reads the source of every module imported
after it, looking for its feature switches).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

PACKAGE = Path(__file__).resolve().parent
FONTS = PACKAGE / "fonts"
I18N = PACKAGE / "i18n"  # the interface strings' translations: .ts sources and compiled .qm
# The exhibition the kiosk shows when it is given no content file: INTERPOL's centenary, with
# stand-in photos. A curator's own exhibition lives in a folder of their own.
BUNDLED = PACKAGE / "bundled"
BUNDLED_CONTENT = BUNDLED / "content.yaml"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf")
# The UI cut of Noto Sans Arabic: the same shapes with Noto Sans's line box. The display cut's is
# half as tall again (211 against 136 px at 100 px type), room for stacked marks that exhibition
# text never has, and it pushed Arabic screens a third taller than their Latin twins.
LATIN, ARABIC = "Noto Sans", "Noto Sans Arabic UI"


class FontError(RuntimeError):
    """A bundled font is missing or Qt refused it."""


def font(pixels: int, *, bold: bool = False, spacing: float = 0.0, family: str = LATIN) -> QFont:
    """A bundled typeface at a pixel size, for what the kiosk draws with QPainter (charts, stand-ins)."""
    from PySide6.QtGui import QFont

    result = QFont(family)
    result.setPixelSize(pixels)
    result.setBold(bold)
    if spacing:
        result.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return result


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt and return their family names; needs a QGuiApplication."""
    from PySide6.QtGui import QFont, QFontDatabase

    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id < 0:
            raise FontError(f"cannot load the bundled font {FONTS / name}")
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    # Each family lends the other its glyphs: an Arabic name in a Latin text, a Latin name
    # ("INTERPOL", "Turn Back Crime") in an Arabic one. Never the system's fonts, which differ
    # from kiosk to kiosk and may have no Arabic at all.
    QFont.insertSubstitution(LATIN, ARABIC)
    QFont.insertSubstitution(ARABIC, LATIN)
    return families
