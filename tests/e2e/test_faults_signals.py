"""Signals, sent for real to a running `kiosk`: at 0.1 s, mid-start, and once its first frame is on screen.

SIGTERM, SIGINT and SIGHUP end it cleanly (exit 0, a log line naming the signal, STOPPING=1 to
systemd); SIGUSR1 reads the content again, or is noted while the kiosk is still reading it.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.assets import BUNDLED_CONTENT
from kiosk.run import run
from kiosk.ui.screens import scene_items
from tests.conftest import ROOT
from tests.kiosk_fixtures import touchscreen

STOPS = [signal.SIGTERM, signal.SIGINT, signal.SIGHUP]


def messages(sock: socket.socket, until: str, timeout: float = 60) -> list[str]:
    """What the kiosk says to systemd, up to and with the message `until`."""
    said: list[str] = []
    deadline = time.monotonic() + timeout
    while until not in said:
        left = deadline - time.monotonic()
        assert left > 0, f"no {until} from the kiosk; it said {said}"
        if select.select([sock], [], [], left)[0]:
            said += sock.recv(4096).decode().split("\n")
    return said


def kiosk(tmp_path: Path, notify: socket.socket) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": notify.getsockname()}
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def log(tmp_path: Path) -> str:
    return (tmp_path / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("number", STOPS, ids=[s.name for s in STOPS])
def test_a_stop_signal_at_a_tenth_of_a_second_ends_the_kiosk_with_0(
    tmp_path: Path, systemd_socket: socket.socket, number: signal.Signals
) -> None:
    process = kiosk(tmp_path, systemd_socket)
    time.sleep(0.1)  # the signal's own timing: a supervisor stopping a kiosk that has barely begun
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert f"received {number.name} while starting: stopping" in log(tmp_path)


@pytest.mark.parametrize("number", STOPS, ids=[s.name for s in STOPS])
def test_a_stop_signal_once_running_ends_cleanly_and_tells_systemd(
    tmp_path: Path, systemd_socket: socket.socket, number: signal.Signals
) -> None:
    process = kiosk(tmp_path, systemd_socket)
    messages(systemd_socket, "READY=1")
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "STOPPING=1" in messages(systemd_socket, "STOPPING=1", timeout=5)
    text = log(tmp_path)
    assert f"received {number.name}: stopping" in text
    assert "stopping with exit code 0" in text


def test_sigusr1_reads_the_content_again_and_the_kiosk_carries_on(
    tmp_path: Path, systemd_socket: socket.socket
) -> None:
    process = kiosk(tmp_path, systemd_socket)
    time.sleep(0.1)
    process.send_signal(signal.SIGUSR1)  # while starting: noted, not fatal
    messages(systemd_socket, "READY=1")
    process.send_signal(signal.SIGUSR1)
    deadline = time.monotonic() + 30
    while "reading the content again" not in log(tmp_path):
        assert time.monotonic() < deadline, log(tmp_path)
        time.sleep(0.05)  # polling another process's log file: there is no Qt signal to wait on
    assert process.poll() is None, "SIGUSR1 must not end the kiosk"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    text = log(tmp_path)
    assert "received SIGUSR1 while starting" in text
    assert "received SIGUSR1: reading the content again" in text


def test_sighup_writes_the_visit_in_progress(qtbot: QtBot, kiosk_qt: object, tmp_path: Path) -> None:
    # A session that ends (SIGHUP) while a visitor is at the screen: their visit is counted.
    def visit_then_hang_up() -> None:
        window = next(w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow) and w.isVisible())
        qtbot.waitExposed(window)
        for _ in range(2):  # visits are counted from the first frame on (kiosk/run.py)
            with qtbot.waitSignal(window.frameSwapped, timeout=10_000):
                window.update()
        tile = next(i for i in scene_items(window) if i.objectName() == "homeTile_panels" and i.isVisible())
        point = tile.mapToScene(QPointF(tile.width() / 2, tile.height() / 2)).toPoint()
        QTest.touchEvent(window, touchscreen()).press(0, point).commit()
        QTest.touchEvent(window, touchscreen()).release(0, point).commit()
        os.kill(os.getpid(), signal.SIGHUP)

    QTimer.singleShot(0, visit_then_hang_up)
    assert run(str(BUNDLED_CONTENT), renderer="software", data_dir=tmp_path) == 0
    days = list((tmp_path / "visits").glob("*.jsonl"))
    assert len(days) == 1
    assert len(days[0].read_text(encoding="utf-8").splitlines()) == 1
