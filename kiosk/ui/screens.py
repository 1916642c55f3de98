"""The window's QML files, compiling it and its first screen while Python works on, and its items.

The kiosk's start is nearly all Python, which holds Python's lock; QML compiles on QML's own
loader thread, which needs no lock. So the start asks for the window and the screen it opens on
before it checks the content and imports the rest of the kiosk, and builds them afterwards
(docs/performance.md). Other screens are compiled when first opened, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

UI = Path(__file__).resolve().parent
MAIN_QML = UI / "Main.qml"
# The screens the kiosk can open on (of kiosk.ui.navigation's SCREENS).
FIRST_SCREENS = ("home", "slideshow")


def screen_file(name: str) -> Path:
    """The QML file of a screen, by its name: the name with "Screen.qml" (as Main.qml's screenFile)."""
    return UI / f"{name.capitalize()}Screen.qml"


def compile_ahead(engine: QQmlEngine, start: str) -> list[QQmlComponent]:
    """Start compiling the window and the screen `start` on QML's loader thread.

    The engine keeps what it compiled: its `load()` of the window then finds it ready, or waits
    for the rest. The components belong to the engine and go with it.
    """
    files = [MAIN_QML, screen_file(start)]
    return [
        QQmlComponent(engine, QUrl.fromLocalFile(str(path)), QQmlComponent.CompilationMode.Asynchronous, engine)
        for path in files
    ]


def scene_items(window: QQuickWindow) -> Iterator[QQuickItem]:
    """Every item of a window's scene, visible or not, depth first."""
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        yield item
        pending.extend(reversed(item.childItems()))
