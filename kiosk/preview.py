"""`kiosk preview`: every screen rendered headlessly to PNG, for proofing content without a kiosk."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

SETTLE_TIMEOUT_MS = 20_000


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """A QT_QPA_PLATFORM value for an offscreen screen of this size (its default is 800x800)."""
    config = folder / "offscreen.json"
    config.write_text(
        json.dumps(
            {
                # Without this the offscreen platform adds frame margins and shifts touch points by 2 px.
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "preview",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return f"offscreen:configfile={config}"


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until `condition` holds (checked every 10 ms) or time runs out."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        if condition() or deadline.hasExpired():
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


@contextmanager
def offscreen_application(width: int, height: int) -> Iterator[QGuiApplication]:
    """A Qt application on an offscreen screen of this size, for previews and benchmarks.

    It uses the software renderer and the bundled fonts, and goes when the block ends.
    """
    from kiosk.assets import load_fonts
    from kiosk.services.photos import limit_image_allocation
    from kiosk.services.rendering import choose_renderer

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(width, height, Path(tmp))
        app = QGuiApplication(sys.argv[:1])
        try:
            choose_renderer("software")
            load_fonts()
            limit_image_allocation()
            yield app
        finally:
            del app


def preview(content: str, out: Path, width: int, height: int, language: str | None = None) -> int:
    """Write home, panels, each panel and speech, each slide and the timeline as PNG files into `out`.

    With opening hours, also the closed card (closed.png) as it shows from the next closing time.
    """
    from kiosk.app import Kiosk
    from kiosk.cli import load_or_report
    from kiosk.services.hours import is_open, next_change

    result = load_or_report(content, language)
    if result.exhibition is None:
        return 1
    exhibition = result.exhibition
    hours = exhibition.settings.hours
    out.mkdir(parents=True, exist_ok=True)
    # The screens as they look while open, whatever the time of the preview.
    now = datetime.now()
    moment = now if is_open(hours, now) else (next_change(hours, now) or now)
    with offscreen_application(width, height):
        # Instant transitions, and a slideshow that never advances on its own while we capture it.
        kiosk = Kiosk(exhibition, motion=0.0, interval_ms=24 * 3600 * 1000, language=language, clock=lambda: moment)
        kiosk.window.setGeometry(0, 0, width, height)
        kiosk.show()
        nav, show = kiosk.navigator, kiosk.slideshow

        def slide(n: int) -> Callable[[], None]:
            def go() -> None:
                show.start(n)
                nav.show("slideshow")

            return go

        shots: list[tuple[str, Callable[[], None]]] = [("home", nav.home), ("panels", lambda: nav.show("panels"))]
        shots += [(f"panel-{p.id}", partial(nav.showPanel, i)) for i, p in enumerate(exhibition.panels)]
        shots += [
            (f"speech-{p.id}-{n + 1}", partial(nav.showSpeech, i, n))
            for i, p in enumerate(exhibition.panels)
            for n in range(len(p.speeches))
        ]
        shots += [(f"slide-{n + 1}", slide(n)) for n in range(len(exhibition.slideshow))]
        shots.append(("timeline", lambda: nav.show("timeline")))

        def closing() -> None:
            nonlocal moment
            moment = next_change(hours, moment) or moment
            kiosk.hours.check()

        if hours is not None:
            shots.append(("closed", closing))
        late = []
        for name, go in shots:
            go()
            if not wait_until(kiosk.settled, SETTLE_TIMEOUT_MS):
                late.append(name)
            image = kiosk.window.grabWindow()
            if image.isNull() or not image.save(str(out / f"{name}.png")):
                print(f"kiosk preview: could not write {out / name}.png", file=sys.stderr)
                kiosk.close()
                return 1
        kiosk.close()
    for name in late:
        print(f"kiosk preview: {name}: photos were still loading after {SETTLE_TIMEOUT_MS // 1000} s", file=sys.stderr)
    print(f"{len(shots)} screens written to {out}")
    return 0
