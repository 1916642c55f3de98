"""Anonymous visit statistics: what a visit records, how it survives a power cut, and `kiosk stats`."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.cli import main
from kiosk.content import load
from kiosk.services import STILL_MS
from kiosk.services.visitlog import Gaps, read_visits
from kiosk.services.visits import Seen, VisitRecorder
from kiosk.ui.lockdown import GESTURE_TAPS
from tests.conftest import ROOT, make_jpeg
from tests.kiosk_fixtures import tap, touchscreen
from tests.visit_fixtures import PARIS, Clock, record
from tools.make_visits import make_week

MakeKiosk = Callable[..., Kiosk]
CONTENT = """\
exhibition:
  title: Turn Back Crime
  subtitle: 100 years of international police cooperation
  place: Monaco
  event: INTERPOL Ministerial Meeting
settings:
  languages: [en, fr]
panels:
  - id: founding
    title: The founding
    summary: Vienna, 1923.
    photos:
      - {image: photos/one.jpg, caption: One, credit: A credit}
      - {image: photos/two.jpg, caption: Two, credit: A credit}
  - id: today
    title: Today
    summary: 196 countries.
    photos:
      - {image: photos/three.jpg, caption: Three, credit: A credit}
"""


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    (tmp_path / "photos").mkdir()
    for name in ("one", "two", "three"):
        make_jpeg(tmp_path / "photos" / f"{name}.jpg")
    path = tmp_path / "content.yaml"
    path.write_text(CONTENT)
    return path


def visits_kiosk(make_kiosk: MakeKiosk, content: Path, recorder: VisitRecorder, **options: Any) -> Kiosk:
    exhibition = load(content).exhibition
    assert exhibition is not None
    options.setdefault("idle_ms", 60_000)
    return make_kiosk(
        exhibition, content_path=content, visits=recorder, interval_ms=STILL_MS, countdown_ms=50, **options
    )


def lines(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.read_text().splitlines()]


def go(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    with qtbot.waitSignal(kiosk.navigator.changed, timeout=5000):
        tap(kiosk, name)


def let_idle_time_run_out(qtbot: QtBot, kiosk: Kiosk) -> None:
    timer = kiosk.idle.findChild(QTimer, "idleTimer")
    assert timer is not None
    idle_ms = timer.interval()
    kiosk.idle.set_idle_ms(10)  # restarts the running idle clock with a short time
    with qtbot.waitSignal(kiosk.idle.timedOut, timeout=5000):
        pass
    kiosk.idle.set_idle_ms(idle_ms)  # for the next visitor


def test_a_visit_is_one_line_with_its_screens_panels_photos_language_and_accessibility(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path, tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "data" / "visits"
    recorder = VisitRecorder(folder, monotonic=clock.monotonic, now=clock.now, kiosk_id="hall-1")
    kiosk = visits_kiosk(make_kiosk, content, recorder)
    assert not recorder.visiting, "no visit before the first touch"
    tap(kiosk, "languageButton")  # the first touch: the visit begins on home
    qtbot.waitUntil(lambda: kiosk.find("languagePicker").isVisible())
    tap(kiosk, "language_fr")
    qtbot.waitUntil(lambda: kiosk.preferences.property("language") == "fr")
    # The French texts lay home's tiles out afresh by the next frame: touch them where it shows them.
    with qtbot.waitSignal(kiosk.window.frameSwapped):
        kiosk.window.requestUpdate()
    clock.advance(5)
    go(qtbot, kiosk, "homeTile_panels")
    clock.advance(3)
    go(qtbot, kiosk, "panelTile_1")
    clock.advance(40)
    go(qtbot, kiosk, "panelPhoto_0")  # the slideshow at the panel's photo
    clock.advance(8)
    tap(kiosk, "slideNext")
    qtbot.waitUntil(lambda: kiosk.slideshow.property("index") == 0)
    clock.advance(6)
    go(qtbot, kiosk, "slideshowClose")
    clock.advance(2)
    tap(kiosk, "accessibilityButton")  # the last touch
    qtbot.waitUntil(lambda: kiosk.preferences.property("accessible"))
    clock.advance(10)
    assert not folder.exists(), "nothing is written before the visit ends"

    let_idle_time_run_out(qtbot, kiosk)

    assert (folder / "visits-2025-05-06.jsonl").exists()
    assert lines(folder) == [
        {
            "v": 1,
            "kiosk": "hall-1",
            "start": "2025-05-06T14:03+02:00",
            "seconds": 74.0,
            "active_seconds": 64.0,
            "end": "attract",
            "language": "fr",
            "languages": ["en", "fr"],
            "accessible": True,
            "screens": [
                {"screen": "home", "seconds": 5.0},
                {"screen": "panels", "seconds": 3.0},
                {"screen": "panel", "panel": "today", "seconds": 40.0},
                {"screen": "slideshow", "seconds": 14.0},
                {"screen": "panel", "panel": "today", "seconds": 12.0},
            ],
            "photos": [{"photo": "photos/three.jpg", "seconds": 8.0}, {"photo": "photos/one.jpg", "seconds": 6.0}],
        }
    ]
    # The attract state's own slideshow and the reset for the next visitor are no visit.
    kiosk.slideshow.next()
    clock.advance(30)
    assert not recorder.visiting
    assert len(lines(folder)) == 1


def test_the_next_touch_after_attract_starts_a_new_visit(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path, tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "visits"
    kiosk = visits_kiosk(make_kiosk, content, VisitRecorder(folder, monotonic=clock.monotonic, now=clock.now))
    for panel in ("panelTile_0", "panelTile_1"):
        go(qtbot, kiosk, "homeTile_panels")
        clock.advance(4)
        go(qtbot, kiosk, panel)
        clock.advance(20)
        let_idle_time_run_out(qtbot, kiosk)
        kiosk.navigator.home()  # as attract: home here, the slideshow by default
        clock.advance(600)
    visits = lines(folder)
    assert [v["screens"][-1]["panel"] for v in visits] == ["founding", "today"]
    assert [v["start"] for v in visits] == ["2025-05-06T14:03+02:00", "2025-05-06T14:13+02:00"]


def test_staff_are_not_visitors(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path, tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "visits"
    recorder = VisitRecorder(folder, monotonic=clock.monotonic, now=clock.now)
    kiosk = visits_kiosk(make_kiosk, content, recorder, lockdown=True, pin="2468")
    go(qtbot, kiosk, "homeTile_panels")
    clock.advance(12)
    with qtbot.waitSignal(kiosk.staff.requested):
        for _ in range(GESTURE_TAPS):
            QTest.touchEvent(kiosk.window, touchscreen()).press(0, QPoint(10, 10)).commit()
            QTest.touchEvent(kiosk.window, touchscreen()).release(0, QPoint(10, 10)).commit()
    qtbot.waitUntil(lambda: kiosk.find("staffPanel").isVisible())
    for key in "2468":
        tap(kiosk, f"pinKey_{key}")
    assert [v["end"] for v in lines(folder)] == ["staff"], "the staff panel ends the visit in progress"
    assert not recorder.visiting, "staff touches start no visit"


def test_closing_the_kiosk_writes_the_visit_in_progress(
    qtbot: QtBot, kiosk_qt: object, content: Path, tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "visits"
    exhibition = load(content).exhibition
    assert exhibition is not None
    kiosk = Kiosk(exhibition, motion=0.0, visits=VisitRecorder(folder, monotonic=clock.monotonic, now=clock.now))
    try:
        kiosk.window.setGeometry(0, 0, 1920, 1080)
        kiosk.show()
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(kiosk.settled)
        go(qtbot, kiosk, "homeTile_panels")
        clock.advance(33)
    finally:
        kiosk.close()  # a staff exit or SIGTERM ends here
    [visit] = lines(folder)
    assert (visit["end"], visit["seconds"], visit["screens"]) == (
        "close",
        33.0,
        [{"screen": "panels", "seconds": 33.0}],
    )


def test_a_line_torn_by_a_power_cut_is_skipped_and_the_next_visit_is_written_whole(
    tmp_path: Path, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "visits"
    folder.mkdir()
    day = folder / "visits-2025-05-06.jsonl"
    whole = json.dumps(record(datetime(2025, 5, 6, 10, 0, tzinfo=PARIS), 1))
    day.write_text(whole + "\n" + whole[:57])  # the power went while the second line was written
    recorder = VisitRecorder(folder, monotonic=clock.monotonic, now=clock.now)
    recorder.touch(Seen("home"))
    clock.advance(20)
    recorder.update(Seen("panel", "founding"))
    clock.advance(30)
    recorder.end()

    text = day.read_text().splitlines()
    assert text[:2] == [whole, whole[:57]], "earlier lines are never touched"
    assert json.loads(text[2])["screens"] == [
        {"screen": "home", "seconds": 20.0},
        {"screen": "panel", "panel": "founding", "seconds": 30.0},
    ]
    assert (len(read_visits(folder).visits), len(read_visits(folder).gaps.torn)) == (2, 1)
    assert main(["stats", "--data-dir", str(tmp_path)]) == 0
    assert f"1 unreadable line was skipped:\n  {day}:2: not a whole record" in capsys.readouterr().out


# kiosk stats on a generated week ------------------------------------------------------------


@pytest.fixture
def week(tmp_path: Path) -> Path:
    """Monday 5 to Sunday 11 May 2025: 1 visit on Monday, 2 on Tuesday ... 7 on Sunday (28)."""
    folder = tmp_path / "visits"
    folder.mkdir()
    for d in range(7):
        day = date(2025, 5, 5) + timedelta(days=d)
        with (folder / f"visits-{day}.jsonl").open("w") as file:
            for j in range(d + 1):
                start = datetime(day.year, day.month, day.day, 10 + j % 3, 5 * j, tzinfo=PARIS)
                file.write(json.dumps(record(start, j)) + "\n")
    return tmp_path


def figures(report: str, heading: str) -> list[tuple[str, ...]]:
    """The rows under a heading of the text report: the label, then each figure (bars left out)."""
    block = report.split(heading + "\n", 1)[1].split("\n\n", 1)[0]
    rows = []
    for line in block.splitlines():
        match = re.match(r"^  (.+?)\s+(\d+)(?:\s+(.+))?$", line.rstrip("█# "))
        assert match, line
        rows.append(tuple(g for g in match.groups() if g is not None))
    return rows


def test_kiosk_stats_reports_the_week(week: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--data-dir", str(week)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "28 visits in 7 days, Mon 5 May 2025 to Sun 11 May 2025\n"
        "Median visit: 2 min 20 s (40 s to the last touch; the rest is the wait before attract)\n"
        "Accessibility mode: 4 visits (14 %)\n"
    )
    days = ["Mon 2025-05-05", "Tue 2025-05-06", "Wed 2025-05-07", "Thu 2025-05-08"]
    days += ["Fri 2025-05-09", "Sat 2025-05-10", "Sun 2025-05-11"]
    assert figures(out, "Visits per day") == [(day, str(n)) for day, n in zip(days, range(1, 8), strict=True)]
    assert figures(out, "Visits per hour (when they began)") == [
        ("10:00-11:00", "12"),
        ("11:00-12:00", "9"),
        ("12:00-13:00", "7"),
    ]
    panels = "Most viewed panels            visits  average time"
    assert figures(out, panels) == [("founding", "28", "30 s"), ("today", "16", "20 s")]
    photos = "Most viewed photos            visits  average time"
    assert figures(out, photos) == [("photos/one.jpg", "21", "8 s"), ("photos/two.jpg", "6", "5 s")]
    assert figures(out, "Languages") == [("en", "17", "61 %"), ("fr", "6", "21 %"), ("ar", "5", "18 %")]


def test_kiosk_stats_csv_gives_every_figure_as_rows(week: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--data-dir", str(week), "--csv"]) == 0
    every = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    # The week's records are of a kiosk older than their "kiosk" field: the data folder names it.
    rows = [r for r in every if r["kiosk"] == "all"]
    own = [r for r in every if r["kiosk"] == week.name]
    assert len(every) == len(rows) + len(own)
    gap_rows = {"skipped_lines", "lost_visits", "unread_files", "newer_records"}
    assert [{**r, "kiosk": "all"} for r in own] == [r for r in rows if r["key"] not in gap_rows]
    table = {(r["section"], r["key"]): (r["count"], r["seconds"]) for r in rows}
    assert table["summary", "visits"] == ("28", "")
    assert table["summary", "median_visit"] == ("", "140.0")
    assert [(r["key"], r["count"]) for r in rows if r["section"] == "day"] == [
        (f"2025-05-{5 + d:02d}", str(d + 1)) for d in range(7)
    ]
    assert [(r["key"], r["count"]) for r in rows if r["section"] == "hour"] == [("10", "12"), ("11", "9"), ("12", "7")]
    assert table["panel", "founding"] == ("28", "840.0")
    assert table["photo", "photos/two.jpg"] == ("6", "30.0")
    assert [(r["key"], r["count"]) for r in rows if r["section"] == "language"] == [
        ("en", "17"),
        ("fr", "6"),
        ("ar", "5"),
    ]


def test_kiosk_stats_since_keeps_the_days_from_that_date(week: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--data-dir", str(week), "--since", "2025-05-09"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("18 visits in 3 days, Fri 9 May 2025 to Sun 11 May 2025\n")


def test_kiosk_stats_plot_draws_the_chart(
    week: Path, tmp_path: Path, kiosk_qt: object, capsys: pytest.CaptureFixture[str]
) -> None:
    chart = tmp_path / "stats.png"
    assert main(["stats", "--data-dir", str(week), "--plot", str(chart)]) == 0
    assert f"Chart written to {chart}" in capsys.readouterr().out
    image = QImage(str(chart))
    assert (image.width(), image.height()) == (1600, 1000)
    assert image.pixelColor(10, 10) == QColor("#0A1F3C"), "the header band in the kiosk's navy"
    gold = QColor("#E0B84B")
    assert any(image.pixelColor(x, 500) == gold for x in range(0, 1600, 2)), "the busiest day stands out in gold"


def test_kiosk_stats_on_an_empty_data_folder_says_so(
    tmp_path: Path, kiosk_qt: object, capsys: pytest.CaptureFixture[str]
) -> None:
    empty_dir = tmp_path / "never-used"
    chart = tmp_path / "empty.png"
    assert main(["stats", "--data-dir", str(empty_dir), "--plot", str(chart)]) == 0
    assert capsys.readouterr().out.startswith(f"No visits yet in {empty_dir / 'visits'}.\n")
    assert QImage(str(chart)).width() == 1600
    assert main(["stats", "--data-dir", str(empty_dir), "--csv"]) == 0
    assert capsys.readouterr().out.startswith(
        "kiosk,section,key,count,seconds\nall,summary,visits,0,\nall,summary,median_visit,,\n"
    )


def test_the_demo_week_generator_writes_what_the_report_reads(tmp_path: Path) -> None:
    written = make_week(tmp_path, date(2025, 5, 5), days=2, seed=1, kiosk_id="hall-a")
    found = read_visits(tmp_path / "visits")
    assert (len(found.visits), found.gaps) == (written, Gaps())
    assert {v.kiosk for v in found.visits} == {"hall-a"}, "--kiosk-id: a kiosk of a fleet demo"
    assert {v.start.date() for v in found.visits} == {date(2025, 5, 5), date(2025, 5, 6)}


def test_a_bad_date_is_one_line_and_exit_2() -> None:
    command = [sys.executable, "-m", "kiosk", "stats", "--since", "notadate"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == "kiosk stats: --since 'notadate' is not a date such as 2025-05-01\n"
    assert result.stdout == ""
