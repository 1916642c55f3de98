"""Photo decoding stays off the GUI thread and at screen size; every screen has its QML file."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import load
from kiosk.ui.navigation import SCREENS
from kiosk.ui.screens import screen_file
from tests.conftest import MINIMAL, make_jpeg

MakeKiosk = Callable[..., Kiosk]


@pytest.fixture(scope="session")
def huge_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 24-megapixel JPEG with photographic noise, made once (about a second)."""
    noise = QImage(os.urandom(600 * 400 * 3), 600, 400, 600 * 3, QImage.Format.Format_RGB888)
    image = noise.scaled(6000, 4000, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    path = tmp_path_factory.mktemp("huge") / "huge.jpg"
    assert image.save(str(path), "JPG", 90)  # type: ignore[call-overload]  # the stub wants bytes; PySide6 6.12 takes only str
    return path


@pytest.fixture
def two_photos(tmp_path: Path, huge_jpeg: Path) -> Path:
    make_jpeg(tmp_path / "photo.jpg")
    os.symlink(huge_jpeg, tmp_path / "huge.jpg")
    content = MINIMAL + "      - {image: huge.jpg, caption: Twenty-four megapixels, credit: Test}\n"
    (tmp_path / "content.yaml").write_text(content)
    return tmp_path / "content.yaml"


def test_a_24_megapixel_photo_decodes_while_the_gui_thread_keeps_running(
    qtbot: QtBot, make_kiosk: MakeKiosk, two_photos: Path
) -> None:
    exhibition = load(two_photos).exhibition
    assert exhibition is not None
    kiosk = make_kiosk(exhibition)
    longest_gap = 0
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(5)

    def beat() -> None:
        nonlocal longest_gap
        longest_gap = max(longest_gap, clock.restart())

    heartbeat.timeout.connect(beat)
    clock.start()
    heartbeat.start()
    started = time.monotonic()
    kiosk.navigator.show("slideshow")  # shows the first photo and decodes the 24 MP one behind it
    qtbot.waitUntil(kiosk.settled, timeout=20_000)
    loading_ms = (time.monotonic() - started) * 1000
    heartbeat.stop()
    # Relative, not a timing budget: a decode on the GUI thread would stall the heartbeat for
    # about as long as the whole load. The absolute lateness figure is in `make bench`.
    assert longest_gap < loading_ms / 2, f"heartbeat stalled {longest_gap} ms of a {loading_ms:.0f} ms load"


def test_the_slideshow_never_asks_qt_for_an_image_larger_than_the_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, two_photos: Path
) -> None:
    exhibition = load(two_photos).exhibition
    assert exhibition is not None
    kiosk = make_kiosk(exhibition, start="slideshow", size=(1280, 720))
    kiosk.slideshow.next()
    qtbot.waitUntil(kiosk.settled, timeout=20_000)
    # Photos only: a take-away QR code is drawn at its own size, not decoded.
    images = [
        item
        for item in kiosk.items()
        if item.metaObject().className().startswith("QQuickImage") and item.objectName() != "takeAwayCode"
    ]
    huge = [item for item in images if item.property("source").path().endswith("huge.jpg")]
    assert huge, "the 24 MP photo should be on screen"
    for item in images:
        requested = item.property("sourceSize")
        assert 0 < requested.width() <= 1280, requested
        assert requested.height() <= 720, requested
        assert item.property("asynchronous") is True
        assert item.property("autoTransform") is True
        # The photo provider fits the decode inside the box (a 3:2 photo for 1280x720: 1080x720).
        width, height = item.property("implicitWidth"), item.property("implicitHeight")
        assert width <= 1280, f"{item.property('source')} decoded at {width}x{height}"
        assert height <= 720, f"{item.property('source')} decoded at {width}x{height}"


def test_every_screen_the_navigator_names_has_its_qml_file() -> None:
    # The one list of screens is navigation.SCREENS; Main.qml and compile_ahead find each by its name.
    assert [name for name in SCREENS if not screen_file(name).is_file()] == []
