"""What the kiosk starts once its first frame is on screen: its log file, the signal bridge, systemd.

Part of `kiosk` (kiosk/run.py), apart so that each file says one thing.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from kiosk.services.health import SignalBridge, SystemdNotifier

log = logging.getLogger("kiosk")
# A supervisor's stop, Ctrl+C, and a closed terminal or session: each ends the kiosk cleanly.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
# SIGUSR1 reads the content again now (for a technician, or a script that copied new content).
HANDLED_SIGNALS = (*STOP_SIGNALS, signal.SIGUSR1)


class LateStart:
    """What the kiosk starts once its first frame is on screen: its log file, signals and systemd.

    Importing what they need (socket, logging.handlers) and opening the file cost the first frame
    5 ms. Until then log records wait in memory and are written to the file in order, with their
    own times; a SIGTERM or SIGINT is noted (`caught`) and ends the kiosk cleanly when the bridge
    starts; READY=1 waits for the first frame anyway. Should no frame come, the log file and the
    signal bridge start after two seconds regardless.
    """

    def __init__(self, app: QGuiApplication, log_dir: Path, caught: list[int]) -> None:
        from PySide6.QtCore import QTimer

        self._app, self._log_dir, self._caught = app, log_dir, caught
        self._held = HeldRecords()
        logging.root.addHandler(self._held)
        self._signals: SignalBridge | None = None
        self._systemd: SystemdNotifier | None = None
        self._reload: Callable[[], None] | None = None
        self._fallback = QTimer()
        self._fallback.setObjectName("logFileFallback")
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._begin)
        self._fallback.start(2000)

    def open_log(self) -> None:
        """Log to the file from now on, beginning with what was logged before."""
        if self._held not in logging.root.handlers:
            return
        from kiosk.services.health import setup_logging
        from kiosk.services.logfile import LogFile

        setup_logging(self._log_dir)  # stderr and the file, in place of the handlers so far
        for handler in logging.root.handlers:
            if isinstance(handler, LogFile):
                for record in self._held.records:
                    handler.handle(record)
        self._held.records.clear()

    def _begin(self) -> None:
        """The log file and the signal bridge; a stop signal that came during the start ends the kiosk now."""
        self.open_log()
        if self._signals is not None:
            return
        from kiosk.services.health import SignalBridge

        self._signals = SignalBridge(HANDLED_SIGNALS)
        self._signals.received.connect(self._received)
        for number in self._caught:
            self._received(number, starting=True)

    def _received(self, number: int, *, starting: bool = False) -> None:
        name = signal.Signals(number).name
        if number in STOP_SIGNALS:
            log.info("received %s%s: stopping", name, " while starting" if starting else "")
            self._app.exit(0)
        elif starting or self._reload is None:
            log.info("received %s while starting: the content is being read now anyway", name)
        else:
            log.info("received %s: reading the content again", name)
            self._reload()

    def start(self, healthy: Callable[[], bool], reload: Callable[[], None]) -> None:
        """The first frame is on screen: the log file, the signal bridge, and READY=1 for systemd."""
        from kiosk.services.health import SystemdNotifier

        self._fallback.stop()
        self._reload = reload
        self._begin()
        self._systemd = SystemdNotifier()
        if self._systemd.active:
            self._systemd.ready(healthy)

    def stopping(self) -> None:
        """Tell systemd the kiosk is stopping (STOPPING=1), so that it waits rather than reports a failure."""
        if self._systemd is not None:
            self._systemd.notify("STOPPING=1")

    def close(self) -> None:
        """Restore the signal handlers (the log handlers are run()'s to restore)."""
        self._fallback.stop()
        if self._signals is not None:
            self._signals.close()


class HeldRecords(logging.Handler):
    """Keeps log records in memory until the log file opens."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:  # noqa: D102
        self.records.append(record)
