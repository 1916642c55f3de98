"""Health for weeks unattended: logs, an error budget, systemd's watchdog, and clean signals.

An exception in a slot is logged with its traceback and counted, and the kiosk carries on; more
than 20 in ten minutes means something is wrong for good, so the process ends with a non-zero
code and its supervisor (systemd, see deploy/) starts it afresh.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)

log = logging.getLogger("kiosk")

ERROR_LIMIT = 20
ERROR_WINDOW_S = 600
EXIT_ERROR_BUDGET = 70  # EX_SOFTWARE: an internal error, for the supervisor's logs
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def setup_logging(log_dir: Path | None) -> Path | None:
    """Log to stderr and, when `log_dir` is given, to a rotating kiosk.log there (kiosk/services/logfile.py)."""
    # A handler that fails says so its own way; never Python's "--- Logging error ---" traceback.
    logging.raiseExceptions = False
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    path = None
    if log_dir is not None:
        # Imported here: it brings socket, pickle and queue, 7 ms that the kiosk's first frame
        # need not wait for (kiosk/run.py opens the file once that frame is on screen).
        from kiosk.services.logfile import LogFile

        path = log_dir / "kiosk.log"
        handlers.append(LogFile(path))
    logging.basicConfig(
        level=logging.INFO, handlers=handlers, force=True, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return path


# What Qt Quick says, URL only, when the kiosk's photo provider gives it no image.
_PROVIDER_FAILED = "Failed to get image from provider: image://photo/"
# QtMultimedia looks for optional libraries (PipeWire, VA-API) and warns about each it lacks; a
# kiosk without them plays videos all the same, so technicians see these as information.
_OPTIONAL_LIBRARIES = "qt.multimedia.symbolsresolver"


def route_qt_messages() -> object:
    """Send Qt's own messages to the log, each distinct one once; returns the previous handler.

    A broken photo is reported when first met, not on every turn of a slideshow that runs for
    weeks.
    """
    seen: set[str] = set()
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in seen or _PROVIDER_FAILED in message:
            return  # (the photo provider has logged that photo once already, with the reason)
        if len(seen) < 1000:
            seen.add(message)
        level = _QT_LEVELS.get(kind, logging.WARNING)
        qt_log.log(min(level, logging.INFO) if context.category == _OPTIONAL_LIBRARIES else level, message)

    return qInstallMessageHandler(handler)


class ErrorBudget(QObject):
    """Counts uncaught exceptions; `exhausted` when more than `limit` fall within `window_s`."""

    exhausted = Signal()

    def __init__(
        self,
        limit: int = ERROR_LIMIT,
        window_s: float = ERROR_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._limit, self._window, self._clock = limit, window_s, clock
        self._times: deque[float] = deque()
        self._previous: tuple[object, object] | None = None

    @property
    def count(self) -> int:
        """Errors within the window, as of now."""
        now = self._clock()
        return sum(1 for t in self._times if now - t <= self._window)

    @property
    def limit(self) -> int:
        """More errors than this within the window end the kiosk."""
        return self._limit

    def record(self) -> None:
        """One more error; emits `exhausted` once the budget is spent."""
        now = self._clock()
        self._times.append(now)
        while self._times and now - self._times[0] > self._window:
            self._times.popleft()
        if len(self._times) > self._limit:
            log.critical(
                "%d errors in %d s: ending so that the supervisor restarts the kiosk", len(self._times), self._window
            )
            self.exhausted.emit()

    def _hook(self, kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, trace))
        self.record()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def install(self) -> None:
        """Route uncaught exceptions (PySide6 passes those from slots to sys.excepthook) here."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None


class SystemdNotifier(QObject):
    """sd_notify in a few lines: READY=1 once, then WATCHDOG=1 while `healthy()` says so."""

    def __init__(self, environ: Mapping[str, str] = os.environ, parent: QObject | None = None) -> None:
        super().__init__(parent)
        address = environ.get("NOTIFY_SOCKET", "")
        # An address starting with "@" is in Linux's abstract namespace.
        self._address = "\0" + address[1:] if address.startswith("@") else address
        usec = environ.get("WATCHDOG_USEC", "")
        self._watchdog_ms = int(usec) // 1000 if usec.isdigit() else 0
        self._timer = QTimer(self)
        self._timer.setObjectName("watchdogTimer")
        self._healthy: Callable[[], bool] = lambda: True

    @property
    def active(self) -> bool:
        """True under systemd with Type=notify."""
        return bool(self._address)

    def notify(self, message: str) -> bool:
        """Send one message to systemd; False when there is no socket or it failed."""
        if not self._address:
            return False
        try:
            import socket  # (only under systemd; see setup_logging)

            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(message.encode(), self._address)
            return True
        except OSError as exc:
            log.warning("systemd notify failed: %s", exc)
            return False

    def ready(self, healthy: Callable[[], bool]) -> None:
        """Say READY=1 and start the watchdog pings at half systemd's interval."""
        self.notify("READY=1")
        if self._watchdog_ms:
            self._healthy = healthy
            self._timer.setInterval(max(1, self._watchdog_ms // 2))
            self._timer.timeout.connect(self._ping)
            self._timer.start()

    def _ping(self) -> None:
        # The timer firing proves the GUI thread is turning; `healthy` checks the rest.
        if self._healthy():
            self.notify("WATCHDOG=1")
        else:
            log.error("kiosk unhealthy: withholding the watchdog ping so that systemd restarts it")


class SignalBridge(QObject):
    """Unix signals (SIGTERM, SIGINT...) as Qt signals.

    Python handlers cannot run while Qt's loop waits in C++, so the signal number is written to
    a socket Qt watches (signal.set_wakeup_fd).
    """

    received = Signal(int)

    def __init__(
        self, signals: tuple[signal.Signals, ...] = (signal.SIGTERM, signal.SIGINT), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        import socket  # (see setup_logging)

        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {s: signal.signal(s, lambda *_: None) for s in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            self.received.emit(number)

    def close(self) -> None:
        """Restore the previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
