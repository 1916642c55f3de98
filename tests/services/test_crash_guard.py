"""A photo the kiosk died on twice in a row is skipped at the next start, until it is replaced."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import load
from kiosk.services.crashguard import DecodeGuard
from tests.conftest import MINIMAL, ROOT, make_jpeg

MakeKiosk = Callable[..., Kiosk]

# A kiosk process that dies, killed outright, in the middle of decoding the photo: what a crash in
# an image decoder looks like from outside (no finally block, no exit handler runs).
DIE_WHILE_DECODING = """
import os, signal, sys
from pathlib import Path
from kiosk.services.crashguard import DecodeGuard
with DecodeGuard(Path(sys.argv[1])).decoding(sys.argv[2]):
    os.kill(os.getpid(), signal.SIGKILL)
"""


def die_while_decoding(state: Path, photo: Path) -> None:
    result = subprocess.run([sys.executable, "-c", DIE_WHILE_DECODING, str(state), str(photo)], cwd=ROOT, check=False)
    assert result.returncode == -9


@pytest.fixture
def show(tmp_path: Path) -> Path:
    """A slideshow of two photos: deadly.jpg first, then fine.jpg."""
    make_jpeg(tmp_path / "deadly.jpg")
    make_jpeg(tmp_path / "fine.jpg", colour="#C9A227")
    content = MINIMAL.replace("image: photo.jpg", "image: deadly.jpg") + (
        "      - {image: fine.jpg, caption: Second photo, credit: Someone}\n"
    )
    (tmp_path / "content.yaml").write_text(content)
    return tmp_path


def test_one_death_gives_the_photo_a_second_chance(show: Path, caplog: pytest.LogCaptureFixture) -> None:
    state = show / "decoding.json"
    die_while_decoding(state, show / "deadly.jpg")
    with caplog.at_level(logging.WARNING):
        guard = DecodeGuard(state)
    assert guard.allowed(str(show / "deadly.jpg"))
    assert "stopped while decoding" in caplog.text
    # A decode that comes back clears it: two deaths must be in a row.
    with guard.decoding(str(show / "deadly.jpg")):
        pass
    assert DecodeGuard(state).allowed(str(show / "deadly.jpg"))


def test_a_clean_start_in_between_breaks_the_row(show: Path) -> None:
    state = show / "decoding.json"
    die_while_decoding(state, show / "deadly.jpg")
    DecodeGuard(state)  # a start that shows other photos and is stopped cleanly
    die_while_decoding(state, show / "deadly.jpg")
    assert DecodeGuard(state).allowed(str(show / "deadly.jpg"))


# Qt reports the photo the provider refused; that report is expected here and nothing else is.
@pytest.mark.qt_log_ignore(
    r"QML (?:Image|QQuickImage\*): Failed to get image from provider: image://photo/.*deadly\.jpg\?v=\d+"
)
def test_after_two_deaths_in_a_row_the_photo_is_skipped_and_the_log_says_why(
    qtbot: QtBot, make_kiosk: MakeKiosk, show: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = show / "decoding.json"
    die_while_decoding(state, show / "deadly.jpg")
    die_while_decoding(state, show / "deadly.jpg")
    exhibition = load(show / "content.yaml").exhibition
    assert exhibition is not None
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk(exhibition, start="slideshow", interval_ms=200, decode_state=state)
    assert kiosk.find("photoPlaceholder").isVisible()
    assert f"skipping {show / 'deadly.jpg'}: the kiosk stopped 2 times in a row" in caplog.text
    assert "not an image Qt can read" not in caplog.text  # the reason given is the real one
    # The show goes on with the next photo, decoded as usual.
    qtbot.waitUntil(lambda: kiosk.find("slideCaption").property("text") == "Second photo", timeout=5000)
    qtbot.waitUntil(kiosk.settled, timeout=5000)
    centre = kiosk.window.grabWindow().pixelColor(960, 540)
    assert abs(centre.red() - 0xC9) + abs(centre.green() - 0xA2) + abs(centre.blue() - 0x27) < 30, centre.name()
    # It stays skipped at later starts, until a curator replaces the file.
    assert not DecodeGuard(state).allowed(str(show / "deadly.jpg"))
    stat = (show / "deadly.jpg").stat()
    os.utime(show / "deadly.jpg", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert DecodeGuard(state).allowed(str(show / "deadly.jpg"))


def test_an_unreadable_state_file_is_ignored_with_a_warning(show: Path, caplog: pytest.LogCaptureFixture) -> None:
    state = show / "decoding.json"
    state.write_text('{"decoding": ["x"], "strikes": {"x": "many"')
    with caplog.at_level(logging.WARNING):
        guard = DecodeGuard(state)
    assert guard.allowed(str(show / "deadly.jpg"))
    assert "crash guard: ignoring" in caplog.text
