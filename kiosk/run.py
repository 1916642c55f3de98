"""`kiosk [CONTENT]`: the kiosk as it runs in a hall, with its health services around it.

The start overlaps what can run at once (docs/performance.md, "Start-up"). Nearly all of it is
Python, which holds Python's lock, so a Python thread would only take turns with this one. Beside
this thread run: the content's check, in a child process while this one imports Qt
(kiosk/precheck.py); QML's loader thread, compiling the window and its first screen while this
thread imports the rest of the kiosk, sets up its logs and registers the fonts; and for the
slideshow, a pool thread decoding the first photo. What the first frame does not need (the log
file, the signal bridge, systemd, visit statistics, photo decoding for the screens, the cyclic
garbage collector) starts once that frame is on screen. Nothing is shown before the content has
been checked: a file with errors is never shown. Qt and the kiosk's modules are imported in
run(), not here, so that the check starts first.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.precheck import check_aside

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import Kiosk
    from kiosk.services.health import SignalBridge, SystemdNotifier

log = logging.getLogger("kiosk")
# A supervisor's stop, Ctrl+C, and a closed terminal or session: each ends the kiosk cleanly.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
# SIGUSR1 reads the content again now (for a technician, or a script that copied new content).
HANDLED_SIGNALS = (*STOP_SIGNALS, signal.SIGUSR1)


def default_data_dir() -> Path:
    """The platform's per-user data folder for the kiosk (e.g. ~/.local/share/kiosk)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home()) / "kiosk"


def run(
    content: str,
    *,
    fullscreen: bool = False,
    slideshow: bool = False,
    lockdown: bool = False,
    renderer: str = "auto",
    data_dir: Path | None = None,
    log_dir: Path | None = None,
    pin_file: Path | None = None,
    language: str | None = None,
    kiosk_options: Mapping[str, Any] | None = None,
    instrument: Callable[[Kiosk], object] | None = None,
) -> int:
    """Show the content until staff exit or a signal ends it; 1 when the content cannot be used.

    For measuring (benchmarks/kiosk_bench.py): `kiosk_options` go to Kiosk() as they are, and
    `instrument(kiosk)` runs before the kiosk's own first-frame work, its result kept to the end.
    """
    with starting() as (collecting, caught):
        verdict = check_aside(content, language)
        try:
            from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
            from PySide6.QtGui import QGuiApplication
            from PySide6.QtQml import QQmlApplicationEngine

            from kiosk.display import display_problem
            from kiosk.services.rendering import choose_renderer
            from kiosk.ui.screens import compile_ahead
        finally:
            result = verdict()  # also when Qt cannot be imported: no check is left running
        if result.exhibition is None:
            return 1
        # Qt would abort with a page about platform plugins; say in one line what is actually wrong.
        problem = display_problem(os.environ)
        if problem is not None:
            print(f"kiosk: {problem}", file=sys.stderr)
            return 1
        existing = QGuiApplication.instance()
        app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv[:1])
        app.setApplicationName("kiosk")
        # The Wayland app_id (else "python3"): how compositors' rules (sway, weston's kiosk-shell) find it.
        app.setDesktopFileName("kiosk")
        backend = choose_renderer(renderer)  # before any window exists
        engine = QQmlApplicationEngine()
        compile_ahead(engine, "slideshow" if slideshow else "home")

        # From here to Kiosk() the QML compiles on its own thread. The kiosk's modules are imported
        # here rather than at the top so that it compiles while they are (a third of the start).
        from kiosk.services.health import EXIT_ERROR_BUDGET, ErrorBudget, route_qt_messages, setup_logging

        handlers = logging.root.handlers[:]
        data_dir = data_dir if data_dir is not None else default_data_dir()
        setup_logging(None)  # to stderr now; to the log file too once the first frame is shown
        late = LateStart(app, log_dir if log_dir is not None else data_dir / "logs", caught)
        previous_qt_handler = route_qt_messages()
        log.info("starting on %s with the %s renderer", content, backend)

        # Between steps: QML's loader thread hands parts of its work back to this thread, and waits
        # for them; let them through, so that the compile is done before Kiosk() needs it (3 ms).
        # Only in an application of its own: in another's (tests, tools) their queued work waits
        # for the window, as it always has.
        def let_qml_work() -> None:
            if existing is None:
                QCoreApplication.processEvents()

        let_qml_work()

        from kiosk.services.crashguard import DecodeGuard
        from kiosk.services.photos import PhotoSource, limit_image_allocation

        limit_image_allocation()
        photos = PhotoSource(DecodeGuard(data_dir / "decoding.json"))
        photos.hold()  # until the first frame is on screen (released below)
        if slideshow and result.exhibition.slideshow:
            # Qt's decoder needs no Python lock: the first photo decodes on a pool thread while the
            # kiosk is imported and built, at the size the fullscreen slideshow will ask for.
            photos.prefetch([str(result.exhibition.slideshow[0].image)], app.primaryScreen().geometry().size())
        let_qml_work()

        from kiosk.app import Kiosk
        from kiosk.assets import load_fonts
        from kiosk.ui.lockdown import read_pin

        let_qml_work()
        load_fonts()
        let_qml_work()
        pin = read_pin(pin_file)
        if lockdown and pin is None:
            log.warning("no staff PIN ($KIOSK_STAFF_PIN or --pin-file): the staff exit is disabled")

        budget = ErrorBudget()
        budget.exhausted.connect(lambda: app.exit(EXIT_ERROR_BUDGET))
        budget.install()
        try:
            kiosk = Kiosk(
                result.exhibition,
                content_path=content,
                start="slideshow" if slideshow else "home",
                lockdown=lockdown,
                pin=pin,
                language=language,
                engine=engine,
                photos=photos,
                **(kiosk_options or {}),
            )
        except BaseException:
            late.open_log()  # a start that fails before its first frame: the log file has its story
            raise
        del engine  # the kiosk's now: it tears it down in close(), before the application goes
        kiosk.quitRequested.connect(lambda: app.exit(0))
        kiosk.status.set_problems(result.problems, rejected=False)  # the staff panel lists warnings too
        # Before the kiosk's own first-frame work below: a benchmark notes the frame first.
        hooks = instrument(kiosk) if instrument is not None else None
        kiosk.after_first_frame(photos.release)
        if collecting:
            kiosk.after_first_frame(gc.enable)
        kiosk.after_first_frame(functools.partial(late.start, kiosk.healthy, kiosk.status.reload))
        kiosk.after_first_frame(functools.partial(record_visits, kiosk, data_dir / "visits"))
        kiosk.show(fullscreen=fullscreen or slideshow)
        code = app.exec()
        late.stopping()
        del hooks
        log.info("stopping with exit code %d", code)
        kiosk.close()
        late.close()
        del late  # (its timer before the application)
        budget.uninstall()
        # Leave the process as found: run() also runs inside tests and other tools.
        qInstallMessageHandler(previous_qt_handler)  # type: ignore[arg-type]
        for handler in logging.root.handlers:
            if handler not in handlers:
                handler.close()
        logging.root.handlers[:] = handlers
        if existing is None:
            del app
        return code


@contextmanager
def starting() -> Iterator[tuple[bool, list[int]]]:
    """While the kiosk runs: the collector paused until its first frame, stop signals noted until then.

    Yields whether the cyclic garbage collector was on (the first frame turns it on again) and the
    stop signals received so far. No cyclic garbage collection before the first frame: the start
    makes a few hundred thousand objects (modules, classes, Qt's types), none of them garbage, and
    the collector would walk them again and again (6 ms of the start). The handled signals are noted
    from the first moment and acted on once the signal bridge starts (kiosk.services.health): until
    then a SIGTERM would end the process with 143, mid-start. Both are restored afterwards.
    """
    collecting = gc.isenabled()
    gc.disable()
    caught: list[int] = []
    previous = {number: signal.signal(number, lambda n, _frame: caught.append(n)) for number in HANDLED_SIGNALS}
    try:
        yield collecting, caught
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if collecting:
            gc.enable()


def record_visits(kiosk: Kiosk, folder: Path) -> None:
    """Count visits for `kiosk stats` from the first frame on: nobody can touch the kiosk before."""
    from kiosk.services.visits import VisitRecorder

    kiosk.record_visits(VisitRecorder(folder))


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
