"""Which screen the visitor is on, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui import qml_type

SCREENS = ("home", "panels", "panel", "slideshow", "timeline", "speech")


@qml_type
class Navigator(QObject):
    """The current screen and a history for the back control; home clears the history."""

    changed = Signal()

    def __init__(self, start: str = "home", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen = start
        self._panel = -1
        self._speech = -1
        self._history: list[tuple[str, int, int]] = []

    @Property(str, notify=changed)
    def screen(self) -> str:
        return self._screen

    @Property(int, notify=changed)
    def panel(self) -> int:
        return self._panel

    # of the panel, on the speech screen
    @Property(int, notify=changed)
    def speech(self) -> int:
        return self._speech

    @Property(bool, notify=changed)
    def canGoBack(self) -> bool:
        return bool(self._history)

    def _go(self, screen: str, panel: int = -1, speech: int = -1) -> None:
        if (screen, panel, speech) == (self._screen, self._panel, self._speech):
            return
        self._history.append((self._screen, self._panel, self._speech))
        self._screen, self._panel, self._speech = screen, panel, speech
        self.changed.emit()

    @Slot(str)
    def show(self, screen: str) -> None:
        """Go to one of the screens that take no argument."""
        if screen not in SCREENS or screen == "speech":
            raise ValueError(f"no screen called {screen!r}")
        self._go(screen, self._panel if screen == "slideshow" else -1)

    @Slot(int)
    def showPanel(self, panel: int) -> None:
        """Open panel number `panel` (from 0)."""
        self._go("panel", panel)

    @Slot(int, int)
    def showSpeech(self, panel: int, speech: int) -> None:
        """Open the reading view of speech number `speech` (from 0) of panel number `panel`."""
        self._go("speech", panel, speech)

    @Slot()
    def back(self) -> None:
        """Return to the previous screen, or home when there is none."""
        if not self._history:
            self.home()
            return
        self._screen, self._panel, self._speech = self._history.pop()
        self.changed.emit()

    def remap_panels(self, new_index: dict[int, int]) -> None:
        """Follow the panels to their positions after a content reload.

        A screen of a panel that is gone is dropped (from the history too), and home is shown if
        the visitor was on it. (A speech screen whose speech is gone shows its panel's title only.)
        """
        history = [(s, new_index.get(p, -1) if p >= 0 else -1, n) for s, p, n in self._history]
        self._history = [(s, p, n) for s, p, n in history if s not in ("panel", "speech") or p >= 0]
        if self._screen in ("panel", "speech"):
            if self._panel not in new_index:
                self._history.clear()
                self._screen, self._panel, self._speech = "home", -1, -1
                self.changed.emit()
            elif new_index[self._panel] != self._panel:
                self._panel = new_index[self._panel]
                self.changed.emit()

    @Slot()
    def home(self) -> None:
        """Home, with an empty history."""
        if self._screen == "home" and not self._history:
            return
        self._history.clear()
        self._screen, self._panel, self._speech = "home", -1, -1
        self.changed.emit()
