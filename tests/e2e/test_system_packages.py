"""kiosk/system-packages.txt brings every system library the kiosk's Qt loads, on any Debian machine.

A machine that happens to have a library installed hides its absence from the list: the tests
here judge the list by what ldd and dpkg say the Qt files need, not by whether the kiosk starts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.display import PACKAGES_FILE, system_packages
from tools.system_libs import (
    Library,
    debian,
    every_debian_system,
    installed_with,
    needed_libraries,
    owners,
    qt_files,
)

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("ldd", "dpkg", "apt-cache")),
    reason="not a Debian system: ldd, dpkg and apt-cache map libraries to packages",
)


@pytest.fixture(scope="module")
def libraries() -> dict[str, Library]:
    """The system libraries that the Qt files the kiosk loads need, as ldd resolves them here."""
    if not debian()[0]:
        # A machine whose packages were all there already may never have fetched apt's lists.
        if os.geteuid() != 0:
            pytest.skip("apt's package lists are empty: run 'apt-get update' to judge the list")
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True, timeout=600)
        debian.cache_clear()
    return needed_libraries(qt_files())


def unbrought(libraries: dict[str, Library], listed: list[tuple[str, str]]) -> list[str]:
    """A sentence for each needed library that neither the list nor a minimal Debian brings."""
    problems = [
        f"{lib.soname} (needed by {lib.needed_by[0]}) is not installed, so the list does not bring it"
        for lib in libraries.values()
        if lib.path is None
    ]
    found = owners([lib.path for lib in libraries.values() if lib.path])
    brought = installed_with({package for _, package in listed}) | every_debian_system()
    for lib in sorted(libraries.values(), key=lambda lib: lib.soname):
        package = found.get(lib.path or "")
        if lib.path and package is None:
            problems.append(f"{lib.soname} ({lib.path}, needed by {lib.needed_by[0]}) belongs to no package")
        elif package is not None and package not in brought:
            problems.append(
                f"{lib.soname} (needed by {lib.needed_by[0]}) is in {package}, which the list does not "
                f"bring and a minimal Debian lacks: add '{lib.soname} {package}'"
            )
    return problems


def test_every_library_qt_loads_comes_with_the_list(libraries: dict[str, Library]) -> None:
    problems = unbrought(libraries, system_packages())
    assert problems == [], f"{problems}; 'python tools/system_libs.py' prints the list as it should be"


def test_a_list_without_libxrandr2_fails_even_where_it_is_installed(
    libraries: dict[str, Library], tmp_path: Path
) -> None:
    # The drift that broke a fresh Debian: the FFmpeg plugin needs libXrandr.so.2, and the machine
    # CI ran on had it from earlier work. The judgement must not depend on what is installed.
    listed = [pair for pair in system_packages() if pair[1] != "libxrandr2"]
    problems = unbrought(libraries, listed)
    assert any(p.startswith("libXrandr.so.2 (needed by PySide6/Qt/plugins/multimedia/") for p in problems), problems


def test_each_listed_library_is_needed_and_in_its_package(libraries: dict[str, Library]) -> None:
    # system-deps.sh decides what to install by the library file: the pair must be true, and a
    # package the kiosk no longer needs must leave the list.
    listed = system_packages()
    found = owners([lib.path for lib in libraries.values() if lib.path])
    wrong = []
    for library, package in listed:
        owner = found.get(str(libraries[library].path)) if library in libraries else None
        if library not in libraries:
            wrong.append(f"{library} {package}: no Qt file the kiosk loads needs {library}")
        elif owner != package:
            wrong.append(f"{library} {package}: {library} is in {owner}")
    assert wrong == [], f"fix {PACKAGES_FILE.name}: {wrong}"


def test_system_deps_installs_the_list_by_name() -> None:
    listed = subprocess.run(
        ["sh", "tools/system-deps.sh", "--list"], cwd=PACKAGES_FILE.parent.parent, capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == [package for _, package in system_packages()]


def test_the_deployment_guide_installs_the_list() -> None:
    # docs/deploy.md is for machines without a checkout, so it spells the list out: it must not drift.
    guide = (PACKAGES_FILE.parent.parent / "docs" / "deploy.md").read_text()
    (line,) = [line for line in guide.splitlines() if "apt-get install" in line and "python3-venv" in line]
    assert line.split("python3-venv", 1)[1].split() == [package for _, package in system_packages()]
