"""Health: errors are logged and counted, systemd hears READY and WATCHDOG, signals end cleanly."""

from __future__ import annotations

import logging
import os
import signal
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QLoggingCategory, QPoint, QPointF, QTimer, qCWarning, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.assets import BUNDLED_CONTENT
from kiosk.run import run
from kiosk.services.health import ErrorBudget, SignalBridge, SystemdNotifier, route_qt_messages
from kiosk.ui.screens import scene_items
from tests.kiosk_fixtures import touchscreen


def received(sock: socket.socket) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(sock.recv(256).decode())
        except BlockingIOError:
            return messages


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_kiosk_keeps_running(
    qtbot: QtBot, kiosk_qt: object, caplog: pytest.LogCaptureFixture
) -> None:
    budget = ErrorBudget()
    budget.install()
    try:

        def broken_slot() -> None:
            raise ValueError("a bug in a slot")

        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(broken_slot)
        with caplog.at_level(logging.ERROR), qtbot.waitSignal(timer.timeout):
            timer.start(0)
        alive = QTimer()
        alive.setSingleShot(True)
        with qtbot.waitSignal(alive.timeout):  # the event loop goes on
            alive.start(0)
    finally:
        budget.uninstall()
    assert budget.count == 1
    assert "uncaught exception" in caplog.text
    assert "ValueError: a bug in a slot" in caplog.text


def test_the_error_budget_ends_the_kiosk_after_twenty_errors_in_ten_minutes(kiosk_qt: object) -> None:
    now = [0.0]
    budget = ErrorBudget(clock=lambda: now[0])
    ended: list[bool] = []
    budget.exhausted.connect(lambda: ended.append(True))
    for _ in range(20):
        budget.record()
        now[0] += 29  # 20 errors spread over almost ten minutes: within budget
    assert ended == []
    now[0] += 700  # the old ones age out
    for _ in range(20):
        budget.record()
    assert ended == []
    budget.record()  # the 21st within ten minutes
    assert ended == [True]


def test_systemd_hears_ready_then_watchdog_pings_only_while_healthy(
    qtbot: QtBot, kiosk_qt: object, systemd_socket: socket.socket
) -> None:
    notifier = SystemdNotifier({"NOTIFY_SOCKET": systemd_socket.getsockname(), "WATCHDOG_USEC": "100000"})
    healthy = [True]
    notifier.ready(lambda: healthy[0])
    qtbot.waitUntil(lambda: "WATCHDOG=1" in received(systemd_socket) or False, timeout=3000)
    healthy[0] = False
    quiet = QTimer()
    quiet.setSingleShot(True)
    received(systemd_socket)
    with qtbot.waitSignal(quiet.timeout):
        quiet.start(300)  # six watchdog periods
    assert "WATCHDOG=1" not in received(systemd_socket)


def test_sigterm_arrives_as_a_qt_signal(qtbot: QtBot, kiosk_qt: object) -> None:
    bridge = SignalBridge()
    try:
        with qtbot.waitSignal(bridge.received) as caught:
            os.kill(os.getpid(), signal.SIGTERM)
        assert caught.args == [signal.SIGTERM]
    finally:
        bridge.close()


def test_kiosk_mode_runs_until_the_staff_exit_and_ends_with_code_0(
    qtbot: QtBot, kiosk_qt: object, tmp_path: Path, systemd_socket: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_STAFF_PIN", "1914")
    monkeypatch.setenv("NOTIFY_SOCKET", systemd_socket.getsockname())

    def staff_exit() -> None:
        window = next(w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow) and w.isVisible())
        qtbot.waitExposed(window)

        def touch(point: QPoint) -> None:
            QTest.touchEvent(window, touchscreen()).press(0, point).commit()
            QTest.touchEvent(window, touchscreen()).release(0, point).commit()

        def touch_item(name: str) -> None:
            item = next(i for i in scene_items(window) if i.objectName() == name and i.isVisible())
            touch(item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint())

        for _ in range(5):
            touch(QPoint(8, 8))
        qtbot.waitUntil(lambda: any(i.objectName() == "staffPanel" for i in scene_items(window)))
        for key in "1914":
            touch_item(f"pinKey_{key}")
        touch_item("pinKey_enter")
        touch_item("staffExit")

    QTimer.singleShot(0, staff_exit)
    code = run(str(BUNDLED_CONTENT), lockdown=True, renderer="software", data_dir=tmp_path)
    assert code == 0
    assert "READY=1" in received(systemd_socket)
    log = (tmp_path / "logs" / "kiosk.log").read_text()
    assert "staff gesture made" in log
    assert "stopping with exit code 0" in log


def test_qt_messages_reach_the_log_once_each(caplog: pytest.LogCaptureFixture) -> None:
    previous = route_qt_messages()
    try:
        with caplog.at_level(logging.INFO, logger="qt"):
            for _ in range(3):  # a slideshow meets the same problem on every turn
                qWarning("QML Text: something odd")
                qWarning("QML Image: Failed to get image from provider: image://photo/tmp/x.jpg?v=1")
    finally:
        qInstallMessageHandler(previous)  # type: ignore[arg-type]
    # Once; and not Qt's line for a photo the provider refused, which the provider logs with its reason.
    assert [r.getMessage() for r in caplog.records if r.name == "qt"] == ["QML Text: something odd"]


def test_optional_multimedia_libraries_missing_are_information_not_warnings(caplog: pytest.LogCaptureFixture) -> None:
    previous = route_qt_messages()
    try:
        with caplog.at_level(logging.INFO, logger="qt"):
            # (PySide6's stubs say bytes; at run time it takes str, and refuses bytes.)
            resolver = QLoggingCategory("qt.multimedia.symbolsresolver")  # type: ignore[arg-type]
            qCWarning(resolver, "Couldn't load va-drm library")  # type: ignore[arg-type]
            qCWarning(QLoggingCategory("qt.multimedia.other"), "something else")  # type: ignore[arg-type]
    finally:
        qInstallMessageHandler(previous)  # type: ignore[arg-type]
    assert [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "qt"] == [
        ("INFO", "Couldn't load va-drm library"),
        ("WARNING", "something else"),
    ]
