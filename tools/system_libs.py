"""The Debian packages the kiosk's Qt needs, derived from the files it loads: ldd, then dpkg and apt.

    python tools/system_libs.py     print kiosk/system-packages.txt as it should be

PySide6's wheels carry Qt and FFmpeg but link the system's X11, Wayland, OpenGL, fonts and sound
libraries. Which ones is decided by the Qt files the kiosk loads: its Python modules, the QML
modules its screens import, the platforms it runs on (xcb, wayland, offscreen) with their
integrations, the image formats, the multimedia backend. A list written from memory drifted
(libxrandr2 and libxrender1, needed by the FFmpeg plugin, were missing for months); this module
computes the list, and tests/e2e/test_system_packages.py fails when kiosk/system-packages.txt and it
disagree.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where the project imports PySide6 modules: the kiosk, and what `make test` runs.
SOURCES = ("kiosk", "tests", "tools", "benchmarks")
# Plugins loaded by name or by what the system offers rather than by an import, each with why.
PLUGINS = (
    "platforms/libqxcb.so",  # X11: `make run`, an X11 session
    "platforms/libqwayland*.so",  # Wayland: cage, Raspberry Pi OS, desktops (-generic and -egl in Qt 6.8)
    "platforms/libqoffscreen.so",  # tests and kiosk preview
    "xcbglintegrations/*.so",  # OpenGL under X11 (GLX or EGL)
    "wayland-shell-integration/libxdg-shell.so",  # the shell every desktop compositor and cage speak
    "wayland-decoration-client/*.so",  # a window's title bar where the compositor draws none
    "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",  # OpenGL under Wayland
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",  # xcb and wayland load it for keys
    "imageformats/*.so",  # curators' photos: JPEG, PNG, WebP, TIFF, GIF, SVG...
    "multimedia/*.so",  # FFmpeg, for speeches' videos
)
# Qt's own tools that `make test` runs (qmllint over the screens, lrelease and lupdate for translations).
TOOLS = ("qmllint", "lrelease", "lupdate")


@dataclass
class Library:
    """A shared object outside PySide6 that a Qt file needs: where the loader found it, and who needs it."""

    soname: str
    path: str | None  # None: the dynamic loader cannot find it on this machine
    needed_by: list[str] = field(default_factory=list)


def pyside_dir() -> Path:
    """The installed PySide6 package's folder."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 is not installed in this Python")
    return Path(next(iter(spec.submodule_search_locations)))


def python_modules(root: Path = ROOT) -> set[str]:
    """The PySide6 modules (QtCore, QtQuick...) imported anywhere in the project."""
    found: set[str] = set()
    for folder in SOURCES:
        for path in (root / folder).rglob("*.py"):
            found.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def qml_modules(root: Path = ROOT) -> set[str]:
    """The QML modules the screens import (QtQuick, QtQuick.Pdf...), with what their qmldir files import."""
    pending: set[str] = set()
    for path in (root / "kiosk" / "ui").glob("*.qml"):
        pending.update(re.findall(r"^import\s+(Qt[\w.]*)", path.read_text(encoding="utf-8"), re.MULTILINE))
    qml = pyside_dir() / "Qt" / "qml"
    seen: set[str] = set()
    while pending:
        module = pending.pop()
        seen.add(module)
        qmldir = qml.joinpath(*module.split("."), "qmldir")
        if qmldir.is_file():
            imported = re.findall(r"^(?:import|depends)\s+([\w.]+)", qmldir.read_text(), re.MULTILINE)
            pending.update(m for m in imported if m not in seen)
    return seen


def qt_files(root: Path = ROOT) -> list[Path]:
    """Every Qt file of the wheel that the kiosk, its tests or its tools load."""
    pyside = pyside_dir()
    files = [pyside / f"{module}.abi3.so" for module in sorted(python_modules(root))]
    for module in sorted(qml_modules(root)):
        files += sorted(pyside.joinpath("Qt", "qml", *module.split(".")).glob("*.so"))
    for pattern in PLUGINS:
        matched = sorted((pyside / "Qt" / "plugins").glob(pattern))
        if not matched:
            raise RuntimeError(f"PySide6 has no {pattern}: update PLUGINS in {__file__}")
        files += matched
    return files + [pyside / tool for tool in TOOLS]


def needed_libraries(files: list[Path]) -> dict[str, Library]:
    """The system libraries these files need, directly or through each other, as ldd resolves them."""
    pyside = pyside_dir().parent  # site-packages: PySide6 and shiboken6 carry their own libraries
    libraries: dict[str, Library] = {}
    for path in files:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
        for soname, found in re.findall(r"^\s*(\S+) => (\S+)", out, re.MULTILINE):
            where = None if found == "not" else found
            if where is not None and Path(where).resolve().is_relative_to(pyside):
                continue
            library = libraries.setdefault(soname, Library(soname, where))
            library.needed_by.append(str(path.relative_to(pyside)))
    return libraries


def owners(paths: list[str]) -> dict[str, str]:
    """The Debian package that installed each file, by `dpkg -S`.

    Debian 12 merged /lib into /usr/lib, and dpkg knows each file under the name its package used:
    both names are asked.
    """
    asked: dict[str, str] = {}
    for path in paths:
        for name in {path, str(Path(path).resolve())}:
            asked[name] = path
            asked[name.removeprefix("/usr") if name.startswith("/usr/") else "/usr" + name] = path
    out = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True, check=False).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        packages, _, name = line.partition(": ")
        if name in asked and not line.startswith("diversion"):
            found[asked[name]] = packages.split(",")[0].split(":")[0].strip()
    return found


@functools.cache
def debian() -> tuple[dict[str, set[str]], frozenset[str]]:
    """Every package apt knows, with what apt installs with it; and those of Priority required.

    One `apt-cache dumpavail`, read here, rather than an apt-cache call per level of the tree: each
    call takes most of a second to load apt's cache.
    """
    out = subprocess.run(["apt-cache", "dumpavail"], capture_output=True, text=True, check=True).stdout
    graph: dict[str, set[str]] = {}
    required: set[str] = set()
    for record in out.split("\n\n"):
        fields = dict(re.findall(r"^([\w-]+): (.*)$", record, re.MULTILINE))
        if "Package" not in fields:
            continue
        relations = ", ".join(filter(None, (fields.get("Pre-Depends"), fields.get("Depends"))))
        # Of alternatives (a | b) apt installs the first; versions and architectures do not matter here.
        graph[fields["Package"]] = {
            re.split(r"[\s:(]", group.split("|")[0].strip())[0] for group in relations.split(",") if group.strip()
        }
        if fields.get("Priority") == "required":
            required.add(fields["Package"])
    return graph, frozenset(required)


def closure(graph: dict[str, set[str]], roots: set[str]) -> set[str]:
    """The roots and everything they depend on, directly or not."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        package = pending.pop()
        if package not in seen:
            seen.add(package)
            pending.extend(graph.get(package, ()))
    return seen


def installed_with(packages: set[str]) -> set[str]:
    """These packages and everything apt installs with them (Depends and Pre-Depends, recursively)."""
    return closure(debian()[0], packages)


def every_debian_system() -> set[str]:
    """The packages of Priority required and what they depend on: what even a minimal Debian has."""
    graph, required = debian()
    return closure(graph, set(required))


def derived_pairs(libraries: dict[str, Library]) -> tuple[list[tuple[str, str]], list[str]]:
    """The fewest (library, package) pairs whose packages bring every needed one; and what is missing here.

    A package that another needed package depends on is left out: apt installs it anyway.
    """
    found = owners([lib.path for lib in libraries.values() if lib.path])
    missing = sorted(f"{lib.soname} (for {lib.needed_by[0]})" for lib in libraries.values() if lib.path not in found)
    by_package: dict[str, str] = {}
    for lib in sorted(libraries.values(), key=lambda lib: lib.soname):
        if lib.path in found:
            by_package.setdefault(found[lib.path], lib.soname)
    needed = set(by_package) - every_debian_system()
    # A needed package that another one depends on comes with it: the list names only the others.
    graph = debian()[0]
    brought = {p for p in needed if p in closure(graph, needed - {p})}
    return sorted((by_package[p], p) for p in needed - brought), missing


def main() -> int:
    """Print the derived list in the form of kiosk/system-packages.txt."""
    pairs, missing = derived_pairs(needed_libraries(qt_files()))
    width = max(len(library) for library, _ in pairs)
    for library, package in pairs:
        print(f"{library:{width}} {package}")
    for name in missing:
        print(f"not installed here, so not mapped to a package: {name}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
