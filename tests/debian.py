"""Real components from Debian's packages: installed with apt-get where missing and this process is root.

Elsewhere the test that needs one skips, saying which package and why it could not be installed.
It never fakes the component (docs/reliability.md, "Tests").
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


def install(what: str, packages: tuple[str, ...], detail: str = "") -> None:
    """Install these packages for `what` (a sentence's subject); skip the test with the reason where that cannot be."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip(
            f"{what} is not installed and cannot be: {'not root' if os.geteuid() else 'no apt-get'} "
            f"(needs the packages {' '.join(packages)}{detail})"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:  # a fresh machine may have no package lists yet
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env, check=False)
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        pytest.skip(f"{what} is not installed and cannot be: apt-get failed: {done.stderr.strip()[-500:]}")


def installed(command: str, package: str) -> str:
    """The path of a program from a Debian package, installing the package if it is missing (else skip)."""
    found = shutil.which(command)
    if found is None:
        install(command, (package,))
        found = shutil.which(command)
    assert found is not None, f"the package {package} installed no {command}"
    return found
