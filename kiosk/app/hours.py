"""Opening hours: the screen goes dark when the hall closes and nobody is using it, and wakes at opening."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.ui.hours import OpeningHours
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigation import Navigator
from kiosk.ui.preferences import Preferences
from kiosk.ui.slideshow import Slideshow

log = logging.getLogger(__name__)


class AfterHours(QObject):
    """Darkens and wakes the screen by the hours; outside them nothing decodes and no idle clock runs."""

    darkening = Signal()  # before the reset (visits end here)

    def __init__(
        self,
        hours: OpeningHours,
        idle: IdleMonitor,
        navigator: Navigator,
        slideshow: Slideshow,
        preferences: Preferences,
        attract: Callable[[], None],
    ) -> None:
        super().__init__()
        self._hours, self._idle, self._navigator = hours, idle, navigator
        self._slideshow, self._preferences, self._attract = slideshow, preferences, attract
        hours.openChanged.connect(self._opening_changed)
        hours.darkChanged.connect(self._dark_changed)
        idle.activity.connect(hours.touched)
        hours.sleep()  # if closed now

    def _opening_changed(self) -> None:
        # At closing time a visitor still reading carries on: the screen goes dark when they leave.
        if not self._hours.property("open") and not self._idle.property("running"):
            self._hours.sleep()

    def _dark_changed(self) -> None:
        if self._hours.property("dark"):
            log.info("opening hours: closed, the screen goes dark")
            self.darkening.emit()
            self._idle.suspend()
            self._preferences.reset()
            self._navigator.home()
            self._slideshow.stop()
            return
        self._idle.resume()  # woken by a touch: for the idle time, then dark again
        if self._hours.property("open"):
            log.info("opening hours: open")
            self._attract()
