"""`kiosk stats` for several kiosks: the chart tells their names apart, marks the right days red; CSV medians."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor, QFontMetricsF

from kiosk.assets import font
from kiosk.services.visitlog import Visit, Visits
from kiosk.stats import Report, csv_report, summarise
from kiosk.statsplot import NAME_COLUMN, draw_chart, name_column, short_name, silent_days

INTERPOL = [f"interpol-monaco-grimaldi-forum-kiosk-0{i}" for i in (1, 2, 3)]
# The days (of May 2025) each kiosk recorded a visit on; nobody did on the 9th.
PLAN = {"hall-a": (6, 7, 8, 10), "hall-b": (7, 10), "hall-c": (6, 8)}


def visit(kiosk: str, day: int, active: float = 30.0) -> Visit:
    """A visit at 11:00 on a day of May 2025, `active` seconds to the last touch, 60 more to attract."""
    start = datetime(2025, 5, day, 11)
    return Visit(start, active + 60, active, language="en", accessible=False, screens=(), photos=(), kiosk=kiosk)


def fleet() -> Report:
    return summarise(Visits([visit(kiosk, day) for kiosk, days in PLAN.items() for day in days]))


def test_names_sharing_a_long_start_are_cut_in_the_middle_and_stay_apart(kiosk_qt: object) -> None:
    name_font = font(20)
    short = [short_name(name, name_font, 200) for name in INTERPOL]
    assert len(set(short)) == 3, short
    for name, cut in zip(INTERPOL, short, strict=True):
        assert (cut[:9], "…" in cut, cut[-9:]) == ("interpol-", True, name[-9:]), "cut in the middle: both ends kept"
        assert QFontMetricsF(name_font).horizontalAdvance(cut) <= 200
    assert short_name("hall-a", name_font, 200) == "hall-a", "a name that fits is left whole"


def test_the_names_column_fits_the_longest_name_within_bounds(kiosk_qt: object) -> None:
    name_font = font(20)
    assert name_column(["hall-a", "hall-b"], name_font) == NAME_COLUMN[0], "short names keep the usual column"
    longest = QFontMetricsF(name_font).horizontalAdvance(INTERPOL[0])
    assert NAME_COLUMN[0] < longest + 16 < NAME_COLUMN[1], "these names fit whole"
    assert name_column(["hall-a", *INTERPOL], name_font) == longest + 16
    assert name_column(["h" * 64], name_font) == NAME_COLUMN[1], "the longest name allowed is cut, not the bars"


def test_only_the_days_between_a_kiosks_first_and_last_are_marked() -> None:
    report = fleet()
    marked = {kiosk.kiosk: silent_days(kiosk, report) for kiosk in report.kiosks}
    # hall-b: the 6th is before its first day (not set up yet?), the 9th everyone's day off.
    # hall-c: the 9th and 10th are after its last day (taken away, or not synced yet).
    assert marked == {"hall-a": [], "hall-b": [date(2025, 5, 8)], "hall-c": [date(2025, 5, 7)]}


def test_the_chart_draws_red_on_those_days_only(kiosk_qt: object) -> None:
    chart = draw_chart(fleet())
    red = QColor("#CE1126")
    days = [date(2025, 5, d) for d in range(6, 11)]
    slot = 360 / len(days)  # the strips' width, at the right margin
    marked = set()
    for row, kiosk in enumerate(("hall-a", "hall-b", "hall-c")):  # busiest first, then by name
        bottom = 238 + 80 + row * 44 + 38  # the strip's baseline
        for i, day in enumerate(days):
            if chart.pixelColor(round(1600 - 64 - 360 + (i + 0.5) * slot), bottom - 3) == red:
                marked.add((kiosk, day.day))
    assert marked == {("hall-b", 8), ("hall-c", 7)}


def test_the_csvs_medians_are_to_a_tenth_of_a_second() -> None:
    rows = csv_report(summarise(Visits([visit("hall-a", 6, 132.3), visit("hall-a", 6, 132.4)]))).splitlines()
    assert "all,summary,median_to_last_touch,,132.4" in rows, "not 132.35000000000002, a float's noise"
    assert "all,summary,median_visit,,192.4" in rows
