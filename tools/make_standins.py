"""Draw the stand-in images named by content.yaml, deterministically, with Qt alone.

The event's photographs are not ours to ship, so each photo of the bundled content is a designed
card: the exhibition's palette, the caption set as a title, and a plain "stand-in" mark. They are
real JPEGs of photographic size so the kiosk's loading path is exercised as with real photos.

    python tools/make_standins.py [content.yaml]
"""

from __future__ import annotations

import math
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QRadialGradient,
)

from kiosk.assets import BUNDLED_CONTENT, font, load_fonts
from kiosk.content import load

WIDTH, HEIGHT = 2400, 1600
QUALITY = 82
NAVY, SURFACE, GOLD, RED, SOFT = "#0A1F3C", "#13315C", "#E0B84B", "#CE1126", "#C9D6E8"
# One accent per card, cycled, so neighbouring slides are told apart at a glance.
ACCENTS = ("#E0B84B", "#5BA4CF", "#CE1126", "#7FB77E", "#E0B84B", "#B48EAD", "#5BA4CF")


def _globe(p: QPainter, centre: QPointF, radius: float, tilt: float, colour: QColor) -> None:
    """A wire globe: the world that international police cooperation spans."""
    pen = QPen(colour, 3)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(centre, radius, radius)
    for k in range(1, 6):  # meridians, as ellipses narrowing towards the rim
        rx = radius * math.cos(k * math.pi / 12 + tilt)
        p.drawEllipse(centre, abs(rx), radius)
    for k in range(-4, 5):  # parallels
        y = centre.y() + radius * math.sin(k * math.pi / 10)
        half = math.sqrt(max(radius**2 - (y - centre.y()) ** 2, 0.0))
        p.drawLine(QPointF(centre.x() - half, y), QPointF(centre.x() + half, y))


def _fit_title(family: str, text: str, box: QRectF) -> QFont:
    """The largest title size (96 px down to 52 px) at which the text fits the box."""
    for size in range(96, 51, -4):
        title = font(size, bold=True, family=family)
        rect = QFontMetricsF(title).boundingRect(box, Qt.TextFlag.TextWordWrap, text)
        if rect.height() <= box.height():
            return title
    return font(52, bold=True, family=family)


def _paint_backdrop(p: QPainter, image: QImage, accent: QColor, rng: random.Random) -> None:
    """The navy sky, the accent's glow, and the wire globe placed by `rng`."""
    sky = QLinearGradient(0, 0, WIDTH, HEIGHT)
    sky.setColorAt(0, QColor(NAVY))
    sky.setColorAt(1, QColor(SURFACE))
    p.fillRect(image.rect(), sky)
    glow = QRadialGradient(QPointF(WIDTH * 0.78, HEIGHT * 0.45), HEIGHT * 0.75)
    tint = QColor(accent)
    tint.setAlpha(70)
    glow.setColorAt(0, tint)
    glow.setColorAt(1, QColor(0, 0, 0, 0))
    p.fillRect(image.rect(), glow)

    line = QColor(accent)
    line.setAlpha(90)
    _globe(
        p,
        QPointF(WIDTH * rng.uniform(0.72, 0.82), HEIGHT * rng.uniform(0.42, 0.55)),
        HEIGHT * rng.uniform(0.36, 0.44),
        rng.uniform(0, 0.5),
        line,
    )


def _paint_mark(p: QPainter, margin: int, family: str) -> None:
    """The stand-in mark and the event's name along the bottom of the card."""
    # The mark: plain and discreet, but never missing, so nobody takes the card for the photo.
    mark = QRectF(margin, HEIGHT - 210, 1240, 84)
    p.setPen(QPen(QColor(SOFT), 3))
    p.drawRoundedRect(mark, 42, 42)
    p.setFont(font(32, spacing=4, family=family))
    p.drawText(mark, Qt.AlignmentFlag.AlignCenter, "STAND-IN · THE EVENT'S PHOTOGRAPH IS NOT INCLUDED")
    p.setPen(QColor(SOFT))
    p.setFont(font(32, family=family))
    p.drawText(
        QRectF(margin + 1280, HEIGHT - 210, WIDTH - margin * 2 - 1280, 84),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
        "Turn Back Crime · Monaco 2014",
    )


def draw(index: int, total: int, caption: str, family: str) -> QImage:
    """The stand-in card for photo `index` (from 1) of `total`."""
    rng = random.Random(index)  # seeded: the same card every run
    accent = QColor(ACCENTS[(index - 1) % len(ACCENTS)])
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint_backdrop(p, image, accent, rng)

    margin = 140
    p.setPen(QColor(accent))
    p.setFont(font(40, bold=True, spacing=6, family=family))
    p.drawText(QPointF(margin, 250), f"IMAGE {index:02d} / {total:02d}")
    p.fillRect(QRectF(margin, 290, 160, 8), accent)

    box = QRectF(margin, 360, WIDTH * 0.56, HEIGHT - 360 - 330)
    p.setPen(QColor("#FFFFFF"))
    p.setFont(_fit_title(family, caption, box))
    p.drawText(box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, caption)

    _paint_mark(p, margin, family)
    p.end()
    return image


def main(argv: list[str]) -> int:
    """Write every stand-in the content names; existing files are replaced."""
    content = Path(argv[1]) if len(argv) > 1 else BUNDLED_CONTENT
    app = QGuiApplication([])
    family = load_fonts()[0]
    result = load(content)
    if result.exhibition is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    photos = result.exhibition.slideshow
    for index, photo in enumerate(photos, start=1):
        caption = photo.caption.get("en", result.exhibition.settings.language)
        image = draw(index, len(photos), caption, family)
        photo.image.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(photo.image), "JPG", QUALITY):  # type: ignore[call-overload]  # the stub wants bytes; PySide6 6.12 takes only str
            print(f"cannot write {photo.image}", file=sys.stderr)
            return 1
        print(f"{photo.image} ({photo.image.stat().st_size // 1024} KB)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
