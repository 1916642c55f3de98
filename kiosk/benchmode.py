"""Hooks for `make bench`: leave after the first frame, or show every photo once as fast as it can.

With `--interval 0` the slideshow moves on as soon as a photo has been decoded and painted (each
change waits for the next frame), transitions are instant, and a 5 ms heartbeat timer on the GUI
thread records its worst lateness from the first frame on. `--exit-after-cycle` ends the run once every photo has been
shown; the figures are printed on stdout for the benchmark to read.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer

from kiosk.app import Kiosk

HEARTBEAT_MS = 5


def exit_after_first_frame(kiosk: Kiosk) -> None:
    """Print a line and leave as soon as the first frame is on screen."""

    def leave() -> None:
        print("first-frame", flush=True)
        QCoreApplication.exit(0)

    kiosk.after_first_frame(leave)


class FastCycle(QObject):
    """Drives the slideshow photo after photo, each once decoded and painted."""

    def __init__(self, kiosk: Kiosk, exit_after_cycle: bool) -> None:
        # Imported here: the first-frame hook must not pay for the Qt namespace's enums (17 ms).
        from PySide6.QtCore import Qt

        super().__init__()
        self._once = Qt.ConnectionType.SingleShotConnection
        self._kiosk, self._exit = kiosk, exit_after_cycle
        self._count = int(kiosk.slideshow.property("count"))
        self._shown = 0
        self._started = time.perf_counter()
        self._worst = 0
        self._clock = QElapsedTimer()
        self._heartbeat = QTimer(self)
        self._heartbeat.setObjectName("benchmarkHeartbeat")
        self._heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        screen = kiosk.find("stage").property("item")
        screen.shownChanged.connect(self._photo_shown)
        # From the first frame on: before it the window is being created and shown, which the
        # startup benchmark measures, and no visitor can be kept waiting by a window not yet there.
        kiosk.after_first_frame(self._start_heartbeat)

    def _start_heartbeat(self) -> None:
        self._clock.start()
        self._heartbeat.start()

    def _beat(self) -> None:
        self._worst = max(self._worst, self._clock.restart() - HEARTBEAT_MS)

    def _photo_shown(self) -> None:
        self._shown += 1
        # The photo is in the scene; move on once a frame with it has been painted.
        self._kiosk.window.frameSwapped.connect(self._painted, type=self._once)

    def _painted(self) -> None:
        if self._exit and self._shown >= self._count:
            self._heartbeat.stop()
            elapsed = time.perf_counter() - self._started
            print(f"cycle {self._shown} photos {elapsed:.3f} s heartbeat-late-max {self._worst} ms", flush=True)
            QCoreApplication.exit(0)
            return
        self._kiosk.slideshow.next()
