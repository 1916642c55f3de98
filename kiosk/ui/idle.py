"""Idle and attract: after a while without a touch, ask "Still there?", then return to attract.

One application-wide event filter sees every touch, click and key, whatever screen is showing.
No timer runs in the attract state: the first touch of the next visitor starts the clock again.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QDeadlineTimer, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QWindow

from kiosk.ui import qml_type

ACTIVITY = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
# A touch or click, from its press to its release.
GESTURE = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
    }
)
GESTURE_ENDS = frozenset({QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease})


@qml_type
class IdleMonitor(QObject):
    """Counts down from the last touch; `warning` while the countdown shows, `timedOut` at its end."""

    changed = Signal()
    timedOut = Signal()
    activity = Signal()  # any touch, from the application-wide filter

    def __init__(self, idle_ms: int, countdown_ms: int = 10_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setObjectName("idleTimer")
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._warn)
        self._countdown = QTimer(self)
        self._countdown.setObjectName("countdownTimer")
        self._countdown.setInterval(min(250, countdown_ms))  # the shown seconds update on time
        self._countdown.timeout.connect(self._tick)
        self._countdown_ms = countdown_ms
        self._deadline = QDeadlineTimer()
        self._remaining = 0
        self._suspended = 0
        self._eating = False  # the touch that dismissed the countdown is under way

    @Property(bool, notify=changed)
    def warning(self) -> bool:
        return self._countdown.isActive()

    @Property(int, notify=changed)
    def remaining(self) -> int:
        return self._remaining

    @Property(bool, notify=changed)
    def running(self) -> bool:
        return self._idle.isActive() or self._countdown.isActive()

    def set_idle_ms(self, idle_ms: int) -> None:
        """Change the timeout (a content reload may); a running countdown keeps its course."""
        self._idle.setInterval(idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note activity; the touch that dismisses "Still there?" is eaten whole, at the window.

        The overlay goes as the touch begins, before Qt Quick delivers it: passed on, it would
        press whatever lies beneath (a panel's card), and a visitor who only meant to stay would
        be taken elsewhere.
        """
        kind = event.type()  # (every event of the application passes here: the cheap tests first)
        if kind in ACTIVITY:
            if kind in GESTURE and self._countdown.isActive() and isinstance(watched, QWindow):
                self._eating = True
            self.touch()
        if not self._eating or kind not in GESTURE:
            return False
        if kind in GESTURE_ENDS and isinstance(watched, QWindow):
            self._eating = False
        return True

    @Slot()
    def touch(self) -> None:
        """A visitor is here: cancel any countdown and start the idle clock again."""
        self._countdown.stop()
        if not self._suspended:
            self._idle.start()
        self.activity.emit()
        self.changed.emit()

    @Slot()
    def suspend(self) -> None:
        """Pause the idle clock (a video playing, the staff panel open); pairs with resume()."""
        self._suspended += 1
        self._idle.stop()
        self._countdown.stop()
        self.changed.emit()

    @Slot()
    def resume(self) -> None:
        """Undo one suspend(); the clock restarts in full when nothing holds it any more."""
        self._suspended = max(0, self._suspended - 1)
        if not self._suspended:
            self._idle.start()
        self.changed.emit()

    @Slot()
    def stop(self) -> None:
        """The attract state: no clock until the next touch."""
        self._idle.stop()
        self._countdown.stop()
        self.changed.emit()

    @Slot()
    def _warn(self) -> None:
        self._deadline = QDeadlineTimer(self._countdown_ms)
        self._remaining = math.ceil(self._countdown_ms / 1000)
        self._countdown.start()
        self.changed.emit()

    @Slot()
    def _tick(self) -> None:
        left = self._deadline.remainingTime()
        if left <= 0:
            self.stop()
            self.timedOut.emit()
        elif math.ceil(left / 1000) != self._remaining:
            self._remaining = math.ceil(left / 1000)
            self.changed.emit()
