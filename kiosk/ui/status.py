"""What staff see: the content's problems, version and uptime, and the staff actions."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import __version__
from kiosk.content import Problem
from kiosk.ui import qml_type


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days} d"] * bool(days) + [f"{hours} h"] * bool(hours or days) + [f"{minutes} min"]
    return " ".join(parts)


@qml_type
class KioskStatus(QObject):
    """The staff badge's text and the staff panel's data and actions."""

    changed = Signal()
    reloadRequested = Signal()
    quitRequested = Signal()
    staffChanged = Signal()  # the staff panel opened or closed
    lostVisitsChanged = Signal()

    def __init__(self, content_path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = content_path
        self._started = time.monotonic()
        self._problem = ""
        self._problems: list[str] = []
        self._staff_open = False
        self._lost_visits = 0

    def set_problems(self, problems: Sequence[Problem], *, rejected: bool, headline: str = "") -> None:
        """After a load: all its problems; if it was refused, the headline (else the first problem) on the badge."""
        self._problems = [str(p) for p in problems]
        if rejected:  # the badge is small: the first problem in brief (the staff panel has them in full)
            self._problem = headline or (problems[0].brief if problems else "unreadable content")
        else:
            self._problem = ""
        self.changed.emit()

    def set_lost_visits(self, count: int) -> None:
        """Visits the statistics could not write since the start (a full or read-only disk): staff should know."""
        if count != self._lost_visits:
            self._lost_visits = count
            self.lostVisitsChanged.emit()

    @Property(str, notify=changed)
    def problem(self) -> str:
        return self._problem

    @Property(bool, notify=staffChanged)
    def staffOpen(self) -> bool:
        return self._staff_open

    @Property(list, notify=changed)
    def problems(self) -> list[str]:
        return self._problems

    @Property(str, notify=changed)
    def uptime(self) -> str:
        return _duration(time.monotonic() - self._started)

    @Property(str, constant=True)
    def version(self) -> str:
        return __version__

    @Property(str, constant=True)
    def contentPath(self) -> str:
        return self._path

    @Property(int, notify=lostVisitsChanged)
    def lostVisits(self) -> int:
        return self._lost_visits

    @Slot()
    def openStaff(self) -> None:
        """Show the staff panel (the hidden gesture was made)."""
        if not self._staff_open:
            self._staff_open = True
            self.staffChanged.emit()

    @Slot()
    def closeStaff(self) -> None:
        """Hide the staff panel."""
        if self._staff_open:
            self._staff_open = False
            self.staffChanged.emit()

    @Slot()
    def reload(self) -> None:
        """Staff asked for the content to be read again now."""
        self.reloadRequested.emit()

    @Slot()
    def quit(self) -> None:
        """Staff asked the kiosk to end (exit code 0)."""
        self.quitRequested.emit()
