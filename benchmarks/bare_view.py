"""The startup floor: a bare QQuickView showing one Text, started like the kiosk (python, PySide6)."""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickView


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        qml = Path(tmp) / "Bare.qml"
        qml.write_text('import QtQuick\nText { text: "Turn Back Crime"; font.pixelSize: 96 }\n')
        view = QQuickView()
        view.setSource(QUrl.fromLocalFile(str(qml)))
        view.resize(1280, 720)

        def leave() -> None:
            print("first-frame", flush=True)
            QCoreApplication.exit(0)

        view.frameSwapped.connect(leave)
        view.show()
        code = app.exec()
        del view
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
