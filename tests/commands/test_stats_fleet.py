"""`kiosk stats` over many kiosks: each kiosk's visits folder, as a data folder or as Syncthing brings it.

The kiosks' records are written by the kiosk's own VisitRecorder on simulated clocks; the figures
the tests expect are worked out by hand from the visits below.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.cli import main
from kiosk.services.visits import Seen, VisitRecorder, default_kiosk_id
from tests.conftest import ROOT
from tests.visit_fixtures import PARIS

# (start, seconds to the last touch, seconds after it, language) of each visit: the last touch opens a panel.
HALL_A = [
    ("2025-05-06 10:15", 20, 40, "en"),
    ("2025-05-06 11:30", 30, 90, "fr"),
    ("2025-05-07 10:05", 10, 170, "en"),
]
HALL_B = [("2025-05-06 14:00", 20, 40, "en"), ("2025-05-06 15:10", 60, 180, "ar")]
HALL_C = [("2025-05-08 10:00", 30, 60, "fr")]
TORN = '{"v":1,"kiosk":"hall-b","start":"2025-05-06T16:2'  # the power went while a visit was written


class Clocks:
    """The recorder's clocks: the wall clock moved to each visit's start, the monotonic one with it."""

    def __init__(self) -> None:
        self.base = datetime(2025, 5, 6, 0, 0, tzinfo=PARIS)
        self.elapsed = 0.0

    def monotonic(self) -> float:
        return self.elapsed

    def now(self) -> datetime:
        return self.base + timedelta(seconds=self.elapsed)

    def at(self, start: str) -> None:
        elapsed = (datetime.fromisoformat(start).replace(tzinfo=PARIS) - self.base).total_seconds()
        assert elapsed >= self.elapsed, "a monotonic clock never goes back"
        self.elapsed = elapsed


def record_visits(folder: Path, kiosk_id: str | None, plan: list[tuple[str, int, int, str]]) -> VisitRecorder:
    """Each planned visit through a real recorder: home, then a panel until the attract state."""
    clocks = Clocks()
    recorder = VisitRecorder(folder, monotonic=clocks.monotonic, now=clocks.now, kiosk_id=kiosk_id)
    for start, to_last_touch, after, language in plan:
        clocks.at(start)
        recorder.touch(Seen("home", language=language))
        clocks.elapsed += to_last_touch
        recorder.touch(Seen("panel", "founding", language=language))
        clocks.elapsed += after
        recorder.end()
    return recorder


def syncthing_files(folder: Path) -> None:
    """What Syncthing keeps in a folder it shares: never read, never named."""
    (folder / ".stfolder").mkdir()
    (folder / ".stversions").mkdir()
    (folder / ".stignore").write_text("(?d).DS_Store\n")
    (folder / ".syncthing.visits-2025-05-07.jsonl.tmp").write_text('{"v":1,"start":"2025-05-0')


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """Three kiosks' folders in one: hall-a and hall-c data folders, hall-b a visits folder from Syncthing.

    hall-b's holds a line torn by a power cut, someone's notes, and Syncthing's own files.
    """
    office = tmp_path / "office"
    record_visits(office / "hall-a" / "visits", "hall-a", HALL_A)
    (office / "hall-a" / "logs").mkdir()
    hall_b = office / "hall-b"
    record_visits(hall_b, "hall-b", HALL_B)
    with (hall_b / "visits-2025-05-06.jsonl").open("a") as day:
        day.write(TORN)
    (hall_b / "notes.txt").write_text("kiosk by the cloakroom\n")
    syncthing_files(hall_b)
    record_visits(office / "hall-c" / "visits", "hall-c", HALL_C)
    return office


def kiosks(office: Path) -> list[str]:
    return [str(office / name) for name in ("hall-a", "hall-b", "hall-c")]


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["stats", *argv]) == 0
    return capsys.readouterr().out


def torn_line(office: Path) -> str:
    day = office / "hall-b" / "visits-2025-05-06.jsonl"
    return (
        "\n1 unreadable line was skipped:\n"
        f"  {day}:3: not a whole record (a visit cut short by a power cut, or damage)\n"
    )


def foreign_file(office: Path) -> str:
    notes = office / "hall-b" / "notes.txt"
    return f"\n1 file was not read:\n  {notes}: not named like a day's file (visits-YYYY-MM-DD.jsonl)\n"


def problems(office: Path) -> str:
    """What the office's figures lack, as the end of the report says it."""
    return torn_line(office) + foreign_file(office)


def test_three_kiosks_are_reported_in_all_and_each_with_what_the_figures_lack(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = report(capsys, *kiosks(office))
    # Visits of 60, 120, 180 (hall-a), 60, 240 (hall-b) and 90 s (hall-c): the median is 105 s.
    assert out.startswith(
        "6 visits in 3 days, Tue 6 May 2025 to Thu 8 May 2025\n"
        "Median visit: 1 min 45 s (25 s to the last touch; the rest is the wait before attract)\n"
        "Accessibility mode: 0 visits (0 %)\n"
        "\n"
        "Visits per day\n"
    )
    assert "\n  Tue 2025-05-06      4  " in out
    assert "\nLanguages\n  en         3   50 %\n  fr         2   33 %\n  ar         1   17 %\n" in out
    assert out.endswith(
        "\n"
        "Kiosks            visits  median visit  share  first day   last day\n"
        "  hall-a               3    2 min 00 s   50 %  2025-05-06  2025-05-07\n"
        "  hall-b               2    2 min 30 s   33 %  2025-05-06  2025-05-06\n"
        "  hall-c               1    1 min 30 s   17 %  2025-05-08  2025-05-08\n" + problems(office)
    )
    assert (out.count("unreadable"), out.count("notes.txt")) == (1, 1), "each named once, not per kiosk"
    assert (".st" in out, "syncthing" in out) == (False, False), "Syncthing's own files are its business"


def csv_rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[list[str]]:
    assert main(["stats", "--csv", *argv]) == 0
    return list(csv.reader(io.StringIO(capsys.readouterr().out)))


def test_the_csv_has_a_kiosk_column_with_all_for_the_total(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = csv_rows(capsys, *kiosks(office))
    assert rows[0] == ["kiosk", "section", "key", "count", "seconds"]
    assert [row for row in rows if row[1] == "summary"] == [
        ["all", "summary", "visits", "6", ""],
        ["all", "summary", "median_visit", "", "105.0"],
        ["all", "summary", "median_to_last_touch", "", "25.0"],
        ["all", "summary", "accessible", "0", ""],
        ["all", "summary", "skipped_lines", "1", ""],
        ["all", "summary", "lost_visits", "0", ""],
        ["all", "summary", "unread_files", "1", ""],
        ["all", "summary", "newer_records", "0", ""],
        ["hall-a", "summary", "visits", "3", ""],
        ["hall-a", "summary", "median_visit", "", "120.0"],
        ["hall-a", "summary", "median_to_last_touch", "", "20.0"],
        ["hall-a", "summary", "accessible", "0", ""],
        ["hall-b", "summary", "visits", "2", ""],
        ["hall-b", "summary", "median_visit", "", "150.0"],
        ["hall-b", "summary", "median_to_last_touch", "", "40.0"],
        ["hall-b", "summary", "accessible", "0", ""],
        ["hall-c", "summary", "visits", "1", ""],
        ["hall-c", "summary", "median_visit", "", "90.0"],
        ["hall-c", "summary", "median_to_last_touch", "", "30.0"],
        ["hall-c", "summary", "accessible", "0", ""],
    ]
    # Every kiosk's days span those of all: a day a kiosk recorded nothing is a 0, not a gap.
    assert [row for row in rows if row[1] == "day"] == [
        ["all", "day", "2025-05-06", "4", ""],
        ["all", "day", "2025-05-07", "1", ""],
        ["all", "day", "2025-05-08", "1", ""],
        ["hall-a", "day", "2025-05-06", "2", ""],
        ["hall-a", "day", "2025-05-07", "1", ""],
        ["hall-a", "day", "2025-05-08", "0", ""],
        ["hall-b", "day", "2025-05-06", "2", ""],
        ["hall-b", "day", "2025-05-07", "0", ""],
        ["hall-b", "day", "2025-05-08", "0", ""],
        ["hall-c", "day", "2025-05-06", "0", ""],
        ["hall-c", "day", "2025-05-07", "0", ""],
        ["hall-c", "day", "2025-05-08", "1", ""],
    ]
    assert [row for row in rows if row[1] == "panel"] == [
        ["all", "panel", "founding", "6", "580.0"],
        ["hall-a", "panel", "founding", "3", "300.0"],
        ["hall-b", "panel", "founding", "2", "220.0"],
        ["hall-c", "panel", "founding", "1", "60.0"],
    ]


def test_a_folder_of_kiosk_folders_gives_what_the_folders_one_by_one_give(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_by_one = report(capsys, *kiosks(office))
    assert report(capsys, str(office)) == one_by_one
    hall_a, *others = kiosks(office)
    assert report(capsys, "--data-dir", hall_a, *others) == one_by_one, "--data-dir is one more folder"
    assert report(capsys, *kiosks(office), hall_a) == one_by_one, "a folder given twice is read once"
    assert csv_rows(capsys, str(office)) == csv_rows(capsys, *kiosks(office))


def test_one_kiosk_reads_as_before_with_no_table_of_kiosks(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = report(capsys, "--data-dir", str(office / "hall-a"))
    assert out.startswith("3 visits in 2 days, Tue 6 May 2025 to Wed 7 May 2025\n")
    assert "Kiosks" not in out
    assert out.endswith("\nLanguages\n  en         2   67 %\n  fr         1   33 %\n")


def strip_kiosk(folder: Path) -> None:
    """Make the records those of a kiosk from before the kiosk field."""
    for day in folder.glob("visits-*.jsonl"):
        records = [json.loads(line) for line in day.read_text().splitlines()]
        day.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "kiosk"}) + "\n" for r in records))


def test_records_of_older_kiosks_belong_to_their_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record_visits(tmp_path / "entrance" / "visits", None, HALL_A)  # a data folder: named after it
    record_visits(tmp_path / "synced" / "gallery", None, HALL_C)  # a visits folder: its own name
    strip_kiosk(tmp_path / "entrance" / "visits")
    strip_kiosk(tmp_path / "synced" / "gallery")
    rows = csv_rows(capsys, str(tmp_path / "entrance"), str(tmp_path / "synced"))
    assert [row for row in rows if row[1:3] == ["summary", "visits"]] == [
        ["all", "summary", "visits", "4", ""],
        ["entrance", "summary", "visits", "3", ""],
        ["gallery", "summary", "visits", "1", ""],
    ]
    # DATA/visits given itself is still the kiosk DATA's.
    rows = csv_rows(capsys, str(tmp_path / "entrance" / "visits"))
    assert [row[0] for row in rows if row[1:3] == ["summary", "visits"]] == ["all", "entrance"]


def newer_record() -> str:
    """A line a kiosk of a later format wrote: anything may have changed, even "start"."""
    return json.dumps({"v": 2, "kiosk": "hall-c", "began": "2025-05-08T11:00+02:00", "visit": {"seconds": 30}})


def test_a_record_of_a_newer_format_is_skipped_counted_and_named_once(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = office / "hall-c" / "visits" / "visits-2025-05-08.jsonl"
    with day.open("a") as file:
        file.write(newer_record() + "\n" + newer_record() + "\n")
    out = report(capsys, str(office))
    assert out.startswith("6 visits in 3 days"), "the newer records are not counted as visits"
    assert out.endswith(
        torn_line(office) + "\n"
        "2 records from a newer kiosk were skipped (format 2; this one reads format 1): "
        "update this kiosk to count them:\n"
        f"  {day}:2: 2 records of format 2\n" + foreign_file(office)
    )
    assert out.count("from a newer kiosk") == 1
    rows = csv_rows(capsys, str(office))
    assert [row for row in rows if row[2] == "newer_records"] == [["all", "summary", "newer_records", "2", ""]]


def test_a_syncthing_conflict_copy_is_named_not_read(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hall_b = office / "hall-b"
    copy = hall_b / "visits-2025-05-06.sync-conflict-20250506-151200-ABCDEFG.jsonl"
    shutil.copy(hall_b / "visits-2025-05-06.jsonl", copy)
    out = report(capsys, str(office))
    assert out.startswith("6 visits in 3 days"), "its visits are the day file's: not counted twice"
    assert out.endswith(
        "\n2 files were not read:\n"
        f"  {hall_b / 'notes.txt'}: not named like a day's file (visits-YYYY-MM-DD.jsonl)\n"
        f"  {copy}: a Syncthing conflict copy, not read (it repeats most of its day's file: compare the two, "
        "keep one)\n"
    )


def test_one_name_in_two_folders_is_pointed_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Two kiosks left at their host name, raspberrypi: their figures are added up, and it says so.
    record_visits(tmp_path / "one" / "visits", "raspberrypi", HALL_A)
    record_visits(tmp_path / "two" / "visits", "raspberrypi", HALL_C)
    out = report(capsys, str(tmp_path / "one"), str(tmp_path / "two"))
    assert out.startswith("4 visits in 3 days")
    assert out.endswith(
        "\nVisits of one kiosk's name in several folders, added up (give each kiosk its own --kiosk-id):\n"
        f"  raspberrypi: {tmp_path / 'one' / 'visits'} and {tmp_path / 'two' / 'visits'}\n"
    )


def test_every_record_carries_its_kiosk(office: Path) -> None:
    for name, planned in (("hall-a", HALL_A), ("hall-b", HALL_B), ("hall-c", HALL_C)):
        days = sorted((office / name).rglob("visits-*.jsonl"))
        records = [json.loads(line) for day in days for line in day.read_text().splitlines() if line != TORN]
        assert [record["kiosk"] for record in records] == [name] * len(planned)


def test_a_lost_visit_note_names_the_kiosk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder")  # the visits folder cannot be made: the visit is lost
    clocks = Clocks()
    recorder = VisitRecorder(data / "visits", monotonic=clocks.monotonic, now=clocks.now, kiosk_id="hall-d")
    for start in ("2025-05-06 10:00", "2025-05-06 11:00"):
        clocks.at(start)
        recorder.touch(Seen("home"))
        recorder.end()
        if data.is_file():
            data.unlink()  # writing works again, for the second visit
    note, visit = (json.loads(line) for line in (data / "visits" / "visits-2025-05-06.jsonl").read_text().splitlines())
    assert (note["kiosk"], note["lost"], visit["kiosk"]) == ("hall-d", 1, "hall-d")


def test_the_kiosk_id_defaults_to_the_host_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("socket.gethostname", lambda: "gallery-3")
    assert default_kiosk_id() == "gallery-3"
    assert VisitRecorder(tmp_path).kiosk_id == "gallery-3"
    monkeypatch.setattr("socket.gethostname", lambda: "")
    assert default_kiosk_id() == "kiosk"


KIOSK_COMMAND = Path(sys.executable).with_name("kiosk")


@pytest.mark.parametrize(
    ("kiosk_id", "message"),
    [
        ("hall 2", "'hall 2': a kiosk's name may hold a-z, A-Z, digits, '.', '_' and '-', not ' '"),
        ("salle/é", "'salle/é': a kiosk's name may hold a-z, A-Z, digits, '.', '_' and '-', not '/', 'é'"),
        ("", "'': a kiosk's name is 1 to 64 characters long, not 0"),
        ("h" * 65, f"'{'h' * 40}...': a kiosk's name is 1 to 64 characters long, not 65"),
        ("all", "'all' stands for every kiosk in kiosk stats: give this kiosk another name"),
    ],
)
def test_a_bad_kiosk_id_is_a_human_error_and_exit_2(kiosk_id: str, message: str) -> None:
    result = subprocess.run(
        [str(KIOSK_COMMAND), "--kiosk-id", kiosk_id], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == f"kiosk: error: argument --kiosk-id: {message}"
    assert "Traceback" not in result.stderr


def test_the_kiosk_id_and_metrics_folder_reach_the_kiosk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    given: dict[str, Any] = {}

    def run(content: str, **options: Any) -> int:
        given.update(options)
        return 0

    monkeypatch.setattr("kiosk.run.run", run)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--kiosk-id", "hall-2.east_1", "--metrics-dir", str(tmp_path)]) == 0
    assert (given["kiosk_id"], given["metrics_dir"]) == ("hall-2.east_1", tmp_path)
    assert main([]) == 0
    assert (given["kiosk_id"], given["metrics_dir"]) == (None, None), "None: the recorder takes the host name"


def test_kiosk_stats_runs_as_a_command_over_the_office(office: Path) -> None:
    result = subprocess.run(
        [str(KIOSK_COMMAND), "stats", str(office)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("6 visits in 3 days, Tue 6 May 2025 to Thu 8 May 2025\n")
    assert "  hall-c               1    1 min 30 s   17 %  2025-05-08  2025-05-08\n" in result.stdout


def test_a_folder_that_is_not_there_is_a_human_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    for name, why in (
        ("missing", f"no folder '{tmp_path / 'missing'}'"),
        ("a-file", f"'{tmp_path / 'a-file'}' is a file, not a folder"),
    ):
        command = [str(KIOSK_COMMAND), "stats", str(tmp_path / name)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert (result.returncode, result.stderr.splitlines()[-1]) == (2, f"kiosk stats: error: argument FOLDER: {why}")


def red_in(image: QImage, top: int, bottom: int) -> bool:
    red = QColor("#CE1126")
    return any(image.pixelColor(x, y) == red for y in range(top, bottom, 2) for x in range(900, 1536, 2))


def test_the_chart_of_three_kiosks_compares_them(
    office: Path, tmp_path: Path, kiosk_qt: object, capsys: pytest.CaptureFixture[str]
) -> None:
    three, one = tmp_path / "three.png", tmp_path / "one.png"
    report(capsys, str(office), "--plot", str(three))
    report(capsys, str(office / "hall-a"), "--plot", str(one))
    chart, single = QImage(str(three)), QImage(str(one))
    assert (single.width(), single.height()) == (1600, 1000), "one kiosk's page is as it was"
    # A band of a row per kiosk (80 for its title, 44 a row) and the gap after it: taller by 260.
    assert (chart.width(), chart.height()) == (1600, 1260)
    band = range(238 + 80, 238 + 80 + 3 * 44)
    gold = QColor("#E0B84B")
    assert [y for y in band if chart.pixelColor(400, y) == gold], "the busiest kiosk's bar, in gold"
    assert not red_in(chart, band.start, band.stop), "hall-b's and hall-c's empty days are outside their own span"
    assert not red_in(single, band.start, band.stop)
