"""Health: whether the slideshow still moves on, for the watchdog (kiosk/run.py)."""

from __future__ import annotations

import time

from kiosk.ui.hours import OpeningHours
from kiosk.ui.navigation import Navigator
from kiosk.ui.slideshow import Slideshow


class Health:
    """Watches the photo on screen (Slideshow.shown, which the screen reports) against the interval."""

    def __init__(self, navigator: Navigator, slideshow: Slideshow, hours: OpeningHours) -> None:
        self._navigator, self._slideshow, self._hours = navigator, slideshow, hours
        self._last_shown: int | None = None
        self._shown_at = 0.0

    def healthy(self) -> bool:
        """False when the slideshow should be moving on and has not for long."""
        slideshow = self._slideshow
        if (
            self._navigator.property("screen") != "slideshow"
            or self._hours.property("dark")
            or not slideshow.property("playing")
            or slideshow.property("count") < 2
        ):
            self._last_shown = None
            return True
        shown = slideshow.property("shown")
        now = time.monotonic()
        if shown != self._last_shown:
            self._last_shown, self._shown_at = shown, now
            return True
        interval_s: float = slideshow.property("interval") / 1000
        return now - self._shown_at <= 3 * interval_s + 10
