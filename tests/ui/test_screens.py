"""The visitor screens, driven by touch on the offscreen platform."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import Exhibition, Transition, load
from tests.conftest import MINIMAL, make_jpeg
from tests.kiosk_fixtures import swipe, tap

MakeKiosk = Callable[..., Kiosk]


@pytest.fixture
def bundled() -> Exhibition:
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    return exhibition


def screen(kiosk: Kiosk) -> str:
    return str(kiosk.navigator.property("screen"))


def go(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    """Tap an item and wait for the screen it leads to."""
    with qtbot.waitSignal(kiosk.navigator.changed, timeout=5000):
        tap(kiosk, name)
    qtbot.waitUntil(kiosk.settled, timeout=10_000)


def shown(kiosk: Kiosk) -> int:
    """The slide on screen (it lags the slideshow's index while the next photo decodes)."""
    return int(kiosk.slideshow.property("shown"))


def test_each_panel_tile_says_what_the_panel_is_about(qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition) -> None:
    kiosk = make_kiosk(bundled, language="fr")
    go(qtbot, kiosk, "homeTile_panels")
    summary = kiosk.find("panelSummary_0")
    assert summary.property("text") == bundled.panels[0].summary.get("fr", "en")
    assert not summary.property("truncated")
    tile = kiosk.find("panelTile_0")
    assert summary.mapToItem(tile, 0, summary.height()).y() <= tile.height(), "inside its card"


def test_tap_through_home_panel_photo_slideshow_and_back(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition
) -> None:
    kiosk = make_kiosk(bundled)
    assert screen(kiosk) == "home"
    go(qtbot, kiosk, "homeTile_panels")
    assert screen(kiosk) == "panels"
    go(qtbot, kiosk, "panelTile_2")
    assert (screen(kiosk), kiosk.navigator.property("panel")) == ("panel", 2)
    assert kiosk.find("panelTitle").property("text") == bundled.panels[2].title.get("en", "en")
    go(qtbot, kiosk, "panelPhoto_0")  # the third tap from home reaches a photo
    assert screen(kiosk) == "slideshow"
    assert kiosk.slideshow.property("index") == 4  # panel 3's first photo is the fifth slide
    qtbot.waitUntil(lambda: shown(kiosk) == 4)
    assert kiosk.find("slideCaption").property("text") == bundled.slideshow[4].caption.get("en", "en")
    go(qtbot, kiosk, "slideshowClose")
    assert screen(kiosk) == "panel"
    go(qtbot, kiosk, "homeButton")
    assert screen(kiosk) == "home"


def test_the_photos_tile_opens_the_slideshow_and_back_returns_home(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition
) -> None:
    kiosk = make_kiosk(bundled)
    go(qtbot, kiosk, "homeTile_slideshow")
    assert screen(kiosk) == "slideshow"
    assert kiosk.find("slidePosition").property("text") == "1\u00a0/\u00a014"
    go(qtbot, kiosk, "slideshowClose")
    assert screen(kiosk) == "home"


def test_timeline_runs_from_the_first_year_to_the_last(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition
) -> None:
    kiosk = make_kiosk(bundled)
    go(qtbot, kiosk, "homeTile_timeline")
    first, second = kiosk.find("timelineEntry_0"), kiosk.find("timelineEntry_1")
    assert first.x() < second.x(), "the timeline reads left to right, 1914 first"
    assert kiosk.find("timelineList").property("count") == 6


def test_swipe_left_shows_the_next_photo_and_right_the_previous(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition
) -> None:
    kiosk = make_kiosk(bundled, start="slideshow")
    assert shown(kiosk) == 0
    swipe(kiosk, QPoint(1400, 500), QPoint(600, 500))
    qtbot.waitUntil(lambda: shown(kiosk) == 1)
    assert kiosk.find("slidePosition").property("text") == "2\u00a0/\u00a014"
    swipe(kiosk, QPoint(600, 500), QPoint(1400, 500))
    qtbot.waitUntil(lambda: shown(kiosk) == 0)


def test_tap_zones_move_and_the_middle_pauses(qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition) -> None:
    kiosk = make_kiosk(bundled, start="slideshow")
    tap(kiosk, "slideNext")
    qtbot.waitUntil(lambda: shown(kiosk) == 1)
    assert kiosk.slideshow.property("playing")
    with qtbot.waitSignal(kiosk.slideshow.playingChanged):
        tap(kiosk, "slideCaption")  # the middle of the screen
    assert not kiosk.slideshow.property("playing")
    assert kiosk.find("pausedBadge").isVisible()


def test_slideshow_advances_by_itself_at_the_interval(qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition) -> None:
    kiosk = make_kiosk(bundled, start="slideshow", interval_ms=300)
    before = kiosk.slideshow.property("index")
    with qtbot.waitSignal(kiosk.slideshow.advanced, timeout=5000) as advanced:
        pass
    assert advanced.args == [before + 1]
    qtbot.waitUntil(lambda: shown(kiosk) == before + 1, timeout=5000)


# Qt reports the undecodable file itself; that report is expected here and nothing else is. (Once
# QtPdf's QML types are loaded in the process, Qt names the type QQuickImage* instead of Image.)
@pytest.mark.qt_log_ignore(
    r"QML (?:Image|QQuickImage\*): Failed to get image from provider: image://photo/.*broken\.jpg\?v=\d+"
)
def test_a_broken_photo_shows_the_placeholder_and_the_show_goes_on(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    make_jpeg(tmp_path / "photo.jpg")
    (tmp_path / "broken.jpg").write_text("this is not a JPEG")
    content = MINIMAL.replace("image: photo.jpg", "image: broken.jpg") + (
        "      - {image: photo.jpg, caption: Second photo, credit: Someone}\n"
    )
    (tmp_path / "content.yaml").write_text(content)
    exhibition = load(tmp_path / "content.yaml").exhibition
    assert exhibition is not None
    kiosk = make_kiosk(exhibition, start="slideshow", interval_ms=200)
    assert kiosk.find("photoPlaceholder").isVisible()
    assert kiosk.find("slideCaption").property("text") == "A caption"
    qtbot.waitUntil(lambda: shown(kiosk) == 1, timeout=5000)
    assert kiosk.find("slideCaption").property("text") == "Second photo"


def test_fullscreen_fills_the_screen_without_a_window_manager(make_kiosk: MakeKiosk, bundled: Exhibition) -> None:
    kiosk = make_kiosk(bundled, size=(1280, 720))
    assert (kiosk.window.width(), kiosk.window.height()) == (1280, 720)
    kiosk.show(fullscreen=True)
    assert kiosk.window.geometry() == kiosk.window.screen().geometry()
    assert (kiosk.window.width(), kiosk.window.height()) == (1920, 1080)


def test_ken_burns_slowly_zooms_the_photo_on_screen(qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition) -> None:
    settings = dataclasses.replace(bundled.settings, transition=Transition.KENBURNS)
    kiosk = make_kiosk(dataclasses.replace(bundled, settings=settings), start="slideshow", motion=1.0)
    layer = kiosk.find("slideLayerA")
    # The photo is the image decoded at screen size; the other one is the 48 px backdrop.
    photo = max(
        (i for i in layer.childItems() if i.metaObject().className().startswith("QQuickImage")),
        key=lambda i: i.property("sourceSize").width(),
    )
    qtbot.waitUntil(lambda: photo.scale() > 1.001, timeout=5000)
    assert photo.scale() <= 1.08
