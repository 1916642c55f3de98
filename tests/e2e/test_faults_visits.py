"""Visit statistics under real faults: a disk full to the last byte, a read-only remount, a deleted folder.

Nothing is mocked: the data folder is a real tmpfs (tests/faults.py), the recorder a real
VisitRecorder writing real files, and `kiosk stats` the real command in a child process.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import load
from kiosk.services.visits import Seen, VisitRecorder
from kiosk.ui.lockdown import GESTURE_TAPS
from tests.conftest import MINIMAL, ROOT
from tests.faults import fill, remount, small_disk
from tests.kiosk_fixtures import tap, touchscreen
from tests.visit_fixtures import PARIS, Clock, record

DAY = "visits-2025-05-06.jsonl"  # the day of Clock's visits
LOGGER = "kiosk.services.visits"


def visit(recorder: VisitRecorder, clock: Clock) -> None:
    """A visitor looks at home, then a panel, and walks away."""
    recorder.touch(Seen("home"))
    clock.advance(12)
    recorder.update(Seen("panel", "founding"))
    clock.advance(40)
    recorder.end()
    clock.advance(60)


def full(disk: Path) -> Path:
    """Fill the disk to its last byte; returns the file that fills it."""
    filler = fill(disk)
    assert os.statvfs(disk).f_bavail == 0, "no block left: only the day file's last block has room"
    return filler


def kiosk_stats(data_dir: Path) -> str:
    """`kiosk stats` run for real: it exits 0 and says nothing on stderr; returns its report."""
    command = [sys.executable, "-m", "kiosk", "stats", "--data-dir", str(data_dir)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


def whole_lines(path: Path) -> list[dict[str, Any]]:
    """Every line of a day file, each of which must be a whole JSON record ending in a newline."""
    data = path.read_bytes()
    assert data.endswith(b"\n"), f"a fragment at the end: {data[-40:]!r}"
    return [json.loads(line) for line in data.splitlines()]


def test_a_full_disk_leaves_no_fragment_and_the_lost_visits_are_noted_when_it_has_room(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    counts: list[int] = []
    with small_disk(tmp_path / "disk") as disk, caplog.at_level(logging.WARNING, logger=LOGGER):
        recorder = VisitRecorder(disk / "visits", monotonic=clock.monotonic, now=clock.now)
        recorder.on_lost = counts.append
        visit(recorder, clock)
        filler = full(disk)
        # The day file's last 4 KiB block has room for 15 visits of 257 bytes, not for 41: a
        # write fills the room, then fails (where the old writer left `{"v":1,"start":"` behind).
        for _ in range(40):
            visit(recorder, clock)
        during = whole_lines(disk / "visits" / DAY)
        lost = 41 - len(during)
        assert lost > 1
        assert (recorder.lost, counts) == (lost, list(range(1, lost + 1))), "every failed write counted"

        filler.unlink()
        visit(recorder, clock)
        after = whole_lines(disk / "visits" / DAY)
        out = kiosk_stats(disk)
    assert after[: len(during)] == during
    note, last = after[len(during) :]
    assert (note["lost"], note["error"], note["since"][:10]) == (lost, "No space left on device", "2025-05-06")
    assert last["end"] == "attract", "the visit after the fault is written, after the note"
    assert [m for m in caplog.messages if "works again" in m] == [
        f"visit statistics: writing works again; {lost} visits since {note['since']} could not be written "
        "(No space left on device)"
    ], "said once"
    assert sum("cannot write" in m for m in caplog.messages) == 1, "the first failure is said, not every one"
    assert out.startswith(f"{len(during) + 1} visits in 1 day")
    assert (
        f"{lost} visits could not be written (disk full or read-only), as the kiosk noted:\n"
        f"  {disk / 'visits' / DAY}:{len(during) + 1}: {lost} since {note['since']} (No space left on device)\n"
    ) in out
    assert "unreadable" not in out, "a failed write is no torn line"


def test_a_read_only_remount_costs_the_visits_during_it_and_they_are_reported_as_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    with small_disk(tmp_path / "disk") as disk:
        recorder = VisitRecorder(disk / "visits", monotonic=clock.monotonic, now=clock.now)
        visit(recorder, clock)
        day = disk / "visits" / DAY
        before = day.read_bytes()
        remount(disk, read_only=True)
        visit(recorder, clock)
        visit(recorder, clock)
        assert (day.read_bytes(), recorder.lost) == (before, 2)
        remount(disk, read_only=False)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            visit(recorder, clock)  # recording was never turned off: this visit tries again, and works
        lines = whole_lines(day)
        out = kiosk_stats(disk)
    assert [(line.get("lost"), line.get("error"), line.get("end")) for line in lines] == [
        (None, None, "attract"),
        (2, "Read-only file system", None),
        (None, None, "attract"),
    ]
    assert caplog.messages == [
        "visit statistics: writing works again; 2 visits since 2025-05-06T14:05+02:00 could not be written "
        "(Read-only file system)"
    ]
    assert out.startswith("2 visits in 1 day")
    assert (
        "2 visits could not be written (disk full or read-only), as the kiosk noted:\n"
        f"  {day}:2: 2 since 2025-05-06T14:05+02:00 (Read-only file system)\n"
    ) in out


def test_a_data_folder_deleted_while_a_visit_is_under_way_is_made_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    folder = tmp_path / "data" / "visits"
    recorder = VisitRecorder(folder, monotonic=clock.monotonic, now=clock.now)
    visit(recorder, clock)
    recorder.touch(Seen("home"))
    shutil.rmtree(tmp_path / "data")  # a technician's clean-up while a visitor reads
    clock.advance(30)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        recorder.end()
    assert [line["seconds"] for line in whole_lines(folder / DAY)] == [30.0]
    assert caplog.messages == [f"visit statistics: {folder} was deleted; making it again (the days in it are gone)"]
    assert recorder.lost == 0


def test_the_staff_panel_shows_the_visits_that_could_not_be_written(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], write_content: Callable[[str], Path], tmp_path: Path
) -> None:
    content = write_content(MINIMAL)
    exhibition = load(content).exhibition
    assert exhibition is not None
    with small_disk(tmp_path / "disk") as disk:
        remount(disk, read_only=True)
        recorder = VisitRecorder(disk / "visits")
        kiosk = make_kiosk(exhibition, content_path=content, visits=recorder, lockdown=True, pin="2468")
        tap(kiosk, "homeTile_panels")  # a visit begins
        with qtbot.waitSignal(kiosk.staff.requested):
            for _ in range(GESTURE_TAPS):
                QTest.touchEvent(kiosk.window, touchscreen()).press(0, QPoint(10, 10)).commit()
                QTest.touchEvent(kiosk.window, touchscreen()).release(0, QPoint(10, 10)).commit()
        qtbot.waitUntil(lambda: kiosk.find("staffPanel").isVisible())  # the visit ended: no room for it
        for key in "2468":
            tap(kiosk, f"pinKey_{key}")
        tap(kiosk, "pinKey_enter")
        lost = kiosk.find("staffLostVisits")
        qtbot.waitUntil(lost.isVisible)
        assert lost.property("text") == "Visits not recorded since the kiosk started (disk full or read-only): 1"


# kiosk stats on damaged files: each one named, none fatal -----------------------------------


def good() -> str:
    return json.dumps(record(datetime(2025, 5, 6, 10, 0, tzinfo=PARIS), 1))


def torn(folder: Path) -> str:
    (folder / DAY).write_text(good() + "\n" + good()[:57])  # a power cut during the second line
    return f"{folder / DAY}:2: not a whole record (a visit cut short by a power cut, or damage)"


def deep(folder: Path) -> str:
    (folder / DAY).write_text(good() + "\n" + "[" * 2000 + "]" * 2000 + "\n")
    return f"{folder / DAY}:2: nested too deep, not a visit"


def huge(folder: Path) -> str:
    (folder / DAY).write_text(good() + '\n{"v":1,"start":"' + "x" * 3_000_000 + '"}\n')
    return f"{folder / DAY}:2: longer than 1024 KiB, not a visit"


def endless(folder: Path) -> str:
    (folder / DAY).write_text(good() + "\n" + good().replace('"seconds": 120.0', '"seconds": 1e999') + "\n")
    return f"{folder / DAY}:2: not a visit record (damaged, or written by something else)"


def day_folder(folder: Path) -> str:
    (folder / DAY).write_text(good() + "\n")
    (folder / "visits-2025-05-07.jsonl").mkdir()
    return f"{folder / 'visits-2025-05-07.jsonl'}: a folder, not a day's file"


def odd_name(folder: Path) -> str:
    (folder / DAY).write_text(good() + "\n")
    (folder / "visits-copy.jsonl").write_text(good() + "\n")
    return f"{folder / 'visits-copy.jsonl'}: not named like a day's file (visits-YYYY-MM-DD.jsonl)"


@pytest.mark.parametrize("damage", [torn, deep, huge, endless, day_folder, odd_name])
def test_kiosk_stats_names_what_it_cannot_read_and_reports_the_rest(
    tmp_path: Path, damage: Callable[[Path], str]
) -> None:
    folder = tmp_path / "visits"
    folder.mkdir()
    expected = damage(folder)
    out = kiosk_stats(tmp_path)
    assert out.startswith("1 visits in 1 day, Tue 6 May 2025"), out
    assert f"\n  {expected}\n" in out, out


def test_kiosk_stats_csv_keeps_to_figures_and_names_what_it_skipped_on_stderr(tmp_path: Path) -> None:
    folder = tmp_path / "visits"
    folder.mkdir()
    expected = torn(folder)
    command = [sys.executable, "-m", "kiosk", "stats", "--data-dir", str(tmp_path), "--csv"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "\nall,summary,visits,1,\n" in result.stdout
    gaps = "all,summary,skipped_lines,1,\nall,summary,lost_visits,0,\nall,summary,unread_files,0,\n"
    assert f"\n{gaps}all,summary,newer_records,0,\n" in result.stdout
    assert result.stderr == f"1 unreadable line was skipped:\n  {expected}\n"
