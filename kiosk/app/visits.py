"""Visits: what visitors open, counted anonymously for `kiosk stats`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import OpeningHours
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigation import Navigator
from kiosk.ui.preferences import Preferences
from kiosk.ui.slideshow import Slideshow
from kiosk.ui.status import KioskStatus

if TYPE_CHECKING:  # the statistics are imported only where visits are recorded
    from kiosk.services.visits import Seen, VisitRecorder


class Visits:
    """Starts a visit at a touch, follows it from screen to screen, and ends it for the recorder."""

    def __init__(
        self,
        recorder: VisitRecorder,
        content_dir: Path | None,
        parts: tuple[ExhibitionViewModel, Navigator, Slideshow, Preferences],
        idle: IdleMonitor,
        hours: OpeningHours,
        status: KioskStatus,
        ends: tuple[SignalInstance, ...],
    ) -> None:
        self.recorder, self._content_dir = recorder, content_dir
        self._content, self._navigator, self._slideshow, self._preferences = parts
        self._hours, self._status = hours, status
        idle.activity.connect(self._touch)
        for changed in (self._navigator.changed, self._slideshow.indexChanged, self._preferences.changed):
            changed.connect(self._update)
        # Staff are not visitors: their panel ends the visit, and their touches start none.
        status.staffChanged.connect(self._staff)
        # The attract state and the dark screen end it, before they reset what the visitor chose.
        for end in ends:
            end.connect(self._attract)
        recorder.on_lost = status.set_lost_visits  # staff see what a full disk costs, and can free space
        self.count = 0  # visits ended since the start, written or not (the kiosk's metrics)
        self.on_end: Callable[[], None] | None = None

    def _seen(self) -> Seen:
        from kiosk.services.visits import seen_on

        return seen_on(
            self._content.exhibition,
            self._content_dir,
            screen=str(self._navigator.property("screen")),
            panel=int(self._navigator.property("panel")),
            slide=int(self._slideshow.property("index")),
            language=str(self._preferences.property("language")),
            accessible=bool(self._preferences.property("accessible")),
        )

    def _touch(self) -> None:
        # Touches outside the opening hours are staff, cleaners or a late passer-by: not counted.
        if not self._status.property("staffOpen") and self._hours.property("open"):
            self.recorder.touch(self._seen())

    def _update(self) -> None:
        if self.recorder.visiting:
            self.recorder.update(self._seen())

    def _end(self, reason: str) -> None:
        if self.recorder.visiting:
            self.recorder.end(reason)
            self.count += 1
            if self.on_end is not None:
                self.on_end()

    def _attract(self) -> None:
        self._end("attract")

    def _staff(self) -> None:
        if self._status.property("staffOpen"):
            self._end("staff")

    def close(self) -> None:
        """Staff exit, SIGTERM: the visit in progress is written."""
        self._end("close")
