"""The kiosk's objects and their lifetime: view-models, services, the QML window."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content import Attract, Exhibition
from kiosk.services.crashguard import DecodeGuard
from kiosk.services.media import MediaSupport
from kiosk.services.photos import SCHEME, PhotoProvider, PhotoSource
from kiosk.services.qr import SCHEME as QR_SCHEME
from kiosk.services.qr import QrProvider
from kiosk.services.watcher import ContentWatcher
from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import Clock, OpeningHours
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.lockdown import KeyGuard, StaffAccess
from kiosk.ui.navigation import Navigator
from kiosk.ui.preferences import Preferences
from kiosk.ui.screens import MAIN_QML, scene_items
from kiosk.ui.slideshow import Slideshow
from kiosk.ui.status import KioskStatus
from kiosk.ui.videoframes import SCHEME as VIDEO_SCHEME
from kiosk.ui.videoframes import VideoFrameProvider

if TYPE_CHECKING:  # not needed to show content: the loader (with PyYAML), the visit statistics
    from kiosk.content import LoadResult
    from kiosk.services.visits import Seen, VisitRecorder

I18N = Path(__file__).resolve().parent / "i18n"
log = logging.getLogger(__name__)


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
        self.visits: VisitRecorder | None = None  # None: no statistics (tests, previews)
        self._fixed_interval = interval_ms
        self._fixed_idle = idle_ms
        self._last_shown: int | None = None
        self._shown_at = 0.0
        self.content = ExhibitionViewModel(exhibition, media)  # None: what is installed
        self.slideshow = Slideshow(self._interval(exhibition))
        self.slideshow.set_count(len(exhibition.slideshow))
        self.navigator = Navigator(start)
        settings = exhibition.settings
        self.preferences = Preferences(settings.languages, language or settings.language)
        self._translator: QTranslator | None = None
        self._translated = ""  # the language the interface strings are in
        self.idle = IdleMonitor(self._idle_ms(exhibition), countdown_ms)
        self.idle.timedOut.connect(self.attract)
        # A visitor watching a video touches nothing: the idle clock waits while one plays.
        self.content.mediaPlayingChanged.connect(
            lambda: self.idle.suspend() if self.content.property("mediaPlaying") else self.idle.resume()
        )
        # Outside the opening hours the screen is dark: nothing decodes, no idle clock, no visits.
        self.hours = OpeningHours(settings.hours, clock)
        self.hours.openChanged.connect(self._opening_changed)
        self.hours.darkChanged.connect(self._dark_changed)
        self.idle.activity.connect(self.hours.touched)
        self.hours.sleep()  # if closed now
        self.staff = StaffAccess(pin)
        self.status = KioskStatus(str(content_path or ""))
        self.status.quitRequested.connect(self.quitRequested)
        # The idle clock waits while staff work; the gesture opens their panel.
        self.staff.requested.connect(self.status.openStaff)
        self.status.staffChanged.connect(
            lambda: self.idle.suspend() if self.status.property("staffOpen") else self.idle.resume()
        )
        self.guard = KeyGuard()
        self.guard.locked = lockdown  # the one record of whether the kiosk is locked down
        self.watcher: ContentWatcher | None = None
        if content_path is not None:
            self.watcher = ContentWatcher(content_path)
            self.watcher.watch_folders({p.image.parent for p in exhibition.slideshow})
            self.watcher.reloaded.connect(self.apply)
            self.status.reloadRequested.connect(self.watcher.reload)
        assert QCoreApplication.instance() is not None, "a QGuiApplication must exist first"

        # Both may come made: kiosk/run.py compiles the window ahead and decodes the first photo.
        self.photos = photos if photos is not None else PhotoSource(DecodeGuard(decode_state))
        self.slideshow.indexChanged.connect(self._prefetch)
        self.engine = engine if engine is not None else QQmlApplicationEngine()
        self.engine.addImageProvider(SCHEME, PhotoProvider(self.photos))  # the engine owns it
        self.engine.addImageProvider(QR_SCHEME, QrProvider())  # take-away links' codes
        if self.content.video_frames is not None:  # videos drawn as images by the software renderer
            self.engine.addImageProvider(VIDEO_SCHEME, VideoFrameProvider(self.content.video_frames))
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
        self.engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError(f"{MAIN_QML} did not load")
        self.window: QQuickWindow = roots[0]
        # On the window: input and close requests reach it first, while an application's filter
        # runs Python for every event to every object (20 ms of the start in Qt types alone).
        for service in (self.idle, self.staff, self.guard):
            self.window.installEventFilter(service)
        if start == "slideshow":
            self.idle.stop()  # the slideshow is an attract state: no clock until a touch
        self.preferences.changed.connect(self._apply_preferences)
        self._apply_preferences()
        self._content_dir = Path(content_path).resolve().parent if content_path is not None else None
        if visits is not None:
            self.record_visits(visits)

    def record_visits(self, visits: VisitRecorder) -> None:
        """Count visits from now on, anonymously (`kiosk stats`)."""
        self.visits = visits
        self.idle.activity.connect(self._visit_touch)
        for changed in (self.navigator.changed, self.slideshow.indexChanged, self.preferences.changed):
            changed.connect(self._visit_update)
        # Staff are not visitors: their panel ends the visit, and their touches start none.
        self.status.staffChanged.connect(self._visit_staff)
        visits.on_lost = self.status.set_lost_visits  # staff see what a full disk costs, and can free space

    def _seen(self) -> Seen:
        from kiosk.services.visits import seen_on

        return seen_on(
            self.content.exhibition,
            self._content_dir,
            screen=str(self.navigator.property("screen")),
            panel=int(self.navigator.property("panel")),
            slide=int(self.slideshow.property("index")),
            language=str(self.preferences.property("language")),
            accessible=bool(self.preferences.property("accessible")),
        )

    def _visit_touch(self) -> None:
        # Touches outside the opening hours are staff, cleaners or a late passer-by: not counted.
        if self.visits is not None and not self.status.property("staffOpen") and self.hours.property("open"):
            self.visits.touch(self._seen())

    def _visit_update(self) -> None:
        if self.visits is not None and self.visits.visiting:
            self.visits.update(self._seen())

    def _visit_staff(self) -> None:
        if self.visits is not None and self.status.property("staffOpen"):
            self.visits.end("staff")

    def _prefetch(self) -> None:
        """Decode the two photos after the one coming up, at the size the slideshow will ask for."""
        slides = self.content.exhibition.slideshow
        if self.navigator.property("screen") != "slideshow" or len(slides) < 3 or self.hours.property("dark"):
            return
        index = int(self.slideshow.property("index"))
        upcoming = [str(slides[(index + k) % len(slides)].image) for k in (1, 2)]
        self.photos.prefetch(upcoming, self.window.size())

    def _interval(self, exhibition: Exhibition) -> int:
        fixed = self._fixed_interval
        return fixed if fixed is not None else round(exhibition.settings.slide_seconds * 1000)

    def _idle_ms(self, exhibition: Exhibition) -> int:
        base = self._fixed_idle if self._fixed_idle is not None else exhibition.settings.idle_seconds * 1000
        # The accessibility mode gives twice the time: reading large type takes longer.
        return base * 2 if self.preferences.property("accessible") else base

    def _apply_preferences(self) -> None:
        """Language and accessibility mode changed: texts, interface strings and idle time follow."""
        language = str(self.preferences.property("language"))
        self.content.set_language(language)
        self.hours.set_language(language)
        if language != self._translated:  # the accessibility toggle leaves the strings alone
            self._translated = language
            app = QCoreApplication.instance()
            if self._translator is not None and app is not None:
                app.removeTranslator(self._translator)
            self._translator = load_translator(language)
            if self._translator is not None and app is not None:
                app.installTranslator(self._translator)
            self.engine.retranslate()
        self.idle.set_idle_ms(self._idle_ms(self.content.exhibition))

    # Unattended operation ------------------------------------------------------------------

    def attract(self) -> None:
        """Return to the attract state the content asks for, as if for a new visitor."""
        if not self.hours.property("open"):
            self.hours.sleep()  # outside the opening hours the attract state is the dark screen
            return
        settings = self.content.exhibition.settings
        log.info("idle: returning to the attract state (%s)", settings.attract.value)
        if self.visits is not None:
            self.visits.end("attract")  # before the reset below, which is not the visitor's doing
        self.preferences.reset()
        self.navigator.home()
        if settings.attract is Attract.SLIDESHOW and self.content.exhibition.slideshow:
            self.slideshow.start(0)
            self.navigator.show("slideshow")
        self.idle.stop()

    def _opening_changed(self) -> None:
        # At closing time a visitor still reading carries on: the screen goes dark when they leave.
        if not self.hours.property("open") and not self.idle.property("running"):
            self.hours.sleep()

    def _dark_changed(self) -> None:
        if self.hours.property("dark"):
            log.info("opening hours: closed, the screen goes dark")
            if self.visits is not None:
                self.visits.end("attract")
            self.idle.suspend()
            self.preferences.reset()
            self.navigator.home()
            self.slideshow.stop()
            return
        self.idle.resume()  # woken by a touch: for the idle time, then dark again
        if self.hours.property("open"):
            log.info("opening hours: open")
            self.attract()

    def apply(self, result: LoadResult) -> None:
        """A reload: show valid content in place of the old, or keep the old and tell staff."""
        self.status.set_problems(result.problems, rejected=result.exhibition is None)
        new = result.exhibition
        if new is None:
            return
        old = self.content.exhibition
        positions = {p.id: i for i, p in enumerate(new.panels)}
        self.navigator.remap_panels({i: positions[p.id] for i, p in enumerate(old.panels) if p.id in positions})
        current = old.slideshow[self.slideshow.property("index")].image if old.slideshow else None
        images = [p.image for p in new.slideshow]
        self.content.set_exhibition(new)
        self.preferences.set_languages(new.settings.languages, new.settings.language)
        self.slideshow.set_interval(self._interval(new))
        self.slideshow.set_count(len(new.slideshow))
        if current in images:
            self.slideshow.move_to(images.index(current))
        self.idle.set_idle_ms(self._idle_ms(new))
        if self.hours.property("dark"):
            self.slideshow.stop()  # set_count() restarts it
        self.hours.set_hours(new.settings.hours)
        if self.watcher is not None:
            self.watcher.watch_folders({p.image.parent for p in new.slideshow})

    def healthy(self) -> bool:
        """For the watchdog: False when the slideshow should be moving on and has not for long."""
        slideshow = self.slideshow
        if (
            self.navigator.property("screen") != "slideshow"
            or self.hours.property("dark")
            or not slideshow.property("playing")
            or slideshow.property("count") < 2
        ):
            self._last_shown = None
            return True
        shown = slideshow.property("shown")
        now = time.monotonic()
        if shown != self._last_shown:
            self._last_shown, self._shown_at = shown, now
            return True
        interval_s: float = slideshow.property("interval") / 1000
        return now - self._shown_at <= 3 * interval_s + 10

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
        if self.guard.locked:
            self.after_first_frame(hide_cursor)
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
        application is gone.
        """
        if self.visits is not None:
            self.visits.end("close")  # staff exit, SIGTERM: the visit in progress is written
        app = QCoreApplication.instance()
        for service in (self.idle, self.staff, self.guard):
            self.window.removeEventFilter(service)
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        if self.guard.locked:
            QGuiApplication.restoreOverrideCursor()
        self.slideshow.stop()
        self.idle.stop()
        self.hours.stop()
        # Unload the screen while the view-models it binds to are still alive.
        self.window.setProperty("closing", True)
        self.window.close()
        self.photos.wait()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del self.window, self.engine, self.content, self.slideshow, self.navigator, self.watcher
        gc.collect()


def hide_cursor() -> None:
    """No pointer over the screens in lockdown: visitors touch, and an arrow invites a mouse."""
    from PySide6.QtCore import Qt

    QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)


def load_translator(language: str) -> QTranslator | None:
    """The interface strings' translation for this language, from kiosk/i18n (None for English)."""
    translator = QTranslator()
    if translator.load(f"kiosk_{language}", str(I18N)):
        return translator
    if language != "en":
        log.warning("no interface translation for %r: interface strings stay in English", language)
    return None
