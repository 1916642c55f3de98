"""Choosing Wayland or X11 before Qt starts, and one line, never Qt's abort, when no window can open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.display import choose_platform, wayland_socket

# The variables that decide the platform, removed so that each test sets only its own.
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "XDG_RUNTIME_DIR")


def kiosk(tmp_path: Path, *args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """The kiosk command from a temporary folder, with only these display variables."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=env | environ,
    )


def test_wayland_is_chosen_where_a_compositor_runs(tmp_path: Path) -> None:
    (tmp_path / "wayland-1").touch()
    environ = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path), "DISPLAY": ":0"}
    choose_platform(environ)
    assert environ["QT_QPA_PLATFORM"] == "wayland"


def test_x11_is_chosen_when_the_wayland_socket_is_gone_but_x_is_there(tmp_path: Path) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path), "DISPLAY": ":0"}
    choose_platform(environ)
    assert environ["QT_QPA_PLATFORM"] == "xcb"


def test_a_platform_the_technician_set_is_kept(tmp_path: Path) -> None:
    (tmp_path / "wayland-1").touch()
    environ = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path), "QT_QPA_PLATFORM": "xcb"}
    choose_platform(environ)
    assert environ["QT_QPA_PLATFORM"] == "xcb"


def test_an_absolute_wayland_display_is_a_path() -> None:
    assert wayland_socket({"WAYLAND_DISPLAY": "/run/kiosk/wayland-0", "XDG_RUNTIME_DIR": "/x"}) == Path(
        "/run/kiosk/wayland-0"
    )


def test_a_wayland_socket_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    result = kiosk(tmp_path, WAYLAND_DISPLAY="wayland-7", XDG_RUNTIME_DIR=str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == (
        f"kiosk: no Wayland compositor at {tmp_path}/wayland-7 (WAYLAND_DISPLAY=wayland-7): start the kiosk "
        "inside the compositor's session, for example 'cage -- kiosk'.\n"
    )


def test_an_x_display_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    number = next(n for n in range(170, 300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    result = kiosk(tmp_path, DISPLAY=f":{number}")
    assert result.returncode == 1
    assert result.stderr == f"kiosk: no X server at DISPLAY=:{number}: start the kiosk in the screen's X session.\n"


def test_a_content_file_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "exhibition.yaml", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1
    assert result.stderr == "exhibition.yaml:1:1: error: the file does not exist; check the path of the content file\n"


def hidden(library: str, tmp_path: Path, *args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """The kiosk with a system library the dynamic loader finds but cannot load.

    An empty file of that name in LD_LIBRARY_PATH, which the loader searches before the system's
    folders: what a damaged install gives. (Hiding the real file takes a private mount, which a
    chroot such as a fresh-machine check cannot make.)
    """
    folder = tmp_path / "broken-libraries"
    folder.mkdir()
    (folder / library).touch()
    return kiosk(tmp_path, *args, **environ, LD_LIBRARY_PATH=str(folder))


def test_a_missing_library_of_the_wayland_platform_is_named_with_its_package(tmp_path: Path) -> None:
    (tmp_path / "wayland-1").touch()  # a compositor's socket, as far as the check before Qt can tell
    result = hidden("libwayland-cursor.so.0", tmp_path, WAYLAND_DISPLAY=str(tmp_path / "wayland-1"))
    assert result.returncode == 1
    assert result.stderr == (
        "kiosk: Qt's wayland platform cannot load the system library libwayland-cursor.so.0: "
        "sudo apt-get install --no-install-recommends libwayland-cursor0\n"
    )


def test_a_missing_library_of_qt_itself_is_named_without_a_traceback(tmp_path: Path) -> None:
    result = hidden("libEGL.so.1", tmp_path, "preview", "--out", str(tmp_path), QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1
    assert result.stderr == (
        "kiosk: PySide6 QtGui cannot load the system library libEGL.so.1: "
        "sudo apt-get install --no-install-recommends libegl1\n"
    )
