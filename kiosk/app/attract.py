"""Idle and the attract state: after the idle time without a touch, back to it as if for a new visitor."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kiosk.content import Attract as AttractState
from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import OpeningHours
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigation import Navigator
from kiosk.ui.preferences import Preferences
from kiosk.ui.slideshow import Slideshow

log = logging.getLogger(__name__)


class Attract(QObject):
    """Runs the idle clock for the content's idle time and returns to the attract state when it ends."""

    returning = Signal()  # before the reset, which is not the visitor's doing (visits end here)

    def __init__(
        self,
        content: ExhibitionViewModel,
        navigator: Navigator,
        slideshow: Slideshow,
        preferences: Preferences,
        idle: IdleMonitor,
        hours: OpeningHours,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        self._content, self._navigator, self._slideshow = content, navigator, slideshow
        self._preferences, self._idle, self._hours = preferences, idle, hours
        self._fixed_idle = idle_ms
        idle.timedOut.connect(self.attract)
        content.mediaPlayingChanged.connect(self._media_playing)
        # The idle time follows the content (a reload) and the accessibility mode.
        content.changed.connect(self._set_idle_time)
        preferences.changed.connect(self._set_idle_time)
        self._set_idle_time()

    # Slots are methods, not lambdas: a lambda that names its sender keeps it alive for good.
    def _media_playing(self) -> None:
        # A visitor watching a video touches nothing: the idle clock waits while one plays.
        if self._content.property("mediaPlaying"):
            self._idle.suspend()
        else:
            self._idle.resume()

    def idle_ms(self) -> int:
        """The idle time: the content's, or the one given; twice as long in the accessibility mode."""
        settings = self._content.exhibition.settings
        base = self._fixed_idle if self._fixed_idle is not None else settings.idle_seconds * 1000
        # Reading large type takes longer.
        return base * 2 if self._preferences.property("accessible") else base

    def _set_idle_time(self) -> None:
        self._idle.set_idle_ms(self.idle_ms())

    def attract(self) -> None:
        """Return to the attract state the content asks for, as if for a new visitor."""
        if not self._hours.property("open"):
            self._hours.sleep()  # outside the opening hours the attract state is the dark screen
            return
        exhibition = self._content.exhibition
        log.info("idle: returning to the attract state (%s)", exhibition.settings.attract.value)
        self.returning.emit()
        self._preferences.reset()
        self._navigator.home()
        if exhibition.settings.attract is AttractState.SLIDESHOW and exhibition.slideshow:
            self._slideshow.start(0)
            self._navigator.show("slideshow")
        self._idle.stop()
