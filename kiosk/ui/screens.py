"""The QML module kiosk.ui: its engine, compiling the window and its first screen ahead, and its items.

The kiosk's start is nearly all Python, which holds Python's lock; QML compiles on QML's own
loader thread, which needs no lock. So the start asks for the window and the screen it opens on
before it checks the content and imports the rest of the kiosk, and builds them afterwards
(docs/performance.md). Other screens are compiled when first opened, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui import QML_IMPORT_NAME

UI = Path(__file__).resolve().parent
MAIN_QML = UI / "Main.qml"
# The module's folder is kiosk/ui, so the engine finds its qmldir from the folder above kiosk.
IMPORT_PATH = UI.parent.parent
# The screens the kiosk can open on (of kiosk.ui.navigation's SCREENS).
FIRST_SCREENS = ("home", "slideshow")


def screen_type(name: str) -> str:
    """The QML type of a screen, by its name: the name with "Screen" (as Main.qml's screenFile)."""
    return f"{name.capitalize()}Screen"


def screen_file(name: str) -> Path:
    """The QML file of a screen, by its name."""
    return UI / f"{screen_type(name)}.qml"


def register_types() -> None:
    """Register the module's Python types, which happens as their modules are imported."""
    import kiosk.ui.exhibition
    import kiosk.ui.hours
    import kiosk.ui.idle
    import kiosk.ui.lockdown
    import kiosk.ui.navigation
    import kiosk.ui.preferences
    import kiosk.ui.slideshow
    import kiosk.ui.status  # noqa: F401


def new_engine() -> QQmlApplicationEngine:
    """An engine that finds the module kiosk.ui, with its Python types registered.

    The window's compile needs the types: they are registered before it starts.
    """
    register_types()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(IMPORT_PATH))
    return engine


def load_window(engine: QQmlApplicationEngine) -> QQuickWindow:
    """Load the kiosk's window (Main.qml) from the module; its initial properties set first."""
    engine.loadFromModule(QML_IMPORT_NAME, "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError(f"{MAIN_QML} did not load")
    return roots[0]


def compile_ahead(engine: QQmlApplicationEngine, start: str) -> list[QQmlComponent]:
    """Start compiling the window and the screen `start` on QML's loader thread.

    The engine keeps what it compiled: its `load()` of the window then finds it ready, or waits
    for the rest. The components belong to the engine and go with it.
    """
    mode = QQmlComponent.CompilationMode.Asynchronous
    return [QQmlComponent(engine, QML_IMPORT_NAME, name, mode, engine) for name in ("Main", screen_type(start))]


def scene_items(window: QQuickWindow) -> Iterator[QQuickItem]:
    """Every item of a window's scene, visible or not, depth first."""
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        yield item
        pending.extend(reversed(item.childItems()))
