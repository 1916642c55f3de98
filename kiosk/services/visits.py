"""Anonymous visit statistics: what one visit looked at, appended as one JSON line when it ends.

A visit starts with the first touch after the attract state and ends when the kiosk returns to it
(or staff open their panel, or the kiosk closes). Nothing in a record identifies a person: no
images, no touch positions, the start only to the minute. A visit is written whole or not at all,
so a crash or a power cut loses at most the visit in progress and never an earlier line.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.content import Exhibition

FORMAT = 1  # the "v" of every line; a reader can tell later formats apart
# Shorter than this on screen is passing through (the attract photo under the first touch, a
# screen tapped past), not a view.
GLANCE_SECONDS = 1.0
log = logging.getLogger(__name__)


def local_now() -> datetime:
    """The wall-clock time with the local UTC offset (days and hours in the report are local)."""
    return datetime.now().astimezone()


def visits_file(folder: Path, day: datetime) -> Path:
    """The day's file: one per day, so old days can be archived or deleted by date."""
    return folder / f"visits-{day.date().isoformat()}.jsonl"


@dataclass(frozen=True)
class Seen:
    """What the visitor has in front of them at one moment."""

    screen: str
    panel: str | None = None  # the panel's id, on a panel screen
    photo: str | None = None  # the photo's file relative to the content folder, in the slideshow
    language: str = "en"
    accessible: bool = False


def seen_on(
    exhibition: Exhibition,
    content_dir: Path | None,
    *,
    screen: str,
    panel: int,
    slide: int,
    language: str,
    accessible: bool,
) -> Seen:
    """What the kiosk's state shows, in the stable names a record keeps (ids, file names, not indexes)."""
    panel_id = (
        exhibition.panels[panel].id if screen in ("panel", "speech") and 0 <= panel < len(exhibition.panels) else None
    )
    photo = None
    if screen == "slideshow" and 0 <= slide < len(exhibition.slideshow):
        photo = photo_name(exhibition.slideshow[slide].image, content_dir)
    return Seen(screen, panel_id, photo, language, accessible)


def photo_name(image: Path, content_dir: Path | None) -> str:
    """The photo's path relative to the content folder: names the photo, not the machine's folders."""
    if content_dir is not None:
        try:
            return Path(os.path.relpath(image, content_dir)).as_posix()
        except ValueError:  # another drive on Windows
            pass
    return image.name


@dataclass
class _Visit:
    start: datetime
    began: float
    seen: Seen
    last_touch: float
    since: float  # when the current screen view began
    photo_since: float
    screens: list[dict[str, Any]] = field(default_factory=list)
    photos: list[dict[str, Any]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    accessible: bool = False

    def update(self, seen: Seen, now: float) -> None:
        if (seen.screen, seen.panel) != (self.seen.screen, self.seen.panel):
            self._close_screen(now)
        if seen.photo != self.seen.photo:
            self._close_photo(now)
        self._note(seen)
        self.seen = seen

    def _note(self, seen: Seen) -> None:
        if seen.language not in self.languages:
            self.languages.append(seen.language)
        self.accessible |= seen.accessible

    def _close_screen(self, now: float) -> None:
        if now - self.since >= GLANCE_SECONDS:
            view: dict[str, Any] = {"screen": self.seen.screen}
            if self.seen.panel is not None:
                view["panel"] = self.seen.panel
            view["seconds"] = _seconds(now - self.since)
            self.screens.append(view)
        self.since = now

    def _close_photo(self, now: float) -> None:
        if self.seen.photo is not None and now - self.photo_since >= GLANCE_SECONDS:
            self.photos.append({"photo": self.seen.photo, "seconds": _seconds(now - self.photo_since)})
        self.photo_since = now

    def finish(self, now: float, reason: str) -> dict[str, Any]:
        self._close_screen(now)
        self._close_photo(now)
        return {
            "v": FORMAT,
            "start": self.start.isoformat(timespec="minutes"),
            "seconds": _seconds(now - self.began),
            "active_seconds": _seconds(self.last_touch - self.began),
            "end": reason,
            "language": self.seen.language,
            "languages": self.languages,
            "accessible": self.accessible,
            "screens": self.screens,
            "photos": self.photos,
        }


def _seconds(value: float) -> float:
    # Monotonic differences are never negative; rounding keeps the lines short and honest.
    return round(max(0.0, value), 1)


class VisitRecorder:
    """Follows one visit at a time and appends it to DATA_DIR/visits/visits-YYYY-MM-DD.jsonl at its end.

    Durations come from `monotonic` (a wall clock can jump when a board without a battery-backed
    clock sets its time), the visit's day and hour from `now`; tests pass simulated clocks.
    """

    def __init__(
        self,
        folder: Path,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        self.folder = folder
        self._monotonic = monotonic
        self._now = now
        self._visit: _Visit | None = None

    @property
    def visiting(self) -> bool:
        """True between a visit's first touch and its end."""
        return self._visit is not None

    def touch(self, seen: Seen) -> None:
        """A touch: the first after the attract state starts a visit."""
        now = self._monotonic()
        if self._visit is None:
            self._visit = _Visit(self._now(), now, seen, now, now, now)
        self._visit.last_touch = now
        self._visit.update(seen, now)

    def update(self, seen: Seen) -> None:
        """The screen, photo, language or accessibility mode changed (ignored between visits)."""
        if self._visit is not None:
            self._visit.update(seen, self._monotonic())

    def end(self, reason: str = "attract") -> None:
        """The visit is over: write it as one line. Nothing happens between visits."""
        visit, self._visit = self._visit, None
        if visit is None:
            return
        record = visit.finish(self._monotonic(), reason)
        path = visits_file(self.folder, visit.start)
        try:
            append_line(path, record)
        except OSError as error:
            # A full or read-only disk costs the statistics, never the exhibition.
            log.warning("visit statistics: cannot write %s: %s", path, error)


def append_line(path: Path, record: dict[str, Any]) -> None:
    """Append one JSON line and make it durable before returning.

    One write per line, flushed and synced, so an earlier line is never touched again. A last
    line torn by a power cut (no newline at its end) is closed first, so the new record stands on a
    line of its own and stays readable; readers skip the torn one.
    """
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    created = not path.exists()
    # "a" mode: every write goes to the end of the file whatever the position, even with two writers.
    with open(path, "ab+") as file:
        size = file.seek(0, os.SEEK_END)
        if size:
            file.seek(-1, os.SEEK_END)
            if file.read(1) != b"\n":
                line = "\n" + line
        file.write(line.encode())
        file.flush()
        os.fsync(file.fileno())
    if created and hasattr(os, "O_DIRECTORY"):
        # A new file's name lives in its folder: sync that too, or a power cut can lose the whole day.
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
