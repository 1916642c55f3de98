"""Lockdown and the staff panel: keys and gestures that would leave the kiosk, and the way staff get in."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.ui.idle import IdleMonitor
from kiosk.ui.lockdown import KeyGuard, StaffAccess
from kiosk.ui.status import KioskStatus


class Staff:
    """The staff gesture opens the PIN pad, the idle clock waits while staff work, the guard holds the keys."""

    def __init__(
        self, window: QQuickWindow, staff: StaffAccess, guard: KeyGuard, status: KioskStatus, idle: IdleMonitor
    ) -> None:
        self._window, self._filters, self._status, self._idle = window, (idle, staff, guard), status, idle
        self._guard = guard
        staff.requested.connect(status.openStaff)
        status.staffChanged.connect(self._staff_changed)
        # On the window: input and close requests reach it first, while an application's filter
        # runs Python for every event to every object (20 ms of the start in Qt types alone).
        for service in self._filters:
            window.installEventFilter(service)

    def _staff_changed(self) -> None:
        # The idle clock waits while staff work.
        if self._status.property("staffOpen"):
            self._idle.suspend()
        else:
            self._idle.resume()

    def shown(self) -> None:
        """The first frame is on screen: no pointer over the screens in lockdown.

        Visitors touch, and an arrow invites a mouse.
        """
        if self._guard.locked:
            from PySide6.QtCore import Qt  # here: the first Qt.* enum builds them all (17 ms)

            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    def close(self) -> None:
        """Take the filters off the window and give the pointer back."""
        for service in self._filters:
            self._window.removeEventFilter(service)
        if self._guard.locked:
            QGuiApplication.restoreOverrideCursor()
