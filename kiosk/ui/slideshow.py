"""The slideshow's state: which photo, playing or paused, and the timer that advances it."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.ui import qml_type


@qml_type
class Slideshow(QObject):
    """Position and auto-advance over `count` photos; the screen only shows `index`."""

    indexChanged = Signal()
    countChanged = Signal()
    playingChanged = Signal()
    intervalChanged = Signal()
    advanced = Signal(int)  # emitted by auto-advance only, with the new index
    shownChanged = Signal()

    def __init__(self, interval_ms: int = 8000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = 0
        self._count = 0
        self._playing = True
        self._shown = -1  # the photo fully on screen, as the screen reports it (-1: none yet)
        self._timer = QTimer(self)
        self._timer.setObjectName("advanceTimer")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._advance)

    @Property(int, notify=indexChanged)
    def index(self) -> int:
        return self._index

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self._count

    @Property(bool, notify=playingChanged)
    def playing(self) -> bool:
        return self._playing

    @Property(int, notify=intervalChanged)
    def interval(self) -> int:
        return self._timer.interval()

    # `index` is the photo wanted; `shown` lags it while the next photo decodes. The watchdog
    # (Kiosk.healthy) and the benchmarks read it here rather than in the screen's items.
    @Property(int, notify=shownChanged)
    def shown(self) -> int:
        return self._shown

    @Slot(int)
    def markShown(self, index: int) -> None:
        """The screen has photo `index` fully on screen."""
        if index != self._shown:
            self._shown = index
            self.shownChanged.emit()

    def set_interval(self, ms: int) -> None:
        """Change the time each photo stays (a content reload may)."""
        if ms != self._timer.interval():
            self._timer.setInterval(max(0, ms))
            self.intervalChanged.emit()

    def move_to(self, index: int) -> None:
        """Show photo `index` without changing play or pause."""
        self._move(index)

    def set_count(self, count: int) -> None:
        """Show `count` photos, keeping the position when it still exists."""
        if count != self._count:
            self._count = count
            self.countChanged.emit()
        self._move(min(self._index, max(count - 1, 0)))

    @Slot(int)
    def start(self, index: int) -> None:
        """Show photo `index` and play from there (the fullscreen slideshow opens with this)."""
        self._move(index)
        self._set_playing(True)

    @Slot()
    def stop(self) -> None:
        """Stop the timer; nothing advances while the slideshow is not on screen."""
        self._timer.stop()

    @Slot()
    def next(self) -> None:
        """The next photo, wrapping to the first."""
        if self._count:
            self._move((self._index + 1) % self._count)

    @Slot()
    def previous(self) -> None:
        """The previous photo, wrapping to the last."""
        if self._count:
            self._move((self._index - 1) % self._count)

    @Slot()
    def toggle(self) -> None:
        """Pause when playing, play when paused."""
        self._set_playing(not self._playing)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playingChanged.emit()
        self._restart()

    def _move(self, index: int) -> None:
        index = max(0, min(index, self._count - 1)) if self._count else 0
        if index != self._index:
            self._index = index
            self.indexChanged.emit()
        self._restart()  # a visitor's swipe gives the new photo its full time

    def _restart(self) -> None:
        if self._playing and self._count > 1:
            self._timer.start()
        else:
            self._timer.stop()

    @Slot()
    def _advance(self) -> None:
        self.next()
        self.advanced.emit(self._index)
