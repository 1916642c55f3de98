"""The kiosk's state for Prometheus, in the node exporter's textfile-collector format.

The kiosk opens no port: it writes DIR/kiosk.prom, and the node exporter that the technician runs
(`--collector.textfile.directory DIR`) serves it with the machine's own metrics. The file is
written whole, to a temporary name the collector ignores, and renamed over the old one, so a
scrape never sees half of it. Pure Python: no Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "kiosk.prom"
# The collector reads *.prom only: the file being written is never read half-way.
TEMPORARY_NAME = ".kiosk.prom.tmp"

# name: (type, help). Timestamps are Unix seconds, as Prometheus compares them with time().
METRICS: dict[str, tuple[str, str]] = {
    "kiosk_up": ("gauge", "1 while the kiosk runs; 0 once it has stopped cleanly."),
    "kiosk_metrics_written_timestamp_seconds": ("gauge", "When this file was written (every 15 s while it runs)."),
    "kiosk_start_time_seconds": ("gauge", "When the kiosk started."),
    "kiosk_info": ("gauge", "The kiosk's version and Qt Quick renderer."),
    "kiosk_content_info": ("gauge", "The content file on screen: the start of its SHA-256 (sha256sum | cut -c1-16)."),
    "kiosk_content_loaded_timestamp_seconds": ("gauge", "When the content on screen (the last good one) was loaded."),
    "kiosk_content_rejected": ("gauge", "1 while the last read of the content was refused: the last good one stays."),
    "kiosk_content_problems": ("gauge", "Problems in the last read of the content file, by severity."),
    "kiosk_content_missing_files": ("gauge", "Files the last read of the content names that are not there (yet)."),
    "kiosk_photos_refused": ("gauge", "Photos the kiosk could not show since it started (a placeholder stands in)."),
    "kiosk_errors_logged": ("gauge", "Uncaught errors within the error budget's window."),
    "kiosk_error_budget": ("gauge", "More errors than this within that window end the kiosk, to be restarted."),
    "kiosk_last_touch_timestamp_seconds": ("gauge", "The last touch; 0 when none since the start."),
    "kiosk_visits_total": ("counter", "Visits ended since the start."),
    "kiosk_open": ("gauge", "1 while the content's opening hours say open (always without hours)."),
    "kiosk_opened_timestamp_seconds": ("gauge", "When the latest day open first opened (0: none since the start)."),
}
METRIC_NAMES = tuple(METRICS)


@dataclass
class KioskState:
    """What the file says; the kiosk keeps one up to date and writes it."""

    kiosk: str
    version: str
    renderer: str
    started: float
    up: bool = True
    content_hash: str = ""
    content_loaded: float = 0.0
    rejected: bool = False
    problems: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0})
    missing_files: int = 0
    photos_refused: int = 0
    errors_logged: int = 0
    error_budget: int = 0
    last_touch: float = 0.0
    visits: int = 0
    open: bool = True
    opened: float = 0.0


def _label(value: str) -> str:
    # The exposition format's escapes: a kiosk id or a path may hold any of these.
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _samples(state: KioskState) -> Iterator[tuple[str, dict[str, str], float]]:
    yield "kiosk_up", {}, state.up
    yield "kiosk_start_time_seconds", {}, state.started
    yield "kiosk_info", {"version": state.version, "renderer": state.renderer}, 1
    yield "kiosk_content_info", {"hash": state.content_hash}, 1
    yield "kiosk_content_loaded_timestamp_seconds", {}, state.content_loaded
    yield "kiosk_content_rejected", {}, state.rejected
    for severity, count in state.problems.items():
        yield "kiosk_content_problems", {"severity": severity}, count
    yield "kiosk_content_missing_files", {}, state.missing_files
    yield "kiosk_photos_refused", {}, state.photos_refused
    yield "kiosk_errors_logged", {}, state.errors_logged
    yield "kiosk_error_budget", {}, state.error_budget
    yield "kiosk_last_touch_timestamp_seconds", {}, state.last_touch
    yield "kiosk_visits_total", {}, state.visits
    yield "kiosk_open", {}, state.open
    yield "kiosk_opened_timestamp_seconds", {}, state.opened


def exposition(state: KioskState, written: float) -> str:
    """The file's text: HELP and TYPE once per metric, every series labelled with the kiosk's id."""
    lines: list[str] = []
    samples = [*_samples(state), ("kiosk_metrics_written_timestamp_seconds", {}, written)]
    for name, labels, value in sorted(samples, key=lambda sample: METRIC_NAMES.index(sample[0])):
        if not lines or not lines[-1].startswith(f"{name}{{"):
            kind, text = METRICS[name]
            lines += [f"# HELP {name} {text}", f"# TYPE {name} {kind}"]
        pairs = ",".join(f'{key}="{_label(v)}"' for key, v in {"kiosk": state.kiosk, **labels}.items())
        number = float(value)
        lines.append(f"{name}{{{pairs}}} {int(number) if number.is_integer() else repr(number)}")
    return "\n".join(lines) + "\n"


class MetricsFile:
    """Writes the state to FOLDER/kiosk.prom whole; a failure is logged once, and its end once, never raised."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self._failing = False

    def write(self, text: str) -> bool:
        """Replace the file with this text; False when it cannot be written now."""
        temporary = self.path.with_name(TEMPORARY_NAME)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, self.path)
        except OSError as error:
            if not self._failing:
                log.warning("metrics: cannot write %s (%s); the node exporter serves the last one", self.path, error)
            self._failing = True
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)  # a full disk: leave no half file behind
            return False
        if self._failing:
            log.info("metrics: writing %s again", self.path)
            self._failing = False
        return True
