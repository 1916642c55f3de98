"""The kiosk: its view-models and services made, each feature wired (a module each), the QML window."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.app.attract import Attract
from kiosk.app.health import Health
from kiosk.app.hours import AfterHours
from kiosk.app.language import Language
from kiosk.app.media import Media
from kiosk.app.reload import Reload, slide_ms
from kiosk.app.staff import Staff
from kiosk.app.visits import Visits
from kiosk.content import ContentFiles, Exhibition
from kiosk.services.crashguard import DecodeGuard
from kiosk.services.media import MediaSupport
from kiosk.services.photos import PhotoSource
from kiosk.services.watcher import ContentWatcher
from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import Clock, OpeningHours
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.lockdown import KeyGuard, StaffAccess
from kiosk.ui.navigation import Navigator
from kiosk.ui.preferences import Preferences
from kiosk.ui.screens import load_window, new_engine, scene_items
from kiosk.ui.slideshow import Slideshow
from kiosk.ui.status import KioskStatus

if TYPE_CHECKING:  # not needed to show content: the loader (with PyYAML), the visit statistics, metrics
    from kiosk.app.metrics import Metrics, Started
    from kiosk.content import LoadResult
    from kiosk.services.health import ErrorBudget
    from kiosk.services.metrics import KioskState
    from kiosk.services.visits import VisitRecorder


class Kiosk(QObject):
    """One exhibition on screen with everything that keeps it running.

    Build it, use `window`, and `close()` it before the application goes.
    """

    quitRequested = Signal()  # the staff panel's exit

    def __init__(
        self,
        exhibition: Exhibition,
        *,
        content_path: str | Path | None = None,
        files: ContentFiles | None = None,
        start: str = "home",
        motion: float = 1.0,
        interval_ms: int | None = None,
        idle_ms: int | None = None,
        countdown_ms: int = 10_000,
        lockdown: bool = False,
        pin: str | None = None,
        language: str | None = None,
        decode_state: Path | None = None,
        visits: VisitRecorder | None = None,
        clock: Clock | None = None,
        media: MediaSupport | None = None,
        engine: QQmlApplicationEngine | None = None,
        photos: PhotoSource | None = None,
    ) -> None:
        super().__init__()
        assert QCoreApplication.instance() is not None, "a QGuiApplication must exist first"
        settings = exhibition.settings
        # What QML reads (kiosk/ui): made first, since the window binds to them as it loads.
        self.content = ExhibitionViewModel(exhibition, media)  # media None: what is installed
        self.navigator = Navigator(start)
        self.slideshow = Slideshow(slide_ms(exhibition, interval_ms))
        self.slideshow.set_count(len(exhibition.slideshow))
        self.preferences = Preferences(settings.languages, language or settings.language)
        self.idle = IdleMonitor(settings.idle_seconds * 1000, countdown_ms)  # Attract sets its time
        self.hours = OpeningHours(settings.hours, clock)
        self.staff = StaffAccess(pin)
        self.status = KioskStatus(str(content_path or ""))
        self.status.quitRequested.connect(self.quitRequested)
        self.guard = KeyGuard()
        self.guard.locked = lockdown  # the one record of whether the kiosk is locked down
        self._content_dir = Path(content_path).resolve().parent if content_path is not None else None

        # Both may come made: kiosk/run.py compiles the window ahead and decodes the first photo.
        self.engine = engine if engine is not None else new_engine()
        self.photos = photos if photos is not None else PhotoSource(DecodeGuard(decode_state))
        self.media = Media(self.engine, self.photos, self.content)  # its image providers, before the window
        self.window = self._load_window(motion, lockdown)

        self._wire(content_path, files, interval_ms, idle_ms)
        if visits is not None:
            self.record_visits(visits)
        if start == "slideshow":
            self.idle.stop()  # the slideshow is an attract state: no clock until a touch

    def _wire(
        self, content_path: str | Path | None, files: ContentFiles | None, interval_ms: int | None, idle_ms: int | None
    ) -> None:
        """Each feature wires its own signals, in its own module of kiosk/app."""
        # What a visitor changes, which most features follow.
        self._parts = parts = (self.content, self.navigator, self.slideshow, self.preferences)
        self.attraction = Attract(*parts, self.idle, self.hours, idle_ms)
        self.after_hours = AfterHours(self.hours, self.idle, *parts[1:], self.attract)
        self.staffing = Staff(self.window, self.staff, self.guard, self.status, self.idle)
        self.language = Language(self.preferences, self.content, self.hours, self.engine)
        self.reload = Reload(content_path, self.content, self.status, *parts[1:], self.hours, interval_ms, files)
        self.health = Health(self.navigator, self.slideshow, self.hours)
        self.media.prefetch_for(self.window, self.navigator, self.slideshow, self.hours)
        self.visits: Visits | None = None  # None: no statistics (tests, previews)
        self.metrics: Metrics | None = None  # None: no --metrics-dir

    def _load_window(self, motion: float, lockdown: bool) -> QQuickWindow:
        self.engine.setInitialProperties(
            {
                "content": self.content,
                "navigator": self.navigator,
                "slideshow": self.slideshow,
                "idle": self.idle,
                "hours": self.hours,
                "staff": self.staff,
                "status": self.status,
                "motion": motion,
                "preferences": self.preferences,
                "lockdown": lockdown,
            }
        )
        return load_window(self.engine)

    @property
    def watcher(self) -> ContentWatcher | None:
        """The content file's watcher, when the kiosk shows a file."""
        return self.reload.watcher

    def record_visits(self, recorder: VisitRecorder) -> None:
        """Count visits from now on, anonymously (`kiosk stats`)."""
        ends = (self.attraction.returning, self.after_hours.darkening)
        self.visits = Visits(recorder, self._content_dir, self._parts, self.idle, self.hours, self.status, ends)

    def report_metrics(self, folder: Path, state: KioskState, budget: ErrorBudget, start: Started) -> None:
        """Write the kiosk's state for Prometheus's node exporter from now on (docs/fleet.md)."""
        from kiosk.app.metrics import Metrics

        parts = (self.reload, self.hours, self.idle, self.photos, self.visits)
        self.metrics = Metrics(parts, folder, state, budget, start)

    def attract(self) -> None:
        """Return to the attract state the content asks for, as if for a new visitor."""
        self.attraction.attract()

    def apply(self, result: LoadResult) -> None:
        """A reload: show valid content in place of the old, or keep the old and tell staff."""
        self.reload.apply(result)

    def healthy(self) -> bool:
        """For the watchdog: False when the slideshow should be moving on and has not for long."""
        return self.health.healthy()

    # Scene access (tests and previews) -----------------------------------------------------

    def items(self) -> Iterator[QQuickItem]:
        """Every item of the scene, visible or not, depth first."""
        return scene_items(self.window)

    def find(self, name: str) -> QQuickItem:
        """The visible item with this objectName (tests and previews find items this way)."""
        for item in self.items():
            if item.objectName() == name and item.isVisible():
                return item
        raise LookupError(f"no visible item called {name!r} on the {self.navigator.property('screen')} screen")

    def settled(self) -> bool:
        """True when no visible photo is still loading and no slide change is pending."""
        return all(
            item.property("settled") is not False
            for item in self.items()
            # Ask only items that have the property: in PySide6 6.12, property() of a missing
            # property returns None without a reference, and enough calls abort the interpreter.
            if item.isVisible() and item.metaObject().indexOfProperty("settled") >= 0
        )

    # Lifetime ------------------------------------------------------------------------------

    def show(self, fullscreen: bool = False) -> None:
        """Show the window; fullscreen fills the screen even without a window manager."""
        if fullscreen or self.guard.locked:
            # Without a window manager showFullScreen() alone leaves a small window.
            self.window.setGeometry(self.window.screen().geometry())
            self.window.setVisibility(QWindow.Visibility.FullScreen)
        else:
            self.window.show()
        self.after_first_frame(self.staffing.shown)
        self.after_first_frame(self.content.prepare_media)

    def after_first_frame(self, callback: Callable[[], None]) -> None:
        """Call back once, when the first frame is on screen.

        Work that can wait goes here. (Not a Qt.SingleShotConnection: the first Qt.* enum used
        from Python builds every enum of the Qt namespace, 17 ms of the kiosk's start.)
        """

        def first() -> None:
            self.window.frameSwapped.disconnect(first)
            callback()

        self.window.frameSwapped.connect(first)

    def close(self) -> None:
        """Tear everything down now, not at interpreter exit.

        PySide6 can abort ("none_dealloc") when the collector meets Qt objects after the
        application is gone. A second call does nothing.
        """
        if not hasattr(self, "window"):
            return
        if self.visits is not None:
            self.visits.close()
        if self.metrics is not None:
            self.metrics.close()  # after the last visit is counted: kiosk_up 0
        self.staffing.close()
        self.language.close()
        self.slideshow.stop()
        self.idle.stop()
        self.hours.stop()
        # Unload the screen while the view-models it binds to are still alive.
        self.window.setProperty("closing", True)
        self.window.close()
        self.media.close()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # The features hold the view-models too: all go now, with the window and the engine.
        del self.window, self.engine, self.content, self.slideshow, self.navigator, self._parts
        del self.attraction, self.after_hours, self.staffing, self.language, self.reload, self.health
        del self.media, self.visits, self.metrics
        gc.collect()
