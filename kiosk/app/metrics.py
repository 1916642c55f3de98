"""Metrics: the kiosk's state for Prometheus's node exporter, written every 15 s and at once on a change.

The content's verdict, the opening hours and the visits write at once (several changes in one turn
of the event loop make one write). A touch does not: a busy day would rewrite the file several
times a minute on an SD card, for a figure that Prometheus scrapes every 15 s or more anyway; the
last touch goes out with the next write.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from kiosk.app.reload import Reload
from kiosk.app.visits import Visits
from kiosk.content import ContentFiles, Problem, Severity
from kiosk.services.health import ErrorBudget
from kiosk.services.metrics import KioskState, MetricsFile, exposition
from kiosk.services.photos import PhotoSource
from kiosk.ui.hours import OpeningHours
from kiosk.ui.idle import IdleMonitor

if TYPE_CHECKING:
    from kiosk.content import LoadResult

WRITE_MS = 15_000


def content_hash(source: bytes) -> str:
    """The start of the content file's SHA-256, as `sha256sum FILE | cut -c1-16` prints it at the office."""
    return hashlib.sha256(source).hexdigest()[:16]


@dataclass(frozen=True)
class Started:
    """What the start read and showed: the file's problems, and the files and bytes of the content on screen."""

    problems: Sequence[Problem]
    files: ContentFiles
    source: bytes
    kept: bool = False  # the file was refused, and its last good version is shown (kiosk/services/lastgood.py)


class Metrics(QObject):
    """Keeps a KioskState up to date from the kiosk's parts and writes it to FOLDER/kiosk.prom."""

    def __init__(
        self,
        parts: tuple[Reload, OpeningHours, IdleMonitor, PhotoSource, Visits | None],
        folder: Path,
        state: KioskState,
        budget: ErrorBudget,
        start: Started,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        reload, self._hours, idle, self._photos, self._visits = parts
        self._state, self._budget, self._clock = state, budget, clock
        self._file = MetricsFile(folder)
        state.error_budget = budget.limit
        state.open = bool(self._hours.property("open"))
        state.opened = state.started if state.open else 0.0
        self._opened_on = self._hours.today() if state.open else None
        self._note_read(start.problems, start.files, rejected=start.kept)
        self._note_shown(start.source)
        self._timer = QTimer(self)
        self._timer.setObjectName("metricsTimer")
        self._timer.setInterval(WRITE_MS)
        self._timer.timeout.connect(self.write)
        self._soon = QTimer(self)
        self._soon.setObjectName("metricsSoon")
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.write)
        reload.tried.connect(self._tried)
        self._hours.openChanged.connect(self._open_changed)
        idle.activity.connect(self._touched)
        if self._visits is not None:  # (recorded from the first frame on, before the metrics start)
            self._visits.on_end = self._soon.start
        self.write()

    @property
    def path(self) -> Path:
        """The file the node exporter reads."""
        return self._file.path

    def _note_read(self, problems: Sequence[Problem], files: ContentFiles, *, rejected: bool) -> None:
        state = self._state
        state.rejected = rejected
        state.problems = {
            "error": sum(p.severity is Severity.ERROR for p in problems),
            "warning": sum(p.severity is Severity.WARNING for p in problems),
        }
        state.missing_files = len(files.missing)

    def _note_shown(self, source: bytes) -> None:
        self._state.content_hash = content_hash(source)
        self._state.content_loaded = self._clock()

    @Slot(object, bool)
    def _tried(self, result: LoadResult, shown: bool) -> None:
        self._note_read(result.problems, result.files, rejected=not shown)
        if shown:
            self._note_shown(result.source)
        self._soon.start()

    @Slot()
    def _open_changed(self) -> None:
        self._state.open = bool(self._hours.property("open"))
        # The day's first opening: after a lunch break the day goes on ("no touch all day" is a
        # day's question, deploy/prometheus/kiosk-alerts.yml).
        if self._state.open and self._hours.today() != self._opened_on:
            self._state.opened = self._clock()
            self._opened_on = self._hours.today()
        self._soon.start()

    @Slot()
    def _touched(self) -> None:
        self._state.last_touch = self._clock()

    @Slot()
    def write(self) -> None:
        """Write the state now (and again in 15 s), with what is polled rather than signalled."""
        state = self._state
        state.photos_refused = self._photos.refused
        state.errors_logged = self._budget.count
        state.visits = self._visits.count if self._visits is not None else 0
        self._file.write(exposition(state, self._clock()))
        self._timer.start()  # 15 s from the last write, whatever caused it

    def close(self) -> None:
        """The kiosk stops cleanly: say so (kiosk_up 0), and write no more."""
        self._timer.stop()
        self._soon.stop()
        self._state.up = False
        self.write()
        self._timer.stop()
