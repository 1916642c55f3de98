"""The kiosk's objects and their lifetime: view-models, services, the QML window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.assets import load_fonts
from kiosk.content import Exhibition, LoadResult, load
from kiosk.services.navigation import Navigator
from kiosk.services.rendering import choose_renderer
from kiosk.services.slideshow import Slideshow
from kiosk.ui.exhibition import ExhibitionViewModel

MAIN_QML = Path(__file__).resolve().parent / "ui" / "Main.qml"


class Kiosk:
    """One exhibition on screen: build it, use `window`, and `close()` it before the application goes."""

    def __init__(
        self, exhibition: Exhibition, *, start: str = "home", motion: float = 1.0, interval_ms: int | None = None
    ) -> None:
        self.content = ExhibitionViewModel(exhibition)
        interval = interval_ms if interval_ms is not None else round(exhibition.settings.slide_seconds * 1000)
        self.slideshow = Slideshow(interval)
        self.slideshow.set_count(len(exhibition.slideshow))
        self.navigator = Navigator(start)
        self.engine = QQmlApplicationEngine()
        self.engine.setInitialProperties(
            {
                "content": self.content,
                "navigator": self.navigator,
                "slideshow": self.slideshow,
                "motion": motion,
            }
        )
        self.engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError(f"{MAIN_QML} did not load")
        self.window: QQuickWindow = roots[0]

    def items(self) -> Iterator[QQuickItem]:
        """Every item of the scene, visible or not, depth first."""
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            yield item
            pending.extend(reversed(item.childItems()))

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

    def show(self, fullscreen: bool = False) -> None:
        """Show the window; fullscreen fills the screen even without a window manager."""
        if fullscreen:
            # Without a window manager showFullScreen() alone leaves a small window.
            self.window.setGeometry(self.window.screen().geometry())
            self.window.setVisibility(QWindow.Visibility.FullScreen)
        else:
            self.window.show()

    def close(self) -> None:
        """Tear everything down now, not at interpreter exit.

        PySide6 can abort ("none_dealloc") when the collector meets Qt objects after the
        application is gone.
        """
        self.slideshow.stop()
        # Unload the screen while the view-models it binds to are still alive.
        self.find("stage").setProperty("source", "")
        self.window.close()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del self.window, self.engine, self.content, self.slideshow, self.navigator
        gc.collect()


def load_or_report(path: str) -> LoadResult:
    """Load content, printing its problems to stderr as `kiosk check` would."""
    result = load(path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.exhibition is None:
        print(f"kiosk: {path} cannot be shown; run 'kiosk check {path}'", file=sys.stderr)
    return result


def run(content: str, *, fullscreen: bool, slideshow: bool, renderer: str) -> int:
    """Show the content until the window closes; 1 when the content cannot be used."""
    result = load_or_report(content)
    if result.exhibition is None:
        return 1
    if sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        # Qt would abort with a page about platform plugins; say what is actually wrong.
        print(
            "kiosk: no display to show the kiosk on (DISPLAY and WAYLAND_DISPLAY are not set). Run it "
            "in the screen's desktop session, or use 'kiosk preview' to render the screens to PNG.",
            file=sys.stderr,
        )
        return 1
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    choose_renderer(renderer)
    load_fonts()
    kiosk = Kiosk(result.exhibition, start="slideshow" if slideshow else "home")
    kiosk.show(fullscreen=fullscreen or slideshow)
    code = app.exec()
    kiosk.close()
    del app
    return code
