"""An installed kiosk works without the checkout: the wheel built, installed into a fresh venv, run elsewhere.

The checkout hides what a wheel lacks (its fonts, screens and exhibition are all beside the code
there), so every command here runs from the fresh venv's own `kiosk` in an empty folder.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, preview_names

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the kiosk's wheel and its dependencies, as `pip install` gives a user."""
    base = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(base / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (base / "dist").glob("exhibition_kiosk-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert pip.returncode == 0, pip.stderr
    return venv


def kiosk(venv: Path, folder: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """The installed command, from a folder that holds nothing of the project, offscreen."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    env |= {"QT_QPA_PLATFORM": "offscreen", **extra}
    return subprocess.run(
        [str(venv / "bin" / "kiosk"), *args], cwd=folder, capture_output=True, text=True, timeout=300, env=env
    )


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """An empty folder outside the checkout."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def bundled_content(venv: Path) -> Path:
    """Where the installed package keeps its exhibition."""
    out = subprocess.run(
        [venv / "bin" / "python", "-c", "from kiosk.assets import BUNDLED_CONTENT; print(BUNDLED_CONTENT)"],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    return Path(out.stdout.strip())


def test_the_installed_package_is_the_venvs_own(installed: Path) -> None:
    content = bundled_content(installed)
    assert content.is_relative_to(installed), content
    assert not content.is_relative_to(ROOT)


def test_check_works_on_the_bundled_and_on_a_curators_file(installed: Path, elsewhere: Path) -> None:
    assert kiosk(installed, elsewhere, "check", str(bundled_content(installed))).returncode == 0
    (elsewhere / "content.yaml").write_text("exhibition:\n  titel: Turn Back Crime\n")
    result = kiosk(installed, elsewhere, "check", "content.yaml")
    assert result.returncode == 1
    assert "content.yaml:2:3: error: exhibition.titel: unknown key; did you mean 'title'?" in result.stdout


def test_preview_writes_every_screen_of_the_bundled_exhibition(installed: Path, elsewhere: Path) -> None:
    result = kiosk(installed, elsewhere, "preview", "--out", "shots", "--size", "1280x720")
    assert (result.returncode, result.stderr) == (0, "")
    assert {p.stem for p in (elsewhere / "shots").glob("*.png")} == preview_names(bundled_content(installed))


def test_kiosk_without_a_file_shows_the_bundled_exhibition_then_stats_reads_its_data(
    installed: Path, elsewhere: Path, systemd_socket: socket.socket
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env |= {"QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": systemd_socket.getsockname()}
    systemd_socket.settimeout(120)  # the kiosk says READY=1 on it after its first frame
    data = elsewhere / "data"
    process = subprocess.Popen(
        [str(installed / "bin" / "kiosk"), "--data-dir", str(data)],
        cwd=elsewhere,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert systemd_socket.recv(256) == b"READY=1"  # the first frame is on screen
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    log = (data / "logs" / "kiosk.log").read_text()
    assert f"starting on {bundled_content(installed)}" in log
    assert " WARNING " not in log, log
    assert " ERROR " not in log, log
    stats = kiosk(installed, elsewhere, "stats", "--data-dir", str(data))
    assert stats.returncode == 0, stats.stderr
    assert stats.stdout.startswith(f"No visits yet in {data / 'visits'}.")
