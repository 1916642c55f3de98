"""Metrics for Prometheus: the kiosk's state in the node exporter's textfile format, served by the real exporter.

The file is read the way the exporter reads it, and then by prometheus-node-exporter itself (the
Debian package, started here on a loopback port), scraped over HTTP as Prometheus would.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.app import Kiosk
from kiosk.app.metrics import Started
from kiosk.content import load
from kiosk.services.health import ErrorBudget
from kiosk.services.metrics import METRIC_NAMES, KioskState, MetricsFile, exposition
from kiosk.services.visits import VisitRecorder
from tests.conftest import MINIMAL, make_jpeg
from tests.hours_fixtures import SimClock, monaco
from tests.kiosk_fixtures import tap
from tests.syncthing_fleet import free_ports

MakeKiosk = Callable[..., Kiosk]
WAIT_MS = 5000
SAMPLE = re.compile(r"^(?P<name>[a-zA-Z_:][\w:]*)(?:\{(?P<labels>.*)\})? (?P<value>\S+)$")
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')
HOURS = 'settings:\n  hours:\n    daily: "10:00-18:00"\n'


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of an exposition, by name and labels; a line that is neither comment nor sample fails."""
    found = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        match = SAMPLE.match(line)
        assert match is not None, f"not a sample: {line!r}"
        labels = frozenset(LABEL.findall(match["labels"] or ""))
        found[match["name"], labels] = float(match["value"])
    return found


def kiosk_values(text: str, kiosk: str = "hall-a") -> dict[str, float]:
    """The kiosk's series by name (and severity, where there is one), for a kiosk id."""
    values = {}
    for (name, labels), value in samples(text).items():
        named = dict(labels)
        if name.startswith("kiosk_") and named.get("kiosk") == kiosk:
            values[name + (f"[{named['severity']}]" if "severity" in named else "")] = value
    return values


def labels_of(text: str, name: str) -> dict[str, str]:
    return next(dict(labels) for (n, labels) in samples(text) if n == name)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    make_jpeg(tmp_path / "photo.jpg")
    (tmp_path / "content.yaml").write_text(MINIMAL + HOURS)
    return tmp_path / "content.yaml"


class Reporting:
    """A kiosk on the content, recording visits and writing its metrics, on a clock inside the opening hours."""

    def __init__(self, make_kiosk: MakeKiosk, content: Path, metrics: Path, hour: int = 17) -> None:
        result = load(content)
        assert result.exhibition is not None
        self.clock = SimClock(monaco(2026, 5, 5, hour, 0))
        self.kiosk = make_kiosk(result.exhibition, content_path=content, clock=self.clock)
        self.kiosk.record_visits(VisitRecorder(content.parent / "visits", kiosk_id="hall-a"))
        self.budget = ErrorBudget(limit=20)
        self.state = KioskState("hall-a", __version__, "software", 1_700_000_000.0)
        self.kiosk.report_metrics(
            metrics, self.state, self.budget, Started(result.problems, result.files, result.source)
        )
        assert self.kiosk.metrics is not None
        self.path = self.kiosk.metrics.path

    def values(self) -> dict[str, float]:
        return kiosk_values(self.path.read_text())

    def at(self, qtbot: QtBot, when: datetime, open_: bool) -> None:
        """Move the clock on to `when`, where the kiosk is open or not, and wait for the file to say so."""
        self.clock.set(when)
        self.kiosk.hours.check()
        qtbot.waitUntil(lambda: self.values()["kiosk_open"] == open_, timeout=WAIT_MS)


def test_the_exposition_names_every_metric_once_and_escapes_labels() -> None:
    state = KioskState('hall "A"\\2\nnorth', "1.0", "software", 1_700_000_000.5, content_hash="0123456789abcdef")
    text = exposition(state, 1_700_000_015.0)
    for name in METRIC_NAMES:
        assert text.count(f"# TYPE {name} ") == 1, name
    assert labels_of(text, "kiosk_info") == {
        "kiosk": 'hall \\"A\\"\\\\2\\nnorth',
        "version": "1.0",
        "renderer": "software",
    }
    values = {name: value for (name, _), value in samples(text).items()}
    assert values["kiosk_start_time_seconds"] == 1_700_000_000.5
    assert values["kiosk_metrics_written_timestamp_seconds"] == 1_700_000_015
    assert labels_of(text, "kiosk_content_info")["hash"] == "0123456789abcdef"


def test_the_file_is_replaced_whole_and_a_failed_write_is_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    metrics = MetricsFile(tmp_path / "metrics")
    assert metrics.write("kiosk_up 1\n")
    assert sorted(os.listdir(tmp_path / "metrics")) == ["kiosk.prom"]  # no temporary left beside it
    first = os.stat(metrics.path).st_ino
    assert metrics.write("kiosk_up 1\n")
    assert os.stat(metrics.path).st_ino != first, "renamed over, never rewritten in place"

    (tmp_path / "blocked").write_text("a file where the folder should be")
    blocked = MetricsFile(tmp_path / "blocked" / "metrics")
    assert not blocked.write("kiosk_up 1\n")
    assert not blocked.write("kiosk_up 1\n")
    assert [r.getMessage() for r in caplog.records].count(
        f"metrics: cannot write {blocked.path} ([Errno 20] Not a directory: '{tmp_path / 'blocked' / 'metrics'}'); "
        "the node exporter serves the last one"
    ) == 1


def test_a_full_disk_leaves_the_last_whole_file(tmp_path: Path) -> None:
    from tests.faults import fill, small_disk

    with small_disk(tmp_path / "disk") as disk:
        metrics = MetricsFile(disk)
        assert metrics.write("kiosk_up 1\n")
        filler = fill(disk)
        assert not metrics.write("kiosk_up 1\n" + "# padding\n" * 10_000)
        assert metrics.path.read_text() == "kiosk_up 1\n"
        assert sorted(os.listdir(disk)) == ["filler", "kiosk.prom"]
        filler.unlink()
        assert metrics.write("kiosk_up 0\n")


def test_the_metrics_follow_the_kiosk_through_a_broken_reload_a_visit_closing_and_its_stop(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path, tmp_path: Path
) -> None:
    reporting = Reporting(make_kiosk, content, tmp_path / "metrics")
    kiosk, path = reporting.kiosk, reporting.path
    values = reporting.values()
    assert values["kiosk_up"] == 1
    assert values["kiosk_content_rejected"] == 0
    assert (values["kiosk_content_problems[error]"], values["kiosk_content_problems[warning]"]) == (0, 0)
    assert values["kiosk_error_budget"] == 20
    assert values["kiosk_open"] == 1
    assert values["kiosk_opened_timestamp_seconds"] == 1_700_000_000.0  # it started open
    assert values["kiosk_last_touch_timestamp_seconds"] == 0
    digest = hashlib.sha256(content.read_bytes()).hexdigest()[:16]
    assert labels_of(path.read_text(), "kiosk_content_info")["hash"] == digest

    content.write_text(MINIMAL.replace("title: The first panel", "titel: The first panel") + HOURS)
    qtbot.waitUntil(lambda: reporting.values()["kiosk_content_rejected"] == 1, timeout=WAIT_MS)
    assert reporting.values()["kiosk_content_problems[error]"] == 2  # an unknown key, and the title missing
    assert labels_of(path.read_text(), "kiosk_content_info")["hash"] == digest, "the content on screen is the old"

    tap(kiosk, "homeTitle")
    kiosk.attract()  # the visitor leaves: one visit
    qtbot.waitUntil(lambda: reporting.values()["kiosk_visits_total"] == 1, timeout=WAIT_MS)
    assert reporting.values()["kiosk_last_touch_timestamp_seconds"] > 1_700_000_000

    reporting.clock.set(monaco(2026, 5, 5, 18, 0, 1))
    kiosk.hours.check()
    qtbot.waitUntil(lambda: reporting.values()["kiosk_open"] == 0, timeout=WAIT_MS)

    content.write_text(MINIMAL.replace("Turn Back Crime", "Fixed") + HOURS)
    qtbot.waitUntil(lambda: reporting.values()["kiosk_content_rejected"] == 0, timeout=WAIT_MS)
    assert (
        labels_of(path.read_text(), "kiosk_content_info")["hash"]
        == hashlib.sha256(content.read_bytes()).hexdigest()[:16]
    )

    kiosk.close()
    assert kiosk_values(path.read_text())["kiosk_up"] == 0


def test_a_lunch_break_does_not_start_a_new_day_of_opening(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    make_jpeg(tmp_path / "photo.jpg")
    (tmp_path / "content.yaml").write_text(MINIMAL + 'settings:\n  hours:\n    daily: "10:00-13:00, 14:00-18:00"\n')
    reporting = Reporting(make_kiosk, tmp_path / "content.yaml", tmp_path / "metrics", hour=12)
    assert reporting.values()["kiosk_opened_timestamp_seconds"] == 1_700_000_000.0  # open at its start
    reporting.at(qtbot, monaco(2026, 5, 5, 13, 0, 1), open_=False)
    reporting.at(qtbot, monaco(2026, 5, 5, 14, 0, 1), open_=True)
    assert reporting.values()["kiosk_opened_timestamp_seconds"] == 1_700_000_000.0, "the same day goes on"
    reporting.at(qtbot, monaco(2026, 5, 5, 18, 0, 1), open_=False)
    reporting.at(qtbot, monaco(2026, 5, 6, 10, 0, 1), open_=True)
    assert reporting.values()["kiosk_opened_timestamp_seconds"] > 1_700_000_000.0, "a new day opened"


# The real node exporter --------------------------------------------------------------------


@pytest.fixture(scope="module")
def node_exporter() -> str:
    """The Debian package's node exporter, installed with apt-get where it is missing and can be."""
    from tests.debian import installed

    return installed("prometheus-node-exporter", "prometheus-node-exporter")


@pytest.fixture
def exporter(node_exporter: str, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The node exporter on a loopback port, reading textfiles from a folder: (its metrics URL, the folder)."""
    folder = tmp_path / "textfiles"
    folder.mkdir()
    (port,) = free_ports(1)
    process = subprocess.Popen(
        [
            node_exporter,
            f"--web.listen-address=127.0.0.1:{port}",
            "--collector.disable-defaults",
            "--collector.textfile",
            f"--collector.textfile.directory={folder}",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:  # it says when it listens: no sleeping, no polling
            if "Listening on" in line:
                break
        else:
            pytest.fail(f"the node exporter ended with {process.wait()} before listening")
        yield f"http://127.0.0.1:{port}/metrics", folder
    finally:
        process.terminate()
        process.communicate(timeout=10)  # and closes its stderr


def scrape(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode())


def test_the_node_exporter_serves_the_kiosk_state_also_after_a_broken_reload(
    qtbot: QtBot, make_kiosk: MakeKiosk, content: Path, exporter: tuple[str, Path]
) -> None:
    url, folder = exporter
    reporting = Reporting(make_kiosk, content, folder)
    scraped = scrape(url)
    assert samples(scraped)["node_textfile_scrape_error", frozenset()] == 0, "the exporter read the file"
    values = kiosk_values(scraped)
    assert (values["kiosk_up"], values["kiosk_content_rejected"], values["kiosk_open"]) == (1, 0, 1)
    assert labels_of(scraped, "kiosk_info") == {"kiosk": "hall-a", "version": __version__, "renderer": "software"}

    content.write_text("exhibition: [a broken edit\n")
    qtbot.waitUntil(lambda: kiosk_values(scrape(url)).get("kiosk_content_rejected") == 1, timeout=WAIT_MS)
    scraped = scrape(url)
    values = kiosk_values(scraped)
    assert values["kiosk_content_problems[error]"] == 1
    assert values["kiosk_up"] == 1, "a broken edit does not take the kiosk down"
    assert samples(scraped)["node_textfile_scrape_error", frozenset()] == 0
    assert reporting.kiosk.find("homeTitle").property("text") == "Turn Back Crime"
