"""Opening hours on screen: the dark kiosk, its closed card, and how it wakes.

The kiosk's clock is simulated (SimClock, in Europe/Monaco): it runs at real speed from wherever a
test puts it, so that a timer armed for the next opening fires a moment later rather than hours
later. Nothing sleeps.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import load
from kiosk.services.visits import VisitRecorder
from kiosk.ui.lockdown import GESTURE_TAPS
from tests.conftest import MINIMAL
from tests.hours_fixtures import SimClock, closed_kiosk, exhibition_with, monaco
from tests.kiosk_fixtures import tap, touchscreen, visible_texts

MakeKiosk = Callable[..., Kiosk]


def advance_timer(kiosk: Kiosk) -> QTimer:
    timer = kiosk.slideshow.findChild(QTimer, "advanceTimer")
    assert timer is not None
    return timer


def photo_sources(kiosk: Kiosk) -> list[str]:
    return [
        item.property("source").toString()
        for item in kiosk.items()
        if item.metaObject().className().startswith("QQuickImage") and not item.property("source").isEmpty()
    ]


def touch_centre(kiosk: Kiosk) -> None:
    point = QPoint(960, 540)
    QTest.touchEvent(kiosk.window, touchscreen()).press(0, point).commit()
    QTest.touchEvent(kiosk.window, touchscreen()).release(0, point).commit()


def test_closed_the_kiosk_shows_the_card_decodes_nothing_and_ignores_touches(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    recorder = VisitRecorder(tmp_path / "visits")
    kiosk, _ = closed_kiosk(make_kiosk, tmp_path, "    wake_on_touch: false\n", visits=recorder)
    assert kiosk.find("closedScreen").isVisible()
    assert kiosk.find("closedTitle").property("text") == "Closed"
    assert kiosk.find("closedNextOpening").property("text") == "Opens again tomorrow at 10:00"
    assert kiosk.find("closedDay_today").childItems()[0].property("text") == "Tuesday"
    assert kiosk.find("stage").property("item") is None, "no screen is loaded behind the card"
    assert photo_sources(kiosk) == []
    assert not advance_timer(kiosk).isActive(), "the slideshow stands still"
    for _ in range(3):
        touch_centre(kiosk)
    assert kiosk.find("closedScreen").isVisible()
    assert not kiosk.idle.property("running")
    kiosk.attract()  # the idle monitor never fires while closed; if it did, the screen stays dark
    assert kiosk.hours.property("dark")
    assert kiosk.find("stage").property("item") is None
    assert not recorder.visiting, "touches while closed are not visits"


def test_a_touch_wakes_the_kiosk_for_the_idle_time_and_it_goes_dark_again(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    recorder = VisitRecorder(tmp_path / "visits")
    kiosk, _ = closed_kiosk(make_kiosk, tmp_path, visits=recorder, idle_ms=400, countdown_ms=100)
    assert kiosk.find("closedTouchHint").isVisible()
    touch_centre(kiosk)
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "home" and kiosk.find("homeTitle").isVisible())
    assert not kiosk.hours.property("open")
    assert kiosk.idle.property("running"), "the idle clock runs while someone looks around"
    tap(kiosk, "homeTile_panels")
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "panels")
    with qtbot.waitSignal(kiosk.hours.darkChanged, timeout=5000):
        pass
    assert kiosk.find("closedScreen").isVisible()
    assert kiosk.navigator.property("screen") == "home"
    assert not kiosk.idle.property("running")
    assert not recorder.visiting
    assert not (tmp_path / "visits").exists(), "outside the opening hours nobody is counted"


def test_at_opening_time_the_kiosk_goes_to_its_attract_state(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk, clock = closed_kiosk(make_kiosk, tmp_path)
    clock.set(monaco(2026, 5, 6, 9, 59, 59, 700_000))
    kiosk.hours.check()  # as the minute's safety check does after the clock is set
    with qtbot.waitSignal(kiosk.hours.darkChanged, timeout=3000):
        pass
    assert clock() >= monaco(2026, 5, 6, 10, 0), "not a moment early"
    assert kiosk.navigator.property("screen") == "slideshow"
    assert advance_timer(kiosk).isActive()
    qtbot.waitUntil(lambda: photo_sources(kiosk) != [])
    assert kiosk.find("closedLoader").property("item") is None


def test_after_the_clock_jumps_the_safety_check_opens_the_kiosk(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk, clock = closed_kiosk(make_kiosk, tmp_path)
    safety = kiosk.hours.findChild(QTimer, "hoursSafetyTimer")
    assert safety is not None
    assert safety.isActive()
    clock.set(monaco(2026, 5, 6, 11, 0))  # the timer armed for 10:00 knows nothing of this
    safety.setInterval(50)
    with qtbot.waitSignal(kiosk.hours.darkChanged, timeout=3000):
        pass
    assert kiosk.navigator.property("screen") == "slideshow"


def test_at_closing_time_a_visitor_finishes_and_then_the_screen_goes_dark(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk, clock = closed_kiosk(make_kiosk, tmp_path, idle_ms=60_000, countdown_ms=50)
    clock.set(monaco(2026, 5, 6, 12, 0))
    kiosk.hours.check()
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "slideshow")
    kiosk.navigator.home()
    qtbot.waitUntil(lambda: kiosk.find("homeTitle").isVisible())
    tap(kiosk, "homeTile_panels")
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "panels")
    clock.set(monaco(2026, 5, 6, 17, 59, 59, 800_000))
    kiosk.hours.check()
    with qtbot.waitSignal(kiosk.hours.openChanged, timeout=3000):
        pass
    assert not kiosk.hours.property("dark"), "the visitor carries on"
    assert kiosk.navigator.property("screen") == "panels"
    kiosk.idle.set_idle_ms(10)  # the visitor leaves
    with qtbot.waitSignal(kiosk.hours.darkChanged, timeout=3000):
        pass
    assert kiosk.find("closedScreen").isVisible()


def test_the_staff_gesture_works_while_closed(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk, _ = closed_kiosk(make_kiosk, tmp_path, "    wake_on_touch: false\n", lockdown=True, pin="2468")
    with qtbot.waitSignal(kiosk.staff.requested):
        for _ in range(GESTURE_TAPS):
            QTest.touchEvent(kiosk.window, touchscreen()).press(0, QPoint(10, 10)).commit()
            QTest.touchEvent(kiosk.window, touchscreen()).release(0, QPoint(10, 10)).commit()
    qtbot.waitUntil(lambda: kiosk.find("staffPanel").isVisible())
    assert kiosk.hours.property("dark")
    kiosk.status.closeStaff()
    assert not kiosk.idle.property("running"), "closing the staff panel starts no idle clock while dark"


def test_outside_black_shows_nothing_at_all(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk, _ = closed_kiosk(make_kiosk, tmp_path, "    outside: black\n")
    assert kiosk.find("closedScreen").isVisible()
    image = kiosk.window.grabWindow()
    colours = {image.pixel(x, y) for x in range(0, 1920, 20) for y in range(0, 1080, 20)}
    assert colours == {0xFF000000}


def test_a_reload_that_adds_or_removes_hours_takes_effect(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    clock = SimClock(monaco(2026, 5, 5, 20, 0))
    kiosk = make_kiosk(exhibition_with(tmp_path, ""), clock=clock)
    assert kiosk.find("homeTitle").isVisible()
    (tmp_path / "content.yaml").write_text(MINIMAL + 'settings:\n  hours:\n    daily: "10:00-18:00"\n')
    kiosk.apply(load(tmp_path / "content.yaml"))
    qtbot.waitUntil(lambda: kiosk.find("closedScreen").isVisible())
    assert kiosk.find("stage").property("item") is None
    (tmp_path / "content.yaml").write_text(MINIMAL)
    kiosk.apply(load(tmp_path / "content.yaml"))
    qtbot.waitUntil(lambda: kiosk.navigator.property("screen") == "slideshow")
    assert not kiosk.hours.property("dark")


@pytest.mark.parametrize(
    ("size", "language"), [((1280, 720), "en"), ((1920, 1080), "ar"), ((3840, 2160), "fr"), ((1080, 1920), "es")]
)
def test_the_closed_card_fits_without_overlaps(
    make_kiosk: MakeKiosk, tmp_path: Path, size: tuple[int, int], language: str
) -> None:
    exhibition = exhibition_with(
        tmp_path,
        'settings:\n  languages: [en, fr, es, ar]\n  hours:\n    daily: "10:00-13:00, 14:00-18:00"\n',
    )
    kiosk = make_kiosk(exhibition, size=size, language=language, clock=SimClock(monaco(2026, 5, 5, 20, 0)))
    texts = visible_texts(kiosk)
    assert len(texts) >= 3 + 2 * 7
    window = QRectF(0, 0, *size)
    for (text_a, a), (text_b, b) in itertools.combinations(texts, 2):
        assert a.intersected(b).isEmpty(), f"{text_a!r} overlaps {text_b!r} at {size} in {language}"
    for text, bounds in texts:
        assert window.contains(bounds), f"{text!r} runs off a {size} screen"
