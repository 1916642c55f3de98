"""Real faults for the kiosk's own files: a small disk that fills, a remount read-only, a file-size limit.

Nothing here is mocked. A test that needs a mount skips, with the reason, where it cannot make one
(not root, or no mount permission in a container); the file-size limit (RLIMIT_FSIZE) works
everywhere, for a child process.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextmanager
def small_disk(folder: Path, size: str = "64k") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder`, unmounted afterwards; skips where none can be mounted."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    folder.mkdir(parents=True, exist_ok=True)
    result = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the filesystem holding `folder` to its last byte; returns the file that fills it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for chunk in (65536, 4096, 1):  # large writes, then the last partial block byte by byte
            try:
                while os.write(fd, b"\0" * chunk):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def remount(folder: Path, *, read_only: bool) -> None:
    """Remount the tmpfs at `folder` read-only, or writable again (root's writes fail on a read-only mount)."""
    result = _mount("-o", f"remount,{'ro' if read_only else 'rw'}", str(folder))
    assert result.returncode == 0, result.stderr


def file_size_limit(limit: int) -> Callable[[], None]:
    """A preexec_fn for a child whose files cannot grow past `limit` bytes: writes fail with EFBIG.

    The hard limit stays open, so that the child can lift the soft one: the disk coming back.
    """

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply
