"""Where the kiosk's own files are, and loading its bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
FONTS = ASSETS / "fonts"
BUNDLED_CONTENT = ROOT / "content.yaml"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


class FontError(RuntimeError):
    """A bundled font is missing or Qt refused it."""


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt and return their family names; needs a QGuiApplication."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id < 0:
            raise FontError(f"cannot load the bundled font {FONTS / name}")
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return families
