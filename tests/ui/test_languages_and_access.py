"""Four languages, right-to-left Arabic, the bundled fonts, and the accessibility mode."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QTimer, QUrl
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtQml import QQmlComponent, QQmlEngine
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import ARABIC, BUNDLED_CONTENT, LATIN
from kiosk.content import Exhibition, load
from kiosk.ui.screens import MAIN_QML
from tests.conftest import MINIMAL, ROOT
from tests.kiosk_fixtures import tap, visible_texts
from tools.translations import check as translations_check

MakeKiosk = Callable[..., Kiosk]
SCREENS = ["home", "panels", "panel", "slideshow", "timeline"]


@pytest.fixture
def bundled() -> Exhibition:
    exhibition = load(BUNDLED_CONTENT).exhibition
    assert exhibition is not None
    return exhibition


def open_screen(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    if name == "panel":
        kiosk.navigator.showPanel(6)
    elif name != "home":
        kiosk.navigator.show(name)
    qtbot.waitUntil(kiosk.settled, timeout=10_000)


@pytest.mark.parametrize("name", SCREENS)
def test_switching_language_updates_every_visible_string(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition, name: str
) -> None:
    switched = make_kiosk(bundled)
    open_screen(qtbot, switched, name)
    english = [text for text, _ in visible_texts(switched)]
    switched.preferences.choose("fr")
    qtbot.waitUntil(switched.settled)
    french = make_kiosk(bundled, language="fr")  # a kiosk that started in French, for reference
    open_screen(qtbot, french, name)
    assert [text for text, _ in visible_texts(switched)] == [text for text, _ in visible_texts(french)]
    assert [text for text, _ in visible_texts(switched)] != english
    assert switched.navigator.property("screen") == (name if name != "home" else "home"), "the visitor stays put"


def test_the_language_picker_names_each_language_in_its_own_script(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition
) -> None:
    kiosk = make_kiosk(bundled)
    tap(kiosk, "languageButton")
    qtbot.waitUntil(lambda: kiosk.find("languagePicker").isVisible())
    names = [str(kiosk.find(f"language_{code}").property("label")) for code in ("en", "fr", "es", "ar")]
    assert names == ["English", "Français", "Español", "العربية"]
    tap(kiosk, "language_es")
    qtbot.waitUntil(lambda: kiosk.preferences.property("language") == "es")
    assert kiosk.find("homeSubtitle").property("text") == "100 años de cooperación policial internacional"


def test_arabic_mirrors_the_layout(make_kiosk: MakeKiosk, bundled: Exhibition, qtbot: QtBot) -> None:
    english = make_kiosk(bundled)
    open_screen(qtbot, english, "panels")
    arabic = make_kiosk(bundled, language="ar")
    open_screen(qtbot, arabic, "panels")
    for name in ("homeButton", "panelTile_0"):
        ltr = english.find(name).mapRectToScene(QRectF(0, 0, english.find(name).width(), 1))
        rtl = arabic.find(name).mapRectToScene(QRectF(0, 0, arabic.find(name).width(), 1))
        # The same distance from the reading start: the left edge in English, the right in Arabic.
        assert 1920 - rtl.right() == pytest.approx(ltr.left(), abs=1), name
    assert arabic.find("homeButton").property("label") == "الرئيسية"


def test_attract_resets_language_and_accessibility(qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition) -> None:
    kiosk = make_kiosk(bundled, idle_ms=200, countdown_ms=200)
    kiosk.preferences.choose("ar")
    kiosk.preferences.toggleAccessible()
    tap(kiosk, "homeTile_panels")
    with qtbot.waitSignal(kiosk.idle.timedOut, timeout=5000):
        pass
    assert kiosk.preferences.property("language") == "en"
    assert not kiosk.preferences.property("accessible")


@pytest.mark.parametrize("name", ["home", "panel"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_accessibility_mode_enlarges_text_and_gives_more_time(
    qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition, name: str, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(bundled, size=size)
    open_screen(qtbot, kiosk, name)
    title = "homeTitle" if name == "home" else "panelTitle"
    standard = kiosk.find(title).property("font").pixelSize()
    tap(kiosk, "accessibilityButton")
    qtbot.waitUntil(lambda: kiosk.preferences.property("accessible"))
    qtbot.waitUntil(kiosk.settled)
    # That the larger type still fits, every screen in every language, is tests/ui/test_fit.py's.
    assert kiosk.find(title).property("font").pixelSize() >= 1.4 * standard - 1
    timer = kiosk.idle.findChild(QTimer, "idleTimer")
    assert timer is not None
    assert timer.interval() == 2 * 90_000, "the accessibility mode gives twice the time"


def _contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Every text colour on every background the screens draw it on (foreground, background).
TEXT_PAIRS = [
    ("text", "navy"),
    ("text", "surface"),
    ("textSoft", "navy"),
    ("textSoft", "surface"),
    ("muted", "navy"),
    ("muted", "surface"),
    ("gold", "navy"),
    ("gold", "surface"),
    ("inkOnGold", "gold"),
    ("inkOnRed", "red"),
    ("text", "surfacePressed"),
    ("ink", "paper"),  # a take-away code's label on its white card
    ("inkSoft", "paper"),
]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_text_colour_pair_meets_wcag_aa(kiosk_qt: object, high_contrast: bool) -> None:
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    tokens = sorted({token for pair in TEXT_PAIRS for token in pair})
    component.setData(
        (
            'import QtQuick\nimport "."\nQtObject {\n'
            f"  Component.onCompleted: Theme.highContrast = {str(high_contrast).lower()}\n"
            # A prefix: QML reads a property named like "onRed" as a signal handler, not a property.
            + "".join(f'  readonly property string colour_{t}: "" + Theme.{t}\n' for t in tokens)
            + "}\n"
        ).encode(),
        QUrl.fromLocalFile(str(MAIN_QML.parent / "ContrastProbe.qml")),
    )
    probe = component.create()
    assert probe is not None, component.errorString()
    for foreground, background in TEXT_PAIRS:
        ratio = _contrast(probe.property(f"colour_{foreground}"), probe.property(f"colour_{background}"))
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}:1 (high contrast {high_contrast})"
    del probe, component, engine


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_no_glyph_falls_back_to_a_box(qtbot: QtBot, make_kiosk: MakeKiosk, bundled: Exhibition, language: str) -> None:
    primary, second = (ARABIC, LATIN) if language == "ar" else (LATIN, ARABIC)
    fonts = []
    for family in (primary, second):
        font = QFont(family)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        fonts.append(QRawFont.fromFont(font))
    assert [f.familyName() for f in fonts] == [primary, second]
    kiosk = make_kiosk(bundled, language=language)
    seen: set[str] = set()
    for name in SCREENS:
        open_screen(qtbot, kiosk, name)
        seen.update("".join(text for text, _ in visible_texts(kiosk)))
    missing = sorted(c for c in seen if not c.isspace() and not any(f.supportsCharacter(ord(c)) for f in fonts))
    assert missing == [], f"no bundled glyph for {missing} in {language}"


def test_interface_translations_are_complete_and_compiled() -> None:
    assert translations_check() == []


def test_check_strict_makes_missing_translations_errors(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(
        (BUNDLED_CONTENT.parent / "photos/01-prince-albert-ii-and-president-ballestrazzi.jpg").read_bytes()
    )
    (tmp_path / "content.yaml").write_text(MINIMAL + "settings: {languages: [en, fr]}\n")

    def check(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kiosk", "check", *options, str(tmp_path / "content.yaml")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )

    relaxed, strict = check(), check("--strict")
    assert relaxed.returncode == 0
    assert "2:10: warning: exhibition.title: no fr translation; add 'fr: ...'" in relaxed.stdout
    assert strict.returncode == 1
    assert "2:10: error: exhibition.title: no fr translation" in strict.stdout


def test_the_bundled_content_is_complete_in_four_languages() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "check", "--strict", str(BUNDLED_CONTENT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (0, "")
