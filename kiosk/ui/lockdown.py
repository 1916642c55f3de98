"""Lockdown for `--kiosk`: no key ends the program and a window close is refused.

Staff leave through a hidden corner gesture and a PIN that never comes from the content folder.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import Property, QDeadlineTimer, QEvent, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow

from kiosk.ui import qml_type

log = logging.getLogger(__name__)

PIN_VARIABLE = "KIOSK_STAFF_PIN"
MAX_ATTEMPTS = 5
LOCK_MS = 60_000
GESTURE_TAPS = 5
GESTURE_MS = 3000
KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})


def read_pin(pin_file: Path | None) -> str | None:
    """The staff PIN from $KIOSK_STAFF_PIN, else from the first line of `pin_file`; None if unset."""
    pin = os.environ.get(PIN_VARIABLE, "").strip()
    if not pin and pin_file is not None:
        try:
            pin = pin_file.read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            log.warning("staff PIN file %s unreadable: %s", pin_file, exc)
    return pin or None


class KeyGuard(QObject):
    """An application-wide filter: while `locked`, every key and every window close is dropped.

    Visitors have no keyboard, so nothing is lost; a keyboard plugged in by someone else gets
    nothing either (Escape, Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+C, F11...). What the window system acts on
    before the application sees it (Alt+Tab, Ctrl+Alt+Backspace, VT switches) is the OS's to block.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow keys and close requests while locked."""
        if not self.locked:
            return False
        if event.type() in KEY_EVENTS:
            return True
        if event.type() == QEvent.Type.Close and isinstance(watched, QWindow):
            event.ignore()
            return True
        return False


@qml_type
class StaffAccess(QObject):
    """The hidden way out: five taps in the top-left corner within three seconds, then a PIN."""

    requested = Signal()  # the gesture was made: show the PIN pad
    changed = Signal()

    def __init__(self, pin: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self._taps: list[int] = []
        self._failures = 0
        self._locked_until = QDeadlineTimer(0)
        self._tick = QTimer(self)  # refreshes the lock countdown shown on the pad
        self._tick.setObjectName("pinLockTimer")
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh)

    @Property(bool, constant=True)
    def configured(self) -> bool:
        return bool(self._pin)

    @Property(int, notify=changed)
    def lockSeconds(self) -> int:
        return self._lock_seconds()

    def _lock_seconds(self) -> int:
        return max(0, -(-self._locked_until.remainingTime() // 1000))

    def corner(self, window_size: tuple[int, int]) -> float:
        """The corner's side in px: the empty outer margin, 64 px at 1080p, scaled with the window."""
        width, height = window_size
        scale = width / 1080 if height > width else min(width / 1920, height / 1080)
        return 64 * scale

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch presses on the window for the gesture; never consumes them."""
        if isinstance(watched, QWindow) and event.type() in (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress):
            point = self._position(event)
            if point is not None:
                self.press(point, (watched.width(), watched.height()))
        return False

    @staticmethod
    def _position(event: QEvent) -> QPointF | None:
        if isinstance(event, QTouchEvent) and event.points():
            return event.points()[0].position()
        if isinstance(event, QMouseEvent):
            return event.position()
        return None

    def press(self, point: QPointF, window_size: tuple[int, int], now_ms: int | None = None) -> None:
        """One press at `point`: taps outside the corner, or too slow, start the count again."""
        side = self.corner(window_size)
        now = now_ms if now_ms is not None else int(time.monotonic() * 1000)
        if point.x() > side or point.y() > side:
            self._taps.clear()
            return
        self._taps = [t for t in self._taps if now - t <= GESTURE_MS] + [now]
        if len(self._taps) >= GESTURE_TAPS:
            self._taps.clear()
            log.info("staff gesture made")
            self.requested.emit()

    @Slot(str, result=bool)
    def check(self, pin: str) -> bool:
        """True for the right PIN; five wrong ones lock the pad for a minute."""
        if not self._pin or self._lock_seconds() > 0:
            return False
        import hmac  # here, not at the top: loading OpenSSL for it costs the first frame 10 ms

        if hmac.compare_digest(pin.encode(), self._pin.encode()):
            self._failures = 0
            return True
        self._failures += 1
        log.warning("wrong staff PIN (%d of %d)", self._failures, MAX_ATTEMPTS)
        if self._failures >= MAX_ATTEMPTS:
            self._failures = 0
            self._locked_until = QDeadlineTimer(LOCK_MS)
            self._tick.start()
        self.changed.emit()
        return False

    @Slot()
    def _refresh(self) -> None:
        if self._lock_seconds() == 0:
            self._tick.stop()
        self.changed.emit()
