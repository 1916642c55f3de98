"""The kiosk's start: the content checked in a child process, the first screen compiled ahead, logs kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.assets import BUNDLED_CONTENT
from kiosk.run import run
from kiosk.ui.screens import FIRST_SCREENS, compile_ahead, new_engine
from tests.conftest import ROOT

CHILD_CHECK = """
import sys
from kiosk.precheck import can_fork, check_aside
assert can_fork(), "a fresh process on Linux, Qt not imported: the check runs in a child"
verdict = check_aside(sys.argv[1], None)()
assert "yaml" not in sys.modules, "the loader and PyYAML stay in the child"
from kiosk.content import load
assert verdict.exhibition == load(sys.argv[1]).exhibition
"""


def test_the_content_checked_in_a_child_arrives_whole_and_equal() -> None:
    # Every part of the model must survive the pipe (pickle): a field that cannot would send the
    # kiosk back to checking the content itself, 30 ms slower, without a word.
    result = subprocess.run(
        [sys.executable, "-c", CHILD_CHECK, str(BUNDLED_CONTENT)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_content_with_errors_is_never_shown_and_is_reported_once(tmp_path: Path) -> None:
    bad = tmp_path / "content.yaml"
    bad.write_text("exhibition: {title: T\n")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", str(bad), "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("error: YAML syntax") == 1, result.stderr
    assert "cannot be shown" in result.stderr
    assert not (tmp_path / "data").exists()  # no window, no logs: the kiosk never started


def test_the_window_and_each_first_screen_compile_ahead_without_errors(qtbot: QtBot, kiosk_qt: object) -> None:
    engine = new_engine()
    components = [c for start in FIRST_SCREENS for c in compile_ahead(engine, start)]
    qtbot.waitUntil(lambda: not any(c.isLoading() for c in components), timeout=10_000)
    assert [c.errorString() for c in components if not c.isReady()] == []
    del engine  # and the components with it


def test_what_is_logged_before_the_first_frame_reaches_the_log_file(
    qtbot: QtBot, kiosk_qt: object, tmp_path: Path, capsys: object
) -> None:
    def leave_at_first_frame(kiosk: Kiosk) -> None:
        kiosk.after_first_frame(lambda: QCoreApplication.exit(0))

    code = run(str(BUNDLED_CONTENT), renderer="software", data_dir=tmp_path, instrument=leave_at_first_frame)
    assert code == 0
    log = (tmp_path / "logs" / "kiosk.log").read_text()
    assert "starting on" in log.splitlines()[0]  # written once the file opened, first, with its own time
    assert "stopping with exit code 0" in log


def test_a_stop_signal_during_the_start_ends_the_kiosk_cleanly(tmp_path: Path) -> None:
    # systemd stopping a kiosk that is still starting (a restart loop, a shutdown at boot) must get
    # a clean exit, with the visit log and the log file closed, not the 143 of a process killed.
    with subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as kiosk:
        assert kiosk.stderr is not None
        first = kiosk.stderr.readline()  # written once Qt is up, before the window exists
        kiosk.send_signal(signal.SIGTERM)
        rest = kiosk.stderr.read()
    assert kiosk.wait(timeout=60) == 0, first + rest
    assert "starting on" in first
    assert "received SIGTERM" in rest
