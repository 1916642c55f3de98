"""Everything QML sees: the screens (QML module kiosk.ui, qmldir) and the Python objects they read.

The Python types are registered in the same module, so QML declares them as types and qmllint
checks every name a screen reads (tools/qmltypes.py describes them to it).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtQml import QmlElement, QmlUncreatable

# QmlElement reads these from the globals of the code that calls it: this module's, below.
QML_IMPORT_NAME = "kiosk.ui"
QML_IMPORT_MAJOR_VERSION = 1

T = TypeVar("T", bound=type)
QML_TYPES: list[type] = []  # in the order registered, for tools/qmltypes.py
UNCREATABLE = "the kiosk makes these in Python and hands them to QML"


def qml_type(cls: T) -> T:
    """Register a Python class in the QML module kiosk.ui, as a type QML reads but never creates.

    Every method of it that a signal calls must be a declared @Slot: PySide adds an undeclared
    one to the class's meta-object when first connected, and QML, which keeps the meta-object it
    was given here, then reads freed memory ("Property 'stop' of object Slideshow is not a
    function", now and then). tests/ui/test_qml_module.py checks it.
    """
    QML_TYPES.append(cls)
    uncreatable = QmlUncreatable(UNCREATABLE)
    uncreatable(cls)  # type: ignore[operator]  # it marks the class; PySide6's stub lacks __call__
    return QmlElement(cls)
