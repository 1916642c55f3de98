"""The first-photo floor: a bare QQuickView showing one photo fullscreen, started like the kiosk.

    python benchmarks/bare_photo.py PHOTO sync|async

A plain Qt Quick program at its fastest: one Image filling the screen, decoded by Qt's own reader
at the screen's size (sourceSize, so a JPEG scales while it decodes), either while the scene is
built (sync) or on Qt's loader thread while the window comes up (async). Prints "first-photo" once
a frame with the photo in it has been painted.
"""

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickView

QML = """import QtQuick
Image {{
    readonly property bool ready: status === Image.Ready
    source: "{url}"
    sourceSize.width: {width}
    sourceSize.height: {height}
    fillMode: Image.PreserveAspectFit
    asynchronous: {asynchronous}
}}
"""


def main() -> int:
    photo, mode = Path(sys.argv[1]), sys.argv[2]
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen().geometry()
    with tempfile.TemporaryDirectory() as tmp:
        qml = Path(tmp) / "Photo.qml"
        url = QUrl.fromLocalFile(str(photo.resolve())).toString()
        asynchronous = "true" if mode == "async" else "false"
        qml.write_text(QML.format(url=url, width=screen.width(), height=screen.height(), asynchronous=asynchronous))
        view = QQuickView()
        view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        view.setSource(QUrl.fromLocalFile(str(qml)))

        root: Any = view.rootObject()  # with its QML signals, which PySide6's stubs cannot know
        ready = [bool(root.property("ready"))]  # sync: already decoded
        root.readyChanged.connect(lambda: ready.__setitem__(0, True))

        def painted() -> None:
            if ready[0]:
                print("first-photo", flush=True)
                QCoreApplication.exit(0)

        view.frameSwapped.connect(painted)
        # As the kiosk does: without a window manager showFullScreen() alone leaves a small window.
        view.setGeometry(screen)
        view.showFullScreen()
        code = app.exec()
        del root, view
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
