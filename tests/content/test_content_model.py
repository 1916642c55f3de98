"""What the loader builds from good content: texts, defaults, aliases and degraded photos."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.content import Attract, Severity, Text, Transition, load
from tests.conftest import MINIMAL, ROOT

Write = Callable[[str | bytes], Path]


def test_minimal_content_loads_with_defaults(write_content: Write) -> None:
    result = load(write_content(MINIMAL))
    assert result.problems == ()
    exhibition = result.exhibition
    assert exhibition is not None
    assert exhibition.title.get("en", "en") == "Turn Back Crime"
    assert exhibition.settings.transition is Transition.FADE
    assert exhibition.settings.attract is Attract.SLIDESHOW
    assert exhibition.settings.idle_seconds == 90
    assert [p.id for p in exhibition.panels] == ["one"]


def test_slideshow_defaults_to_every_panel_photo_in_order(write_content: Write, content_dir: Path) -> None:
    (content_dir / "two.jpg").write_bytes(b"x")
    text = MINIMAL + (
        "  - id: two\n    title: Second\n    summary: More.\n    photos:\n"
        "      - {image: two.jpg, caption: Two, credit: Someone}\n"
    )
    exhibition = load(write_content(text)).exhibition
    assert exhibition is not None
    assert [p.image.name for p in exhibition.slideshow] == ["photo.jpg", "two.jpg"]


def test_an_explicit_slideshow_replaces_the_default(write_content: Write) -> None:
    text = MINIMAL + "slideshow:\n  - {image: photo.jpg, caption: Only this, credit: Me}\n"
    exhibition = load(write_content(text)).exhibition
    assert exhibition is not None
    assert [p.caption.get("en", "en") for p in exhibition.slideshow] == ["Only this"]


def test_translations_fall_back_to_the_default_language(write_content: Write) -> None:
    text = MINIMAL.replace("title: The first panel", "title: {en: The first panel, fr: Le premier panneau}")
    text += "settings:\n  language: en\n  languages: [en, fr, ar]\n"
    exhibition = load(write_content(text)).exhibition
    assert exhibition is not None
    title = exhibition.panels[0].title
    assert title.get("fr", "en") == "Le premier panneau"
    assert title.get("ar", "en") == "The first panel"
    assert Text.plain("x").get("fr", "en") == "x"


def test_anchors_aliases_and_merge_keys_are_fine(write_content: Write) -> None:
    text = MINIMAL.replace("credit: A credit", "credit: &who Stand-in image") + (
        "  - id: two\n    title: Second\n    summary: More.\n    photos:\n"
        "      - &shot {image: photo.jpg, caption: Two, credit: *who}\n"
        "      - {<<: *shot, caption: Three}\n"
    )
    exhibition = load(write_content(text)).exhibition
    assert exhibition is not None
    photos = exhibition.panels[1].photos
    assert [p.caption.get("en", "en") for p in photos] == ["Two", "Three"]
    assert {p.credit.get("en", "en") for p in photos} == {"Stand-in image"}


def test_numbers_and_dates_are_read_as_written(write_content: Write) -> None:
    text = MINIMAL.replace("  place: Monaco\n", "  place: Monaco\n  date: 2014-11-05\n  first_year: 1914\n")
    text += "settings:\n  slide_seconds: 7.5\n  transition: kenburns\n  attract: home\n"
    exhibition = load(write_content(text)).exhibition
    assert exhibition is not None
    assert exhibition.opens == exhibition.closes == dt.date(2014, 11, 5)
    assert exhibition.first_year == 1914
    assert exhibition.settings.slide_seconds == 7.5
    assert exhibition.settings.transition is Transition.KENBURNS
    assert exhibition.settings.attract is Attract.HOME


def test_a_missing_photo_degrades_instead_of_failing(write_content: Write) -> None:
    result = load(write_content(MINIMAL.replace("image: photo.jpg", "image: gone.jpg")))
    assert result.exhibition is not None, "a missing photo must not make the content unusable"
    assert [p.recoverable for p in result.problems] == [True]
    assert result.exhibition.slideshow[0].image.name == "gone.jpg"


def test_a_long_caption_is_a_warning(write_content: Write) -> None:
    result = load(write_content(MINIMAL.replace("caption: A caption", "caption: " + "word " * 60)))
    assert result.exhibition is not None
    assert [(p.severity, p.line, p.message) for p in result.problems] == [
        (Severity.WARNING, 12, "299 characters; 200 fit whole on 4 lines of the slideshow's caption")
    ]


def test_a_translation_longer_than_its_screen_holds_warns_at_its_own_line(write_content: Write) -> None:
    long_title = "Turn Back Crime, cent ans de coopération policière"
    text = MINIMAL.replace("  title: Turn Back Crime\n", f"  title:\n    en: Turn Back Crime\n    fr: {long_title}\n")
    result = load(write_content(text + "settings:\n  languages: [en, fr]\n"))
    assert [(p.severity, p.line, p.message) for p in result.problems if p.path == "exhibition.title"] == [
        (Severity.WARNING, 4, f"{len(long_title)} characters (fr); 40 fit whole on 2 lines of the home screen's title")
    ]


def test_every_problem_is_collected_not_only_the_first(write_content: Write) -> None:
    text = MINIMAL.replace("place: Monaco", "plac: Monaco").replace("caption: A caption", "caption: yes")
    text += "settings:\n  transition: wipe\n"
    lines = [p.line for p in load(write_content(text)).problems]
    assert lines == sorted(lines)
    assert {2, 4, 12, 15} <= set(lines)


def test_the_content_package_imports_no_qt() -> None:
    code = "import sys, kiosk.content; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
