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
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.latestart import HANDLED_SIGNALS, LateStart
from kiosk.precheck import Verdict, check_aside

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.app import Kiosk
    from kiosk.content import Exhibition, LoadResult, Photo
    from kiosk.services.health import ErrorBudget
    from kiosk.services.lastgood import LastGood
    from kiosk.services.photos import PhotoSource

log = logging.getLogger("kiosk")


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
    kiosk_id: str | None = None,
    metrics_dir: Path | None = None,
    kiosk_options: Mapping[str, Any] | None = None,
    instrument: Callable[[Kiosk], object] | None = None,
) -> int:
    """Show the content until staff exit or a signal ends it; 1 when the content cannot be used.

    For measuring (benchmarks/kiosk_bench.py): `kiosk_options` go to Kiosk() as they are, and
    `instrument(kiosk)` runs before the kiosk's own first-frame work, its result kept to the end.
    """
    started = time.time()
    with starting() as (collecting, caught):
        found = _check_while_importing_qt(content, language, data_dir)
        if found is None:
            return 1
        exhibition, checked = found
        app, own, backend, engine = _prepare_application(renderer, "slideshow" if slideshow else "home")
        # From here to Kiosk() the QML compiles on its own thread. The kiosk's modules are imported
        # in these steps rather than at the top so that it compiles while they are (a third of the start).
        handlers, data_dir, late, previous_qt_handler = _log_to_stderr(app, data_dir, log_dir, caught)
        log.info("starting on %s with the %s renderer", content, backend)
        photos = _held_photos(app, data_dir, exhibition.slideshow if slideshow else (), own)
        pin = _load_kiosk(app, lockdown, pin_file, own)
        kiosk, budget = _build_kiosk(
            app, exhibition, checked, content, slideshow, lockdown, pin, language, engine, photos, kiosk_options, late
        )
        del engine  # the kiosk's now: it tears it down in close(), before the application goes
        reports = Reports(content, data_dir, kiosk_id, metrics_dir, backend, started, budget, checked)
        code = _serve(app, kiosk, late, photos, collecting, reports, instrument, fullscreen or slideshow)
        del late  # (its timer before the application)
        _leave_as_found(budget, previous_qt_handler, handlers)
        if own:
            del app
        return code


def _check_while_importing_qt(
    content: str, language: str | None, data_dir: Path | None
) -> tuple[Exhibition, Verdict] | None:
    """The exhibition and its check, made aside while Qt imports; None if it or the display cannot be used."""
    verdict = check_aside(content, language)
    try:  # what the next steps use, imported while the check runs in a child process (kiosk/precheck.py)
        from PySide6.QtCore import qInstallMessageHandler  # noqa: F401
        from PySide6.QtGui import QGuiApplication  # noqa: F401

        from kiosk.display import display_problem
        from kiosk.services.rendering import choose_renderer  # noqa: F401
        from kiosk.ui.screens import register_types

        register_types()  # the QML types the window's compile needs
    finally:
        result = verdict()  # also when Qt cannot be imported: no check is left running
    if result.exhibition is None:
        result = _last_good(content, data_dir if data_dir is not None else default_data_dir(), result)
    if result.exhibition is None:
        return None
    # Qt would abort with a page about platform plugins; say in one line what is actually wrong.
    problem = display_problem(os.environ)
    if problem is not None:
        print(f"kiosk: {problem}", file=sys.stderr)
        return None
    return result.exhibition, result


def _last_good(content: str, data_dir: Path, refused: Verdict) -> Verdict:
    """The file's last good version, kept when last shown (kiosk/services/lastgood.py); else the refusal."""
    from kiosk.content import load
    from kiosk.services.lastgood import LastGood

    kept = LastGood(data_dir / "last-good").find(content)
    if kept is None:
        return refused
    result = load(kept.path, name=content, folder=kept.content.parent)
    if result.exhibition is None:
        return refused
    print(f"kiosk: showing the last good version of {content}, shown {kept.saved}, until it is mended", file=sys.stderr)
    return Verdict(result.exhibition, refused.problems, result.files, result.source, kept.saved)


def _prepare_application(renderer: str, start: str) -> tuple[QGuiApplication, bool, str, QQmlApplicationEngine]:
    """The application (and whether it is run()'s own), its renderer, and QML compiling the first screen ahead."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.services.rendering import choose_renderer
    from kiosk.ui.screens import compile_ahead, new_engine

    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    # The Wayland app_id (else "python3"): how compositors' rules (sway, weston's kiosk-shell) find it.
    app.setDesktopFileName("kiosk")
    backend = choose_renderer(renderer)  # before any window exists
    engine = new_engine()
    compile_ahead(engine, start)
    return app, existing is None, backend, engine


def _log_to_stderr(
    app: QGuiApplication, data_dir: Path | None, log_dir: Path | None, caught: list[int]
) -> tuple[list[logging.Handler], Path, LateStart, object]:
    """The log handlers as found, the data folder, the late start and Qt's message handler as found."""
    from kiosk.services.health import route_qt_messages, setup_logging

    handlers = logging.root.handlers[:]
    data_dir = data_dir if data_dir is not None else default_data_dir()
    setup_logging(None)  # to stderr now; to the log file too once the first frame is shown
    late = LateStart(app, log_dir if log_dir is not None else data_dir / "logs", caught)
    return handlers, data_dir, late, route_qt_messages()


def _let_qml_work(app: QGuiApplication, own: bool) -> None:
    # Between steps: QML's loader thread hands parts of its work back to this thread, and waits
    # for them; let them through, so that the compile is done before Kiosk() needs it (3 ms).
    # Only in an application of its own: in another's (tests, tools) their queued work waits
    # for the window, as it always has.
    if own:
        app.processEvents()


def _held_photos(app: QGuiApplication, data_dir: Path, slides: tuple[Photo, ...], own: bool) -> PhotoSource:
    """The photos, the screens' decodes held until the first frame; QML works before and after."""
    _let_qml_work(app, own)
    from kiosk.services.crashguard import DecodeGuard
    from kiosk.services.photos import PhotoSource, limit_image_allocation

    limit_image_allocation()
    photos = PhotoSource(DecodeGuard(data_dir / "decoding.json"))
    photos.hold()  # until the first frame is on screen (released by _serve)
    if slides:
        # Qt's decoder needs no Python lock: the first photo decodes on a pool thread while the
        # kiosk is imported and built, at the size the fullscreen slideshow will ask for.
        photos.prefetch([str(slides[0].image)], app.primaryScreen().geometry().size())
    _let_qml_work(app, own)
    return photos


def _load_kiosk(app: QGuiApplication, lockdown: bool, pin_file: Path | None, own: bool) -> str | None:
    """Import the kiosk and register its fonts while QML compiles; the staff PIN, if any."""
    from kiosk.app import Kiosk  # noqa: F401  (built by _build_kiosk: imported now, while QML compiles)
    from kiosk.assets import load_fonts
    from kiosk.ui.lockdown import read_pin

    _let_qml_work(app, own)
    load_fonts()
    _let_qml_work(app, own)
    pin = read_pin(pin_file)
    if lockdown and pin is None:
        log.warning("no staff PIN ($KIOSK_STAFF_PIN or --pin-file): the staff exit is disabled")
    return pin


def _build_kiosk(
    app: QGuiApplication,
    exhibition: Exhibition,
    checked: Verdict,
    content: str,
    slideshow: bool,
    lockdown: bool,
    pin: str | None,
    language: str | None,
    engine: QQmlApplicationEngine,
    photos: PhotoSource,
    kiosk_options: Mapping[str, Any] | None,
    late: LateStart,
) -> tuple[Kiosk, ErrorBudget]:
    """The error budget installed, then the kiosk on the engine that compiled ahead (else the log file opens)."""
    from kiosk.app import Kiosk
    from kiosk.services.health import EXIT_ERROR_BUDGET, ErrorBudget

    budget = ErrorBudget()
    budget.exhausted.connect(lambda: app.exit(EXIT_ERROR_BUDGET))
    budget.install()
    try:
        kiosk = Kiosk(
            exhibition,
            content_path=content,
            files=checked.files,
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
    return kiosk, budget


def _serve(
    app: QGuiApplication,
    kiosk: Kiosk,
    late: LateStart,
    photos: PhotoSource,
    collecting: bool,
    reports: Reports,
    instrument: Callable[[Kiosk], object] | None,
    fullscreen: bool,
) -> int:
    """Wire the kiosk and its first frame's work, show it until it exits, and close it; the exit code."""
    kiosk.quitRequested.connect(lambda: app.exit(0))
    reports.tell_staff(kiosk)
    # Before the kiosk's own first-frame work below: a benchmark notes the frame first.
    hooks = instrument(kiosk) if instrument is not None else None
    kiosk.after_first_frame(photos.release)
    if collecting:
        kiosk.after_first_frame(gc.enable)
    kiosk.after_first_frame(functools.partial(late.start, kiosk.healthy, kiosk.status.reload))
    kiosk.after_first_frame(functools.partial(reports.start, kiosk))
    kiosk.show(fullscreen=fullscreen)
    code = app.exec()
    late.stopping()
    del hooks
    log.info("stopping with exit code %d", code)
    kiosk.close()
    late.close()
    return code


def _leave_as_found(budget: ErrorBudget, previous_qt_handler: object, handlers: list[logging.Handler]) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    budget.uninstall()
    # Leave the process as found: run() also runs inside tests and other tools.
    qInstallMessageHandler(previous_qt_handler)  # type: ignore[arg-type]
    for handler in logging.root.handlers:
        if handler not in handlers:
            handler.close()
    logging.root.handlers[:] = handlers


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


class Reports:
    """What the kiosk reports about itself: visit statistics, and its state for Prometheus if asked.

    A plain class: a dataclass is made at import, 0.8 ms of the kiosk's start.
    """

    def __init__(
        self,
        content: str,
        data_dir: Path,
        kiosk_id: str | None,  # None: the host name
        metrics_dir: Path | None,
        renderer: str,
        started: float,
        budget: ErrorBudget,
        checked: Verdict,
    ) -> None:
        self.content, self.data_dir, self.kiosk_id, self.metrics_dir = content, data_dir, kiosk_id, metrics_dir
        self.renderer, self.started, self.budget, self.checked = renderer, started, budget, checked

    def tell_staff(self, kiosk: Kiosk) -> None:
        """The start's problems on the staff panel (warnings too), and on the badge when a kept copy is shown."""
        checked = self.checked
        first = checked.problems[0].brief if checked.problems else ""
        headline = f"Showing the last good content: {first}" if checked.kept else ""
        kiosk.status.set_problems(checked.problems, rejected=bool(checked.kept), headline=headline)
        if checked.kept:
            log.warning(
                "%s cannot be shown (%s); showing its last good version, of %s", self.content, first, checked.kept
            )

    def start(self, kiosk: Kiosk) -> None:
        """From the first frame on: nobody can touch the kiosk before, and the metrics say it is up."""
        from kiosk.services.lastgood import LastGood
        from kiosk.services.visits import VisitRecorder, default_kiosk_id

        keep = LastGood(self.data_dir / "last-good")
        if not self.checked.kept:
            keep.save(self.content, self.checked.source)
        kiosk.reload.tried.connect(functools.partial(_keep, keep, self.content))

        name = self.kiosk_id or default_kiosk_id()
        kiosk.record_visits(VisitRecorder(self.data_dir / "visits", kiosk_id=name))
        if self.metrics_dir is not None:
            from kiosk import __version__
            from kiosk.app.metrics import Started
            from kiosk.services.metrics import KioskState

            state = KioskState(name, __version__, self.renderer, self.started)
            checked = self.checked
            shown = Started(checked.problems, checked.files, checked.source, kept=bool(checked.kept))
            kiosk.report_metrics(self.metrics_dir, state, self.budget, shown)


def _keep(keep: LastGood, content: str, result: LoadResult, shown: bool) -> None:
    if shown:  # each content put on screen is the one a restart falls back to
        keep.save(content, result.source)
