"""Hooks for `make bench`: leave after the first frame, or drive the slideshow and time it.

- `--exit-after-first-frame`: print "first-frame" and leave once the first frame is on screen.
- `--slideshow --interval 0`: the slideshow moves on as soon as a photo has been decoded and
  painted (each change waits for the next frame), transitions are instant; with
  `--exit-after-cycle` it leaves once every photo has been shown, printing
  "cycle N photos S s heartbeat-late-max L ms". With a one-photo content that is the time to the
  first photo on screen.
- `--slideshow --interval MS --exit-after-cycle` (MS > 0): the slideshow at a real pace; for each
  slide after the first, the time from its start to its photo being fully on screen (faded in
  and painted), and it leaves once every photo has had its turn, printing
  "timed-cycle N slides worst W s interval I s missed M heartbeat-late-max L ms".

The lateness is that of a 5 ms heartbeat timer on the GUI thread, from the first photo on screen
on (before it the kiosk is starting, which the start-up rows measure). Nothing here is imported
unless a hook is asked for; the Qt namespace's enums (17 ms to build) only once a photo is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer

from kiosk.app import Kiosk

HEARTBEAT_MS = 5


def install(kiosk: Kiosk, exit_after: str | None, *, slideshow: bool, interval_ms: int | None) -> QObject | None:
    """The hook the command line asks for (see the module's docstring); keep it until the loop ends."""
    if exit_after == "first-frame":
        exit_after_first_frame(kiosk)
        return None
    if slideshow and interval_ms == 0:
        return FastCycle(kiosk, exit_after_cycle=exit_after == "cycle")
    if slideshow and exit_after == "cycle":
        return TimedCycle(kiosk)
    return None


def exit_after_first_frame(kiosk: Kiosk) -> None:
    """Print a line and leave as soon as the first frame is on screen."""

    def leave() -> None:
        print("first-frame", flush=True)
        QCoreApplication.exit(0)

    kiosk.after_first_frame(leave)


def after_next_frame(kiosk: Kiosk, callback: Callable[[], None]) -> None:
    """Call back once, when the next frame has been painted."""

    def painted() -> None:
        kiosk.window.frameSwapped.disconnect(painted)
        callback()

    kiosk.window.frameSwapped.connect(painted)


class Heartbeat(QObject):
    """A 5 ms precise timer on the GUI thread; `worst` is its worst lateness in ms while it runs."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.worst = 0
        self._clock = QElapsedTimer()
        self._timer: QTimer | None = None

    def start(self) -> None:
        """Start beating (again: a no-op)."""
        if self._timer is not None:
            return
        from PySide6.QtCore import Qt  # builds every enum of the Qt namespace: not before a photo is shown

        self._timer = QTimer(self)
        self._timer.setObjectName("benchmarkHeartbeat")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._clock.start()
        self._timer.start()

    def _beat(self) -> None:
        self.worst = max(self.worst, self._clock.restart() - HEARTBEAT_MS)

    def stop(self) -> None:
        """Stop beating."""
        if self._timer is not None:
            self._timer.stop()


class FastCycle(QObject):
    """Drives the slideshow photo after photo, each once decoded and painted."""

    def __init__(self, kiosk: Kiosk, exit_after_cycle: bool) -> None:
        super().__init__()
        self._kiosk, self._exit = kiosk, exit_after_cycle
        self._count = int(kiosk.slideshow.property("count"))
        self._shown = 0
        self._started = time.perf_counter()
        self._heartbeat = Heartbeat(self)
        kiosk.slideshow.shownChanged.connect(self._photo_shown)

    def _photo_shown(self) -> None:
        self._shown += 1
        # The photo is in the scene; move on once a frame with it has been painted.
        after_next_frame(self._kiosk, self._painted)

    def _painted(self) -> None:
        if self._exit and self._shown >= self._count:
            self._heartbeat.stop()
            elapsed = time.perf_counter() - self._started
            late = self._heartbeat.worst
            print(f"cycle {self._shown} photos {elapsed:.3f} s heartbeat-late-max {late} ms", flush=True)
            QCoreApplication.exit(0)
            return
        self._heartbeat.start()
        self._kiosk.slideshow.next()


class TimedCycle(QObject):
    """Times each slide of the slideshow running at its own interval, once round."""

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__()
        self._kiosk = kiosk
        self._slideshow = kiosk.slideshow
        self._count = int(kiosk.slideshow.property("count"))
        self._begun: list[tuple[int, float]] = []  # slides begun and not yet on screen, oldest first
        self._times: list[float] = []
        self._missed = 0
        self._heartbeat = Heartbeat(self)
        kiosk.slideshow.indexChanged.connect(self._slide_begun)
        self._slideshow.shownChanged.connect(self._photo_shown)

    def _slide_begun(self) -> None:
        self._begun.append((int(self._kiosk.slideshow.property("index")), time.perf_counter()))

    def _photo_shown(self) -> None:
        shown = int(self._slideshow.property("shown"))
        after_next_frame(self._kiosk, lambda: self._painted(shown))

    def _painted(self, shown: int) -> None:
        self._heartbeat.start()
        at = next((k for k, (index, _) in enumerate(self._begun) if index == shown), None)
        if at is None:
            return  # the first photo, there when the slideshow opened: the first-photo row times it
        # Slides begun before this one and never shown were skipped: their time ran out first.
        self._missed += at
        self._times.append(time.perf_counter() - self._begun[at][1])
        del self._begun[: at + 1]
        if len(self._times) + self._missed >= self._count:
            self._heartbeat.stop()
            interval = int(self._kiosk.slideshow.property("interval")) / 1000
            print(
                f"timed-cycle {len(self._times)} slides worst {max(self._times):.3f} s interval {interval:.3f} s "
                f"missed {self._missed} heartbeat-late-max {self._heartbeat.worst} ms",
                flush=True,
            )
            QCoreApplication.exit(0)
