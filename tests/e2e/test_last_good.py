"""A kiosk that starts while its content file is broken shows the last good version it showed, until the mend.

With many kiosks fed by Syncthing, a broken save reaches every kiosk's folder; one that restarts
then (a power cut, a night's shutdown) must not stay dark. What it shows is read from its metrics
file (docs/fleet.md), as Prometheus would.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT, make_jpeg

BROKEN = "exhibition: [a save cut short\n"


def start(folder: Path, content: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "kiosk", str(content), "--data-dir", str(folder / "data")]
    return subprocess.Popen(
        [*command, "--metrics-dir", str(folder / "metrics"), "--kiosk-id", "hall-a"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def metrics(folder: Path) -> dict[str, str]:
    """The kiosk's series by name (with their labels), from its metrics file; empty before the first write."""
    path = folder / "metrics" / "kiosk.prom"
    lines = path.read_text().splitlines() if path.exists() else []
    return {line.split("{")[0]: line for line in lines if line.startswith("kiosk_")}


def wait_for(process: subprocess.Popen[str], condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert process.poll() is None, (
            f"the kiosk ended ({process.returncode}) before {what}: {process.communicate()[1]}"
        )
        assert time.monotonic() < deadline, f"no {what} within a minute"
        time.sleep(0.05)  # another process's file: there is no Qt signal to wait on


def stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return err


def shows(folder: Path, text: str, *, refused: bool) -> bool:
    """Whether the metrics say the screen shows this content file's text, and whether the file itself is refused."""
    found = metrics(folder)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f'hash="{digest}"' in found.get("kiosk_content_info", "") and found.get(
        "kiosk_content_rejected", ""
    ).endswith(f" {int(refused)}")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    make_jpeg(tmp_path / "photo.jpg")
    (tmp_path / "content.yaml").write_text(MINIMAL)
    return tmp_path / "content.yaml"


def test_a_broken_content_at_start_shows_the_last_good_version_until_the_mend(tmp_path: Path, content: Path) -> None:
    kiosk = start(tmp_path, content)
    wait_for(kiosk, lambda: shows(tmp_path, MINIMAL, refused=False), "the content on screen")
    stop(kiosk)

    content.write_text(BROKEN)  # a broken save arrives while the kiosk is off
    kiosk = start(tmp_path, content)
    wait_for(kiosk, lambda: shows(tmp_path, MINIMAL, refused=True), "the last good version on screen")
    mended = MINIMAL.replace("Turn Back Crime", "Mended")
    content.write_text(mended)
    wait_for(kiosk, lambda: shows(tmp_path, mended, refused=False), "the mended content on screen")
    err = stop(kiosk)
    assert f"kiosk: showing the last good version of {content}" in err
    assert "YAML syntax" in err, "the broken file's problems are still printed"

    content.write_text(BROKEN)
    kiosk = start(tmp_path, content)  # the mend is now the last good version
    wait_for(kiosk, lambda: shows(tmp_path, mended, refused=True), "the mended version kept")
    stop(kiosk)


def test_without_a_good_version_of_that_file_a_broken_content_still_ends_with_1(tmp_path: Path, content: Path) -> None:
    other = tmp_path / "other" / "content.yaml"
    other.parent.mkdir()
    make_jpeg(other.parent / "photo.jpg")
    other.write_text(MINIMAL)
    kiosk = start(tmp_path, other)
    wait_for(kiosk, lambda: shows(tmp_path, MINIMAL, refused=False), "the other content on screen")
    stop(kiosk)

    content.write_text(BROKEN)
    failed = start(tmp_path, content)  # another file's good version is no version of this one
    _, err = failed.communicate(timeout=60)
    assert failed.returncode == 1, err
    assert "showing the last good version" not in err
