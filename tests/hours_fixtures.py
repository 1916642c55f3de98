"""Opening hours in tests: a simulated wall clock in Monaco, and content with given settings."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.app import Kiosk
from kiosk.content import Exhibition, load
from tests.conftest import MINIMAL, make_jpeg

MONACO = ZoneInfo("Europe/Monaco")


def monaco(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=MONACO)


class SimClock:
    """Wall-clock time in Monaco, running at real speed from wherever the test sets it."""

    def __init__(self, start: datetime) -> None:
        self.set(start)

    def set(self, moment: datetime) -> None:
        self._start, self._set_at = moment, time.monotonic()

    def __call__(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._set_at)


def load_settings(folder: Path, settings: str) -> tuple[Exhibition | None, list[str]]:
    make_jpeg(folder / "photo.jpg")
    (folder / "content.yaml").write_text(MINIMAL + settings)
    result = load(folder / "content.yaml", "content.yaml")
    return result.exhibition, [str(p) for p in result.problems]


def exhibition_with(folder: Path, settings: str) -> Exhibition:
    exhibition, problems = load_settings(folder, settings)
    assert exhibition is not None, problems
    return exhibition


def closed_kiosk(
    make_kiosk: Callable[..., Kiosk], folder: Path, extra: str = "", **options: Any
) -> tuple[Kiosk, SimClock]:
    """A kiosk whose hours are 10:00-18:00 every day, built at 20:00 on a Tuesday: closed."""
    clock = SimClock(monaco(2026, 5, 5, 20, 0))
    second_photo = "      - {image: photo.jpg, caption: Again, credit: A credit}\n"  # a slideshow that moves
    settings = f'{second_photo}settings:\n  attract: slideshow\n  hours:\n    daily: "10:00-18:00"\n{extra}'
    exhibition = exhibition_with(folder, settings)
    return make_kiosk(exhibition, clock=clock, **options), clock
