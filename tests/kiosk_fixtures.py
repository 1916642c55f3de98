"""Running the kiosk in tests: a real window on the offscreen platform, touched with QTest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import load_fonts
from kiosk.content import Exhibition
from kiosk.services.photos import limit_image_allocation
from kiosk.services.rendering import choose_renderer

_touchscreen: QPointingDevice | None = None
# The sizes every layout must hold at: the smallest and commonest landscape, 4K, and portrait.
SIZES = [(1280, 720), (1920, 1080), (3840, 2160), (1080, 1920)]


def scale(width: int, height: int) -> float:
    """The window's scale factor, as Main.qml computes it."""
    return width / 1080 if height > width else min(width / 1920, height / 1080)


@pytest.fixture(scope="session")
def kiosk_qt(qapp: QApplication) -> QApplication:
    """The application with the kiosk's renderer, fonts and image allocation limit, set up once."""
    choose_renderer("software")
    load_fonts()
    limit_image_allocation()
    return qapp


@pytest.fixture
def make_kiosk(kiosk_qt: QApplication, qtbot: QtBot) -> Iterator[Callable[..., Kiosk]]:
    """Build a kiosk on an exhibition, shown at 1920x1080 unless told otherwise; closed after the test."""
    made: list[Kiosk] = []

    def make(exhibition: Exhibition, size: tuple[int, int] = (1920, 1080), **options: Any) -> Kiosk:
        options.setdefault("motion", 0.0)
        kiosk = Kiosk(exhibition, **options)
        made.append(kiosk)
        kiosk.window.setGeometry(0, 0, *size)
        # waitExposed is a context manager: called bare it waits for nothing, and a screen with no
        # photo to settle (the closed card) would be measured before its first layout.
        with qtbot.waitExposed(kiosk.window):
            kiosk.show()
        qtbot.waitUntil(kiosk.settled, timeout=10_000)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.close()


def centre(item: QQuickItem) -> QPoint:
    """The item's centre in window coordinates."""
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def box(item: QQuickItem) -> QRectF:
    """The item's rectangle in window coordinates."""
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def visible_texts(kiosk: Kiosk) -> list[tuple[str, QRectF]]:
    """Every visible, non-empty text item on screen: its text and its box in the window."""
    return [
        (str(item.property("text")), box(item))
        for item in kiosk.items()
        if item.inherits("QQuickText") and item.isVisible() and item.property("text")
    ]


def touchscreen() -> QPointingDevice:
    """One touch screen for the whole run (Qt keeps registered devices until exit)."""
    global _touchscreen
    if _touchscreen is None:
        _touchscreen = QTest.createTouchDevice()
    return _touchscreen


def tap(kiosk: Kiosk, name: str) -> None:
    """Touch the named item at its centre and lift the finger, as a visitor does."""
    point = centre(kiosk.find(name))
    QTest.touchEvent(kiosk.window, touchscreen()).press(0, point).commit()
    QTest.touchEvent(kiosk.window, touchscreen()).release(0, point).commit()


def swipe(kiosk: Kiosk, start: QPoint, end: QPoint, steps: int = 8, hz: int = 0) -> None:
    """Drag one finger from start to end.

    `hz`: the rate a touch panel reports a moving finger at (60 is common); 0 sends the moves at
    once. A Flickable follows only a finger whose moves come over time, as a real one's do.
    """
    QTest.touchEvent(kiosk.window, touchscreen()).press(0, start).commit()
    for k in range(1, steps + 1):
        if hz:
            QTest.qWait(1000 // hz)  # the finger's own timing, not a wait for Qt
        point = start + (end - start) * k / steps
        QTest.touchEvent(kiosk.window, touchscreen()).move(0, point).commit()
    QTest.touchEvent(kiosk.window, touchscreen()).release(0, end).commit()
