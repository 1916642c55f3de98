"""Every screen fits: in four languages, four sizes, with the accessibility mode on and off, for
the bundled exhibition and for a stress exhibition of the longest texts the check accepts.

Each combination is laid out once and every rule is checked on that one layout:
- every element a visitor taps lies wholly in the window, at least 72 px at 1080p, and off
  the texts of others; or it lies in an area that scrolls and shows that it does;
- no text is cut off by the window or a clipping parent, or elided, unless it is longer than the
  check allows (the stress exhibition's over-long texts);
- no two texts overlap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.content import Exhibition, load
from kiosk.content.limits import LIMITS
from kiosk.preview import wait_until
from tests.conftest import ROOT
from tests.kiosk_fixtures import SIZES, box, scale
from tests.stress_content import LANGUAGES, stress_content

MakeKiosk = Callable[..., Kiosk]
OPEN = dt.datetime(2026, 5, 5, 11, 0)  # a Tuesday morning: open
CLOSED = dt.datetime(2026, 5, 5, 20, 0)  # the same evening: closed
Clock = Callable[[], dt.datetime]


@dataclasses.dataclass
class Case:
    exhibition: Exhibition
    cut_on_purpose: set[str]  # texts longer than the check allows: these may end in "…"


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    path, over = stress_content(tmp_path_factory.mktemp("stress"))
    stress = load(path).exhibition
    bundled = load(BUNDLED_CONTENT).exhibition
    assert stress is not None
    assert bundled is not None
    # The bundled exhibition is always open; with the stress one's hours it has a closed card too.
    bundled = dataclasses.replace(bundled, settings=dataclasses.replace(bundled.settings, hours=stress.settings.hours))
    return {"bundled": Case(bundled, set()), "stress": Case(stress, over)}


def choose(kiosk: Kiosk, language: str, accessible: bool) -> None:
    """The visitor's language and mode, as the corner buttons set them."""
    kiosk.preferences.choose(language)
    if kiosk.preferences.property("accessible") != accessible:
        kiosk.preferences.toggleAccessible()


def screens(
    kiosk: Kiosk, exhibition: Exhibition, now: list[dt.datetime], language: str, accessible: bool
) -> Iterator[tuple[str, str]]:
    """Open each screen in turn; yield its name and the overlay to check alone ("": the window)."""
    nav = kiosk.navigator
    nav.home()
    yield "home", ""
    nav.show("panels")
    yield "panels", ""
    # Every panel of the bundled exhibition; of the stress one, the fullest, a plain one and the last.
    count = len(exhibition.panels)
    for i in sorted({0, 1, count - 1} if count > 3 else set(range(count))):
        nav.showPanel(i)
        yield f"panel {exhibition.panels[i].id}", ""
    speaker = next((i for i, p in enumerate(exhibition.panels) if p.speeches), None)
    if speaker is not None:
        nav.showSpeech(speaker, 0)
        yield "speech", ""
    for n in range(min(2, len(exhibition.slideshow))):
        kiosk.slideshow.start(n)
        nav.show("slideshow")
        yield f"slide {n + 1}", ""
    nav.show("timeline")
    yield "timeline", ""
    kiosk.preferences.pick()
    yield "language picker", "languagePicker"
    kiosk.preferences.closePicker()
    kiosk.status.openStaff()
    yield "staff panel", "staffPanel"
    kiosk.status.closeStaff()
    timer = kiosk.idle.findChild(QTimer, "idleTimer")
    assert timer is not None
    interval = timer.interval()
    timer.setInterval(0)
    kiosk.idle.touch()
    yield "idle overlay", "idleOverlay"
    timer.setInterval(interval)
    kiosk.idle.stop()  # nobody reading: at closing time the screen goes dark at once
    now[0] = CLOSED
    kiosk.hours.check()
    # Going dark readies the kiosk for the next visitor (the default language and mode); a
    # visitor who wakes it may choose theirs again.
    choose(kiosk, language, accessible)
    yield "closed", "closedScreen"
    now[0] = OPEN
    kiosk.hours.check()


def laid_out(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Wait for the photos and one more frame: positioners lay out in the frame after a change."""
    if not wait_until(kiosk.settled, 10_000):
        unsettled = [
            i.objectName()
            for i in kiosk.items()
            # Only items that have the property (see Kiosk.settled: asking others can abort PySide6).
            if i.isVisible() and i.metaObject().indexOfProperty("settled") >= 0 and i.property("settled") is False
        ]
        raise AssertionError(f"still loading: {unsettled} on {kiosk.navigator.property('screen')}")
    with qtbot.waitSignal(kiosk.window.frameSwapped, timeout=5_000):
        kiosk.window.update()


def opened(qtbot: QtBot, kiosk: Kiosk, name: str) -> QQuickItem:
    """The overlay of this name, once it shows."""
    qtbot.waitUntil(lambda: any(i.objectName() == name and shown(i) for i in kiosk.items()))
    return kiosk.find(name)


def ancestors(item: QQuickItem) -> Iterator[QQuickItem]:
    parent = item.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def shown(item: QQuickItem) -> bool:
    """Visible and not faded out, itself and all its ancestors."""
    return item.isVisible() and all(a.opacity() > 0.01 for a in (item, *ancestors(item)))


def scrolls(flickable: QQuickItem, kiosk: Kiosk) -> bool:
    """A flickable with more content than room, and a visible hint that says so."""
    more = flickable.property("contentHeight") > flickable.height() + 1 or (
        flickable.property("contentWidth") > flickable.width() + 1
    )
    return more and any(
        # A hint lies over the area it speaks for (reading its typed `flickable` from Python fails).
        hint.objectName() == "scrollHint" and shown(hint) and box(hint) == box(flickable)
        for hint in kiosk.items()
    )


def visible_area(item: QQuickItem, rect: QRectF, kiosk: Kiosk) -> tuple[QRectF, str]:
    """The part of `rect` (window coordinates) on screen, and what cuts the rest off, if anything.

    An area that scrolls, and shows that it does, cuts nothing off: the rest is a flick away.
    """
    area, cut_by, scrolled = QRectF(rect), "", False
    for parent in ancestors(item):
        if parent.clip():
            clip = box(parent)
            if parent.inherits("QQuickFlickable") and scrolls(parent, kiosk):
                scrolled = True
            elif not clip.contains(area.adjusted(1, 1, -1, -1)):
                cut_by = cut_by or f"its clipping parent {parent.objectName() or parent.metaObject().className()}"
            area = area.intersected(clip)
    window = box(kiosk.window.contentItem())
    inner = (area if scrolled else rect).adjusted(1, 1, -1, -1)  # a pixel's rounding either way
    if not cut_by and not inner.isEmpty() and not window.contains(inner):
        cut_by = "the window's edge"
    return area.intersected(window), cut_by


def tappable(item: QQuickItem) -> bool:
    if item.inherits("QQuickMouseArea"):
        return bool(item.isEnabled())
    return any(child.inherits("QQuickTapHandler") and child.property("enabled") for child in item.children())


def problems(kiosk: Kiosk, root: QQuickItem | None, size: tuple[int, int], case: Case) -> Iterator[str]:
    """Every broken rule on the screen as laid out now."""
    window = QRectF(0, 0, *size)
    items = [i for i in kiosk.items() if root is None or i is root or root.isAncestorOf(i)]
    texts = []
    for item in items:
        if item.inherits("QQuickText") and item.property("text") and shown(item):
            text = str(item.property("text")).removeprefix("\u200f")  # the view-model's direction mark
            painted = item.mapRectToScene(item.boundingRect())
            area, cut_by = visible_area(item, painted, kiosk)
            if cut_by:  # partly, or wholly out of sight where nothing says there is more
                at = f"{painted.x():.0f},{painted.y():.0f} {painted.width():.0f}x{painted.height():.0f}"
                yield f"{text[:40]!r} at {at} is cut off by {cut_by}"
            if item.property("truncated") and text not in case.cut_on_purpose:
                yield f"{text[:40]!r} is cut short with …"
            if not area.isEmpty():
                texts.append((text, area))
    for (a, first), (b, second) in itertools.combinations(texts, 2):
        overlap = first.intersected(second)
        if overlap.width() > 1 and overlap.height() > 1:
            yield f"{a[:30]!r} overlaps {b[:30]!r}"
    minimum = 72 * scale(*size) - 0.5
    for item in items:
        if not (tappable(item) and shown(item)):
            continue
        name = item.objectName() or item.metaObject().className()
        bounds = box(item)
        if bounds.contains(window):
            continue  # a backdrop that takes every touch under an overlay, not a control
        area, cut_by = visible_area(item, bounds, kiosk)
        if cut_by:
            yield f"{name} is not wholly on screen: cut off by {cut_by}"
        if area.isEmpty():
            continue
        if min(bounds.width(), bounds.height()) < minimum:
            yield f"{name} is {bounds.width():.0f}x{bounds.height():.0f}, under 72 px at 1080p"
        for text, where in texts:
            inside = any(text == str(t.property("text")) for t in item.findChildren(QQuickItem))
            overlap = where.intersected(area)
            if not inside and overlap.width() > 1 and overlap.height() > 1:
                yield f"{name} covers {text[:30]!r}"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("content", ["bundled", "stress"])
def test_every_screen_fits_in_every_language_and_mode(
    qtbot: QtBot, make_kiosk: MakeKiosk, cases: dict[str, Case], content: str, size: tuple[int, int]
) -> None:
    case = cases[content]
    now = [OPEN]
    kiosk = make_kiosk(case.exhibition, size=size, clock=lambda: now[0], start="home")
    found: list[str] = []
    for language, accessible in itertools.product(LANGUAGES, (False, True)):
        choose(kiosk, language, accessible)
        for screen, overlay in screens(kiosk, case.exhibition, now, language, accessible):
            root = opened(qtbot, kiosk, overlay) if overlay else None
            laid_out(qtbot, kiosk)
            mode = "accessible" if accessible else "standard"
            found += [f"{screen} ({language}, {mode}): {p}" for p in problems(kiosk, root, size, case)]
    assert not found, f"{len(found)} problems at {size[0]}x{size[1]}:\n" + "\n".join(found[:80])


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_way_of_writing_a_year_keeps_the_timeline_years_full_size(
    qtbot: QtBot, make_kiosk: MakeKiosk, cases: dict[str, Case], size: tuple[int, int]
) -> None:
    # The stress timeline's widest years ("vers 1914", "hacia 1914", "1926–1937", "années 1960"):
    # the rules above see a year cut or overlapping, this that its type did not step down to fit.
    exhibition = cases["stress"].exhibition
    kiosk = make_kiosk(exhibition, size=size, clock=lambda: OPEN, start="home")
    found: list[str] = []
    for language, accessible in itertools.product(LANGUAGES, (False, True)):
        choose(kiosk, language, accessible)
        kiosk.navigator.show("timeline")
        laid_out(qtbot, kiosk)
        mode = "accessible" if accessible else "standard"
        for n in range(len(exhibition.timeline)):
            year = kiosk.find(f"timelineYear_{n}")
            if year.implicitWidth() > year.width() + 0.5:
                text = re.sub("<[^>]*>", "", str(year.property("text")))
                found.append(f"{text!r} ({language}, {mode}) needs {year.implicitWidth():.0f} px of {year.width():.0f}")
    assert not found, f"at {size[0]}x{size[1]}:\n" + "\n".join(found)


def test_the_content_format_states_the_limits_the_check_uses() -> None:
    table = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z.]+)` \| (\d+) \| (\d+) \|", table, re.MULTILINE)
    assert {key: (int(characters), int(lines)) for key, characters, lines in rows} == {
        key: (limit.characters, limit.lines) for key, limit in LIMITS.items()
    }


def test_the_check_warns_for_the_stress_content_and_not_for_the_bundled(tmp_path: Path) -> None:
    path, _ = stress_content(tmp_path)
    warned = {p.path for p in load(path).problems}
    assert warned == {"panels[9].title", "exhibition.facts"}
    assert load(BUNDLED_CONTENT).problems == ()
