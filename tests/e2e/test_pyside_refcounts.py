"""The Qt binding must not eat references to None, True or False.

PySide6 6.12 on Python 3.11 drops one on every void call and every signal emit; a kiosk that
starts timers and emits signals on each touch then aborts after a few hundred touches. On
Python 3.12+ these objects are immortal and their counts never move, so this test holds there too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_signal_emits_keep_reference_counts(kiosk_qt: object) -> None:
    timer = QTimer()
    emitter = _Emitter()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        timer.start(1000)
        timer.stop()
        emitter.fired.emit()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert after == before, "this PySide6 corrupts reference counts: see the pin in pyproject.toml"
