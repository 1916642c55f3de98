"""The kiosk as a Wayland client: run by tests/e2e/test_wayland.py under Weston, it prints one JSON object.

`python -m tests.wayland_client` with QT_QPA_PLATFORM=wayland and WAYLAND_DISPLAY set: the bundled
exhibition in lockdown, fullscreen, then a visitor's tap, the idle countdown and the return to the
attract state, and the staff gesture with the PIN, each recorded as it happens.

The touches are synthesized in this process with QTest, which hands them to Qt as the wayland
platform plugin would hand it wl_touch events: Weston's headless backend has no input devices, and
a stock Weston has no protocol through which another client could inject them. So what is tried
for real is everything from Qt's event delivery upward, on a window that Weston has made fullscreen.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk import preview
from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT, load_fonts
from kiosk.content import load
from kiosk.services.photos import limit_image_allocation
from kiosk.services.rendering import choose_renderer, opengl_renderer
from kiosk.ui.lockdown import GESTURE_TAPS
from tests.kiosk_fixtures import tap, touchscreen

PIN = "2468"
IDLE_MS = 1000
COUNTDOWN_MS = 2000  # room for the tap that dismisses it on a loaded machine
CORNER = QPoint(10, 10)  # inside the staff gesture's corner at any window size


class StepFailedError(Exception):
    """A step did not reach its state before its deadline."""


def wait_until(condition: Callable[[], object], what: str, timeout_ms: int = 10_000) -> None:
    """Turn Qt's event loop until `condition` holds; StepFailedError naming `what` after `timeout_ms`."""
    if not preview.wait_until(lambda: bool(condition()), timeout_ms):
        raise StepFailedError(f"no {what} within {timeout_ms} ms")


def visible(kiosk: Kiosk, name: str) -> bool:
    try:
        kiosk.find(name)
    except LookupError:
        return False
    return True


def screen(kiosk: Kiosk) -> str:
    return str(kiosk.navigator.property("screen"))


def show(kiosk: Kiosk, result: dict[str, Any]) -> None:
    """Show the kiosk fullscreen and wait for home; record the window as Weston made it."""
    frames: list[bool] = []
    kiosk.after_first_frame(lambda: frames.append(True))
    kiosk.show(fullscreen=True)  # as kiosk/run.py shows it in lockdown
    window = kiosk.window
    wait_until(lambda: frames and window.isExposed(), "first frame on screen")
    wait_until(lambda: window.geometry() == window.screen().geometry(), "window as large as the output")
    wait_until(kiosk.settled, "settled home screen")
    result.update(
        screen_size=[window.screen().size().width(), window.screen().size().height()],
        window_size=[window.width(), window.height()],
        visibility=window.visibility().name,
        portrait=bool(window.property("portrait")),
        graphics_api=window.rendererInterface().graphicsApi().name,
    )
    result["steps"].append("shown")


def visit(kiosk: Kiosk, steps: list[str]) -> None:
    """A visitor's tap, the idle overlay dismissed by a touch, then the idle return to the attract state."""
    tap(kiosk, "homeTile_panels")
    wait_until(lambda: screen(kiosk) == "panels", "panels screen after a tap on its tile")
    steps.append("tap opened panels")
    wait_until(lambda: kiosk.idle.property("warning"), "idle warning")
    wait_until(lambda: visible(kiosk, "idleOverlay"), "'Still there?' overlay")
    steps.append("idle overlay shown")
    tap(kiosk, "idleSeconds")
    wait_until(lambda: not kiosk.idle.property("warning"), "overlay dismissed by a touch")
    if screen(kiosk) != "panels":
        raise StepFailedError(f"the touch on the overlay left the panels screen for {screen(kiosk)}")
    steps.append("touch kept the visitor")
    wait_until(lambda: kiosk.idle.property("warning"), "second idle warning")
    attract = kiosk.content.exhibition.settings.attract.value
    wait_until(lambda: screen(kiosk) == attract and not kiosk.idle.property("running"), f"{attract} attract state")
    steps.append(f"attract: {attract}")


def staff(kiosk: Kiosk, steps: list[str]) -> None:
    """The staff gesture in the corner, the PIN, and the staff exit's quit request."""
    window = kiosk.window
    for _ in range(GESTURE_TAPS):
        QTest.touchEvent(window, touchscreen()).press(0, CORNER).commit()
        QTest.touchEvent(window, touchscreen()).release(0, CORNER).commit()
    wait_until(lambda: visible(kiosk, "staffPanel"), "staff panel after five taps in the corner")
    if kiosk.idle.property("running"):
        raise StepFailedError("the idle clock runs while staff work")
    steps.append("staff panel")
    for key in PIN:
        tap(kiosk, f"pinKey_{key}")
    if kiosk.find("pinDots").property("text") != "•" * len(PIN):
        raise StepFailedError(f"the PIN pad shows {kiosk.find('pinDots').property('text')!r}")
    tap(kiosk, "pinKey_enter")
    wait_until(lambda: visible(kiosk, "staffExit"), "staff exit after the right PIN")
    quit_requested: list[bool] = []
    kiosk.quitRequested.connect(lambda: quit_requested.append(True))
    tap(kiosk, "staffExit")
    wait_until(lambda: quit_requested, "quit request from the staff exit")
    steps.append("staff exit")


def drive(kiosk: Kiosk, result: dict[str, Any]) -> None:
    """The visitor's and the staff's steps; each one reached is appended to result['steps']."""
    show(kiosk, result)
    visit(kiosk, result["steps"])
    staff(kiosk, result["steps"])


def main() -> int:
    """Run the steps, print the JSON result; exit 1 when a step failed."""
    app = QGuiApplication(sys.argv[:1])
    result: dict[str, Any] = {
        "platform": app.platformName(),
        "opengl": opengl_renderer(),
        "renderer": choose_renderer("auto"),  # as `kiosk` chooses with its default --renderer auto
        "steps": [],
    }
    load_fonts()
    limit_image_allocation()
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None, "the bundled exhibition loads"
    kiosk = Kiosk(exhibition, lockdown=True, pin=PIN, idle_ms=IDLE_MS, countdown_ms=COUNTDOWN_MS, motion=0.0)
    try:
        drive(kiosk, result)
    except (StepFailedError, LookupError) as exc:
        result["failed"] = str(exc)
    finally:
        kiosk.close()
    print(json.dumps(result))
    return 1 if "failed" in result else 0


if __name__ == "__main__":
    sys.exit(main())
