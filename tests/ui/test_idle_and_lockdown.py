"""Idle and attract, and lockdown with its hidden staff exit, on the offscreen platform."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import Exhibition, load
from kiosk.ui.lockdown import GESTURE_TAPS, MAX_ATTEMPTS, StaffAccess, read_pin
from tests.conftest import MINIMAL, make_jpeg
from tests.kiosk_fixtures import tap, touchscreen

MakeKiosk = Callable[..., Kiosk]


def exhibition_with(tmp_path: Path, settings: str) -> Exhibition:
    make_jpeg(tmp_path / "photo.jpg")
    (tmp_path / "content.yaml").write_text(MINIMAL + settings)
    exhibition = load(tmp_path / "content.yaml").exhibition
    assert exhibition is not None
    return exhibition


def screen(kiosk: Kiosk) -> str:
    return str(kiosk.navigator.property("screen"))


@pytest.mark.parametrize(("attract", "expected"), [("slideshow", "slideshow"), ("home", "home")])
def test_after_the_timeout_and_countdown_the_kiosk_is_in_its_attract_state(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, attract: str, expected: str
) -> None:
    kiosk = make_kiosk(exhibition_with(tmp_path, f"settings: {{attract: {attract}}}\n"), idle_ms=300, countdown_ms=400)
    assert not kiosk.idle.property("running"), "no idle clock before anyone has touched"
    tap(kiosk, "homeTile_panels")
    qtbot.waitUntil(lambda: screen(kiosk) == "panels")
    qtbot.waitUntil(lambda: kiosk.idle.property("warning"))
    assert kiosk.find("idleOverlay").isVisible()
    assert kiosk.find("idleSeconds").property("text") == "1"
    with qtbot.waitSignal(kiosk.idle.timedOut, timeout=5000):
        pass
    assert screen(kiosk) == expected
    assert not kiosk.idle.property("running"), "no idle clock runs in the attract state"


def test_a_touch_during_the_countdown_keeps_the_visitor_where_they_were(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk = make_kiosk(exhibition_with(tmp_path, ""), idle_ms=300, countdown_ms=5000)
    tap(kiosk, "homeTile_panels")
    qtbot.waitUntil(lambda: screen(kiosk) == "panels")
    qtbot.waitUntil(lambda: kiosk.idle.property("warning"))
    tap(kiosk, "panelTile_0")  # on the overlay, over a panel's card
    assert not kiosk.idle.property("warning")
    assert screen(kiosk) == "panels", "the touch that dismisses the overlay opens nothing beneath it"
    assert kiosk.idle.property("running")


def test_the_staff_gesture_and_the_right_pin_ask_to_exit(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk = make_kiosk(exhibition_with(tmp_path, ""), lockdown=True, pin="2468")
    with qtbot.waitSignal(kiosk.staff.requested):
        for _ in range(GESTURE_TAPS):
            QTest.touchEvent(kiosk.window, touchscreen()).press(0, QPoint(10, 10)).commit()
            QTest.touchEvent(kiosk.window, touchscreen()).release(0, QPoint(10, 10)).commit()
    qtbot.waitUntil(lambda: kiosk.find("staffPanel").isVisible())
    assert not kiosk.idle.property("running"), "the idle clock waits while staff work"
    for key in "2468":
        tap(kiosk, f"pinKey_{key}")
    assert kiosk.find("pinDots").property("text") == "••••", "the PIN is never shown"
    tap(kiosk, "pinKey_enter")
    with qtbot.waitSignal(kiosk.quitRequested):
        tap(kiosk, "staffExit")


def test_lockdown_swallows_keys_and_close_requests(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk = make_kiosk(exhibition_with(tmp_path, ""), lockdown=True)
    window = kiosk.window
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    assert window.flags() & Qt.WindowType.WindowStaysOnTopHint
    keys = [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Meta, Qt.KeyboardModifier.NoModifier),
    ]
    for key, modifiers in keys:
        QTest.keyClick(window, key, modifiers)
    window.close()
    assert window.isVisible()
    assert window.visibility() == QWindow.Visibility.FullScreen
    assert window.geometry() == window.screen().geometry()


def test_five_wrong_pins_lock_the_pad_for_a_minute(kiosk_qt: object) -> None:
    staff = StaffAccess("1234")
    for _ in range(MAX_ATTEMPTS):
        assert not staff.check("0000")
    assert 55 <= staff.property("lockSeconds") <= 60
    assert not staff.check("1234"), "even the right PIN waits out the lock"


def test_ten_thousand_random_taps_never_open_the_staff_panel(kiosk_qt: object) -> None:
    staff = StaffAccess("1234")
    opened = []
    staff.requested.connect(lambda: opened.append(True))
    rng = random.Random(2014)
    now = 0
    for _ in range(10_000):
        now += rng.randint(40, 600)
        staff.press(QPointF(rng.uniform(0, 1920), rng.uniform(0, 1080)), (1920, 1080), now_ms=now)
    assert opened == []


def test_the_gesture_must_be_five_taps_within_three_seconds(kiosk_qt: object) -> None:
    staff = StaffAccess("1234")
    opened = []
    staff.requested.connect(lambda: opened.append(True))
    for k in range(5):
        staff.press(QPointF(5, 5), (1920, 1080), now_ms=k * 800)  # 3.2 s from first to last
    assert opened == []
    for k in range(5):
        staff.press(QPointF(5, 5), (1920, 1080), now_ms=10_000 + k * 300)
    assert opened == [True]


def test_the_pin_comes_from_the_environment_or_a_file_never_the_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_STAFF_PIN", raising=False)
    assert read_pin(None) is None
    (tmp_path / "pin").write_text("97531\n")
    assert read_pin(tmp_path / "pin") == "97531"
    monkeypatch.setenv("KIOSK_STAFF_PIN", "1111")
    assert read_pin(tmp_path / "pin") == "1111"
