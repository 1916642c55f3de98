"""Burn-in care: the home screen and the closed card drift a pixel at a time, within a few pixels."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QRectF
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import load
from tests.hours_fixtures import closed_kiosk
from tests.kiosk_fixtures import box, visible_texts

MakeKiosk = Callable[..., Kiosk]


def drift_step(kiosk: Kiosk) -> int:
    return int(kiosk.window.property("driftStep"))


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_home_drifts_a_pixel_at_a_time_within_4_px_and_nothing_overlaps(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    exhibition = load(BUNDLED_CONTENT).exhibition
    kiosk = make_kiosk(exhibition, size=size, motion=0.01)  # not 0: previews keep still
    qtbot.waitUntil(lambda: kiosk.find("stage").y() == 0)  # the screen's entrance is over
    origin = box(kiosk.find("homeTitle")).topLeft()
    kiosk.window.setProperty("driftInterval", 20)  # minutes in a hall
    qtbot.waitUntil(lambda: drift_step(kiosk) >= 3)
    kiosk.window.setProperty("driftInterval", 3_600_000)  # the test takes the steps from here
    window = QRectF(0, 0, *size)
    previous: tuple[float, float] | None = None
    seen = set()
    for step in range(49):
        kiosk.window.setProperty("driftStep", step)
        title = box(kiosk.find("homeTitle")).topLeft() - origin
        dx, dy = title.x(), title.y()
        assert abs(dx) <= 4, f"step {step}: {dx} px across"
        assert abs(dy) <= 4, f"step {step}: {dy} px down"
        if previous is not None:
            moved = max(abs(dx - previous[0]), abs(dy - previous[1]))
            assert moved == 1, f"step {step} moved {moved} px"
        previous = (dx, dy)
        seen.add(previous)
        texts = visible_texts(kiosk)
        for (text_a, a), (text_b, b) in itertools.combinations(texts, 2):
            assert a.intersected(b).isEmpty(), f"step {step}: {text_a!r} overlaps {text_b!r}"
        for text, bounds in texts:
            assert window.contains(bounds), f"step {step}: {text!r} runs off the screen"
        for target in ("homeTile_panels", "homeTile_timeline", "languageButton", "accessibilityButton"):
            assert window.contains(box(kiosk.find(target))), f"step {step}: {target} leaves the screen"
    assert previous == (0.0, 0.0), "the loop comes back where it started"
    assert len(seen) >= 20, "the edges are spread over many positions"


def test_the_closed_card_drifts_too(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk, _ = closed_kiosk(make_kiosk, tmp_path, motion=0.01)
    card = kiosk.find("closedCard")
    before = box(card).topLeft()
    kiosk.window.setProperty("driftStep", 2)
    after = box(card).topLeft() - before
    assert (after.x(), after.y()) == (2, 2)


def test_no_drift_in_previews(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(load(BUNDLED_CONTENT).exhibition)  # motion 0, as kiosk preview builds it
    timer = kiosk.window.findChild(QObject, "driftTimer")
    assert timer is not None
    assert timer.property("running") is False
