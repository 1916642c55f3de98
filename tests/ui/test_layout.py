"""Layouts from 1280x720 to 3840x2160 and in portrait: big enough to touch, nothing overlapping."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import load
from tests.conftest import ROOT, preview_names
from tests.kiosk_fixtures import SIZES, box, scale

MakeKiosk = Callable[..., Kiosk]
TARGETS = {
    "home": ["homeTile_panels", "homeTile_slideshow", "homeTile_timeline"],
    "panels": ["homeButton", "backButton", "panelTile_0"],
    "panel": ["homeButton", "backButton", "panelPhoto_0"],
    "slideshow": ["slideshowClose", "homeButton", "slidePrevious", "slideNext", "slidePlayPause"],
    "timeline": ["homeButton", "backButton"],
}


def open_screen(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    if name == "panel":
        kiosk.navigator.showPanel(0)
    else:
        kiosk.navigator.show(name)
    qtbot.waitUntil(kiosk.settled, timeout=10_000)


@pytest.mark.parametrize(("size", "name"), list(itertools.product(SIZES, TARGETS)))
def test_touch_targets_are_72_px_or_more_and_inside_the_window(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int], name: str
) -> None:
    exhibition = load(BUNDLED_CONTENT).exhibition
    kiosk = make_kiosk(exhibition, size=size)
    open_screen(qtbot, kiosk, name)
    window = QRectF(0, 0, *size)
    minimum = 72 * scale(*size)
    for target in TARGETS[name]:
        bounds = box(kiosk.find(target))
        assert min(bounds.width(), bounds.height()) >= minimum - 0.5, f"{target} is {bounds.size()} at {size}"
        assert window.contains(bounds), f"{target} at {bounds} is not wholly on a {size} screen"


def test_kiosk_preview_writes_every_screen_and_exits_0(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "preview", str(BUNDLED_CONTENT), "--out", str(tmp_path), "--size", "1280x720"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert {p.stem for p in tmp_path.glob("*.png")} == preview_names(BUNDLED_CONTENT)
    for png in tmp_path.glob("*.png"):
        image = QImage(str(png))
        assert (image.width(), image.height()) == (1280, 720)
        # Not blank: a blank or background-only screen has one or two colours in a coarse sample.
        sample = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 720, 40)}
        assert len(sample) >= 4, f"{png.name} looks blank"


def test_kiosk_preview_refuses_a_bad_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "preview", str(BUNDLED_CONTENT), "--out", "x", "--size", "big"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "'big' is not a size such as 1920x1080" in result.stderr
