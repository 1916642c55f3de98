"""Visits in tests: the recorder's clocks moved by the test, and records as the kiosk writes them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

PARIS = timezone(timedelta(hours=2))


class Clock:
    """The recorder's clocks, moved by the test: a visit of minutes takes no time to run."""

    def __init__(self) -> None:
        self.elapsed = 1000.0
        self.start = datetime(2025, 5, 6, 14, 3, 27, tzinfo=PARIS)

    def monotonic(self) -> float:
        return self.elapsed

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed - 1000.0)

    def advance(self, seconds: float) -> None:
        self.elapsed += seconds


def record(start: datetime, j: int) -> dict[str, Any]:
    """Visit number j of its day: j decides its hour, length, language, mode, panels and photos."""
    screens = [{"screen": "home", "seconds": 10.0}, {"screen": "panel", "panel": "founding", "seconds": 30.0}]
    screens += [{"screen": "panel", "panel": "today", "seconds": 20.0}] * (j % 2 == 0)
    photos = [{"photo": "photos/one.jpg", "seconds": 8.0}] * (j >= 1)
    photos += [{"photo": "photos/two.jpg", "seconds": 5.0}] * (j >= 4)
    return {
        "v": 1,
        "start": start.isoformat(timespec="minutes"),
        "seconds": 100.0 + 20 * j,
        "active_seconds": 20.0 * j,
        "end": "attract",
        "language": {1: "fr", 2: "ar"}.get(j, "en"),
        "languages": ["en"],
        "accessible": j == 3,
        "screens": screens,
        "photos": photos,
    }
