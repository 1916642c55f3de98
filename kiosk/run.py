"""`kiosk [CONTENT]`: the kiosk as it runs in a hall, with its health services around it."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

from kiosk.app import Kiosk
from kiosk.assets import load_fonts
from kiosk.cli import load_or_report
from kiosk.display import display_problem
from kiosk.services.health import (
    EXIT_ERROR_BUDGET,
    ErrorBudget,
    SignalBridge,
    SystemdNotifier,
    route_qt_messages,
    setup_logging,
)
from kiosk.services.lockdown import read_pin
from kiosk.services.photos import limit_image_allocation
from kiosk.services.rendering import choose_renderer
from kiosk.services.visits import VisitRecorder

log = logging.getLogger("kiosk")


def default_data_dir() -> Path:
    """The platform's per-user data folder for the kiosk (e.g. ~/.local/share/kiosk)."""
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
    interval_ms: int | None = None,
    exit_after: str | None = None,
) -> int:
    """Show the content until staff exit or a signal ends it; 1 when the content cannot be used."""
    result = load_or_report(content, language)
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
    limit_image_allocation()
    handlers = logging.root.handlers[:]
    data_dir = data_dir if data_dir is not None else default_data_dir()
    setup_logging(log_dir if log_dir is not None else data_dir / "logs")
    previous_qt_handler = route_qt_messages()
    log.info("starting on %s with the %s renderer", content, choose_renderer(renderer))
    load_fonts()
    pin = read_pin(pin_file)
    if lockdown and pin is None:
        log.warning("no staff PIN ($KIOSK_STAFF_PIN or --pin-file): the staff exit is disabled")

    budget = ErrorBudget()
    budget.exhausted.connect(lambda: app.exit(EXIT_ERROR_BUDGET))
    budget.install()
    signals = SignalBridge()
    signals.received.connect(lambda _number: app.exit(0))
    kiosk = Kiosk(
        result.exhibition,
        content_path=content,
        start="slideshow" if slideshow else "home",
        lockdown=lockdown,
        pin=pin,
        language=language,
        decode_state=data_dir / "decoding.json",
        visits=VisitRecorder(data_dir / "visits"),  # anonymous statistics for `kiosk stats`
        # --interval 0 (benchmarks): no timer and no transitions, the next photo once one is shown.
        interval_ms=24 * 3600 * 1000 if interval_ms == 0 else interval_ms,
        motion=0.0 if interval_ms == 0 else 1.0,
    )
    kiosk.quitRequested.connect(lambda: app.exit(0))
    kiosk.status.set_problems(result.problems, rejected=False)  # the staff panel lists warnings too
    systemd = SystemdNotifier()
    if systemd.active:
        # READY=1 once the first frame is on screen, not merely when the window was created.
        kiosk.after_first_frame(lambda: systemd.ready(kiosk.healthy))
    kiosk.show(fullscreen=fullscreen or slideshow)
    hooks: object = None
    if exit_after == "first-frame" or (interval_ms == 0 and slideshow):
        from kiosk import benchmode  # `make bench` alone needs it

        if exit_after == "first-frame":
            benchmode.exit_after_first_frame(kiosk)
        else:
            hooks = benchmode.FastCycle(kiosk, exit_after_cycle=exit_after == "cycle")
    code = app.exec()
    del hooks
    log.info("stopping with exit code %d", code)
    kiosk.close()
    signals.close()
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
