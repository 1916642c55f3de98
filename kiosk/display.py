"""Before Qt starts: which windowing system to use, and one sentence when the kiosk cannot show a window.

Qt ends the process with a page about platform plugins when there is no display to connect to or a
plugin's system library is missing; a technician needs the cause in one line. Nothing here imports
Qt, so the answer comes before Qt can abort.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

PACKAGES_FILE = Path(__file__).resolve().parent / "system-packages.txt"
# Platforms that need no display server: previews, tests, a framebuffer.
SELF_CONTAINED = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")
# Qt 6.8 (the newest PySide6 for Raspberry Pi OS Bookworm) has libqwayland-generic.so where 6.11 has libqwayland.so.
PLUGINS = {"wayland": ("libqwayland.so", "libqwayland-generic.so"), "xcb": ("libqxcb.so",)}


def choose_platform(environ: MutableMapping[str, str]) -> None:
    """Ask Qt for Wayland where a compositor is running, X11 otherwise, unless QT_QPA_PLATFORM says.

    Qt itself picks Wayland only when XDG_SESSION_TYPE says so, which a kiosk compositor such as
    cage, started by systemd, does not set: the kiosk would look for an X server that is not there.
    """
    if environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    if wayland and (wayland_socket(environ).exists() or not environ.get("DISPLAY")):
        environ["QT_QPA_PLATFORM"] = "wayland"  # without a socket, display_problem says so
    elif environ.get("DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "xcb"


def wayland_socket(environ: Mapping[str, str]) -> Path:
    """The compositor's socket that WAYLAND_DISPLAY names (a path, or a name in XDG_RUNTIME_DIR)."""
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    return Path(name) if name.startswith("/") else Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name


def display_problem(environ: Mapping[str, str]) -> str | None:
    """Why Qt could not open a window here, in one sentence; None when it can try."""
    if not sys.platform.startswith("linux"):
        return None
    platform = re.split(r"[:;]", environ.get("QT_QPA_PLATFORM", ""))[0]
    if not platform:
        return (
            "no display to show the kiosk on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in the "
            "screen's session (for example under cage: docs/deploy.md), or use 'kiosk preview' to render "
            "the screens to PNG."
        )
    if platform in SELF_CONTAINED:
        return None
    if platform.startswith("wayland"):
        socket = wayland_socket(environ)
        if not socket.exists():
            named = environ.get("WAYLAND_DISPLAY")
            told = f"WAYLAND_DISPLAY={named}" if named else "WAYLAND_DISPLAY is not set"
            return (
                f"no Wayland compositor at {socket} ({told}): start the kiosk inside the compositor's "
                "session, for example 'cage -- kiosk'."
            )
        platform = "wayland"
    elif platform == "xcb":
        problem = x11_problem(environ.get("DISPLAY", ""))
        if problem:
            return problem
    return missing_library(platform)


def x11_problem(display: str) -> str | None:
    """Why an X server at DISPLAY cannot be reached; only local displays are checked."""
    if not display:
        return "QT_QPA_PLATFORM asks for X11 (xcb) but DISPLAY is not set."
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local and not Path(f"/tmp/.X11-unix/X{local.group(1)}").exists():
        return f"no X server at DISPLAY={display}: start the kiosk in the screen's X session."
    return None


def missing_library(platform: str) -> str | None:
    """The system library that Qt's platform plugin cannot find, with the packages to install.

    The plugin is loaded as Qt would load it a moment later: the dynamic loader names what is missing.
    """
    import ctypes  # here: only a real display needs it, and it costs the start 2 ms

    spec = importlib.util.find_spec("PySide6")
    plugins = PLUGINS.get(platform, ())
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for path in (Path(root) / "Qt" / "plugins" / "platforms" / plugin for plugin in plugins):
            if not path.exists():
                continue
            try:
                ctypes.CDLL(str(path), mode=os.RTLD_LAZY)
            except OSError as exc:
                return library_problem(f"Qt's {platform} platform", str(exc))
    return None


def library_problem(what: str, error: str) -> str:
    """One sentence for a shared library the loader could not open, naming the packages that bring it."""
    library = Path(error.split(":", 1)[0].strip()).name  # the loader gives a name, or a path when it found a bad file
    pairs = dict(system_packages())
    packages = pairs.get(library) or " ".join(pairs.values())
    return f"{what} cannot load the system library {library}: sudo apt-get install --no-install-recommends {packages}"


def system_packages(path: Path = PACKAGES_FILE) -> list[tuple[str, str]]:
    """(library, package) pairs from kiosk/system-packages.txt, comments and blank lines skipped."""
    pairs = []
    for line in path.read_text().splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            library, package = words
            pairs.append((library, package))
    return pairs
