"""Anonymous visit statistics: what one visit looked at, appended as one JSON line when it ends.

A visit starts with the first touch after the attract state and ends when the kiosk returns to it
(or staff open their panel, or the kiosk closes). Nothing in a record identifies a person: no
images, no touch positions, the start only to the minute. A visit is written whole or not at all,
so a crash or a power cut loses at most the visit in progress and never an earlier line, and a
full or read-only disk leaves no fragment: the visits it costs are counted and noted once writing
works again.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.content import Exhibition
from kiosk.services.appending import append_whole

# The "v" of every line; a reader skips later formats. A field added that older readers can
# ignore ("kiosk", the kiosk's id) is no new format: 1 still.
FORMAT = 1
# Shorter than this on screen is passing through (the attract photo under the first touch, a
# screen tapped past), not a view.
GLANCE_SECONDS = 1.0
log = logging.getLogger(__name__)


def default_kiosk_id() -> str:
    """The kiosk's name in its records when none is given: the host name, or "kiosk" without one."""
    try:
        name = socket.gethostname()
    except OSError:  # no name to be had is no reason to stop counting visits
        name = ""
    return name or "kiosk"


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

    def finish(self, now: float, reason: str, kiosk: str) -> dict[str, Any]:
        self._close_screen(now)
        self._close_photo(now)
        return {
            "v": FORMAT,
            "kiosk": kiosk,
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
    clock sets its time), the visit's day and hour from `now`; tests pass simulated clocks. Every
    line carries `kiosk_id` (default: the host name), so that the visits of many kiosks, gathered
    in one office, still say where they were made.

    A visit that cannot be written (a full or read-only disk) is counted in `lost`, and `on_lost`
    hears the new count (the staff panel shows it). Every visit tries again: when a write works,
    the visits lost since the last one are noted in the day file first, so `kiosk stats` reports
    them as lost rather than not knowing of them.
    """

    def __init__(
        self,
        folder: Path,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = local_now,
        on_lost: Callable[[int], None] | None = None,
        kiosk_id: str | None = None,
    ) -> None:
        self.folder = folder
        self.kiosk_id = kiosk_id if kiosk_id is not None else default_kiosk_id()
        self.on_lost = on_lost
        self.lost = 0  # visits not written since the kiosk started, whether noted since or not
        self._monotonic = monotonic
        self._now = now
        self._visit: _Visit | None = None
        self._unnoted = 0  # lost visits not yet noted in a day file
        self._lost_since = ""  # the start of the first of them, to the minute
        self._lost_error = ""
        # A folder that was there and is gone was deleted by someone: worth saying, unlike the first start.
        self._folder_seen = folder.is_dir()

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
        record = visit.finish(self._monotonic(), reason, self.kiosk_id)
        records = [record]
        if self._unnoted:
            note = {
                "v": FORMAT,
                "kiosk": self.kiosk_id,
                "lost": self._unnoted,
                "since": self._lost_since,
                "error": self._lost_error,
            }
            records.insert(0, note)  # before the visit: the lost ones ended first
        if self._folder_seen and not self.folder.is_dir():
            log.warning("visit statistics: %s was deleted; making it again (the days in it are gone)", self.folder)
            self._folder_seen = False  # said once, even if it cannot be made again yet
        path = visits_file(self.folder, visit.start)
        try:
            append_lines(path, records)
        except OSError as error:
            self._lose(path, error, str(record["start"]))
            return
        self._folder_seen = True
        if self._unnoted:
            log.warning(
                "visit statistics: writing works again; %d visit%s since %s could not be written (%s)",
                self._unnoted,
                "s" * (self._unnoted != 1),
                self._lost_since,
                self._lost_error,
            )
            self._unnoted = 0

    def _lose(self, path: Path, error: OSError, start: str) -> None:
        # A full or read-only disk costs the statistics, never the exhibition: count, and try again next visit.
        if not self._unnoted:
            self._lost_since = start
            self._lost_error = error.strerror or str(error)
            log.warning("visit statistics: cannot write %s (%s); counting the visits lost", path, self._lost_error)
        self._unnoted += 1
        self.lost += 1
        if self.on_lost is not None:
            self.on_lost(self.lost)


def append_line(path: Path, record: dict[str, Any]) -> None:
    """Append one JSON line, whole or not at all, and make it durable before returning."""
    append_lines(path, [record])


def append_lines(path: Path, records: Sequence[dict[str, Any]]) -> None:
    """Append JSON lines, all of them whole or none (OSError), and make them durable before returning.

    One O_APPEND write per call, so an earlier line is never touched again. A write that cannot
    complete (a full disk takes what fits, then fails) is cut back to the file's size before it:
    a reader never meets a fragment that a power cut did not make. A last line torn by a power
    cut (no newline at its end) is closed first, so the new records stand on lines of their own
    and stay readable; readers skip the torn one.
    """
    # backslashreplace: a photo's name with bytes that are no UTF-8 (a lone surrogate here) becomes
    # a \udcxx escape, which is still JSON, instead of an error that would end the kiosk's slot.
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    data = text.encode("utf-8", "backslashreplace")
    path.parent.mkdir(parents=True, exist_ok=True)  # again at every write: the folder may have been deleted
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size:
            os.lseek(fd, size - 1, os.SEEK_SET)  # reads only: with O_APPEND every write goes to the end
            if os.read(fd, 1) != b"\n":
                data = b"\n" + data

        def cut_failed(error: OSError) -> None:
            log.warning("visit statistics: cannot cut a failed write off %s: %s", path, error)

        append_whole(fd, data, size, sync=True, cut_failed=cut_failed)
    finally:
        os.close(fd)
    if size == 0:  # a new file (or one a failed first write left empty): its name must last too
        _sync_folder(path)


def _sync_folder(path: Path) -> None:
    # A new file's name lives in its folder: sync that too, or a power cut can lose the whole day.
    # The records are written by now: a folder that cannot be synced is said, not counted as lost.
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows: no folder to open
    try:
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError as error:
        log.warning("visit statistics: cannot sync the folder of %s: %s", path, error)
