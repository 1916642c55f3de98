"""A plausible week of visits to the bundled exhibition, for trying `kiosk stats` without a hall.

    python tools/make_visits.py --data-dir /tmp/kiosk-demo [--start 2025-05-05] [--days 7] [--seed 1]
    kiosk stats --data-dir /tmp/kiosk-demo --plot /tmp/kiosk-demo/stats.png

A fleet: a data folder per kiosk, each with its own --kiosk-id (and --seed), then `kiosk stats` over
the folder that holds them:

    python tools/make_visits.py --data-dir /tmp/fleet/hall-a --kiosk-id hall-a --seed 1
    python tools/make_visits.py --data-dir /tmp/fleet/hall-b --kiosk-id hall-b --seed 2 --days 4
    kiosk stats /tmp/fleet --plot /tmp/fleet/stats.png

The visits go through the kiosk's own recorder with simulated clocks, so the lines are exactly
those a kiosk writes. The numbers are made up: opening hours 10:00 to 18:00, busier afternoons
and weekends, most visitors in English.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk.assets import BUNDLED_CONTENT
from kiosk.cli import _kiosk_id as kiosk_name  # the kiosk's own check of a name given to --kiosk-id
from kiosk.content import Exhibition, load
from kiosk.services.visits import Seen, VisitRecorder, photo_name

LANGUAGES = (("en", 0.55), ("fr", 0.25), ("es", 0.12), ("ar", 0.08))
HOURS = {10: 4, 11: 6, 12: 5, 13: 6, 14: 9, 15: 10, 16: 9, 17: 5}  # relative weights
IDLE_SECONDS = 90 + 10  # the bundled content's idle time and the countdown


class SimulatedClock:
    """The recorder's two clocks, moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.start, self.elapsed = start, 0.0

    def monotonic(self) -> float:
        """Seconds since the visit began, for durations."""
        return self.elapsed

    def now(self) -> datetime:
        """The wall-clock time, for the visit's day and hour."""
        return self.start + timedelta(seconds=self.elapsed)

    def wait(self, seconds: float) -> None:
        """Let time pass."""
        self.elapsed += seconds


def visit(rng: random.Random, exhibition: Exhibition, recorder: VisitRecorder, clock: SimulatedClock) -> None:
    """One visitor: a few photos, a few panels, perhaps the timeline, then the idle wait."""
    folder = BUNDLED_CONTENT.parent
    photos = [photo_name(p.image, folder) for p in exhibition.slideshow]
    language = rng.choices([c for c, _ in LANGUAGES], [w for _, w in LANGUAGES])[0]
    accessible = rng.random() < 0.06
    recorder.touch(Seen("slideshow", photo=rng.choice(photos)))  # the first touch lands on the attract slideshow
    clock.wait(rng.uniform(0.5, 4))
    recorder.touch(Seen("home"))
    if language != "en" or accessible:
        clock.wait(rng.uniform(2, 6))
        recorder.touch(Seen("home", language=language, accessible=accessible))
    clock.wait(rng.uniform(4, 15))
    weights = [7, 9, 5, 4, 6, 3, 8]  # some panels draw more visitors than others
    chosen = set(rng.choices(exhibition.panels, weights[: len(exhibition.panels)], k=rng.randint(1, 4)))
    for panel in sorted(chosen, key=exhibition.panels.index):
        recorder.touch(Seen("panels", language=language, accessible=accessible))
        clock.wait(rng.uniform(2, 8))
        recorder.touch(Seen("panel", panel.id, language=language, accessible=accessible))
        clock.wait(rng.uniform(15, 110))
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 6)):
            photo = rng.choice(photos)
            recorder.touch(Seen("slideshow", photo=photo, language=language, accessible=accessible))
            clock.wait(rng.uniform(4, 12))
    if rng.random() < 0.3:
        recorder.touch(Seen("timeline", language=language, accessible=accessible))
        clock.wait(rng.uniform(10, 60))
    clock.wait(IDLE_SECONDS * (2 if accessible else 1))
    recorder.end("attract")


def make_week(data_dir: Path, start: date, days: int, seed: int, kiosk_id: str | None = None) -> int:
    """Write the visits into DATA_DIR/visits as kiosk `kiosk_id` (default: the host name); returns how many."""
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None, "the bundled content is valid (a test keeps it so)"
    rng = random.Random(seed)
    count = 0
    for d in range(days):
        day = start + timedelta(days=d)
        visitors = rng.randint(22, 34) * (1.6 if day.weekday() >= 5 else 1.0)
        for _ in range(round(visitors)):
            hour = rng.choices(list(HOURS), list(HOURS.values()))[0]
            begins = datetime.combine(day, time(hour, rng.randint(0, 59))).astimezone()
            clock = SimulatedClock(begins)
            recorder = VisitRecorder(data_dir / "visits", monotonic=clock.monotonic, now=clock.now, kiosk_id=kiosk_id)
            visit(rng, exhibition, recorder, clock)
            count += 1
    return count


def main() -> None:
    """Parse the command line and write the week."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, required=True, help="the data folder to write visits/ into")
    parser.add_argument("--start", type=date.fromisoformat, default=date.today() - timedelta(days=7))
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kiosk-id", type=kiosk_name, help="the kiosk's name in the records (default: the host name)")
    args = parser.parse_args()
    count = make_week(args.data_dir, args.start, args.days, args.seed, args.kiosk_id)
    print(f"{count} visits written to {args.data_dir / 'visits'}")


if __name__ == "__main__":
    main()
