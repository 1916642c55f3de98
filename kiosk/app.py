"""Starting and stopping the kiosk: the Qt application, the QML engine, the content."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.assets import load_fonts
from kiosk.content import load

UI = Path(__file__).resolve().parent / "ui"


def run_kiosk(args: argparse.Namespace) -> int:
    """Show the content in a window until it is closed; 1 when the content cannot be used."""
    result = load(args.content)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.exhibition is None:
        print(f"kiosk: {args.content} cannot be shown; run 'kiosk check {args.content}'", file=sys.stderr)
        return 1
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    load_fonts()
    exhibition = result.exhibition
    lang = exhibition.settings.language
    engine = QQmlApplicationEngine()
    engine.setInitialProperties(
        {
            "title": exhibition.title.get(lang, lang),
            "subtitle": exhibition.subtitle.get(lang, lang),
        }
    )
    engine.load(QUrl.fromLocalFile(str(UI / "Main.qml")))
    if not engine.rootObjects():
        return 1
    code = app.exec()
    # Tear down in order: PySide6 can abort at exit when Qt objects are left to the collector.
    del engine
    del app
    return code
