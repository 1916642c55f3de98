"""The kiosk as a Wayland client of a real Weston (headless backend, pixman), in landscape and portrait.

Weston refuses to run as root, so as root these tests run it as an unprivileged user of their own
(created if missing), after installing weston and the libraries Qt's wayland plugins load with
apt-get where they are missing. The kiosk stays root's, as the project and its venv under /root
are not that user's to read, and reaches Weston's socket by its absolute path. Weston's desktop
shell paints its background magenta and its panel green, colours the kiosk never draws: a pixel of
either in a screenshot is a place the kiosk's window leaves uncovered.
"""

from __future__ import annotations

import array
import contextlib
import itertools
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import PySide6
import pytest
from PySide6.QtGui import QImage, QTransform

from tests.conftest import ROOT
from tests.debian import install

pytestmark = pytest.mark.slow

USER = "kiosk-wayland-test"
SOCKET = "wayland-kiosk-test"
BACKGROUND = 0xFFFF00FF
PANEL = 0xFF00FF00
NAVY = 0xFF0A1F3C  # Theme.navy, the colour of the kiosk's window
# The compositor, and what `ldd` says Qt's wayland plugins link that a minimal Debian lacks.
PACKAGES = ("weston", "libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "libxkbcommon0")
QT_PLUGINS = Path(PySide6.__file__).parent / "Qt" / "plugins"
QT_WAYLAND_PLUGINS = (
    QT_PLUGINS / "platforms" / "libqwayland.so",
    QT_PLUGINS / "wayland-shell-integration" / "libxdg-shell.so",
    # Without this one (libwayland-egl1) Qt warns "Failed to load client buffer integration".
    QT_PLUGINS / "wayland-graphics-integration-client" / "libqt-plugin-wayland-egl.so",
)
# idle-time=0: Weston never blanks the output by itself. No animations: the desktop fading in or a
# window zooming as it maps would put half-drawn frames in the screenshots. "headless" is the name
# of the headless backend's one output.
WESTON_INI = f"""\
[core]
idle-time=0

[shell]
background-image=
background-color=0x{BACKGROUND:08x}
panel-color=0x{PANEL:08x}
animation=none
close-animation=none
startup-animation=none
focus-animation=none

[output]
name=headless
mode=1920x1080
transform={{transform}}
"""
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO ")


@dataclass(frozen=True)
class Orientation:
    """How the screen hangs: Weston's output transform, and the picture a visitor sees."""

    transform: str
    turn: int  # degrees clockwise from weston-screenshooter's framebuffer to the upright picture
    size: tuple[int, int]


ORIENTATIONS = {
    "landscape": Orientation("normal", 0, (1920, 1080)),
    "portrait": Orientation("rotate-90", 90, (1080, 1920)),
}


def missing_libraries() -> list[str]:
    """The sonames Qt's wayland plugins need that the dynamic linker cannot find."""
    found = subprocess.run(["ldd", *map(str, QT_WAYLAND_PLUGINS)], capture_output=True, text=True, check=False)
    return sorted({line.split()[0] for line in found.stdout.splitlines() if "not found" in line})


def install_weston() -> None:
    """Weston and the libraries, with apt-get as root; skips with the reason where that cannot be."""
    if shutil.which("weston") and shutil.which("weston-screenshooter") and not missing_libraries():
        return
    install("weston", PACKAGES, f"; libraries missing: {' '.join(missing_libraries())}")
    assert not missing_libraries(), f"after installing {PACKAGES}, Qt's wayland plugins miss {missing_libraries()}"


def weston_user() -> str | None:
    """The unprivileged user to run Weston as (made if missing); None when this process is not root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(USER)
    except KeyError:
        made = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--home-dir=/nonexistent", "--shell=/usr/sbin/nologin", USER],
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            pytest.skip(f"cannot make an unprivileged user for weston to run as: {made.stderr.strip()}")
    if shutil.which("setpriv") is None:
        pytest.skip("cannot run weston as an unprivileged user: setpriv (util-linux) is not installed")
    # A root folder only root may enter (a chroot made in a 0700 folder from mktemp, as the
    # fresh-machine check makes) lets no other user load even libc: Weston could not start at all.
    tried = subprocess.run(
        ["setpriv", f"--reuid={USER}", f"--regid={USER}", "--init-groups", "--", "true"],
        capture_output=True,
        text=True,
        check=False,
    )
    if tried.returncode != 0:
        mode = oct(os.stat("/").st_mode & 0o777)
        pytest.skip(f"{USER} cannot run programs on this system (/ has mode {mode}): {tried.stderr.strip()}")
    return USER


def wait_for(condition: Callable[[], object], what: str, timeout_s: float, log: Path | None = None) -> None:
    """Poll `condition` until it holds; fail naming `what` (with the log's tail) at the deadline."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-2000:] if log is not None and log.exists() else ""
            pytest.fail(f"no {what} within {timeout_s} s\n{tail}")
        time.sleep(0.02)  # the poll's own pace: what is waited for is the condition


def pixels(image: QImage) -> array.array[int]:
    """Every pixel as 0xAARRGGBB, row by row."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    assert image.bytesPerLine() == image.width() * 4
    return array.array("I", bytes(image.constBits()))


def uncovered(shown: array.array[int]) -> int:
    """How many pixels of Weston's desktop (background or panel) are on screen."""
    return shown.count(BACKGROUND) + shown.count(PANEL)


@dataclass
class Weston:
    """A running compositor and how to reach it."""

    name: str  # of its orientation
    orientation: Orientation
    runtime: Path  # Weston's XDG_RUNTIME_DIR, with its socket

    def client_env(self, runtime_dir: Path, **extra: str) -> dict[str, str]:
        """The environment of a Wayland client of this Weston, run by this process."""
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "NOTIFY_SOCKET")}
        runtime_dir.mkdir(mode=0o700, exist_ok=True)  # Qt warns about a runtime dir that others can read
        return {
            **env,
            "QT_QPA_PLATFORM": "wayland",
            "WAYLAND_DISPLAY": str(self.runtime / SOCKET),
            "XDG_RUNTIME_DIR": str(runtime_dir),
            **extra,
        }

    def screenshot(self, folder: Path) -> QImage:
        """The output, upright, from weston-screenshooter (which Weston allows only with --debug)."""
        folder.mkdir(parents=True)
        env = self.client_env(folder.parent / "screenshooter-runtime")
        subprocess.run(["weston-screenshooter"], cwd=folder, env=env, check=True, timeout=30, capture_output=True)
        (png,) = folder.glob("wayland-screenshot-*.png")
        image = QImage(str(png))
        assert not image.isNull(), f"{png} does not load"
        return image.transformed(QTransform().rotate(self.orientation.turn))


@pytest.fixture(scope="module", params=list(ORIENTATIONS))
def weston(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Weston]:
    """Weston, headless, as an unprivileged user, its desktop drawn in one orientation."""
    install_weston()
    user = weston_user()
    orientation = ORIENTATIONS[request.param]
    # Not under pytest's temporary folder: that is root's alone, and Weston's user must reach its own.
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-weston-", dir="/tmp" if user else None))
    log = tmp_path_factory.mktemp(f"weston-{request.param}") / "weston.log"
    (runtime / "weston.ini").write_text(WESTON_INI.format(transform=orientation.transform))
    command = ["weston", "--backend=headless-backend.so", "--use-pixman", "--width=1920", "--height=1080", "--debug"]
    command += [f"--config={runtime / 'weston.ini'}", f"--socket={SOCKET}"]
    if user is not None:
        shutil.chown(runtime, user, user)
        shutil.chown(runtime / "weston.ini", user, user)
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--", *command]
    env = {"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime), "LANG": "C.UTF-8"}
    with log.open("wb") as out:
        # A session of its own: Weston's clients (its shell, its keyboard) end with it at teardown.
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=runtime, start_new_session=True
        )
    compositor = Weston(request.param, orientation, runtime)
    try:
        wait_for(lambda: (runtime / SOCKET).exists() or process.poll() is not None, "Weston socket", 15, log)
        assert process.poll() is None, f"weston ended with {process.returncode}:\n{log.read_text()}"
        shots = tmp_path_factory.mktemp(f"desktop-{request.param}")
        desktop: list[QImage] = []
        attempts = itertools.count()

        def drawn() -> bool:
            desktop[:] = [compositor.screenshot(shots / str(next(attempts)))]
            shown = pixels(desktop[0])
            return shown[0] == PANEL and shown[len(shown) // 2] == BACKGROUND

        # The desktop with no kiosk on it, upright: also proof that the checks below can fail.
        wait_for(drawn, "desktop with its panel at the top", 15, log)
        assert (desktop[0].width(), desktop[0].height()) == orientation.size
        yield compositor
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        shutil.rmtree(runtime, ignore_errors=True)


def complaints(stderr: str) -> list[str]:
    """Lines on a kiosk's stderr other than its own INFO log lines: Qt's warnings, tracebacks."""
    return [line for line in stderr.splitlines() if line.strip() and not LOG_LINE.match(line)]


def test_kiosk_fills_the_output_and_is_not_blank(weston: Weston, tmp_path: Path, systemd_socket: socket.socket) -> None:
    notify = systemd_socket
    notify.settimeout(0.1)
    stderr = tmp_path / "kiosk.stderr"
    env = weston.client_env(tmp_path / "runtime", NOTIFY_SOCKET=notify.getsockname(), KIOSK_STAFF_PIN="2468")
    command = [sys.executable, "-m", "kiosk", "--kiosk", "--data-dir", str(tmp_path / "data")]
    with stderr.open("wb") as err:
        kiosk = subprocess.Popen(command, env=env, stdout=err, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            messages: list[bytes] = []

            def ready() -> bool:
                with contextlib.suppress(TimeoutError):
                    messages.append(notify.recv(256))
                return b"READY=1" in messages or kiosk.poll() is not None

            wait_for(ready, "READY=1 from the kiosk (its first frame handed to Weston)", 30, stderr)
            assert kiosk.poll() is None, f"the kiosk ended with {kiosk.returncode}:\n{stderr.read_text()}"
            # READY=1 goes out as Qt hands Weston the first frame, which Weston shows at its next
            # repaint (60 ms later, measured here): a screenshot taken at once may be the desktop still.
            deadline = time.monotonic() + 10
            for attempt in itertools.count():
                image = weston.screenshot(tmp_path / f"shot{attempt}")
                shown = pixels(image)
                if not uncovered(shown) or time.monotonic() > deadline or kiosk.poll() is not None:
                    break
            image.save(str(tmp_path / f"wayland-{weston.name}.png"))
        finally:
            kiosk.send_signal(signal.SIGTERM)
            code = kiosk.wait(timeout=20)
    output = stderr.read_text()
    assert code == 0, output
    assert complaints(output) == [], output
    assert re.search(r"INFO kiosk: starting on .* with the (software|gpu) renderer", output), output

    width, height = weston.orientation.size
    assert (image.width(), image.height()) == (width, height)
    assert uncovered(shown) == 0, f"{uncovered(shown)} pixels of Weston's desktop show beside the kiosk's window"
    sample = [shown[y * width + x] for y in range(0, height, 20) for x in range(0, width, 20)]
    colours = Counter(sample).most_common()
    assert colours[0][0] == NAVY, f"the kiosk's navy is not the screen's main colour: {colours[:3]}"
    assert len(colours) >= 100, f"only {len(colours)} colours on screen: is it blank?"


def test_touch_idle_attract_and_staff_exit_on_the_wayland_window(weston: Weston, tmp_path: Path) -> None:
    env = weston.client_env(tmp_path / "runtime")
    done = subprocess.run(
        [sys.executable, "-m", "tests.wayland_client"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip(), f"no result from the client (exit {done.returncode}):\n{done.stderr}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "failed" not in result, f"{result['failed']} after {result['steps']}\n{done.stderr}"
    assert done.returncode == 0
    assert done.stderr.strip() == "", "Qt or the kiosk complained on the wayland platform"
    assert result["platform"] == "wayland"
    assert result["screen_size"] == result["window_size"] == list(weston.orientation.size)
    assert result["visibility"] == "FullScreen"
    assert result["portrait"] is (weston.name == "portrait")
    # Qt Quick must really draw with the renderer the kiosk chose, on this platform too.
    assert (result["renderer"] == "software") is (result["graphics_api"] == "Software"), result
    assert result["steps"] == [
        "shown",
        "tap opened panels",
        "idle overlay shown",
        "touch kept the visitor",
        "attract: slideshow",
        "staff panel",
        "staff exit",
    ]
