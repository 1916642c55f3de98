"""The timeline screen words each way of writing a year in the visitor's language and digits."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import Exhibition, Settings, Text, TimelineEntry, YearForm, load
from tests.conftest import MINIMAL

MakeKiosk = Callable[..., Kiosk]
Write = Callable[[str | bytes], Path]

ENTRIES = (
    TimelineEntry(1881, Text.plain("An approximate year"), form=YearForm.ABOUT),
    TimelineEntry(1914, Text.plain("A span"), form=YearForm.SPAN, end_year=1918),
    TimelineEntry(1923, Text.plain("A year")),
    TimelineEntry(1990, Text.plain("A decade"), form=YearForm.DECADE),
)


def exhibition(write_content: Write) -> Exhibition:
    """The minimal exhibition with a timeline of each form, offered in English, French and Arabic."""
    loaded = load(write_content(MINIMAL)).exhibition
    assert loaded is not None
    return dataclasses.replace(loaded, timeline=ENTRIES, settings=Settings(languages=("en", "fr", "ar")))


def years(kiosk: Kiosk) -> list[str]:
    """The years as the timeline shows them, without their styling (the figures are in bold)."""
    shown = (kiosk.find(f"timelineYear_{n}").property("text") for n in range(len(ENTRIES)))
    return [re.sub("<[^>]*>", "", str(text)) for text in shown]


def timeline(qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write) -> Kiosk:
    kiosk = make_kiosk(exhibition(write_content))
    with qtbot.waitSignal(kiosk.navigator.changed, timeout=5000):
        kiosk.navigator.show("timeline")
    qtbot.waitUntil(kiosk.settled, timeout=10_000)
    return kiosk


def switch(qtbot: QtBot, kiosk: Kiosk, language: str) -> None:
    with qtbot.waitSignal(kiosk.content.changed, timeout=5000):
        kiosk.preferences.choose(language)


def test_the_timeline_shows_approximate_years_decades_and_spans_in_english(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write
) -> None:
    kiosk = timeline(qtbot, make_kiosk, write_content)
    assert years(kiosk) == ["c. 1881", "1914–1918", "1923", "1990s"]


def test_the_timeline_shows_approximate_years_decades_and_spans_in_french(
    qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write
) -> None:
    kiosk = timeline(qtbot, make_kiosk, write_content)
    switch(qtbot, kiosk, "fr")
    assert years(kiosk) == ["vers 1881", "1914–1918", "1923", "années 1990"]


def test_the_years_are_in_the_languages_digits(qtbot: QtBot, make_kiosk: MakeKiosk, write_content: Write) -> None:
    kiosk = timeline(qtbot, make_kiosk, write_content)
    switch(qtbot, kiosk, "ar")
    shown = years(kiosk)
    # Arabic-Indic digits; the span's first year first in the text, and so on the right.
    assert shown[1:3] == ["١٩١٤–١٩١٨", "١٩٢٣"]
    assert "١٨٨١" in shown[0]
    assert "١٩٩٠" in shown[3]
